#pragma once

#include "Result.h"

#include <QObject>

class QWidget;

namespace mamori {

class BackgroundTask;
class DatabaseSession;

// The database's own safety copies in the GUI: File → Backup now, File → Restore from
// backup…, the daily copy in the background, and the offer of the newest automatic copy when a
// file turns out empty or damaged. Copies run behind BackgroundTask with their own SQLite
// connections; the window stays usable. (The firm's backups of its own data are another module.)
class SafetyCopyController : public QObject
{
    Q_OBJECT

public:
    SafetyCopyController(DatabaseSession &session, QWidget *dialogParent);
    ~SafetyCopyController() override;

    // Starts today's automatic copy in the background unless it exists already.
    void startDailyCopy();
    bool isDailyCopyRunning() const;
    void copyNow();
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
    void dailyCopyFinished();
    // A copy was saved (the daily one or Backup Now): the backups module records it as a run.
    void safetyCopySaved(const QString &path);

private:
    void stopDailyCopy();
    // Replaces `path` with `copy` (the current contents are kept as a copy) and opens it.
    bool restore(const QString &path, const QString &copy);

    DatabaseSession &m_session;
    QWidget *m_dialogParent;
    BackgroundTask *m_dailyCopy = nullptr;
};

} // namespace mamori
