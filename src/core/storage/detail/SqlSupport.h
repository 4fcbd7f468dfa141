#pragma once

// Internal to src/core/storage: the only place that speaks QtSql.

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;

namespace mamori::sql {

// Turns a failed statement into an Error that keeps the driver's text.
Error queryError(const QSqlQuery &query, const QString &what);
Error databaseError(const QSqlDatabase &database, const QString &what);
// The same for a result code of the raw SQLite API, keeping sqlite3_errmsg() as the detail.
Error sqliteError(sqlite3 *database, int code, const QString &what);

// Executes a prepared query; on failure returns queryError(query, what).
Status exec(QSqlQuery &query, const QString &what);
// After a `while (query.next())` loop: next() is false at the end of the rows and also when
// reading failed (a damaged page), so the loop alone cannot tell a short list from a broken one.
Status endOfRows(const QSqlQuery &query);
// Executes one statement without parameters (schema changes, pragmas).
Status execStatement(const QSqlDatabase &database, const QString &statement, const QString &what);
// The first column of the first row, for pragmas and counts.
Result<QVariant> scalar(const QSqlDatabase &database, const QString &statement,
                        const QString &what);

// Binds a string to a NOT NULL text column: a null QString would bind SQL NULL.
QVariant text(const QString &value);

// Dates are stored as ISO 8601 text (2026-04-01), so they sort and compare as text.
// For a NOT NULL column: an invalid date is ''.
QString isoDate(const QDate &date);
// For a nullable column: an invalid date is NULL.
QVariant nullableDate(const QDate &date);
// Reads either back; NULL and '' give an invalid date.
QDate dateFrom(const QVariant &value);

// Identifier quoting for names that cannot be bound (table names read from sqlite_master).
QString quoteIdentifier(const QString &name);

sqlite3 *rawHandle(const QSqlDatabase &database);

} // namespace mamori::sql
