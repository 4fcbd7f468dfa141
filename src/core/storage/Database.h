#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <mutex>

class QLockFile;
class QSqlDatabase;
struct sqlite3;

namespace mamori {

struct DatabaseOpenOptions
{
    bool createIfMissing = true;
    bool migrate = true;
    // 0 means the latest schema; tests and tools may stop at an earlier version.
    int targetSchemaVersion = 0;
    // For a fast GUI start: only the cheap checks run now (header, application_id,
    // user_version, lock); PRAGMA quick_check, which reads the whole file, is left to an
    // IntegrityCheck on a worker thread, and every write is refused until
    // applyIntegrityVerdict() says the file is sound. When opening has to write (a migration,
    // switching to WAL) the full check runs first anyway: a damaged file is never changed.
    bool deferIntegrityCheck = false;
    // A 0-byte file is what a failed copy, a full disk or a sync conflict leaves where a
    // database was; SQLite would silently take it for a new database. It is refused
    // (ErrorKind::EmptyFile) unless the caller means to make a new database there: `db init`
    // and the GUI's New Database. A file this open creates itself is always initialised.
    bool initializeEmptyFile = false;
    // For inspecting (db check, db info): nothing is written to any file, whatever it holds.
    // The connection is read-only; no WAL switch, no migration, no file created, and an
    // unfinished write is reported instead of undone. Still takes the lock.
    bool readOnly = false;
    // Only with readOnly: skip PRAGMA quick_check, for the CLI's reading verbs on a large file.
    // Safe because nothing is written, and every read checks SQLite's own result codes, so a
    // damaged page met on the way is reported as ErrorKind::Damaged (never a shorter list).
    bool skipQuickCheck = false;
};

enum class IntegrityState
{
    Verified, // the full check passed (or was run before opening)
    Pending,  // opened with deferIntegrityCheck; writes are held until the verdict
    Damaged,  // the deferred check found damage: read-only until closed
};

// One open Mamori database file: checks it before touching it, holds the lock that keeps
// other processes out, sets the durability pragmas and brings the schema up to date.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const DatabaseOpenOptions &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, DatabaseOpenOptions{});
    }

    // Reads a file without changing it and returns its schema version. Refuses anything that is
    // not a sound Mamori database this version can handle, an empty file included.
    static Result<int> checkFile(const QString &path);
    static QString lockFilePath(const QString &databasePath);
    // A second, read-only connection to a file this process already has open (and locked),
    // for a worker thread: open, use and destroy it on that thread. Takes no lock; writes fail.
    static Result<std::unique_ptr<Database>> openReader(const QString &path);
    // A second, read-write connection to a file this process already has open (and locked), for
    // a long write on a worker thread (an import from the GUI): open, use and destroy it on that
    // thread. The caller asks its own connection's writable() first: this one knows nothing of
    // the deferred check. Takes no lock.
    static Result<std::unique_ptr<Database>> openWriter(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // False for a file opened read-only at an older schema: it must be opened for writing
    // (which migrates it) before this version's queries can read it.
    bool hasLatestSchema() const;
    bool wasCreated() const { return m_wasCreated; }
    // The copy saved before this open migrated the file, or empty.
    const QString &preMigrationCopy() const { return m_preMigrationCopy; }

    IntegrityState integrityState() const { return m_integrity; }
    // Succeeds when changes may be written; otherwise says why not (the deferred check is still
    // running, or it found damage). Transaction checks it before every write.
    Status writable() const;
    // Records the result of the deferred IntegrityCheck: a pass lifts the hold on writes, damage
    // keeps the connection read-only for good. A cancelled check changes nothing. Call it on the
    // thread that owns this Database.
    // Returns an error only when lifting the hold failed (the hold then stays).
    Status applyIntegrityVerdict(const Status &verdict);

    // For code in src/core/storage only.
    const QString &connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

private:
    Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);
    static Result<std::unique_ptr<Database>>
    openReadOnly(const QString &path, std::unique_ptr<QLockFile> lock, bool skipQuickCheck);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    QString m_preMigrationCopy;
    int m_schemaVersion = 0;
    bool m_wasCreated = false;
    IntegrityState m_integrity = IntegrityState::Verified;
    Error m_damage;
    bool m_readOnly = false; // openReader() or DatabaseOpenOptions::readOnly
};

} // namespace mamori
