#include "SqliteStatement.h"

#include "SqlSupport.h"

#include <sqlite3.h>

#include <utility>

namespace mamori {

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const QString &sql,
                                 const QString &what)
    : m_database(sql::rawHandle(connection)), m_what(what)
{
    if (!m_database) {
        m_error = Error(ErrorKind::Query, Error::tr("Database operation failed: %1").arg(what),
                        QStringLiteral("not an SQLite connection"));
        return;
    }
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v3(m_database, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_error = failure(code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindNull(int position)
{
    const int code = sqlite3_bind_null(m_statement, position + 1);
    if (code != SQLITE_OK && !m_bindFailure)
        m_bindFailure = code;
}

void SqliteStatement::bindInteger(int position, qint64 value)
{
    const int code = sqlite3_bind_int64(m_statement, position + 1, value);
    if (code != SQLITE_OK && !m_bindFailure)
        m_bindFailure = code;
}

void SqliteStatement::bindText(int position, QStringView text)
{
    // A null pointer would bind NULL.
    const void *data = text.isNull() ? static_cast<const void *>(u"") : text.utf16();
    const int code = sqlite3_bind_text16(m_statement, position + 1, data,
                                         int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
    if (code != SQLITE_OK && !m_bindFailure)
        m_bindFailure = code;
}

void SqliteStatement::bindUtf8(int position, QByteArrayView utf8)
{
    const char *data = utf8.isNull() ? "" : utf8.data();
    const int code =
        sqlite3_bind_text(m_statement, position + 1, data, int(utf8.size()), SQLITE_STATIC);
    if (code != SQLITE_OK && !m_bindFailure)
        m_bindFailure = code;
}

Status SqliteStatement::execute()
{
    if (!m_statement)
        return m_error;
    const int bindFailure = std::exchange(m_bindFailure, 0);
    const int code = bindFailure ? bindFailure : sqlite3_step(m_statement);
    const bool done = code == SQLITE_DONE || code == SQLITE_ROW;
    const Error error = done ? Error() : failure(code); // before reset changes the message
    // Reset keeps the bindings, which point into the caller's buffers: clear them too.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!done)
        return error;
    return {};
}

Result<bool> SqliteStatement::next()
{
    if (!m_statement)
        return m_error;
    const int bindFailure = std::exchange(m_bindFailure, 0);
    const int code = bindFailure ? bindFailure : sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    const Error error = code == SQLITE_DONE ? Error() : failure(code);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (code == SQLITE_DONE)
        return false;
    return error;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return data ? QString(reinterpret_cast<const QChar *>(data), bytes / int(sizeof(char16_t)))
                : QString();
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArray(data, sqlite3_column_bytes(m_statement, column));
    }
    default:
        return text(column);
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindFailure = 0;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_database);
}

Error SqliteStatement::failure(int code) const
{
    return sql::sqliteError(m_database, code, m_what);
}

} // namespace mamori
