#pragma once

#include <QDateTime>
#include <QString>

namespace mamori {

// One row of the audit trail, as plain data: storage writes and reads them (storage/AuditLog),
// the GUI shows them in a record's history.
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

} // namespace mamori
