#include "SqliteCopy.h"

#include "storage/detail/FileSafety.h"

#include <QFile>

#include <sqlite3.h>

namespace mamori {

namespace {

constexpr int pagesPerStep = 512;
constexpr int busyTimeoutMs = 5000;

struct SqliteConnection
{
    sqlite3 *handle = nullptr;
    ~SqliteConnection() { sqlite3_close_v2(handle); }
};

Error sqliteError(sqlite3 *handle, const QString &message)
{
    const QString detail = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
    const int code = handle ? (sqlite3_errcode(handle) & 0xff) : SQLITE_ERROR;
    const ErrorKind kind = (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) ? ErrorKind::Damaged
                           : (code == SQLITE_BUSY || code == SQLITE_LOCKED)  ? ErrorKind::Locked
                                                                             : ErrorKind::Io;
    return Error(kind, message, detail);
}

Status openConnection(const QString &path, int flags, SqliteConnection &connection)
{
    const int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &connection.handle, flags, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(connection.handle, Error::tr("Cannot open the database %1.").arg(path));
    sqlite3_busy_timeout(connection.handle, busyTimeoutMs);
    return {};
}

Status copyPages(sqlite3 *source, sqlite3 *destination, const ProgressCallback &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqliteError(destination, Error::tr("Cannot start the database copy."));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            sqlite3_backup_finish(backup);
            return Error(ErrorKind::Cancelled, Error::tr("The copy was cancelled."));
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqliteError(destination, Error::tr("The database copy failed."));
    return {};
}

} // namespace

Status copySqliteDatabase(const QString &source, const QString &destination,
                          const ProgressCallback &progress)
{
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Status created = files::createPrivateFile(partial); !created)
        return created;

    Status copied;
    {
        SqliteConnection from;
        SqliteConnection to;
        copied = openConnection(source, SQLITE_OPEN_READONLY, from);
        if (copied)
            copied = openConnection(partial, SQLITE_OPEN_READWRITE, to);
        if (copied)
            copied = copyPages(from.handle, to.handle, progress);
    }
    if (copied)
        copied = files::syncFile(partial);
    if (copied)
        copied = files::replaceFile(partial, destination);
    if (!copied)
        QFile::remove(partial);
    return copied;
}

} // namespace mamori
