#include "TestEnvironment.h"

#include "inventory/EndOfSupportCatalog.h"

#include <QFile>

using namespace mamori;

namespace {

Device withOs(const QString &name, const QString &version = {})
{
    Device device;
    device.osName = name;
    device.osVersion = version;
    return device;
}

QDate endFor(const QString &name, const QString &version = {})
{
    const auto *product = EndOfSupportCatalog::bundled().match(withOs(name, version));
    return product ? product->end : QDate();
}

} // namespace

TEST(EndOfSupportTest, BundledFileIsVersionedAndComplete)
{
    const EndOfSupportCatalog &catalog = EndOfSupportCatalog::bundled();
    EXPECT_FALSE(catalog.version().isEmpty());
    QFile file(QStringLiteral(MAMORI_TEST_SOURCE_DIR "/resources/inventory/end-of-support.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // Every product in the file parsed: nothing was dropped for a bad date or missing words.
    EXPECT_EQ(catalog.products().size(), text.count("\"product\""));
    for (const auto &product : catalog.products())
        EXPECT_EQ(product.end.dayOfWeek(), Qt::Tuesday) << product.name.toStdString();
}

TEST(EndOfSupportTest, MatchesWindowsByVersionAndEdition)
{
    EXPECT_EQ(endFor(QStringLiteral("Windows 11 Pro"), QStringLiteral("23H2")),
              QDate(2025, 11, 11));
    EXPECT_EQ(endFor(QStringLiteral("Windows 11 Enterprise"), QStringLiteral("23H2")),
              QDate(2026, 11, 10));
    EXPECT_EQ(endFor(QStringLiteral("Windows 11 Home 24H2")), QDate(2026, 10, 13));
    EXPECT_EQ(endFor(QStringLiteral("Ｗｉｎｄｏｗｓ　１１ Pro"), QStringLiteral("２５Ｈ２")),
              QDate(2027, 10, 12));
    EXPECT_EQ(endFor(QStringLiteral("Windows 10 Pro"), QStringLiteral("22H2")),
              QDate(2025, 10, 14));
    EXPECT_EQ(endFor(QStringLiteral("Windows 10 Enterprise LTSC 2021")), QDate(2027, 1, 12));
    EXPECT_EQ(endFor(QStringLiteral("Windows 10 IoT Enterprise LTSC 2021")), QDate(2032, 1, 13));
    EXPECT_EQ(endFor(QStringLiteral("Windows Server 2012 R2")), QDate(2023, 10, 10));
    EXPECT_EQ(endFor(QStringLiteral("Windows Server 2019 Standard")), QDate(2029, 1, 9));
    EXPECT_FALSE(endFor(QStringLiteral("Windows 11 Pro")).isValid()); // no version: unknown
    EXPECT_FALSE(endFor(QStringLiteral("macOS"), QStringLiteral("14")).isValid());
    EXPECT_FALSE(endFor(QString()).isValid());
}

TEST(EndOfSupportTest, SoftwareMatchesOnItsModel)
{
    Device office;
    office.category = DeviceCategory::Software;
    office.model = QStringLiteral("Office Home & Business 2019");
    const auto *product = EndOfSupportCatalog::bundled().match(office);
    ASSERT_TRUE(product);
    EXPECT_EQ(product->end, QDate(2025, 10, 14));
}

TEST(EndOfSupportTest, ApplyRespectsTheUsersOverride)
{
    Device device = withOs(QStringLiteral("Windows 10 Pro"), QStringLiteral("22H2"));
    EndOfSupportCatalog::bundled().apply(device);
    EXPECT_EQ(device.endOfSupport, QDate(2025, 10, 14));
    device.endOfSupport = QDate(2026, 10, 13); // e.g. paid Extended Security Updates
    device.endOfSupportOverridden = true;
    EndOfSupportCatalog::bundled().apply(device);
    EXPECT_EQ(device.endOfSupport, QDate(2026, 10, 13));
}

TEST(EndOfSupportTest, StateFlagsPastAndWithin180Days)
{
    Device device;
    const QDate today(2026, 11, 26);
    EXPECT_EQ(EndOfSupportCatalog::state(device, today), SupportState::Unknown);
    device.endOfSupport = QDate(2025, 10, 14);
    EXPECT_EQ(EndOfSupportCatalog::state(device, today), SupportState::Ended);
    device.endOfSupport = today.addDays(180);
    EXPECT_EQ(EndOfSupportCatalog::state(device, today), SupportState::EndingSoon);
    device.endOfSupport = today.addDays(181);
    EXPECT_EQ(EndOfSupportCatalog::state(device, today), SupportState::Supported);
}
