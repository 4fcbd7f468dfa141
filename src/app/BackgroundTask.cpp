#include "BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

#include <atomic>
#include <memory>

namespace mamori {

namespace {
constexpr int showAfterMs = 300;
constexpr int busy = -1;
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

    // Only changes are posted, so a job that reports often does not flood the event loop.
    std::atomic_int shown{busy}; // as the dialog starts: range 0…0 is a busy bar
    const ProgressCallback progress = [&dialog, &cancel, &shown](qint64 done, qint64 total) {
        const int percent = total > 0 && done < total ? int(done * 100 / total) : busy;
        if (shown.exchange(percent) != percent) {
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, percent] {
                    dialog.setMaximum(percent == busy ? 0 : 100);
                    dialog.setValue(percent == busy ? 0 : percent);
                },
                Qt::QueuedConnection);
        }
        return !cancel;
    };

    Status result;
    std::unique_ptr<QThread> worker(
        QThread::create([&result, &job, &progress] { result = job(progress); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(); // the window-modal dialog keeps the rest of the window out of reach
    worker->wait();
    return result;
}

} // namespace mamori
