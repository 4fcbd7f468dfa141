#include "SafetyCopyController.h"

#include "BackgroundTask.h"
#include "Clock.h"
#include "DatabaseSession.h"
#include "Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

#include <memory>

namespace mamori {

SafetyCopyController::SafetyCopyController(DatabaseSession &session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{}

SafetyCopyController::~SafetyCopyController()
{
    stopDailyCopy();
}

bool SafetyCopyController::isDailyCopyRunning() const
{
    return m_dailyCopy != nullptr;
}

void SafetyCopyController::startDailyCopy()
{
    if (!m_session.isOpen() || m_dailyCopy)
        return;
    auto written = std::make_shared<QString>();
    m_dailyCopy = new BackgroundTask(m_session.dailySafetyCopyJob(Clock::today(), written), this);
    connect(m_dailyCopy, &BackgroundTask::finished, this, [this, written](const Status &result) {
        m_dailyCopy->deleteLater();
        m_dailyCopy = nullptr;
        if (!result) {
            if (result.error().kind != ErrorKind::Cancelled)
                emit statusMessage(tr("Automatic backup failed: %1").arg(result.error().message));
        } else if (!written->isEmpty()) {
            emit statusMessage(tr("Today's automatic backup was saved to %1.").arg(*written));
            emit safetyCopySaved(*written);
        }
        emit dailyCopyFinished();
    });
    m_dailyCopy->start(QThread::LowPriority);
}

void SafetyCopyController::stopDailyCopy()
{
    delete m_dailyCopy; // cancels and waits
    m_dailyCopy = nullptr;
}

void SafetyCopyController::copyNow()
{
    if (!m_session.isOpen())
        return;
    auto written = std::make_shared<QString>();
    const Status done = BackgroundTask::run(m_dialogParent, tr("Saving a backup of the database…"),
                                            m_session.safetyCopyJob(written));
    if (!done) {
        if (done.error().kind == ErrorKind::Cancelled)
            emit statusMessage(tr("Backup cancelled; no file was written."));
        else
            Dialogs::showError(m_dialogParent, tr("Backup failed"), done.error());
        return;
    }
    emit statusMessage(tr("Backup saved to %1.").arg(*written));
    emit safetyCopySaved(*written);
}

void SafetyCopyController::restoreFromBackup()
{
    const QString path = m_session.path();
    if (path.isEmpty())
        return;
    const QString folder = DatabaseSession::safetyCopyFolder(path);
    const QString chosen = Dialogs::openFileName(m_dialogParent, tr("Restore from Backup"), folder,
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
                 QDir::toNativeSeparators(folder));
    if (!Dialogs::confirm(m_dialogParent, tr("Restore from Backup"), question, tr("Restore")))
        return;
    restore(path, chosen);
}

bool SafetyCopyController::restore(const QString &path, const QString &copy)
{
    stopDailyCopy();
    if (QFileInfo(m_session.path()).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        m_session.close();
    const Status restored = BackgroundTask::run(m_dialogParent, tr("Restoring the backup…"),
                                                DatabaseSession::restoreJob(path, copy));
    if (!restored) {
        if (restored.error().kind == ErrorKind::Cancelled)
            emit statusMessage(tr("Restore cancelled; the database is unchanged."));
        else
            Dialogs::showError(m_dialogParent, tr("Restore failed"), restored.error());
    } else {
        emit statusMessage(tr("Restored %1 from %2.").arg(path, copy));
    }
    const Status reopened = m_session.open(path);
    if (!reopened) {
        Dialogs::showError(m_dialogParent, tr("Cannot open the database"), reopened.error());
        return false;
    }
    return restored.ok();
}

SafetyCopyController::Offer SafetyCopyController::offerNewestAutomaticCopy(const QString &path,
                                                                           const Error &failure)
{
    const auto newest = DatabaseSession::newestAutomaticCopy(path);
    if (!newest)
        return Offer::NoCopy;
    const QString question =
        tr("%1\n\nThe newest automatic copy beside it is from %2 (%3). Restore it? The file as "
           "it is now is kept as a copy in %4.")
            .arg(failure.message, newest->day.toString(Qt::ISODate),
                 QFileInfo(newest->path).fileName(),
                 QDir::toNativeSeparators(DatabaseSession::safetyCopyFolder(path)));
    if (!Dialogs::confirm(m_dialogParent, tr("Cannot open the database"), question,
                          tr("Restore the Copy")))
        return Offer::Declined;
    return restore(path, newest->path) ? Offer::Restored : Offer::Failed;
}

} // namespace mamori
