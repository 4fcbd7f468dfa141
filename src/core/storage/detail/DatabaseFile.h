#pragma once

// Internal to src/core/storage: what Database::open() and the integrity check do to a file
// before there is a Database: named connections that clean up after themselves, the checks that
// write nothing, and the rollback of a write that a stopped program left unfinished.

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace mamori::database_file {

// How long a connection waits for another one's lock before it reports the file busy.
constexpr int busyTimeoutMs = 5000;

QString newConnectionName();

// Owns a named QSqlDatabase connection and removes it when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options);
    ~ScopedConnection();
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

// The open checks, none of which writes: see docs/architecture.md, "Opening".
Result<FileFacts> inspectFile(const QString &path, QuickCheck quick,
                              EmptyFile empty = EmptyFile::Refuse);
// PRAGMA quick_check on `db`: ErrorKind::Damaged with SQLite's findings.
Status quickCheck(const QSqlDatabase &db, const QString &path);
// Lets SQLite undo the change a program stopped in the middle of (rollback-journal mode), for a
// Mamori file only; the caller holds the lock.
Status finishInterruptedWrite(const QString &path);

} // namespace mamori::database_file
