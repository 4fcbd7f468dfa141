#pragma once

#include "AuditEntry.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace mamori {

class Database;

// The append-only history of every change made through the repositories. Repositories call
// record() inside their own transaction so a change and its history commit together.
class AuditLog
{
public:
    explicit AuditLog(Database &database);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    Status record(const AuditChange &change);
    // Records created in bulk: one audit row for the whole range of new ids instead of one
    // snapshot each. `source` says how ("import", "demo") and `name` from what (the file).
    // Written when the bulk write ends, stamped with the time it began.
    Status recordCreatedRange(const QString &entity, qint64 firstId, qint64 lastId,
                              const QString &source, const QString &name,
                              const QDateTime &startedAt);
    // A record's history, oldest first. A range that created it comes first (ids are never
    // given twice), as an insert whose field is the range's source and new value its name.
    Result<QList<AuditEntry>> entriesFor(const QString &entity, const QString &entityId) const;
    // When the newest change was recorded (by its id, so without reading the whole log); an
    // invalid time when nothing has been recorded.
    Result<QDateTime> latestChangeAt() const;

private:
    Status record(const AuditChange &change, const QDateTime &changedAt);

    struct Statements; // prepared once per AuditLog, reused for every record() of a bulk write
    Database &m_database;
    std::unique_ptr<Statements> m_statements;
};

} // namespace mamori
