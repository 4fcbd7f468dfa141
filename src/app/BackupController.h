#pragma once

#include "Result.h"
#include "storage/SqliteCopy.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;
class QWidget;

namespace mamori {

class DatabaseSession;

// File → Backup now, File → Restore from backup… and the daily background backup.
// Copies run on worker threads with their own SQLite connections; the window stays usable.
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(DatabaseSession &session, QWidget *dialogParent);
    ~BackupController() override;

    // Starts today's automatic backup in the background unless it exists already.
    void startDailyBackup();
    bool isDailyBackupRunning() const;
    void backupNow();
    void restoreFromBackup();

    enum class Offer
    {
        NoCopy,   // there is no automatic copy beside the file
        Declined, // the user kept the file as it is
        Restored, // the copy was restored and the session has the file open
        Failed,   // the restore failed; the error was shown
    };
    // After `path` failed to open because it is empty or damaged (`failure`): offers to restore
    // the newest automatic (daily) copy beside it, saying what is wrong and how old the copy is.
    Offer offerNewestAutomaticCopy(const QString &path, const Error &failure);

signals:
    void statusMessage(const QString &text);
    void dailyBackupFinished();

private:
    using Job = std::function<Status(const CopyProgress &, const std::atomic_bool *)>;
    // Runs `job` on a worker thread behind a cancellable progress dialog.
    Status runWithProgress(const QString &label, const Job &job);
    void stopDailyBackup();
    // Replaces `path` with `backup` (the current contents are kept as a copy) and opens it.
    bool restore(const QString &path, const QString &backup);

    DatabaseSession &m_session;
    QWidget *m_dialogParent;
    QThread *m_dailyThread = nullptr;
    std::atomic_bool m_cancelDaily{false};
};

} // namespace mamori
