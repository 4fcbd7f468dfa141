#include "AuditLog.h"

#include "Database.h"
#include "OsUser.h"
#include "SqlSupport.h"

namespace mamori {

namespace {

QString actionName(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return QStringLiteral("insert");
    case AuditAction::Update:
        return QStringLiteral("update");
    case AuditAction::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

AuditAction actionFromName(const QString &name)
{
    if (name == QLatin1String("insert"))
        return AuditAction::Insert;
    if (name == QLatin1String("delete"))
        return AuditAction::Delete;
    return AuditAction::Update;
}

} // namespace

struct AuditLog::Statements
{
    QSqlQuery insert;
};

AuditLog::AuditLog(Database &database) : m_database(database) {}

AuditLog::~AuditLog() = default;

Status AuditLog::record(const AuditChange &change)
{
    static const QString user = currentOsUserName();
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(Statements{QSqlQuery(m_database.connection())});
        m_statements->insert.prepare(QStringLiteral(
            "INSERT INTO audit_log (changed_at, os_user, entity, entity_id, action, field, "
            "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &query = m_statements->insert;
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(user);
    query.addBindValue(change.entity);
    query.addBindValue(change.entityId);
    query.addBindValue(actionName(change.action));
    query.addBindValue(change.field);
    query.addBindValue(change.oldValue);
    query.addBindValue(change.newValue);
    return sql::exec(query, Error::tr("record the change in the audit log"));
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &entity, const QString &entityId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, changed_at, os_user, action, field, old_value, new_value FROM audit_log "
        "WHERE entity = ? AND entity_id = ? ORDER BY id"));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    if (Status done = sql::exec(query, Error::tr("read the audit log")); !done)
        return done.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.changedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.osUser = query.value(2).toString();
        entry.change = {entity,
                        entityId,
                        actionFromName(query.value(3).toString()),
                        query.value(4).toString(),
                        query.value(5).toString(),
                        query.value(6).toString()};
        entries << entry;
    }
    return entries;
}

} // namespace mamori
