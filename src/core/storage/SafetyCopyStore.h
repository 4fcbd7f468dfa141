#pragma once

#include "Result.h"
#include "SqliteCopy.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mamori {

struct SafetyCopyFile
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
class SafetyCopyStore
{
    Q_DECLARE_TR_FUNCTIONS(SafetyCopyStore)

public:
    explicit SafetyCopyStore(const QString &databasePath);

    QString directory() const { return m_directory; }
    QString dailyCopyPath(QDate day) const;
    QString manualCopyPath(const QDateTime &when) const;
    QString beforeRestorePath(const QDateTime &when) const;
    bool hasDailyCopy(QDate day) const;
    // The day a daily backup was made, read from its name.
    static QDate dayOf(const QString &dailyCopyPath);
    // Newest first.
    QList<SafetyCopyFile> copies() const;

    // Copies the database into `destination` (or a new manual backup when empty).
    Result<QString> copyNow(const QString &destination = {},
                            const ProgressCallback &progress = {}) const;
    // The first-start-of-the-day backup: copies only when `today` has none, then prunes
    // old daily backups. Returns the new file, or an empty string when one already existed.
    Result<QString> runDailyCopy(QDate today, const ProgressCallback &progress = {}) const;
    // Deletes daily backups beyond the retention rule; returns the deleted paths.
    QStringList pruneDailyCopies() const;

    // Replaces the database's contents with a backup after keeping the current contents as a
    // before-restore copy. The database must not be open in this process; the lock is taken.
    Status restore(const QString &backupPath, const ProgressCallback &progress = {}) const;

private:
    QString fileName(const QString &kind, const QString &stamp) const;
    Status ensureDirectory() const;
    Status keepCurrentContents() const;

    QString m_databasePath;
    QString m_directory;
    QString m_baseName;
};

} // namespace mamori
