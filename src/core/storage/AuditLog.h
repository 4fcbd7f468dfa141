#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mamori {

class Database;

enum class AuditAction
{
    Insert,
    Update,
    Delete
};

struct AuditChange
{
    QString entity; // table-like name, e.g. "company_profile"
    QString entityId;
    AuditAction action = AuditAction::Update;
    QString field;
    QString oldValue;
    QString newValue;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString osUser;
    AuditChange change;
};

// The append-only history of every change made through the repositories. Repositories call
// record() inside their own transaction so a change and its history commit together.
class AuditLog
{
public:
    explicit AuditLog(Database &database) : m_database(database) {}

    Status record(const AuditChange &change);
    Result<QList<AuditEntry>> entriesFor(const QString &entity, const QString &entityId) const;

private:
    Database &m_database;
};

} // namespace mamori
