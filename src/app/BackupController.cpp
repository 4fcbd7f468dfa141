#include "BackupController.h"

#include "DatabaseSession.h"
#include "Dialogs.h"
#include "storage/BackupStore.h"

#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace mamori {

BackupController::BackupController(DatabaseSession &session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{}

BackupController::~BackupController()
{
    stopDailyBackup();
}

bool BackupController::isDailyBackupRunning() const
{
    return m_dailyThread != nullptr;
}

void BackupController::startDailyBackup()
{
    if (!m_session.isOpen() || m_dailyThread)
        return;
    const QString path = m_session.path();
    auto result = std::make_shared<Result<QString>>(QString());
    m_cancelDaily = false;
    m_dailyThread = QThread::create([path, result, this] {
        *result = BackupStore(path).runDailyBackup(QDate::currentDate(), &m_cancelDaily);
    });
    connect(m_dailyThread, &QThread::finished, this, [this, result] {
        m_dailyThread->deleteLater();
        m_dailyThread = nullptr;
        if (!*result) {
            if (result->error().kind != ErrorKind::Cancelled)
                emit statusMessage(tr("Automatic backup failed: %1").arg(result->error().message));
        } else if (!(*result)->isEmpty()) {
            emit statusMessage(tr("Today's automatic backup was saved to %1.").arg(**result));
        }
        emit dailyBackupFinished();
    });
    m_dailyThread->start(QThread::LowPriority);
}

void BackupController::stopDailyBackup()
{
    if (!m_dailyThread)
        return;
    m_cancelDaily = true;
    m_dailyThread->wait();
    delete m_dailyThread;
    m_dailyThread = nullptr;
}

Status BackupController::runWithProgress(const QString &label, const Job &job)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 100, m_dialogParent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setValue(0);
    std::atomic_bool cancel{false};
    connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });

    Status result;
    const CopyProgress progress = [&dialog](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        QMetaObject::invokeMethod(
            &dialog, [&dialog, percent] { dialog.setValue(percent); }, Qt::QueuedConnection);
    };
    std::unique_ptr<QThread> worker(
        QThread::create([&result, &job, &progress, &cancel] { result = job(progress, &cancel); }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(); // the window-modal dialog keeps the rest of the window out of reach
    worker->wait();
    return result;
}

void BackupController::backupNow()
{
    if (!m_session.isOpen())
        return;
    const QString path = m_session.path();
    QString written;
    const Status done = runWithProgress(
        tr("Saving a backup of the database…"),
        [path, &written](const CopyProgress &progress, const std::atomic_bool *cancel) -> Status {
            auto result = BackupStore(path).backupNow({}, progress, cancel);
            if (!result)
                return result.error();
            written = *result;
            return {};
        });
    if (!done) {
        if (done.error().kind == ErrorKind::Cancelled)
            emit statusMessage(tr("Backup cancelled; no file was written."));
        else
            Dialogs::showError(m_dialogParent, tr("Backup failed"), done.error());
        return;
    }
    emit statusMessage(tr("Backup saved to %1.").arg(written));
}

void BackupController::restoreFromBackup()
{
    const QString path = m_session.path();
    if (path.isEmpty())
        return;
    const BackupStore store(path);
    const QString chosen =
        Dialogs::openFileName(m_dialogParent, tr("Restore from Backup"), store.directory(),
                              tr("Mamori databases (*.sqlite);;All files (*)"));
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        Dialogs::showError(
            m_dialogParent, tr("Restore not possible"),
            Error(ErrorKind::InvalidInput, tr("Choose a backup file, not the database itself.")));
        return;
    }
    const QString question =
        tr("Replace everything in %1 with the contents of the backup %2?\n\nThe current "
           "contents are first saved as a copy in %3, so this can be undone.")
            .arg(QDir::toNativeSeparators(path), QFileInfo(chosen).fileName(),
                 QDir::toNativeSeparators(store.directory()));
    if (!Dialogs::confirm(m_dialogParent, tr("Restore from Backup"), question, tr("Restore")))
        return;

    restore(path, chosen);
}

bool BackupController::restore(const QString &path, const QString &backup)
{
    stopDailyBackup();
    if (QFileInfo(m_session.path()).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        m_session.close();
    const Status restored = runWithProgress(
        tr("Restoring the backup…"),
        [path, backup](const CopyProgress &progress, const std::atomic_bool *cancel) {
            return BackupStore(path).restore(backup, progress, cancel);
        });
    if (!restored) {
        if (restored.error().kind == ErrorKind::Cancelled)
            emit statusMessage(tr("Restore cancelled; the database is unchanged."));
        else
            Dialogs::showError(m_dialogParent, tr("Restore failed"), restored.error());
    } else {
        emit statusMessage(tr("Restored %1 from %2.").arg(path, backup));
    }
    const Status reopened = m_session.open(path);
    if (!reopened) {
        Dialogs::showError(m_dialogParent, tr("Cannot open the database"), reopened.error());
        return false;
    }
    return restored.ok();
}

BackupController::Offer BackupController::offerNewestAutomaticCopy(const QString &path,
                                                                   const Error &failure)
{
    const BackupStore store(path);
    const QList<BackupFile> copies = store.backups(); // newest first
    const auto newest = std::find_if(copies.cbegin(), copies.cend(), [](const BackupFile &copy) {
        return copy.kind == BackupFile::Kind::Daily;
    });
    if (newest == copies.cend())
        return Offer::NoCopy;
    const QDate day = store.dayOf(newest->path);
    const QString question =
        tr("%1\n\nThe newest automatic copy beside it is from %2 (%3). Restore it? The file as "
           "it is now is kept as a copy in %4.")
            .arg(failure.message, day.toString(Qt::ISODate), QFileInfo(newest->path).fileName(),
                 QDir::toNativeSeparators(store.directory()));
    if (!Dialogs::confirm(m_dialogParent, tr("Cannot open the database"), question,
                          tr("Restore the Copy")))
        return Offer::Declined;
    return restore(path, newest->path) ? Offer::Restored : Offer::Failed;
}

} // namespace mamori
