#include "TestEnvironment.h"

#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"
#include "storage/SafetyCopyRetention.h"
#include "storage/SafetyCopyStore.h"

#include <QDir>
#include <QFileInfo>

using namespace mamori;

namespace {

CompanyProfile profileNamed(const QString &name)
{
    CompanyProfile profile;
    profile.name = name;
    return profile;
}

QString storedName(const QString &databasePath)
{
    auto db = Database::open(databasePath);
    if (!db)
        return QStringLiteral("<%1>").arg(db.error().fullText());
    auto profile = CompanyProfileRepository(**db).load();
    return profile && profile->has_value() ? (*profile)->name : QString();
}

} // namespace

TEST(BackupRetentionTest, KeepsFourteenDaysAndTheFirstOfTwelveMonths)
{
    QList<QDate> dates;
    const QDate today(2026, 11, 26);
    for (int i = 0; i < 500; ++i)
        dates << today.addDays(-i);
    const QList<QDate> doomed = safetyCopiesToDelete(dates);
    QList<QDate> kept;
    for (const QDate &date : dates) {
        if (!doomed.contains(date))
            kept << date;
    }
    // 14 newest days (2026-11-13 … 11-26) plus the 1st of the 12 newest months.
    EXPECT_EQ(kept.size(), 14 + 12); // every month start is older than the 14 days
    EXPECT_TRUE(kept.contains(QDate(2026, 11, 13)));
    EXPECT_FALSE(kept.contains(QDate(2026, 11, 12)));
    EXPECT_TRUE(kept.contains(QDate(2026, 11, 1)));
    EXPECT_TRUE(kept.contains(QDate(2025, 12, 1)));
    EXPECT_FALSE(kept.contains(QDate(2025, 11, 1)));
}

TEST(BackupRetentionTest, NothingIsDeletedWhileFewBackupsExist)
{
    EXPECT_TRUE(safetyCopiesToDelete({QDate(2026, 1, 1), QDate(2026, 1, 2)}).isEmpty());
    EXPECT_TRUE(safetyCopiesToDelete({}).isEmpty());
}

class SafetyCopyTest : public mamori::test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        m_databasePath = tempPath(QStringLiteral("mamori.sqlite"));
        auto db = Database::open(m_databasePath);
        ASSERT_TRUE(db);
        ASSERT_TRUE(mamori::test::isOk(
            CompanyProfileRepository(**db).save(profileNamed(QStringLiteral("Before")))));
    }

    QString m_databasePath;
};

TEST_F(SafetyCopyTest, BackupNowWritesAConsistentOwnerOnlyCopyWhileTheDatabaseIsOpen)
{
    auto open = Database::open(m_databasePath); // holds the lock, as the application would
    ASSERT_TRUE(open);
    const SafetyCopyStore store(m_databasePath);
    int lastDone = -1;
    int lastTotal = -1;
    auto written = store.copyNow({}, [&](qint64 done, qint64 total) {
        lastDone = int(done);
        lastTotal = int(total);
        return true;
    });
    ASSERT_TRUE(written) << written.error().fullText().toStdString();
    EXPECT_EQ(QFileInfo(*written).absolutePath(), store.directory());
    EXPECT_EQ(mamori::test::fileMode(*written), 0600);
    EXPECT_EQ(mamori::test::fileMode(store.directory()), 0700);
    EXPECT_GT(lastTotal, 0);
    EXPECT_EQ(lastDone, lastTotal);
    open->reset();
    EXPECT_EQ(storedName(*written), QStringLiteral("Before"));
}

TEST_F(SafetyCopyTest, RestoreRoundTripKeepsTheReplacedContents)
{
    const SafetyCopyStore store(m_databasePath);
    auto backup = store.copyNow();
    ASSERT_TRUE(backup);
    {
        auto db = Database::open(m_databasePath);
        ASSERT_TRUE(db);
        ASSERT_TRUE(mamori::test::isOk(
            CompanyProfileRepository(**db).save(profileNamed(QStringLiteral("After")))));
    }
    ASSERT_TRUE(mamori::test::isOk(store.restore(*backup)));
    EXPECT_EQ(storedName(m_databasePath), QStringLiteral("Before"));
    EXPECT_EQ(mamori::test::fileMode(m_databasePath), 0600);

    QString kept;
    for (const SafetyCopyFile &file : store.copies()) {
        if (file.kind == SafetyCopyFile::Kind::BeforeRestore)
            kept = file.path;
    }
    ASSERT_FALSE(kept.isEmpty());
    EXPECT_EQ(storedName(kept), QStringLiteral("After"));
}

TEST_F(SafetyCopyTest, RestoreRefusesADamagedBackupAndKeepsTheDatabase)
{
    const QString bogus = tempPath(QStringLiteral("bogus.sqlite"));
    mamori::test::writeAll(bogus, QByteArray(5000, 'x'));
    const QByteArray before = mamori::test::readAll(m_databasePath);
    const Status restored = SafetyCopyStore(m_databasePath).restore(bogus);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().kind, ErrorKind::NotADatabase);
    EXPECT_EQ(mamori::test::readAll(m_databasePath), before);
}

TEST_F(SafetyCopyTest, RestoreIsRefusedWhileTheDatabaseIsOpen)
{
    const SafetyCopyStore store(m_databasePath);
    auto backup = store.copyNow();
    ASSERT_TRUE(backup);
    auto open = Database::open(m_databasePath);
    ASSERT_TRUE(open);
    const Status restored = store.restore(*backup);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().kind, ErrorKind::Locked);
}

TEST_F(SafetyCopyTest, DailyBackupRunsOncePerDay)
{
    const SafetyCopyStore store(m_databasePath);
    const QDate today(2026, 11, 26);
    auto first = store.runDailyCopy(today);
    ASSERT_TRUE(first) << first.error().fullText().toStdString();
    EXPECT_EQ(*first, store.dailyCopyPath(today));
    EXPECT_TRUE(QFileInfo::exists(*first));
    auto second = store.runDailyCopy(today);
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->isEmpty());
}

TEST_F(SafetyCopyTest, DailyBackupPrunesOldCopies)
{
    const SafetyCopyStore store(m_databasePath);
    auto seed = store.runDailyCopy(QDate(2026, 1, 1));
    ASSERT_TRUE(seed);
    for (int i = 1; i < 60; ++i)
        ASSERT_TRUE(QFile::copy(*seed, store.dailyCopyPath(QDate(2026, 1, 1).addDays(i))));
    auto latest = store.runDailyCopy(QDate(2026, 3, 2));
    ASSERT_TRUE(latest);
    int daily = 0;
    for (const SafetyCopyFile &file : store.copies())
        daily += file.kind == SafetyCopyFile::Kind::Daily;
    // 14 days (Feb 17 … Mar 2) plus Jan 1 and Feb 1; Mar 1 is already among the 14.
    EXPECT_EQ(daily, 16);
    EXPECT_TRUE(store.hasDailyCopy(QDate(2026, 1, 1)));
    EXPECT_TRUE(store.hasDailyCopy(QDate(2026, 2, 1)));
    EXPECT_FALSE(store.hasDailyCopy(QDate(2026, 2, 2)));
}

TEST_F(SafetyCopyTest, CancelledBackupLeavesNoFile)
{
    const SafetyCopyStore store(m_databasePath);
    const QString target = tempPath(QStringLiteral("cancelled.sqlite"));
    auto written = store.copyNow(target, [](qint64, qint64) { return false; });
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind, ErrorKind::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
}
