#pragma once

#include "Progress.h"
#include "Result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace mamori {

// Work for a worker thread: it reports through `progress` and stops (returning an
// ErrorKind::Cancelled error) when `progress` returns false. A job that reads or writes the
// database opens its own connection on the worker (the session's belongs to the GUI thread).
using BackgroundJob = std::function<Status(const ProgressCallback &progress)>;

// The one way Mamori runs long work off the GUI thread: the event loop keeps running, so every
// window repaints, and Cancel reaches the job through its progress callback.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // Behind a window-modal progress dialog (object name "backgroundProgressDialog") that appears
    // only when the job takes longer than a moment; its bar is busy until the job reports a
    // total. Cancel keeps the dialog up ("Cancelling…") until the job stops. Returns the job's
    // result once it has finished.
    static Status run(QWidget *parent, const QString &label, const BackgroundJob &job);
    // The same with the progress shown by the caller, e.g. a bar inside a dialog: `show(percent)`
    // runs on the GUI thread, with -1 while the total is unknown, and only when the percentage
    // changes. The job stops once `cancelRequested` is set.
    static Status runShowingProgress(const BackgroundJob &job,
                                     const std::function<void(int percent)> &show,
                                     const std::atomic_bool &cancelRequested);

    // Starts `job` and returns at once; finished() follows on the GUI thread. `interrupt`, when
    // given, is called by cancel() for work that cannot look at its progress callback (an
    // SQLite integrity check). Destroying the task cancels it and waits for the job.
    BackgroundTask(BackgroundJob job, QObject *parent = nullptr,
                   std::function<void()> interrupt = {});
    ~BackgroundTask() override;
    BackgroundTask(const BackgroundTask &) = delete;
    BackgroundTask &operator=(const BackgroundTask &) = delete;

    void start(QThread::Priority priority = QThread::InheritPriority);
    bool isRunning() const;
    void cancel();
    // Waits for the job to end (after cancel(), at shutdown).
    void wait();

signals:
    void finished(const mamori::Status &result);

private:
    BackgroundJob m_job;
    std::function<void()> m_interrupt;
    std::atomic_bool m_cancelled{false};
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Status> m_result;
};

} // namespace mamori
