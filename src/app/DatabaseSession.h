#pragma once

#include "BackgroundTask.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace mamori {

class Database;
class IntegrityCheck;
struct DatabaseOpenOptions;

// When DatabaseSession::open runs SQLite's full check (PRAGMA quick_check) of the file.
enum class IntegrityCheckTiming
{
    BeforeOpening,
    // At startup: open after the cheap checks; startIntegrityCheck() runs the full check on a
    // worker thread once the window is painted. Writes are refused until it has passed.
    InBackground,
};

// The database the window works on: which file is open, its deferred integrity check and its
// own safety copies. The documents (Document) read and write through it; widgets get documents.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Opens (creating if needed) and switches to `path`. On failure the previous database
    // stays open, and path() still names the file that failed, for Restore from backup.
    Status open(const QString &path,
                IntegrityCheckTiming timing = IntegrityCheckTiming::BeforeOpening);
    // File → New Database: as open(), and an existing empty file becomes a new database
    // (open() refuses one: it is what a failed copy or a full disk leaves).
    Status create(const QString &path);
    void close();

    // Starts the deferred check of an InBackground open on a worker thread; does nothing when
    // no check is waiting. Ends in integrityVerified() or damageFound().
    void startIntegrityCheck();
    // The deferred check has not passed yet (started or not): writes are held.
    bool isIntegrityCheckPending() const;
    // The deferred check found damage: the database stays open read-only.
    bool isReadOnly() const;

    // Today's posture snapshot unless there is one (PostureService::takeDailySnapshot), on a
    // worker with its own connection; does nothing while writes are held (the deferred check
    // has not passed, or found damage). Ends in postureSnapshotTaken() when it stored one.
    void startDailyPostureSnapshot();

    bool isOpen() const { return m_database != nullptr; }
    QString path() const { return m_path; }
    Database *database() const { return m_database.get(); }

    // The database's own safety copies, in the folder beside it (storage/SafetyCopyStore): jobs
    // for BackgroundTask, which open their own connections on the worker.
    struct SafetyCopy
    {
        QString path;
        QDate day;
    };
    static QString safetyCopyFolder(const QString &databasePath);
    // When the newest copy of any kind beside `databasePath` was saved, if there is one.
    static std::optional<QDateTime> newestSafetyCopyTime(const QString &databasePath);
    // The newest automatic (daily) copy beside `databasePath`, if any.
    static std::optional<SafetyCopy> newestAutomaticCopy(const QString &databasePath);
    // A copy of the open database now; `written` receives its path.
    BackgroundJob safetyCopyJob(std::shared_ptr<QString> written) const;
    // Today's automatic copy unless there is one; `written` stays empty then.
    BackgroundJob dailySafetyCopyJob(const QDate &today, std::shared_ptr<QString> written) const;
    // Replaces the file at `databasePath`, which must not be open, with `copy`.
    static BackgroundJob restoreJob(const QString &databasePath, const QString &copy);

signals:
    void databaseChanged();
    void integrityVerified();
    // The check after an InBackground open found damage; nothing will be written to the file.
    void damageFound(const mamori::Error &error);
    // Today's posture snapshot was stored: the dashboard's history has a new day.
    void postureSnapshotTaken();

private:
    Status open(const QString &path, const DatabaseOpenOptions &options);
    void stopIntegrityCheck();
    void finishIntegrityCheck(const Status &verdict);

    std::unique_ptr<Database> m_database;
    QString m_path;
    std::unique_ptr<BackgroundTask> m_check; // the deferred integrity check
    std::unique_ptr<BackgroundTask> m_postureSnapshot;
};

} // namespace mamori
