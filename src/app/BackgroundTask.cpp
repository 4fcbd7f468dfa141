#include "BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>

namespace mamori {

namespace {

constexpr int showAfterMs = 300;
constexpr int busy = -1;

// Runs `job` on a worker thread while this thread's event loop keeps turning; `show` receives
// changed percentages on this thread. Returns the job's result once it has finished.
Status runAndWait(const BackgroundJob &job, const std::function<void(int)> &show,
                  const std::atomic_bool &cancelRequested, QObject *context)
{
    // Only changes are posted, so a job that reports often does not flood the event loop.
    std::atomic_int shown{busy};
    const ProgressCallback progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 && done < total ? int(done * 100 / total) : busy;
        if (show && shown.exchange(percent) != percent) {
            QMetaObject::invokeMethod(
                context, [&show, percent] { show(percent); }, Qt::QueuedConnection);
        }
        return !cancelRequested;
    };
    Status result;
    std::unique_ptr<QThread> worker(
        QThread::create([&result, &job, &progress] { result = job(progress); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    // Progress posted after the last look at the loop would reach `show` after it is gone.
    QCoreApplication::removePostedEvents(context, QEvent::MetaCall);
    return result;
}

} // namespace

Status BackgroundTask::run(QWidget *parent, const QString &label, const BackgroundJob &job)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundProgressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(showAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    std::atomic_bool cancel{false};
    // Hiding at once (QProgressDialog's default) would hand the window back while the job
    // is still stopping.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, &cancel] {
        cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
        if (auto *button = dialog.findChild<QPushButton *>())
            button->setEnabled(false);
    });
    const auto show = [&dialog](int percent) {
        dialog.setMaximum(percent == busy ? 0 : 100);
        dialog.setValue(percent == busy ? 0 : percent);
    };
    // The window-modal dialog keeps the rest of the window out of reach meanwhile.
    return runAndWait(job, show, cancel, &dialog);
}

Status BackgroundTask::runShowingProgress(const BackgroundJob &job,
                                          const std::function<void(int percent)> &show,
                                          const std::atomic_bool &cancelRequested)
{
    QObject context;
    return runAndWait(job, show, cancelRequested, &context);
}

BackgroundTask::BackgroundTask(BackgroundJob job, QObject *parent, std::function<void()> interrupt)
    : QObject(parent), m_job(std::move(job)), m_interrupt(std::move(interrupt))
{}

BackgroundTask::~BackgroundTask()
{
    cancel();
    wait();
}

void BackgroundTask::start(QThread::Priority priority)
{
    if (m_thread)
        return;
    m_cancelled = false;
    m_result = std::make_shared<Status>();
    m_thread.reset(QThread::create([job = m_job, result = m_result, this] {
        *result = job([this](qint64, qint64) { return !m_cancelled; });
    }));
    // The task is the context: a task destroyed before the thread ends drops the call.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        const Status result = *m_result;
        m_thread.reset();
        emit finished(result);
    });
    m_thread->start(priority);
}

bool BackgroundTask::isRunning() const
{
    return m_thread != nullptr;
}

void BackgroundTask::cancel()
{
    m_cancelled = true;
    if (m_thread && m_interrupt)
        m_interrupt();
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace mamori
