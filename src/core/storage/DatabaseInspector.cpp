#include "DatabaseInspector.h"

#include "Database.h"
#include "storage/detail/SqlSupport.h"

namespace mamori {

Result<DatabaseInfo> DatabaseInspector::info() const
{
    const QSqlDatabase db = m_database.connection();
    const QString what = Database::tr("read the database information");
    DatabaseInfo info;
    info.path = m_database.path();
    info.schemaVersion = m_database.schemaVersion();

    auto pageCount = sql::scalar(db, QStringLiteral("PRAGMA page_count"), what);
    auto pageSize = sql::scalar(db, QStringLiteral("PRAGMA page_size"), what);
    if (!pageCount)
        return pageCount.error();
    if (!pageSize)
        return pageSize.error();
    info.sizeBytes = pageCount->toLongLong() * pageSize->toLongLong();

    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    tables.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite%' ORDER BY name"));
    if (Status done = sql::exec(tables, what); !done)
        return done.error();
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (Status read = sql::endOfRows(tables); !read)
        return read.error();
    for (const QString &name : std::as_const(names)) {
        auto rows = sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM %1").arg(sql::quoteIdentifier(name)), what);
        if (!rows)
            return rows.error();
        info.rowCounts.append({name, rows->toLongLong()});
    }
    return info;
}

Result<QStringList> DatabaseInspector::integrityProblems() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sql::queryError(query, Database::tr("check the database integrity"));
    QStringList problems;
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return problems;
}

} // namespace mamori
