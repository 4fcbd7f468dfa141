#include "TestEnvironment.h"

#include "inventory/AssetRecords.h"
#include "storage/AssetLinkRepository.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

using namespace mamori;

class AssetRepositoryTest : public mamori::test::DatabaseTest
{
protected:
    static Device laptop(const QString &number)
    {
        Device device;
        device.category = DeviceCategory::Laptop;
        device.assetNumber = number;
        device.name = QStringLiteral("営業用ノート ") + number;
        device.department = QStringLiteral("営業部");
        device.purchaseDate = QDate(2024, 4, 1);
        device.purchaseCost = DecimalAmount{QStringLiteral("158000")};
        device.purchaseCurrency = CurrencyCode{QStringLiteral("JPY")};
        device.mfa = MfaState::Partial;
        device.customFields.insert(QStringLiteral("リース会社"), QStringLiteral("みらいリース"));
        return device;
    }
};

TEST_F(AssetRepositoryTest, InsertFindUpdateAndDeleteWithHistory)
{
    DeviceRepository repository(*m_db);
    auto id = repository.insert(laptop(QStringLiteral("NB-001")));
    ASSERT_TRUE(mamori::test::isOk(id));
    auto found = repository.find(*id);
    ASSERT_TRUE(found && found->has_value());
    Device stored = **found;
    Device expected = laptop(QStringLiteral("NB-001"));
    expected.id = *id;
    EXPECT_EQ(stored, expected);

    stored.department = QStringLiteral("総務部");
    stored.purchaseCost.reset();
    stored.settlePurchaseCurrency();
    ASSERT_TRUE(mamori::test::isOk(repository.update(stored)));
    EXPECT_EQ(**repository.find(*id), stored);

    auto history = AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(*id));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 4); // insert snapshot, three field updates
    EXPECT_EQ(history->at(0).change.action, AuditAction::Insert);
    EXPECT_TRUE(history->at(0).change.newValue.contains(QStringLiteral("NB-001")));
    EXPECT_EQ(history->at(1).change.field, QStringLiteral("department"));
    EXPECT_EQ(history->at(1).change.oldValue, QStringLiteral("営業部"));
    EXPECT_EQ(history->at(2).change.field, QStringLiteral("purchase_cost"));
    EXPECT_EQ(history->at(2).change.oldValue, QStringLiteral("158000"));
    EXPECT_TRUE(history->at(2).change.newValue.isEmpty());
    EXPECT_EQ(history->at(3).change.field, QStringLiteral("purchase_currency"));
    EXPECT_EQ(history->at(3).change.oldValue, QStringLiteral("JPY"));

    ASSERT_TRUE(mamori::test::isOk(repository.remove(*id)));
    EXPECT_FALSE(repository.find(*id)->has_value());
    history = AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(*id));
    EXPECT_EQ(history->constLast().change.action, AuditAction::Delete);
}

TEST_F(AssetRepositoryTest, AssetNumbersAreUnique)
{
    DeviceRepository repository(*m_db);
    ASSERT_TRUE(repository.insert(laptop(QStringLiteral("NB-001"))));
    auto duplicate = repository.insert(laptop(QStringLiteral("NB-001")));
    ASSERT_FALSE(duplicate);
    EXPECT_TRUE(duplicate.error().detail.contains(QStringLiteral("UNIQUE")));
    EXPECT_EQ(*repository.count(), 1);
}

TEST_F(AssetRepositoryTest, UpsertUpdatesOnlyTheGivenFieldsOfExistingKeys)
{
    DeviceRepository repository(*m_db);
    ASSERT_TRUE(repository.insert(laptop(QStringLiteral("NB-001"))));
    Device incoming;
    incoming.category = DeviceCategory::Laptop;
    incoming.assetNumber = QStringLiteral("NB-001");
    incoming.name = QStringLiteral("renamed");
    Device fresh = laptop(QStringLiteral("NB-002"));
    auto counts = repository.upsertAll({incoming, fresh},
                                       {QStringLiteral("asset_number"), QStringLiteral("name")});
    ASSERT_TRUE(mamori::test::isOk(counts));
    EXPECT_EQ(counts->created, 1);
    EXPECT_EQ(counts->updated, 1);
    Device reloaded = **repository.findByKey(incoming);
    EXPECT_EQ(reloaded.name, QStringLiteral("renamed"));
    EXPECT_EQ(reloaded.department, QStringLiteral("営業部")); // not in the import: kept
    EXPECT_EQ(reloaded.purchaseCost, DecimalAmount{QStringLiteral("158000")});

    auto again = repository.upsertAll({incoming}, {QStringLiteral("name")});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->unchanged, 1);
}

TEST_F(AssetRepositoryTest, CancelledUpsertWritesNothing)
{
    DeviceRepository repository(*m_db);
    auto counts = repository.upsertAll({laptop(QStringLiteral("NB-001"))}, {},
                                       [](qint64, qint64) { return false; });
    ASSERT_FALSE(counts);
    EXPECT_EQ(counts.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(*repository.count(), 0);
}

TEST_F(AssetRepositoryTest, InformationAssetsRoundTripWithRiskAndLinks)
{
    InformationAsset asset;
    asset.businessArea = QStringLiteral("総務");
    asset.name = QStringLiteral("給与台帳");
    asset.personalData = PersonalData::MyNumber;
    asset.confidentiality = 3;
    asset.integrity = 3;
    asset.availability = 2;
    asset.threat = 2;
    asset.vulnerability = 3;
    asset.registeredOn = QDate(2025, 4, 1);
    InformationAssetRepository repository(*m_db);
    auto id = repository.insert(asset);
    ASSERT_TRUE(mamori::test::isOk(id));
    asset.id = *id;
    EXPECT_EQ(**repository.find(*id), asset);
    EXPECT_EQ((*repository.find(*id))->risk(), 6);

    auto deviceId = DeviceRepository(*m_db).insert(laptop(QStringLiteral("NB-009")));
    ASSERT_TRUE(deviceId);
    AssetLinkRepository links(*m_db);
    EXPECT_EQ(*links.linkAll({{*id, *deviceId}, {*id, *deviceId}}), 1);
    EXPECT_EQ(*links.devicesOf(*id), QList<qint64>{*deviceId});
    EXPECT_EQ(*links.informationOn(*deviceId), QList<qint64>{*id});
    ASSERT_TRUE(DeviceRepository(*m_db).remove(*deviceId));
    EXPECT_TRUE(links.devicesOf(*id)->isEmpty()); // ON DELETE CASCADE
}

namespace {

// Rows of a query on a separate raw connection, each as "type:value|type:value".
QStringList rawRows(const QString &databasePath, const QString &sql)
{
    sqlite3 *db = nullptr;
    QStringList rows;
    if (sqlite3_open(QFile::encodeName(databasePath).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("cannot open")};
    }
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr);
    while (statement && sqlite3_step(statement) == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            const QString text = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
            switch (sqlite3_column_type(statement, i)) {
            case SQLITE_NULL:
                cells << QStringLiteral("null");
                break;
            case SQLITE_INTEGER:
                cells << QStringLiteral("integer:") + text;
                break;
            default:
                cells << QStringLiteral("text:") + text;
            }
        }
        rows << cells.join(QLatin1Char('|'));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

Device everyFieldSet()
{
    Device device;
    device.category = DeviceCategory::Software;
    device.assetNumber = QStringLiteral("SW-\"1\"");
    device.name = QStringLiteral("会計ソフト\n二行目\t\\ \x01 😀");
    device.status = DeviceStatus::Disposed;
    device.disposalDate = QDate(2026, 3, 31);
    device.disposalMethod = QStringLiteral("データ消去証明書あり");
    device.assignedUser = QStringLiteral("山田 太郎");
    device.department = QStringLiteral("経理部");
    device.location = QStringLiteral("本社");
    device.manufacturer = QStringLiteral("ＯＢＣ");
    device.model = QStringLiteral("勘定奉行");
    device.modelNumber = QStringLiteral("i11");
    device.serialNumber = QStringLiteral("0042");
    device.osName = QStringLiteral("Windows 10 Pro");
    device.osVersion = QStringLiteral("22H2");
    device.purchaseDate = QDate(1989, 1, 8);
    device.purchaseCost = DecimalAmount{QStringLiteral("0.50")};
    device.purchaseCurrency = CurrencyCode{QStringLiteral("USD")};
    device.warrantyEnd = QDate(9999, 12, 31);
    device.endOfSupport = QDate(2025, 10, 14);
    device.endOfSupportOverridden = true;
    device.lastUpdate = QDate(2026, 1, 1);
    device.antivirus = Coverage::NotApplicable;
    device.mfa = MfaState::Partial;
    device.diskEncryption = Coverage::No;
    device.supplier = QStringLiteral("=cmd");
    device.orderNumber = QStringLiteral("PO-1");
    device.notes = QStringLiteral("\"quoted\"");
    device.customFields.insert(QStringLiteral("リース会社"), QStringLiteral("みらい\"リース\""));
    device.customFields.insert(QStringLiteral("key\nwith newline"), QString());
    return device;
}

} // namespace

TEST_F(AssetRepositoryTest, BulkInsertStoresEveryFieldAndRecordsTheNewIdsAsOneRange)
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Device bare; // null strings, no dates, unknown coverage: stored as '' and NULL
    bare.assetNumber = QStringLiteral("PC-0");
    bare.name = QStringLiteral("名前だけ");
    const QList<Device> records{everyFieldSet(), bare, laptop(QStringLiteral("NB-001"))};
    DeviceRepository repository(*m_db);
    auto counts = repository.upsertAll(records, AssetRecords::storedFields(AssetKind::Devices), {},
                                       {QStringLiteral("import"), QStringLiteral("a.csv")});
    ASSERT_TRUE(mamori::test::isOk(counts));
    EXPECT_EQ(counts->created, 3);

    const QList<Device> stored = *repository.all();
    ASSERT_EQ(stored.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        SCOPED_TRACE(i);
        Device expected = records[i];
        expected.id = stored[i].id;
        EXPECT_EQ(stored[i], expected);
        const auto history =
            AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(stored[i].id));
        ASSERT_TRUE(history);
        ASSERT_EQ(history->size(), 1);
        EXPECT_EQ(history->at(0).change.action, AuditAction::Insert);
        EXPECT_EQ(history->at(0).change.field, QStringLiteral("import"));
        EXPECT_EQ(history->at(0).change.newValue, QStringLiteral("a.csv"));
        EXPECT_EQ(history->at(0).changedAt.timeSpec(), Qt::UTC);
        EXPECT_GE(history->at(0).changedAt, before.addMSecs(-1));
    }
    // The search column holds the text columns as the filter expects them.
    EXPECT_EQ(rawRows(tempPath(QStringLiteral("test.sqlite")),
                      QStringLiteral("SELECT search_text FROM device WHERE asset_number = 'PC-0'")),
              QStringList{QStringLiteral("text:PC-0 名前だけ              ")});
    // A single insert still keeps a snapshot of its own.
    auto single = repository.insert(laptop(QStringLiteral("NB-002")));
    ASSERT_TRUE(mamori::test::isOk(single));
    const auto singleHistory =
        AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(*single));
    ASSERT_EQ(singleHistory->size(), 1);
    Device expectedSingle = laptop(QStringLiteral("NB-002"));
    expectedSingle.id = *single;
    EXPECT_EQ(QJsonDocument::fromJson(singleHistory->at(0).change.newValue.toUtf8()).object(),
              AssetRecords::toJson(expectedSingle));

    // The column types and NULLs the QSqlQuery path wrote, read on a separate connection.
    const QString path = tempPath(QStringLiteral("test.sqlite"));
    EXPECT_EQ(
        rawRows(path, QStringLiteral("SELECT asset_number, status, disposal_date, disposal_method, "
                                     "purchase_cost, antivirus, end_of_support_overridden, "
                                     "custom_fields FROM device WHERE asset_number = 'PC-0'")),
        QStringList{
            QStringLiteral("text:PC-0|text:in_use|null|text:|null|text:|integer:0|text:{}")});
    EXPECT_EQ(rawRows(path, QStringLiteral("SELECT disposal_date, purchase_cost, warranty_end, "
                                           "end_of_support_overridden, antivirus, mfa FROM "
                                           "device WHERE category = 'software'")),
              QStringList{QStringLiteral("text:2026-03-31|text:0.50|text:9999-12-31|integer:1|"
                                         "text:na|text:partial")});
    // One audit row for the three new ids, then the single insert's snapshot.
    EXPECT_EQ(rawRows(path, QStringLiteral("SELECT entity_id, field, old_value IS NULL, "
                                           "os_user <> '' FROM audit_log WHERE entity = 'device' "
                                           "AND action = 'insert' ORDER BY id")),
              (QStringList{QStringLiteral("text:1-3|text:import|integer:1|integer:1"),
                           QStringLiteral("text:4|null|integer:1|integer:1")}));
    EXPECT_EQ(rawRows(path, QStringLiteral("SELECT first_id, last_id FROM audit_created_range")),
              QStringList{QStringLiteral("integer:1|integer:3")});
    // changed_at is written as AuditLog::record() writes it: ISO 8601, UTC, milliseconds.
    const QStringList stamps = rawRows(
        path, QStringLiteral("SELECT DISTINCT changed_at FROM audit_log WHERE entity = 'device'"));
    ASSERT_FALSE(stamps.isEmpty());
    for (const QString &stamp : stamps) {
        const QString text = stamp.mid(QStringLiteral("text:").size());
        const QDateTime changedAt = QDateTime::fromString(text, Qt::ISODateWithMs);
        EXPECT_EQ(changedAt.toString(Qt::ISODateWithMs), text);
        EXPECT_EQ(changedAt.timeSpec(), Qt::UTC) << text.toStdString();
        EXPECT_GE(changedAt, before.addMSecs(-1)) << text.toStdString();
        EXPECT_LE(changedAt, QDateTime::currentDateTimeUtc()) << text.toStdString();
    }
}

TEST_F(AssetRepositoryTest, UpsertUpdatesARecordInsertedEarlierInTheSameCall)
{
    DeviceRepository repository(*m_db);
    Device first = laptop(QStringLiteral("NB-001"));
    Device again = first;
    again.department = QStringLiteral("総務部");
    auto counts = repository.upsertAll({first, again}, {QStringLiteral("department")});
    ASSERT_TRUE(mamori::test::isOk(counts));
    EXPECT_EQ(counts->created, 1);
    EXPECT_EQ(counts->updated, 1);
    EXPECT_EQ(*repository.count(), 1);
    const Device stored = **repository.findByKey(first);
    EXPECT_EQ(stored.department, QStringLiteral("総務部"));
    const auto history =
        AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(stored.id));
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(1).change.field, QStringLiteral("department"));
    EXPECT_EQ(history->at(1).change.oldValue, QStringLiteral("営業部"));
    EXPECT_EQ(history->at(1).change.newValue, QStringLiteral("総務部"));
}

TEST_F(AssetRepositoryTest, IdsAreNeverGivenTwiceSoHistoryStaysWithItsRecord)
{
    DeviceRepository repository(*m_db);
    ASSERT_TRUE(mamori::test::isOk(repository.upsertAll(
        {laptop(QStringLiteral("NB-001")), laptop(QStringLiteral("NB-002"))}, {})));
    const qint64 last = (**repository.findByKey(laptop(QStringLiteral("NB-002")))).id;
    ASSERT_TRUE(mamori::test::isOk(repository.remove(last)));

    // The largest id was deleted: a new record gets the next one, not the deleted one's.
    auto fresh = repository.insert(laptop(QStringLiteral("NB-003")));
    ASSERT_TRUE(mamori::test::isOk(fresh));
    EXPECT_EQ(*fresh, last + 1);
    const auto history =
        AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(*fresh));
    ASSERT_EQ(history->size(), 1);
    EXPECT_TRUE(history->at(0).change.field.isEmpty()); // its own insert, not the import's
    EXPECT_TRUE(history->at(0).change.newValue.contains(QStringLiteral("NB-003")));

    // The deleted record's history is still whole: created by the bulk write, then deleted.
    const auto deleted =
        AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(last));
    ASSERT_EQ(deleted->size(), 2);
    EXPECT_EQ(deleted->at(0).change.field, QStringLiteral("import"));
    EXPECT_EQ(deleted->at(1).change.action, AuditAction::Delete);

    // A later bulk write starts after every id given so far.
    ASSERT_TRUE(mamori::test::isOk(repository.upsertAll({laptop(QStringLiteral("NB-004"))}, {})));
    EXPECT_EQ((**repository.findByKey(laptop(QStringLiteral("NB-004")))).id, *fresh + 1);
}

TEST_F(AssetRepositoryTest, UpdatesKeepTheSearchColumnInStep)
{
    DeviceRepository repository(*m_db);
    auto id = repository.insert(laptop(QStringLiteral("NB-001")));
    ASSERT_TRUE(mamori::test::isOk(id));
    Device device = **repository.find(*id);
    device.assignedUser = QStringLiteral("佐藤 花子");
    device.department = QStringLiteral("総務部");
    ASSERT_TRUE(mamori::test::isOk(repository.update(device)));
    EXPECT_EQ(rawRows(tempPath(QStringLiteral("test.sqlite")),
                      QStringLiteral("SELECT search_text FROM device")),
              QStringList{
                  QStringLiteral("text:NB-001 営業用ノート NB-001  佐藤 花子 総務部           ")});
    // The search column is not history: only the two fields were recorded.
    EXPECT_EQ(AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(*id))->size(),
              3);
}

TEST_F(AssetRepositoryTest, CountExistingMatchesKeysExactly)
{
    DeviceRepository devices(*m_db);
    ASSERT_TRUE(devices.insert(laptop(QStringLiteral("NB-001"))));
    EXPECT_EQ(
        *devices.countExisting({laptop(QStringLiteral("NB-001")), laptop(QStringLiteral("nb-001")),
                                laptop(QStringLiteral("NB-002"))}),
        1);

    InformationAsset asset;
    asset.businessArea = QStringLiteral("総務");
    asset.name = QStringLiteral("給与台帳");
    InformationAssetRepository information(*m_db);
    ASSERT_TRUE(information.insert(asset));
    InformationAsset otherArea = asset;
    otherArea.businessArea = QStringLiteral("経理");
    EXPECT_EQ(*information.countExisting({asset, otherArea}), 1);
}

TEST(AssetRecordsTest, FastJsonTextMatchesTheJsonObject)
{
    Device device;
    device.id = 7;
    device.assetNumber = QStringLiteral("PC-\"7\"");
    device.name = QStringLiteral("改行\nと\\記号\t");
    device.purchaseDate = QDate(2024, 4, 1);
    device.purchaseCost = DecimalAmount{QStringLiteral("1200")};
    device.customFields.insert(QStringLiteral("メモ"), QStringLiteral("\x01control"));
    EXPECT_EQ(QJsonDocument::fromJson(AssetRecords::toJsonText(device).toUtf8()).object(),
              AssetRecords::toJson(device));

    InformationAsset asset;
    asset.businessArea = QStringLiteral("総務");
    asset.name = QStringLiteral("給与台帳");
    asset.confidentiality = 3;
    asset.threat = 3;
    asset.vulnerability = 2;
    asset.importanceOverride = 2;
    EXPECT_EQ(QJsonDocument::fromJson(AssetRecords::toJsonText(asset).toUtf8()).object(),
              AssetRecords::toJson(asset));
    asset.threat.reset();
    EXPECT_EQ(QJsonDocument::fromJson(AssetRecords::toJsonText(asset).toUtf8()).object(),
              AssetRecords::toJson(asset));
}

namespace {

QList<Device> devicesInDepartments(int count)
{
    const QStringList departments{QStringLiteral("営業部"), QStringLiteral("製造部"),
                                  QStringLiteral("総務部")};
    QList<Device> devices;
    for (int i = 0; i < count; ++i) {
        Device device;
        device.assetNumber = QStringLiteral("PC-%1").arg(i, 5, 10, QLatin1Char('0'));
        device.name = QStringLiteral("PC %1").arg(i);
        device.department = departments[i % departments.size()];
        devices << device;
    }
    return devices;
}

// The device table's indexes as SQLite describes them: name and CREATE statement.
QStringList deviceIndexes(const QString &databasePath)
{
    return rawRows(databasePath,
                   QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                  "tbl_name = 'device' ORDER BY name"));
}

// How many devices of `department` the department index finds.
QStringList countThroughDepartmentIndex(const QString &databasePath, const QString &department)
{
    return rawRows(databasePath, QStringLiteral("SELECT count(*) FROM device INDEXED BY "
                                                "device_by_department WHERE department = '%1'")
                                     .arg(department));
}

} // namespace

TEST_F(AssetRepositoryTest, LargeBulkWriteRebuildsTheSecondaryIndexesBeforeItCommits)
{
    const QString path = tempPath(QStringLiteral("test.sqlite"));
    const QStringList before = deviceIndexes(path);
    ASSERT_TRUE(before.join(QLatin1Char('\n')).contains(QStringLiteral("device_by_department")));

    DeviceRepository repository(*m_db);
    auto counts = repository.upsertAll(devicesInDepartments(3000), {});
    ASSERT_TRUE(mamori::test::isOk(counts));
    EXPECT_EQ(counts->created, 3000);

    EXPECT_EQ(deviceIndexes(path), before);
    EXPECT_EQ(rawRows(path, QStringLiteral("PRAGMA journal_mode")),
              QStringList{QStringLiteral("text:wal")});
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    EXPECT_EQ(rawRows(path, QStringLiteral("PRAGMA integrity_check")),
              QStringList{QStringLiteral("text:ok")});
    EXPECT_EQ(countThroughDepartmentIndex(path, QStringLiteral("製造部")),
              QStringList{QStringLiteral("integer:1000")});

    // Updates first, then new rows: the indexes go at the first new row and come back whole.
    QList<Device> mixed = devicesInDepartments(7000);
    for (Device &device : mixed)
        device.department = QStringLiteral("情報システム部");
    auto again = repository.upsertAll(mixed, {QStringLiteral("department")});
    ASSERT_TRUE(mamori::test::isOk(again));
    EXPECT_EQ(again->updated, 3000);
    EXPECT_EQ(again->created, 4000);
    EXPECT_EQ(deviceIndexes(path), before);
    EXPECT_EQ(rawRows(path, QStringLiteral("PRAGMA integrity_check")),
              QStringList{QStringLiteral("text:ok")});
    EXPECT_EQ(countThroughDepartmentIndex(path, QStringLiteral("情報システム部")),
              QStringList{QStringLiteral("integer:7000")});
}

TEST_F(AssetRepositoryTest, CancelledLargeBulkWriteKeepsTheIndexes)
{
    const QString path = tempPath(QStringLiteral("test.sqlite"));
    const QStringList before = deviceIndexes(path);
    DeviceRepository repository(*m_db);
    auto counts = repository.upsertAll(devicesInDepartments(3000), {},
                                       [](qint64 done, qint64) { return done <= 2000; });
    ASSERT_FALSE(counts);
    EXPECT_EQ(counts.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(deviceIndexes(path), before);
    EXPECT_EQ(*repository.count(), 0);
}
