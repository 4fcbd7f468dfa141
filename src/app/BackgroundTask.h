#pragma once

#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace mamori {

// Work for a worker thread: it reports through `progress` and stops (returning an
// ErrorKind::Cancelled error) when `progress` returns false.
using BackgroundJob = std::function<Status(const ProgressCallback &progress)>;

// Long work off the GUI thread behind a window-modal progress dialog with Cancel, like
// BackupController's copies: the event loop keeps running, so every window repaints.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    // Runs `job` on a worker thread and returns its result. The dialog (object name
    // "backgroundProgressDialog") appears only when the job takes longer than a moment; its bar
    // is busy until the job reports a total. Cancel keeps the dialog up until the job stops.
    static Status run(QWidget *parent, const QString &label, const BackgroundJob &job);
};

} // namespace mamori
