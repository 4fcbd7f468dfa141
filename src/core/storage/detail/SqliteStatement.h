#pragma once

// Internal to src/core/storage: a statement prepared through the raw SQLite API on the handle of
// a QSqlDatabase connection, for bulk writes. QSqlQuery binding costs 2.4–3× the sqlite3 shell;
// this path matches it (../shared/PITFALLS.md). It is safe only because the process holds one
// SQLite library: the Qt plugin and mamori_core both link the system libsqlite3.

#include "Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QStringView>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace mamori {

class SqliteStatement
{
public:
    // Prepares `sql` once; check isValid() and error(). Positions are 0-based, as in QSqlQuery.
    SqliteStatement(const QSqlDatabase &connection, const QString &sql, const QString &what);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    const Error &error() const { return m_error; }

    void bindNull(int position);
    void bindInteger(int position, qint64 value);
    // SQLite does not copy bound text: it must stay valid until execute() or next() returns.
    // Empty text binds '' (never NULL).
    void bindText(int position, QStringView text);
    void bindUtf8(int position, QByteArrayView utf8);

    // Runs an INSERT or UPDATE to completion and makes the statement ready for the next row.
    Status execute();
    // Steps a SELECT: true with a row, false when done (then reset for reuse).
    Result<bool> next();
    qint64 integer(int column) const;
    QString text(int column) const;
    // As QSqlQuery::value() gives it: NULL as a null QVariant, integers as qint64.
    QVariant value(int column) const;
    // Ends a SELECT early, ready to run again.
    void reset();

    qint64 lastInsertRowId() const;

private:
    Error failure(int code) const;

    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
    Error m_error;
    int m_bindFailure = 0; // the first bind error since the last step, reported by it
};

} // namespace mamori
