#include "TestEnvironment.h"

#include "OsUser.h"
#include "storage/AuditLog.h"
#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"
#include "storage/detail/SqlSupport.h"

using namespace mamori;

class AuditLogTest : public mamori::test::DatabaseTest
{
protected:
    CompanyProfile sampleProfile() const
    {
        CompanyProfile profile;
        profile.name = QStringLiteral("株式会社やまと製作所");
        profile.representative = QStringLiteral("山田 太郎");
        profile.employeeCount = 25;
        return profile;
    }
};

TEST_F(AuditLogTest, FirstSaveRecordsAnInsertPerField)
{
    CompanyProfileRepository repository(*m_db);
    ASSERT_TRUE(mamori::test::isOk(repository.save(sampleProfile())));
    auto entries =
        AuditLog(*m_db).entriesFor(QStringLiteral("company_profile"), QStringLiteral("1"));
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 6);
    for (const AuditEntry &entry : *entries) {
        EXPECT_EQ(entry.change.action, AuditAction::Insert);
        EXPECT_TRUE(entry.change.oldValue.isEmpty());
    }
    EXPECT_EQ(entries->at(0).change.field, QStringLiteral("name"));
    EXPECT_EQ(entries->at(0).change.newValue, QStringLiteral("株式会社やまと製作所"));
}

TEST_F(AuditLogTest, UpdateRecordsOnlyChangedFieldsWithOldAndNewValues)
{
    CompanyProfileRepository repository(*m_db);
    ASSERT_TRUE(mamori::test::isOk(repository.save(sampleProfile())));
    CompanyProfile changed = sampleProfile();
    changed.employeeCount = 31;
    changed.address = QStringLiteral("大阪府大阪市");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_TRUE(mamori::test::isOk(repository.save(changed)));

    auto entries =
        AuditLog(*m_db).entriesFor(QStringLiteral("company_profile"), QStringLiteral("1"));
    ASSERT_TRUE(entries);
    QList<AuditEntry> updates;
    for (const AuditEntry &entry : *entries) {
        if (entry.change.action == AuditAction::Update)
            updates << entry;
    }
    ASSERT_EQ(updates.size(), 2);
    EXPECT_EQ(updates[0].change.field, QStringLiteral("address"));
    EXPECT_EQ(updates[0].change.oldValue, QString());
    EXPECT_EQ(updates[0].change.newValue, QStringLiteral("大阪府大阪市"));
    EXPECT_EQ(updates[1].change.field, QStringLiteral("employee_count"));
    EXPECT_EQ(updates[1].change.oldValue, QStringLiteral("25"));
    EXPECT_EQ(updates[1].change.newValue, QStringLiteral("31"));
    EXPECT_EQ(updates[1].osUser, currentOsUserName());
    EXPECT_EQ(updates[1].changedAt.timeSpec(), Qt::UTC);
    EXPECT_GE(updates[1].changedAt, before);
    EXPECT_LE(updates[1].changedAt, QDateTime::currentDateTimeUtc().addSecs(1));

    auto loaded = repository.load();
    ASSERT_TRUE(loaded && loaded->has_value());
    EXPECT_EQ(**loaded, changed);
}

TEST_F(AuditLogTest, SavingTheSameProfileAddsNoRows)
{
    CompanyProfileRepository repository(*m_db);
    ASSERT_TRUE(mamori::test::isOk(repository.save(sampleProfile())));
    ASSERT_TRUE(mamori::test::isOk(repository.save(sampleProfile())));
    auto entries =
        AuditLog(*m_db).entriesFor(QStringLiteral("company_profile"), QStringLiteral("1"));
    ASSERT_TRUE(entries);
    EXPECT_EQ(entries->size(), 6);
}

TEST_F(AuditLogTest, InvalidProfileWritesNothing)
{
    CompanyProfile invalid = sampleProfile();
    invalid.name = QStringLiteral("   ");
    const Status saved = CompanyProfileRepository(*m_db).save(invalid);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log"),
                          QStringLiteral("test"))
                  ->toInt(),
              0);
}

TEST_F(AuditLogTest, RowsCannotBeChangedOrDeleted)
{
    ASSERT_TRUE(mamori::test::isOk(CompanyProfileRepository(*m_db).save(sampleProfile())));
    const Status updated = sql::execStatement(
        m_db->connection(), QStringLiteral("UPDATE audit_log SET new_value = 'forged'"),
        QStringLiteral("test"));
    ASSERT_FALSE(updated);
    EXPECT_TRUE(updated.error().detail.contains(QStringLiteral("append-only")));
    EXPECT_FALSE(sql::execStatement(m_db->connection(), QStringLiteral("DELETE FROM audit_log"),
                                    QStringLiteral("test")));
    EXPECT_EQ(sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log"),
                          QStringLiteral("test"))
                  ->toInt(),
              6);
}
