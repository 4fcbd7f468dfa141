#pragma once

// Internal to src/core/storage: how BackupRepository's tables map to the backup types (columns,
// readers, audited fields), kept apart from the repository's use cases.

#include "AuditedFields.h"
#include "SqlSupport.h"
#include "backups/BackupPlan.h"
#include "backups/BackupRun.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace mamori::backup_rows {

QString readWhat();
QString writeWhat();
QString utcText(const QDateTime &time);
QDateTime utcFrom(const QVariant &value);
QString itemsText(const BackupPlan &plan);
QString optionalNumber(const std::optional<qint64> &value);
const QList<audit::AuditedField<BackupPlan>> &planFields();
const QList<audit::AuditedField<BackupRun>> &runFields();
const QList<audit::AuditedField<RestoreTest>> &testFields();
BackupPlan planFrom(const QSqlQuery &query);
BackupRun runFrom(const QSqlQuery &query);
RestoreTest testFrom(const QSqlQuery &query);

extern const QString planColumns;
extern const QString runColumns;
extern const QString testColumns;

template<typename Row, typename Read>
Result<QList<Row>> readRows(Database &database, const QString &statement,
                            const QVariantList &values, Read read)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<Row> rows;
    while (query.next())
        rows << read(query);
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return rows;
}

} // namespace mamori::backup_rows
