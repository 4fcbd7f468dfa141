#include "TestEnvironment.h"

#include "storage/Database.h"
#include "storage/detail/AssetTables.h"
#include "storage/detail/Migrations.h"
#include "storage/detail/SqlSupport.h"

#include <QDir>
#include <QFileInfo>

using namespace mamori;

namespace {

QStringList tables(const Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

class MigrationTest : public mamori::test::TempDirTest
{};

TEST_F(MigrationTest, EmptyFileReachesTheLatestSchema)
{
    auto db = Database::open(tempPath(QStringLiteral("m.sqlite")));
    ASSERT_TRUE(db) << db.error().fullText().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE((*db)->preMigrationCopy().isEmpty()); // nothing to keep in a new file
    EXPECT_TRUE(tables(**db).contains(QStringLiteral("audit_log")));
    EXPECT_TRUE(tables(**db).contains(QStringLiteral("company_profile")));
}

TEST_F(MigrationTest, VersionsAreConsecutiveFromOne)
{
    int expected = 1;
    for (const Migration &migration : schemaMigrations())
        EXPECT_EQ(migration.version, expected++);
}

class MigrationFromVersionTest : public mamori::test::TempDirTest,
                                 public ::testing::WithParamInterface<int>
{};

TEST_P(MigrationFromVersionTest, UpgradesKeepsDataAndSavesACopyFirst)
{
    const int from = GetParam();
    const QString file = tempPath(QStringLiteral("old.sqlite"));
    {
        DatabaseOpenOptions options;
        options.targetSchemaVersion = from;
        auto old = Database::open(file, options);
        ASSERT_TRUE(old) << old.error().fullText().toStdString();
        ASSERT_EQ((*old)->schemaVersion(), from);
        // Every version has the audit log; its rows must survive each upgrade.
        ASSERT_TRUE(mamori::test::isOk(sql::execStatement(
            (*old)->connection(),
            QStringLiteral("INSERT INTO audit_log (changed_at, os_user, entity, entity_id, "
                           "action) VALUES ('2026-01-01T00:00:00Z', 'tester', 'e', '1', "
                           "'insert')"),
            QStringLiteral("test"))));
    }

    auto db = Database::open(file);
    ASSERT_TRUE(db) << db.error().fullText().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(sql::scalar((*db)->connection(), QStringLiteral("SELECT os_user FROM audit_log"),
                          QStringLiteral("test"))
                  ->toString(),
              QStringLiteral("tester"));

    const QString copy = (*db)->preMigrationCopy();
    ASSERT_FALSE(copy.isEmpty());
    EXPECT_EQ(QFileInfo(copy).absolutePath(), QFileInfo(file).absolutePath());
    EXPECT_EQ(mamori::test::fileMode(copy), 0600);
    auto copyVersion = Database::checkFile(copy);
    ASSERT_TRUE(copyVersion) << copyVersion.error().fullText().toStdString();
    EXPECT_EQ(*copyVersion, from);
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationFromVersionTest,
                         ::testing::Range(1, latestSchemaVersion()));

TEST_F(MigrationTest, FailedMigrationLeavesTheLastCompleteVersion)
{
    const QString file = tempPath(QStringLiteral("clash.sqlite"));
    {
        DatabaseOpenOptions options;
        options.targetSchemaVersion = 1;
        ASSERT_TRUE(Database::open(file, options));
    }
    // A table in the way makes version 2's CREATE TABLE fail half-way through the upgrade.
    mamori::test::rawExec(file, QStringLiteral("CREATE TABLE company_profile (x TEXT);"
                                               "INSERT INTO company_profile VALUES ('keep');"));
    auto db = Database::open(file);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind, ErrorKind::Query);
    EXPECT_FALSE(db.error().detail.isEmpty());

    auto version = Database::checkFile(file);
    ASSERT_TRUE(version);
    EXPECT_EQ(*version, 1);
    DatabaseOpenOptions stayAtOne;
    stayAtOne.migrate = false;
    auto reopened = Database::open(file, stayAtOne);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(sql::scalar((*reopened)->connection(),
                          QStringLiteral("SELECT x FROM company_profile"), QStringLiteral("test"))
                  ->toString(),
              QStringLiteral("keep"));
}

// Version 6: search_text becomes a column Mamori fills (existing rows get the same text the
// generated column held) and ids already used, even by deleted records, are not given again.
TEST_F(MigrationTest, VersionSixKeepsSearchTextAndRemembersUsedIds)
{
    const QString file = tempPath(QStringLiteral("v5.sqlite"));
    {
        DatabaseOpenOptions options;
        options.targetSchemaVersion = 5;
        auto old = Database::open(file, options);
        ASSERT_TRUE(old) << old.error().fullText().toStdString();
        for (const QString &statement :
             {QStringLiteral("INSERT INTO device (id, asset_number, category, name, location) "
                             "VALUES (3, 'PC-3', 'pc', '経理用', '本社')"),
              QStringLiteral("INSERT INTO audit_log (changed_at, os_user, entity, entity_id, "
                             "action) VALUES ('2026-01-01T00:00:00Z', 'u', 'device', '9', "
                             "'delete')")}) {
            ASSERT_TRUE(mamori::test::isOk(
                sql::execStatement((*old)->connection(), statement, QStringLiteral("test"))));
        }
    }
    auto db = Database::open(file);
    ASSERT_TRUE(db) << db.error().fullText().toStdString();
    const auto value = [&db](const QString &sql) {
        return sql::scalar((*db)->connection(), sql, QStringLiteral("test"))->toString();
    };
    // What the repository writes for the same device.
    Device device;
    device.assetNumber = QStringLiteral("PC-3");
    device.name = QStringLiteral("経理用");
    device.location = QStringLiteral("本社");
    EXPECT_EQ(value(QStringLiteral("SELECT search_text FROM device")),
              asset_tables::searchText(device));
    EXPECT_EQ(asset_tables::searchText(device), QStringLiteral("PC-3 経理用    本社          "));
    EXPECT_EQ(value(QStringLiteral("SELECT last_id FROM id_allocation WHERE entity = 'device'")),
              QStringLiteral("9"));
    EXPECT_EQ(value(QStringLiteral(
                  "SELECT last_id FROM id_allocation WHERE entity = 'information_asset'")),
              QStringLiteral("0"));
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                   "('device_by_category', 'device_by_status')")),
              QStringLiteral("0"));
}
