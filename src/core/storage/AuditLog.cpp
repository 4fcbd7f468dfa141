#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"
#include "OsUser.h"
#include "storage/detail/SqlSupport.h"

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

// The time of a change as stored: ISO 8601 in UTC with milliseconds.
QString changedAtText(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

const QString &osUser()
{
    static const QString user = currentOsUserName();
    return user;
}

const QString insertSql =
    QStringLiteral("INSERT INTO audit_log (changed_at, os_user, entity, entity_id, action, field, "
                   "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

QString recordWhat()
{
    return Error::tr("record the change in the audit log");
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
    return record(change, Clock::nowUtc());
}

Status AuditLog::record(const AuditChange &change, const QDateTime &changedAt)
{
    const QString &user = osUser();
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(Statements{QSqlQuery(m_database.connection())});
        m_statements->insert.prepare(insertSql);
    }
    QSqlQuery &query = m_statements->insert;
    query.addBindValue(changedAtText(changedAt.toUTC()));
    query.addBindValue(user);
    query.addBindValue(change.entity);
    query.addBindValue(change.entityId);
    query.addBindValue(actionName(change.action));
    query.addBindValue(change.field);
    query.addBindValue(change.oldValue);
    query.addBindValue(change.newValue);
    return sql::exec(query, recordWhat());
}

Status AuditLog::recordCreatedRange(const QString &entity, qint64 firstId, qint64 lastId,
                                    const QString &source, const QString &name,
                                    const QDateTime &startedAt)
{
    const Status recorded = record({entity,
                                    QStringLiteral("%1-%2").arg(firstId).arg(lastId),
                                    AuditAction::Insert,
                                    source,
                                    {},
                                    name},
                                   startedAt);
    if (!recorded)
        return recorded;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO audit_created_range (audit_id, first_id, last_id)"
                                 " VALUES (?, ?, ?)"));
    query.addBindValue(m_statements->insert.lastInsertId());
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    return sql::exec(query, recordWhat());
}

Result<QDateTime> AuditLog::latestChangeAt() const
{
    auto newest = sql::scalar(m_database.connection(),
                              QStringLiteral("SELECT changed_at FROM audit_log ORDER BY id DESC "
                                             "LIMIT 1"),
                              Error::tr("read the audit log"));
    if (!newest)
        return newest.error();
    return QDateTime::fromString(newest->toString(), Qt::ISODateWithMs);
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &entity, const QString &entityId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The record's own rows, and the rows of bulk writes whose range holds its id.
    query.prepare(QStringLiteral(
        "SELECT id, changed_at, os_user, action, field, old_value, new_value, 1 FROM audit_log "
        "WHERE entity = ? AND entity_id = ? "
        "UNION ALL "
        "SELECT a.id, a.changed_at, a.os_user, a.action, a.field, a.old_value, a.new_value, 0 "
        "FROM audit_created_range r JOIN audit_log a ON a.id = r.audit_id "
        "WHERE a.entity = ? AND ? BETWEEN r.first_id AND r.last_id "
        "ORDER BY 8, 1"));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(entity);
    query.addBindValue(entityId.toLongLong());
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
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return entries;
}

} // namespace mamori
