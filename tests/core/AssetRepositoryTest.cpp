#include "TestEnvironment.h"

#include "inventory/AssetRecords.h"
#include "storage/AssetLinkRepository.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

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
        device.purchaseCostYen = 158000;
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
    stored.purchaseCostYen.reset();
    ASSERT_TRUE(mamori::test::isOk(repository.update(stored)));
    EXPECT_EQ(**repository.find(*id), stored);

    auto history = AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(*id));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 3); // insert snapshot, two field updates
    EXPECT_EQ(history->at(0).change.action, AuditAction::Insert);
    EXPECT_TRUE(history->at(0).change.newValue.contains(QStringLiteral("NB-001")));
    EXPECT_EQ(history->at(1).change.field, QStringLiteral("department"));
    EXPECT_EQ(history->at(1).change.oldValue, QStringLiteral("営業部"));
    EXPECT_EQ(history->at(2).change.field, QStringLiteral("purchase_cost"));
    EXPECT_EQ(history->at(2).change.oldValue, QStringLiteral("158000"));
    EXPECT_TRUE(history->at(2).change.newValue.isEmpty());

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
    EXPECT_EQ(reloaded.purchaseCostYen, 158000);

    auto again = repository.upsertAll({incoming}, {QStringLiteral("name")});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->unchanged, 1);
}

TEST_F(AssetRepositoryTest, CancelledUpsertWritesNothing)
{
    DeviceRepository repository(*m_db);
    const std::atomic_bool cancel{true};
    auto counts = repository.upsertAll({laptop(QStringLiteral("NB-001"))}, {}, {}, &cancel);
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

TEST(AssetRecordsTest, FastJsonTextMatchesTheJsonObject)
{
    Device device;
    device.id = 7;
    device.assetNumber = QStringLiteral("PC-\"7\"");
    device.name = QStringLiteral("改行\nと\\記号\t");
    device.purchaseDate = QDate(2024, 4, 1);
    device.purchaseCostYen = 1200;
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
