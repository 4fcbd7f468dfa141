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

signals:
    void statusMessage(const QString &text);
    void dailyBackupFinished();

private:
    using Job = std::function<Status(const CopyProgress &, const std::atomic_bool *)>;
    // Runs `job` on a worker thread behind a cancellable progress dialog.
    Status runWithProgress(const QString &label, const Job &job);
    void stopDailyBackup();

    DatabaseSession &m_session;
    QWidget *m_dialogParent;
    QThread *m_dailyThread = nullptr;
    std::atomic_bool m_cancelDaily{false};
};

} // namespace mamori
