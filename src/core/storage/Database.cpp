#include "Database.h"

#include "Clock.h"
#include "IntegrityCheck.h"
#include "SqliteCopy.h"
#include "Transaction.h"
#include "storage/detail/DatabaseFile.h"
#include "storage/detail/FileSafety.h"
#include "storage/detail/Migrations.h"
#include "storage/detail/SqlSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace mamori {

using namespace database_file;

namespace {

// Before SQLite's first use (so at program start): without memory statistics, which Mamori never
// reads, SQLite's allocations take no global mutex. A 100,000-row import makes millions of them.
const bool sqliteTuned = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

Status applyMigration(const QSqlDatabase &db, const Migration &migration)
{
    const QString what =
        Database::tr("upgrade the database to schema version %1").arg(migration.version);
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QStringList statements = migration.statements;
    if (migration.version == 1)
        statements << QStringLiteral("PRAGMA application_id = %1").arg(mamoriApplicationId);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    for (const QString &statement : std::as_const(statements)) {
        if (Status done = sql::execStatement(db, statement, what); !done)
            return done;
    }
    return transaction.commit();
}

QString preMigrationCopyPath(const QString &path, int fromVersion)
{
    const QFileInfo info(path);
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return info.dir().filePath(QStringLiteral("%1-schema%2-%3.sqlite")
                                   .arg(info.completeBaseName())
                                   .arg(fromVersion)
                                   .arg(stamp));
}

Error lockedError(const QString &path, QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.getLockInfo(&pid, &host, &application)) {
        return Error(ErrorKind::Locked,
                     Database::tr("The database %1 is already open elsewhere (process %2 on %3). "
                                  "Close Mamori there, then try again.")
                         .arg(path)
                         .arg(pid)
                         .arg(host));
    }
    return Error(ErrorKind::Locked,
                 Database::tr("The database %1 is already open elsewhere. Close Mamori there, "
                              "then try again.")
                     .arg(path));
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_lock(std::move(lock))
{}

Database::~Database()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::lockFilePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

Result<int> Database::checkFile(const QString &path)
{
    Result<FileFacts> facts = inspectFile(path, QuickCheck::Run);
    if (!facts)
        return facts.error();
    return facts->schemaVersion;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString &requestedPath)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return Error(ErrorKind::DatabaseMissing, tr("The database %1 does not exist.").arg(path));
    ScopedConnection connection(
        path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error(ErrorKind::NotADatabase, tr("Cannot open the database %1.").arg(path),
                     db.lastError().text());
    auto version =
        sql::scalar(db, QStringLiteral("PRAGMA user_version"), tr("read the database header"));
    if (!version)
        return version.error();
    std::unique_ptr<Database> reader(new Database(path, connection.release(), nullptr));
    reader->m_schemaVersion = version->toInt();
    reader->m_readOnly = true;
    return reader;
}

Result<std::unique_ptr<Database>> Database::openWriter(const QString &requestedPath)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return Error(ErrorKind::DatabaseMissing, tr("The database %1 does not exist.").arg(path));
    ScopedConnection connection(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error(ErrorKind::NotADatabase, tr("Cannot open the database %1.").arg(path),
                     db.lastError().text());
    // The owner's open set WAL in the file; these two belong to each connection.
    const QString setup = tr("configure the database connection");
    for (const auto &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (Status done = sql::execStatement(db, pragma, setup); !done)
            return done.error();
    }
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), setup);
    if (!version)
        return version.error();
    std::unique_ptr<Database> writer(new Database(path, connection.release(), nullptr));
    writer->m_schemaVersion = version->toInt();
    return writer;
}

bool Database::hasLatestSchema() const
{
    return m_schemaVersion == latestSchemaVersion();
}

Status Database::writable() const
{
    if (m_readOnly) {
        return Error(ErrorKind::Query,
                     tr("This connection to %1 is for reading only.").arg(m_path));
    }
    switch (m_integrity) {
    case IntegrityState::Verified:
        return {};
    case IntegrityState::Pending:
        return Error(ErrorKind::Locked,
                     tr("Mamori is still checking the database %1 after opening it. Try again "
                        "in a moment; nothing was saved.")
                         .arg(m_path));
    case IntegrityState::Damaged:
        return Error(ErrorKind::Damaged,
                     tr("The database %1 is damaged, so Mamori keeps it read-only and saves no "
                        "changes to it. Restore it from a backup.")
                         .arg(m_path),
                     m_damage.detail);
    }
    return {};
}

Status Database::applyIntegrityVerdict(const Status &verdict)
{
    if (m_integrity != IntegrityState::Pending)
        return {};
    if (!verdict) {
        if (verdict.error().kind != ErrorKind::Cancelled) {
            m_integrity = IntegrityState::Damaged;
            m_damage = verdict.error();
        }
        return {};
    }
    const QSqlDatabase db = connection();
    if (Status lifted = sql::execStatement(db, QStringLiteral("PRAGMA query_only = OFF"),
                                           tr("allow changes to the database"));
        !lifted)
        return lifted;
    if (sqlite3 *handle = sql::rawHandle(db))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    m_integrity = IntegrityState::Verified;
    return {};
}

Result<std::unique_ptr<Database>>
Database::openReadOnly(const QString &path, std::unique_ptr<QLockFile> lock, bool skipQuickCheck)
{
    Result<FileFacts> facts =
        inspectFile(path, skipQuickCheck ? QuickCheck::Skip : QuickCheck::Run);
    if (!facts)
        return facts.error();
    ScopedConnection connection(
        path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error(ErrorKind::NotADatabase, tr("Cannot open the database %1.").arg(path),
                     db.lastError().text());
    std::unique_ptr<Database> database(new Database(path, connection.release(), std::move(lock)));
    database->m_schemaVersion = facts->schemaVersion;
    database->m_readOnly = true;
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &requestedPath,
                                                 const DatabaseOpenOptions &options)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const bool exists = QFileInfo::exists(path);
    if (!exists && (!options.createIfMissing || options.readOnly))
        return Error(ErrorKind::DatabaseMissing, tr("The database %1 does not exist.").arg(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (Status made = files::ensurePrivateDirectory(folder); !made)
            return made.error();
    }

    auto lock = std::make_unique<QLockFile>(lockFilePath(path));
    lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError)
            return lockedError(path, *lock);
        return Error(ErrorKind::Io, tr("Cannot create the lock file beside %1.").arg(path));
    }
    if (options.readOnly)
        return openReadOnly(path, std::move(lock), options.skipQuickCheck);

    bool created = false;
    if (!exists) {
        if (Status made = files::createPrivateFile(path); !made)
            return made.error();
        created = true;
    }
    // A file this call created is removed again if the open fails, so nothing is left behind.
    struct RemoveUnlessKept
    {
        QString path;
        bool keep = false;
        ~RemoveUnlessKept()
        {
            if (keep || path.isEmpty())
                return;
            for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
    } cleanup{created ? path : QString()};
    const int target =
        options.targetSchemaVersion > 0 ? options.targetSchemaVersion : latestSchemaVersion();
    if (Status finished = finishInterruptedWrite(path); !finished)
        return finished.error();
    const bool deferring = options.deferIntegrityCheck;
    const EmptyFile empty =
        created || options.initializeEmptyFile ? EmptyFile::Accept : EmptyFile::Refuse;
    Result<FileFacts> facts =
        inspectFile(path, deferring ? QuickCheck::Skip : QuickCheck::Run, empty);
    if (!facts)
        return facts.error();
    // Migrating or switching to WAL writes to the file, and a damaged file must never be
    // written: then the full check runs now, deferred or not.
    const bool opensWithWrite =
        !facts->walMode || (options.migrate && facts->schemaVersion < target);
    const bool integrityPending = deferring && !opensWithWrite;
    if (deferring && opensWithWrite) {
        if (Status sound = IntegrityCheck(path).run(); !sound)
            return sound.error();
    }
    // Committed changes still in a WAL left by a crash would be copied into the file by the
    // checkpoint on close; while the file is unchecked (or found damaged) they stay in the WAL.
    const bool walHasFrames = QFileInfo(path + QStringLiteral("-wal")).size() > 0;

    ScopedConnection connection(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error(ErrorKind::NotADatabase, tr("Cannot open the database %1.").arg(path),
                     db.lastError().text());
    if (integrityPending) {
        // SQLite itself refuses every write on this connection until the check has passed.
        if (Status held = sql::execStatement(db, QStringLiteral("PRAGMA query_only = ON"),
                                             tr("configure the database connection"));
            !held)
            return held.error();
        if (sqlite3 *handle = sql::rawHandle(db); handle && walHasFrames)
            sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }

    // WAL lets the background backup read while the app writes; synchronous=FULL makes each
    // commit durable across a power cut (NORMAL in WAL mode may lose the last commits).
    const QString setup = tr("configure the database connection");
    auto journal = sql::scalar(db, QStringLiteral("PRAGMA journal_mode=WAL"), setup);
    if (!journal)
        return journal.error();
    if (journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error(ErrorKind::Query, tr("Cannot switch %1 to write-ahead logging.").arg(path),
                     journal->toString());
    for (const auto &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (Status done = sql::execStatement(db, pragma, setup); !done)
            return done.error();
    }

    int current = facts->schemaVersion;
    QString preMigrationCopy;
    if (options.migrate && current < target) {
        if (current > 0) {
            preMigrationCopy = preMigrationCopyPath(path, current);
            if (Status copied = copySqliteDatabase(path, preMigrationCopy); !copied)
                return copied.error();
        }
        for (const Migration &migration : schemaMigrations()) {
            if (migration.version <= current || migration.version > target)
                continue;
            if (Status migrated = applyMigration(db, migration); !migrated)
                return migrated.error();
            current = migration.version;
        }
    }

    cleanup.keep = true;
    std::unique_ptr<Database> database(new Database(path, connection.release(), std::move(lock)));
    database->m_schemaVersion = current;
    database->m_wasCreated = created;
    database->m_preMigrationCopy = preMigrationCopy;
    if (integrityPending)
        database->m_integrity = IntegrityState::Pending;
    return database;
}

} // namespace mamori
