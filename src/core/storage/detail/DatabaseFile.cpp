#include "DatabaseFile.h"

#include "Migrations.h"
#include "SqlSupport.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace mamori::database_file {

namespace {

const QByteArray sqliteHeader("SQLite format 3", 16); // includes the terminating NUL

Error emptyFileError(const QString &path)
{
    return Error(ErrorKind::EmptyFile,
                 Database::tr("The file %1 is empty — it is not a Mamori database. A failed "
                              "copy, a full disk or a sync conflict can leave such a file. "
                              "Mamori has not changed it; restore the database from a backup.")
                     .arg(path));
}

// The 16-byte magic string; returns whether the header says WAL mode (bytes 18 and 19 are 2).
Result<bool> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, Database::tr("Cannot read %1.").arg(path), file.errorString());
    if (file.size() == 0)
        return false;
    const QByteArray header = file.read(20);
    if (!header.startsWith(sqliteHeader)) {
        return Error(
            ErrorKind::NotADatabase,
            Database::tr("%1 is not a Mamori database (it is not an SQLite file).").arg(path));
    }
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

QString journalPath(const QString &path)
{
    return path + QStringLiteral("-journal");
}

// A program that stopped in the middle of a write in rollback-journal mode (a large bulk write,
// RollbackJournalWhileAlone) leaves a non-empty journal beside the file. SQLite undoes the
// unfinished change from it on the next read-write open; a read-only connection cannot, and
// fails with "attempt to write a readonly database".
bool hasUnfinishedWrite(const QString &path)
{
    return QFileInfo(journalPath(path)).size() > 0;
}

Error unfinishedWriteError(const QString &path)
{
    return Error(ErrorKind::Damaged,
                 Database::tr("The database %1 holds an unfinished change from a program that "
                              "stopped while writing it (%2 beside it). Mamori has not changed "
                              "it; opening it in Mamori undoes the unfinished change.")
                     .arg(path, QFileInfo(journalPath(path)).fileName()));
}

} // namespace

QString newConnectionName()
{
    static std::atomic_int counter{0};
    return QStringLiteral("mamori-%1").arg(++counter);
}

ScopedConnection::ScopedConnection(const QString &path, const QString &options)
    : m_name(newConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
}

ScopedConnection::~ScopedConnection()
{
    if (m_name.isEmpty())
        return;
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

Status finishInterruptedWrite(const QString &path)
{
    if (!hasUnfinishedWrite(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // the checks report it
    const QByteArray header = file.read(72);
    const bool isMamoriFile =
        header.size() == 72 && header.startsWith(sqliteHeader) &&
        qFromBigEndian<quint32>(header.constData() + 68) == quint32(mamoriApplicationId);
    if (!isMamoriFile)
        return {};
    sqlite3 *handle = nullptr;
    int code = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE,
                               nullptr);
    if (code == SQLITE_OK) {
        sqlite3_busy_timeout(handle, busyTimeoutMs);
        code =
            sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_close(handle);
    if (code != SQLITE_OK) {
        return Error(
            ErrorKind::Damaged,
            Database::tr("Cannot undo the unfinished change in the database %1.").arg(path),
            detail);
    }
    return {};
}

Status quickCheck(const QSqlDatabase &db, const QString &path)
{
    const QString damaged = Database::tr("The database %1 is damaged. Mamori has not changed it. "
                                         "Restore it from a backup.")
                                .arg(path);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return Error(ErrorKind::Damaged, damaged, query.lastError().text());
    QStringList problems;
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
    }
    if (!problems.isEmpty())
        return Error(ErrorKind::Damaged, damaged, problems.mid(0, 5).join(QLatin1Char('\n')));
    return {};
}

Result<FileFacts> inspectFile(const QString &path, QuickCheck quick, EmptyFile empty)
{
    if (!QFileInfo::exists(path)) {
        return Error(ErrorKind::DatabaseMissing,
                     Database::tr("The database %1 does not exist.").arg(path));
    }
    const Result<bool> walMode = checkHeader(path);
    if (!walMode)
        return walMode.error();
    FileFacts facts;
    facts.walMode = *walMode;
    if (QFileInfo(path).size() == 0) {
        if (empty == EmptyFile::Refuse)
            return emptyFileError(path);
        return facts;
    }

    ScopedConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error(ErrorKind::NotADatabase,
                     Database::tr("Cannot open the database %1.").arg(path), db.lastError().text());
    // Reading fails while an unfinished change waits to be undone: say so, not "damaged".
    const auto failure = [&path](const Error &error) {
        return hasUnfinishedWrite(path) ? unfinishedWriteError(path) : error;
    };
    if (quick == QuickCheck::Run) {
        if (Status sound = quickCheck(db, path); !sound)
            return failure(sound.error());
    }

    const QString what = Database::tr("read the database header");
    auto applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), what);
    auto userVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version"), what);
    auto objects = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), what);
    for (const auto *result : {&applicationId, &userVersion, &objects}) {
        if (!*result)
            return failure(result->error());
    }
    const int version = userVersion->toInt();
    const bool isEmpty = version == 0 && objects->toInt() == 0;
    if (applicationId->toInt() != mamoriApplicationId && !isEmpty) {
        return Error(ErrorKind::NotADatabase,
                     Database::tr("%1 is an SQLite database of another program, not a Mamori "
                                  "database. Mamori has not changed it.")
                         .arg(path));
    }
    if (version > latestSchemaVersion()) {
        return Error(ErrorKind::NewerVersion,
                     Database::tr("The database %1 was written by a newer version of Mamori "
                                  "(schema %2; this version understands up to %3). Update Mamori "
                                  "to open it; the file has not been changed.")
                         .arg(path)
                         .arg(version)
                         .arg(latestSchemaVersion()));
    }
    facts.schemaVersion = version;
    return facts;
}

} // namespace mamori::database_file
