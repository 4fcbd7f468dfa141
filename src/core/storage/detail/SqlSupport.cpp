#include "SqlSupport.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace mamori::sql {

namespace {

ErrorKind kindFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Locked;
    default:
        return ErrorKind::Query;
    }
}

ErrorKind kindFor(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber ? kindFor(code) : ErrorKind::Query;
}

Error fromSqlError(const QSqlError &sqlError, const QString &what)
{
    return Error(kindFor(sqlError), Error::tr("Database operation failed: %1").arg(what),
                 sqlError.text());
}

} // namespace

Error queryError(const QSqlQuery &query, const QString &what)
{
    return fromSqlError(query.lastError(), what);
}

Error databaseError(const QSqlDatabase &database, const QString &what)
{
    return fromSqlError(database.lastError(), what);
}

Error sqliteError(sqlite3 *database, int code, const QString &what)
{
    const QString detail = database ? QString::fromUtf8(sqlite3_errmsg(database))
                                    : QString::fromUtf8(sqlite3_errstr(code));
    return Error(kindFor(code), Error::tr("Database operation failed: %1").arg(what), detail);
}

Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return queryError(query, what);
    return {};
}

Status endOfRows(const QSqlQuery &query)
{
    if (query.lastError().type() != QSqlError::NoError)
        return queryError(query, Error::tr("read the stored records"));
    return {};
}

Status execStatement(const QSqlDatabase &database, const QString &statement, const QString &what)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        return queryError(query, what);
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &database, const QString &statement, const QString &what)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return queryError(query, what);
    if (!query.next()) {
        if (Status read = endOfRows(query); !read)
            return read.error();
        return QVariant();
    }
    return query.value(0);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(QLatin1String(""));
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

sqlite3 *rawHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace mamori::sql
