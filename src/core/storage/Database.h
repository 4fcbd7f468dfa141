#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;
class QSqlDatabase;

namespace mamori {

struct DatabaseOpenOptions
{
    bool createIfMissing = true;
    bool migrate = true;
    // 0 means the latest schema; tests and tools may stop at an earlier version.
    int targetSchemaVersion = 0;
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

    // Reads a file without changing it and returns its schema version (0 for an empty file).
    // Refuses anything that is not a sound Mamori database this version can handle.
    static Result<int> checkFile(const QString &path);
    static QString lockFilePath(const QString &databasePath);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_wasCreated; }
    // The copy saved before this open migrated the file, or empty.
    const QString &preMigrationCopy() const { return m_preMigrationCopy; }

    // For code in src/core/storage only.
    const QString &connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

private:
    Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    QString m_preMigrationCopy;
    int m_schemaVersion = 0;
    bool m_wasCreated = false;
};

} // namespace mamori
