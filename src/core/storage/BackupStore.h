#pragma once

#include "Result.h"
#include "SqliteCopy.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mamori {

struct BackupFile
{
    enum class Kind
    {
        Daily,
        Manual,
        BeforeRestore
    };
    QString path;
    Kind kind = Kind::Manual;
    QDateTime modified;
};

// The backups/ folder beside a database: names, listing, retention and the copy operations.
// Every operation opens its own SQLite connection, so it is safe on a worker thread while the
// application keeps using the database.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    explicit BackupStore(const QString &databasePath);

    QString directory() const { return m_directory; }
    QString dailyBackupPath(QDate day) const;
    QString manualBackupPath(const QDateTime &when) const;
    QString beforeRestorePath(const QDateTime &when) const;
    bool hasDailyBackup(QDate day) const;
    // The day a daily backup was made, read from its name.
    static QDate dayOf(const QString &dailyBackupPath);
    // Newest first.
    QList<BackupFile> backups() const;

    // Copies the database into `destination` (or a new manual backup when empty).
    Result<QString> backupNow(const QString &destination = {}, const CopyProgress &progress = {},
                              const std::atomic_bool *cancelRequested = nullptr) const;
    // The first-start-of-the-day backup: copies only when `today` has none, then prunes
    // old daily backups. Returns the new file, or an empty string when one already existed.
    Result<QString> runDailyBackup(QDate today,
                                   const std::atomic_bool *cancelRequested = nullptr) const;
    // Deletes daily backups beyond the retention rule; returns the deleted paths.
    QStringList pruneDailyBackups() const;

    // Replaces the database's contents with a backup after keeping the current contents as a
    // before-restore copy. The database must not be open in this process; the lock is taken.
    Status restore(const QString &backupPath, const CopyProgress &progress = {},
                   const std::atomic_bool *cancelRequested = nullptr) const;

private:
    QString fileName(const QString &kind, const QString &stamp) const;
    Status ensureDirectory() const;
    Status keepCurrentContents() const;

    QString m_databasePath;
    QString m_directory;
    QString m_baseName;
};

} // namespace mamori
