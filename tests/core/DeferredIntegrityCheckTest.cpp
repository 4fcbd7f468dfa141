// Database::open with deferIntegrityCheck (the GUI's fast start): the cheap checks at open,
// PRAGMA quick_check afterwards on its own connection, and no write until it has passed.

#include "TestEnvironment.h"

#include "CompanyProfile.h"
#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Transaction.h"
#include "storage/detail/Migrations.h"
#include "storage/detail/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <thread>

using namespace mamori;
using mamori::test::createPopulatedDatabase;
using mamori::test::damageFillerPage;
using mamori::test::isOk;
using mamori::test::TempDirTest;

namespace {

DatabaseOpenOptions deferred()
{
    DatabaseOpenOptions options;
    options.deferIntegrityCheck = true;
    return options;
}

CompanyProfile profileNamed(const QString &name)
{
    CompanyProfile profile;
    profile.name = name;
    profile.representative = QStringLiteral("佐藤 花子");
    return profile;
}

} // namespace

class DeferredIntegrityCheckTest : public TempDirTest
{};

TEST_F(DeferredIntegrityCheckTest, DamageFoundAfterOpeningBlocksEveryWriteAndLeavesTheFileAlone)
{
    const QString path = tempPath(QStringLiteral("damaged.sqlite"));
    createPopulatedDatabase(path);
    const QByteArray damaged = damageFillerPage(path);
    {
        auto db = Database::open(path, deferred());
        ASSERT_TRUE(isOk(db)) << "the cheap checks do not read the damaged page";
        Database &database = **db;
        EXPECT_EQ(database.integrityState(), IntegrityState::Pending);
        ASSERT_FALSE(database.writable());
        EXPECT_EQ(database.writable().error().kind, ErrorKind::Locked);
        const Status heldSave =
            CompanyProfileRepository(database).save(profileNamed(QStringLiteral("held")));
        ASSERT_FALSE(heldSave);
        EXPECT_EQ(heldSave.error().kind, ErrorKind::Locked);
        // Below the repositories, SQLite itself refuses to write on this connection.
        EXPECT_FALSE(sql::execStatement(database.connection(),
                                        QStringLiteral("INSERT INTO filler VALUES ('x')"),
                                        QStringLiteral("test")));

        const Status verdict = IntegrityCheck(path).run();
        ASSERT_FALSE(verdict);
        EXPECT_EQ(verdict.error().kind, ErrorKind::Damaged);
        EXPECT_FALSE(verdict.error().detail.isEmpty());
        EXPECT_TRUE(isOk(database.applyIntegrityVerdict(verdict)));
        EXPECT_EQ(database.integrityState(), IntegrityState::Damaged);

        const Status refused =
            CompanyProfileRepository(database).save(profileNamed(QStringLiteral("refused")));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind, ErrorKind::Damaged);
        EXPECT_TRUE(refused.error().message.contains(path))
            << refused.error().message.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("read-only")));
        EXPECT_FALSE(Transaction(database).isActive());
        EXPECT_FALSE(sql::execStatement(database.connection(), QStringLiteral("DELETE FROM filler"),
                                        QStringLiteral("test")));
        // Reading what is still readable goes on.
        EXPECT_TRUE(isOk(CompanyProfileRepository(database).load()));
    }
    EXPECT_EQ(mamori::test::readAll(path), damaged);
}

TEST_F(DeferredIntegrityCheckTest, SoundFileAcceptsChangesOnceTheCheckHasPassed)
{
    const QString path = tempPath(QStringLiteral("sound.sqlite"));
    createPopulatedDatabase(path);
    {
        auto db = Database::open(path, deferred());
        ASSERT_TRUE(isOk(db));
        Database &database = **db;
        ASSERT_EQ(database.integrityState(), IntegrityState::Pending);
        EXPECT_FALSE(
            CompanyProfileRepository(database).save(profileNamed(QStringLiteral("too early"))));

        // A cancelled check is no verdict: writes stay held.
        IntegrityCheck cancelled(path);
        cancelled.cancel();
        const Status stopped = cancelled.run();
        ASSERT_FALSE(stopped);
        EXPECT_EQ(stopped.error().kind, ErrorKind::Cancelled);
        EXPECT_TRUE(isOk(database.applyIntegrityVerdict(stopped)));
        EXPECT_EQ(database.integrityState(), IntegrityState::Pending);

        // As the GUI does it: the check runs on another thread, on its own connection.
        Status verdict = Error(ErrorKind::Io, QStringLiteral("not run"));
        IntegrityCheck check(path);
        std::thread worker([&check, &verdict] { verdict = check.run(); });
        worker.join();
        ASSERT_TRUE(isOk(verdict));
        ASSERT_TRUE(isOk(database.applyIntegrityVerdict(verdict)));
        EXPECT_EQ(database.integrityState(), IntegrityState::Verified);
        EXPECT_TRUE(isOk(database.writable()));
        ASSERT_TRUE(
            isOk(CompanyProfileRepository(database).save(profileNamed(QStringLiteral("saved")))));
    }
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")))
        << "a verified connection checkpoints on close as usual";
    auto reopened = Database::open(path);
    ASSERT_TRUE(isOk(reopened));
    auto profile = CompanyProfileRepository(**reopened).load();
    ASSERT_TRUE(isOk(profile));
    ASSERT_TRUE(profile->has_value());
    EXPECT_EQ((*profile)->name, QStringLiteral("saved"));
}

TEST_F(DeferredIntegrityCheckTest, AMigrationWaitsForTheFullCheckEvenWhenDeferred)
{
    ASSERT_GT(latestSchemaVersion(), 1);
    const QString damagedPath = tempPath(QStringLiteral("old-damaged.sqlite"));
    createPopulatedDatabase(damagedPath, latestSchemaVersion() - 1);
    const QByteArray damaged = damageFillerPage(damagedPath);
    auto refused = Database::open(damagedPath, deferred());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Damaged);
    EXPECT_EQ(mamori::test::readAll(damagedPath), damaged);
    EXPECT_EQ(QDir(dir()).entryList({QStringLiteral("*-schema*")}, QDir::Files), QStringList())
        << "no pre-migration copy of a damaged file";

    const QString soundPath = tempPath(QStringLiteral("old-sound.sqlite"));
    createPopulatedDatabase(soundPath, latestSchemaVersion() - 1);
    auto migrated = Database::open(soundPath, deferred());
    ASSERT_TRUE(isOk(migrated));
    EXPECT_EQ((*migrated)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*migrated)->integrityState(), IntegrityState::Verified);
}

TEST_F(DeferredIntegrityCheckTest, ChangesLeftInTheWalAreNotCopiedIntoADamagedFile)
{
    // A crash leaves committed changes in the WAL; the checkpoint on close would copy them
    // into the database file. Made here by copying the files while a writer holds them open.
    const QString original = tempPath(QStringLiteral("original.sqlite"));
    createPopulatedDatabase(original);
    sqlite3 *writer = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(original).constData(), &writer), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(writer,
                           "PRAGMA wal_autocheckpoint = 0;"
                           "CREATE TABLE after_crash (v TEXT); INSERT INTO after_crash VALUES "
                           "('committed before the crash');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const QString path = tempPath(QStringLiteral("crashed.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        ASSERT_TRUE(QFile::copy(original + suffix, path + suffix));
    sqlite3_close(writer);
    ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    const QByteArray damaged = damageFillerPage(path);
    const QByteArray wal = mamori::test::readAll(path + QStringLiteral("-wal"));
    {
        auto db = Database::open(path, deferred());
        ASSERT_TRUE(isOk(db));
        EXPECT_TRUE(isOk((*db)->applyIntegrityVerdict(IntegrityCheck(path).run())));
        EXPECT_EQ((*db)->integrityState(), IntegrityState::Damaged);
    }
    EXPECT_EQ(mamori::test::readAll(path), damaged);
    EXPECT_EQ(mamori::test::readAll(path + QStringLiteral("-wal")), wal);
}

TEST_F(DeferredIntegrityCheckTest, AReaderOnAWorkerThreadSeesTheDataAndWritesNothing)
{
    const QString path = tempPath(QStringLiteral("shared.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(isOk(db));
    ASSERT_TRUE(
        isOk(CompanyProfileRepository(**db).save(profileNamed(QStringLiteral("みらい精工")))));

    QString readName;
    Status readerWrite;
    std::thread worker([&] {
        auto reader = Database::openReader(path);
        ASSERT_TRUE(isOk(reader));
        auto profile = CompanyProfileRepository(**reader).load();
        if (profile && profile->has_value())
            readName = (*profile)->name;
        readerWrite = CompanyProfileRepository(**reader).save(profileNamed(QStringLiteral("x")));
    });
    worker.join();
    EXPECT_EQ(readName, QStringLiteral("みらい精工"));
    EXPECT_FALSE(readerWrite);
    EXPECT_EQ((*CompanyProfileRepository(**db).load())->name, QStringLiteral("みらい精工"));
}
