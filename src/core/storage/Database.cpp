#include "Database.h"

#include "Clock.h"
#include "SqliteCopy.h"
#include "Transaction.h"
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

namespace {

const QByteArray sqliteHeader("SQLite format 3", 16); // includes the terminating NUL

// How long a connection waits for another one's lock before it reports the file busy.
constexpr int busyTimeoutMs = 5000;

// Before SQLite's first use (so at program start): without memory statistics, which Mamori never
// reads, SQLite's allocations take no global mutex. A 100,000-row import makes millions of them.
const bool sqliteTuned = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

QString newConnectionName()
{
    static std::atomic_int counter{0};
    return QStringLiteral("mamori-%1").arg(++counter);
}

// Owns a named QSqlDatabase connection and removes it when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options) : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
    }
    ~ScopedConnection()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
};

// What the checks that read only the first pages learn about a file.
struct FileFacts
{
    int schemaVersion = 0;
    bool walMode = false; // else opening it switches it to WAL, which writes its header
};

enum class QuickCheck
{
    Run,
    Skip, // deferred to an IntegrityCheck
};

enum class EmptyFile
{
    Refuse,
    Accept, // it is about to become a new database
};

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

// Lets SQLite undo an unfinished change before the read-only checks, for a Mamori file only
// (the application id in its header): a file of another program is never written. The caller
// holds the lock, so no Mamori process is writing.
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

Error cancelledCheck()
{
    return Error(ErrorKind::Cancelled, Database::tr("The database check was cancelled."));
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

RollbackJournalWhileAlone::RollbackJournalWhileAlone(Database &database) : m_database(database)
{
    if (!database.writable())
        return;
    // Another connection in a read makes SQLite wait for it: do not wait, keep WAL instead.
    sqlite3 *handle = sql::rawHandle(database.connection());
    if (!handle)
        return;
    sqlite3_busy_timeout(handle, 0);
    QSqlQuery query(database.connection());
    m_switched = query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && query.next() &&
                 query.value(0).toString() == QLatin1String("delete");
    query.finish();
    sqlite3_busy_timeout(handle, busyTimeoutMs); // as every connection opens
}

RollbackJournalWhileAlone::~RollbackJournalWhileAlone()
{
    if (!m_switched)
        return;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString() != QLatin1String("wal")) {
        // The data is safe either way; the next Database::open() switches the file back.
        qWarning("Mamori: %s stays in rollback-journal mode until it is opened again: %s",
                 qPrintable(m_database.path()), qPrintable(query.lastError().text()));
    }
}

QString Database::lockFilePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

namespace {

// The open checks, none of which writes: see docs/architecture.md, "Opening".
Result<FileFacts> inspectFile(const QString &path, QuickCheck quick,
                              EmptyFile empty = EmptyFile::Refuse)
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

} // namespace

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

Status IntegrityCheck::run()
{
    ScopedConnection connection(m_path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error(ErrorKind::NotADatabase,
                     Database::tr("Cannot open the database %1.").arg(m_path),
                     db.lastError().text());
    {
        const std::lock_guard lock(m_mutex);
        if (m_cancelled)
            return cancelledCheck();
        m_running = sql::rawHandle(db);
    }
    Status sound = quickCheck(db, m_path);
    const std::lock_guard lock(m_mutex);
    m_running = nullptr; // before the connection closes, so cancel() never interrupts a freed one
    if (m_cancelled)
        return cancelledCheck();
    return sound;
}

void IntegrityCheck::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    // quick_check is one long VDBE step that never calls a progress handler; only an
    // interrupt stops it early (measured: 1.2 s check stopped within a few ms).
    if (m_running)
        sqlite3_interrupt(m_running);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path,
                                                         std::unique_ptr<QLockFile> lock)
{
    Result<FileFacts> facts = inspectFile(path, QuickCheck::Run);
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
        return openReadOnly(path, std::move(lock));

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
