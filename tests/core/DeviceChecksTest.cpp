#include "TestEnvironment.h"

#include "inventory/DeviceChecks.h"
#include "storage/AssetQuery.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/InventoryEvidenceQuery.h"

#include <QSet>

#include <random>

using namespace mamori;

namespace {

constexpr DeviceCheck allChecks[] = {
    DeviceCheck::SupportTracked,
    DeviceCheck::SupportEnded,
    DeviceCheck::SupportEndsSoon,
    DeviceCheck::Updatable,
    DeviceCheck::NoRecentUpdate,
    DeviceCheck::NeedsAntivirus,
    DeviceCheck::NoAntivirus,
    DeviceCheck::AntivirusUnknown,
    DeviceCheck::UsesMfa,
    DeviceCheck::WeakMfa,
    DeviceCheck::MfaUnknown,
    DeviceCheck::NotEncrypted,
    DeviceCheck::Portable,
    DeviceCheck::PortableUnencrypted,
    DeviceCheck::PortableEncryptionUnknown,
    DeviceCheck::WarrantyExpired,
    DeviceCheck::Disposed,
    DeviceCheck::DisposedWithoutMethod,
};

template<typename T, std::size_t N> T pick(std::mt19937 &random, const T (&values)[N])
{
    return values[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

// Dates on both sides of every boundary the checks draw, and no date at all.
QDate edgeDate(std::mt19937 &random, const QDate &today)
{
    const int offsets[] = {-365, -91, -90, -89, -1, 0, 1, 179, 180, 181, 400};
    if (std::uniform_int_distribution<int>(0, 11)(random) == 0)
        return {};
    return today.addDays(pick(random, offsets));
}

// Every category, status, coverage and MFA state, boundary dates, and disposal methods that are
// blank in each of the ways a spreadsheet can leave them blank.
QList<Device> generatedDevices(const QDate &today, int count)
{
    const DeviceCategory categories[] = {DeviceCategory::Pc,
                                         DeviceCategory::Laptop,
                                         DeviceCategory::Server,
                                         DeviceCategory::NetworkDevice,
                                         DeviceCategory::MobileDevice,
                                         DeviceCategory::PrinterMfp,
                                         DeviceCategory::RemovableMedia,
                                         DeviceCategory::CloudService,
                                         DeviceCategory::Software,
                                         DeviceCategory::Other};
    const DeviceStatus statuses[] = {DeviceStatus::InUse, DeviceStatus::Spare,
                                     DeviceStatus::InRepair, DeviceStatus::Retired,
                                     DeviceStatus::Disposed};
    const Coverage coverages[] = {Coverage::Unknown, Coverage::Yes, Coverage::No,
                                  Coverage::NotApplicable};
    const MfaState mfaStates[] = {MfaState::Unknown, MfaState::Yes, MfaState::Partial, MfaState::No,
                                  MfaState::NotApplicable};
    const QString methods[] = {QString(),
                               QStringLiteral(" "),
                               QStringLiteral("\u3000"),
                               QStringLiteral("\t\n "),
                               QStringLiteral("物理破壊"),
                               QStringLiteral("\u3000データ消去ソフト ")};

    std::mt19937 random(20261207);
    QList<Device> devices;
    for (int i = 0; i < count; ++i) {
        Device device;
        device.assetNumber = QStringLiteral("GEN-%1").arg(i, 5, 10, QLatin1Char('0'));
        device.name = device.assetNumber;
        device.category = pick(random, categories);
        device.status = pick(random, statuses);
        device.endOfSupport = edgeDate(random, today);
        device.endOfSupportOverridden = device.endOfSupport.isValid();
        device.lastUpdate = edgeDate(random, today);
        device.warrantyEnd = edgeDate(random, today);
        device.antivirus = pick(random, coverages);
        device.diskEncryption = pick(random, coverages);
        device.mfa = pick(random, mfaStates);
        if (device.status == DeviceStatus::Disposed) {
            device.disposalDate = today.addDays(-10);
            device.disposalMethod = pick(random, methods);
        }
        devices << device;
    }
    return devices;
}

class DeviceChecksTest : public mamori::test::DatabaseTest
{
protected:
    QSet<QString> selectedInSql(DeviceCheck check, const QDate &today)
    {
        AssetFilter filter;
        filter.check = check;
        filter.today = today;
        const auto rows = AssetQuery<Device>(*m_db).page(filter, AssetSort(), 0, 100000);
        EXPECT_TRUE(mamori::test::isOk(rows));
        QSet<QString> numbers;
        if (rows) {
            for (const Device &device : *rows)
                numbers.insert(device.assetNumber);
        }
        return numbers;
    }

    void expectAgreementOn(const QDate &today)
    {
        const QList<Device> devices = generatedDevices(today, 3000);
        ASSERT_TRUE(mamori::test::isOk(DeviceRepository(*m_db).upsertAll(devices, {})));
        for (const DeviceCheck check : allChecks) {
            SCOPED_TRACE(DeviceChecks::label(check).toStdString());
            const QSet<QString> expected = acceptedInCode(devices, check, today);
            // A check that no device or every device passes would compare nothing.
            EXPECT_FALSE(expected.isEmpty());
            EXPECT_LT(expected.size(), devices.size());
            EXPECT_EQ(selectedInSql(check, today), expected);
        }
    }

    static QSet<QString> acceptedInCode(const QList<Device> &devices, DeviceCheck check,
                                        const QDate &today)
    {
        QSet<QString> numbers;
        for (const Device &device : devices) {
            if (DeviceChecks::holds(check, device, today))
                numbers.insert(device.assetNumber);
        }
        return numbers;
    }
};

} // namespace

// holds() and the SQL the Assets page filters with are two interpreters of one rule table; they
// must pick the same devices, on an ordinary day and on a leap day, in UTC and in Tokyo (ctest
// runs this suite in both zones).
TEST_F(DeviceChecksTest, CodeAndSqlSelectTheSameDevices)
{
    expectAgreementOn(QDate(2026, 12, 7));
}

TEST_F(DeviceChecksTest, CodeAndSqlSelectTheSameDevicesOnALeapDay)
{
    expectAgreementOn(QDate(2028, 2, 29));
}

// The SECURITY ACTION hints count with the same rules, so a hint's number is the length of the
// list its filter shows.
TEST_F(DeviceChecksTest, EvidenceCountsAreTheFilteredListsLengths)
{
    const QDate today(2026, 12, 7);
    const QList<Device> devices = generatedDevices(today, 2000);
    ASSERT_TRUE(mamori::test::isOk(DeviceRepository(*m_db).upsertAll(devices, {})));
    const auto evidence = loadInventoryEvidence(*m_db, today);
    ASSERT_TRUE(mamori::test::isOk(evidence));
    const auto count = [&](DeviceCheck check) {
        return int(acceptedInCode(devices, check, today).size());
    };
    EXPECT_EQ(evidence->activeDevices, count(DeviceCheck::SupportTracked));
    EXPECT_EQ(evidence->unsupportedOs, count(DeviceCheck::SupportEnded));
    EXPECT_EQ(evidence->noRecentUpdate, count(DeviceCheck::NoRecentUpdate));
    EXPECT_EQ(evidence->withoutAntivirus, count(DeviceCheck::NoAntivirus));
    EXPECT_EQ(evidence->antivirusUnknown, count(DeviceCheck::AntivirusUnknown));
    EXPECT_EQ(evidence->withoutMfa, count(DeviceCheck::WeakMfa));
    EXPECT_EQ(evidence->disposedDevices, count(DeviceCheck::Disposed));
    EXPECT_EQ(evidence->disposedWithoutMethod, count(DeviceCheck::DisposedWithoutMethod));
    EXPECT_EQ(evidence->cloudServices, count(DeviceCheck::UsesMfa));
    EXPECT_EQ(evidence->updatableDevices, count(DeviceCheck::Updatable));
    EXPECT_EQ(evidence->computers, count(DeviceCheck::NeedsAntivirus));
    EXPECT_EQ(evidence->mfaUnknown, count(DeviceCheck::MfaUnknown));
}

// "Support ended" and "support ends soon" are two checks, not one with two meanings: a device
// past its date is in the first only, one ending within 180 days in the second only.
TEST(DeviceChecksRulesTest, EndedAndEndingSoonAreSeparate)
{
    const QDate today(2026, 12, 7);
    Device device;
    device.category = DeviceCategory::Pc;
    device.endOfSupport = today.addDays(-1);
    EXPECT_TRUE(DeviceChecks::holds(DeviceCheck::SupportEnded, device, today));
    EXPECT_FALSE(DeviceChecks::holds(DeviceCheck::SupportEndsSoon, device, today));
    device.endOfSupport = today;
    EXPECT_FALSE(DeviceChecks::holds(DeviceCheck::SupportEnded, device, today));
    EXPECT_TRUE(DeviceChecks::holds(DeviceCheck::SupportEndsSoon, device, today));
    device.endOfSupport = today.addDays(DeviceChecks::supportWarningDays + 1);
    EXPECT_FALSE(DeviceChecks::holds(DeviceCheck::SupportEndsSoon, device, today));
}
