#include "DatabaseSession.h"

#include "services/PostureService.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/SafetyCopyStore.h"

#include <QFileInfo>

namespace mamori {

DatabaseSession::DatabaseSession(QObject *parent) : QObject(parent) {}

DatabaseSession::~DatabaseSession()
{
    stopIntegrityCheck();
}

Status DatabaseSession::open(const QString &path, IntegrityCheckTiming timing)
{
    DatabaseOpenOptions options;
    options.deferIntegrityCheck = timing == IntegrityCheckTiming::InBackground;
    return open(path, options);
}

Status DatabaseSession::create(const QString &path)
{
    DatabaseOpenOptions options;
    options.initializeEmptyFile = true;
    return open(path, options);
}

Status DatabaseSession::open(const QString &path, const DatabaseOpenOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_database && m_database->path() == absolute)
        return {};
    auto opened = Database::open(absolute, options);
    if (!opened) {
        if (!m_database)
            m_path = absolute;
        return opened.error();
    }
    stopIntegrityCheck();
    m_postureSnapshot.reset();
    m_database = std::move(*opened);
    m_path = m_database->path();
    emit databaseChanged();
    return {};
}

void DatabaseSession::close()
{
    if (!m_database)
        return;
    stopIntegrityCheck();
    m_postureSnapshot.reset(); // waits for it: it has its own connection to this file
    m_database.reset();
    emit databaseChanged();
}

void DatabaseSession::startDailyPostureSnapshot()
{
    if (!m_database || m_postureSnapshot || !m_database->writable())
        return;
    auto taken = std::make_shared<bool>(false);
    m_postureSnapshot = std::make_unique<BackgroundTask>(
        [path = m_path, taken](const ProgressCallback &) -> Status {
            auto result = PostureService::takeDailySnapshot(path);
            if (!result)
                return result.error();
            *taken = *result;
            return {};
        });
    connect(m_postureSnapshot.get(), &BackgroundTask::finished, this,
            [this, taken](const Status &result) {
                m_postureSnapshot.release()->deleteLater();
                if (result && *taken)
                    emit postureSnapshotTaken();
                else if (!result)
                    qWarning("Today's posture snapshot was not taken: %s",
                             qUtf8Printable(result.error().fullText()));
            });
    m_postureSnapshot->start(QThread::LowPriority);
}

void DatabaseSession::startIntegrityCheck()
{
    if (!m_database || m_check || m_database->integrityState() != IntegrityState::Pending)
        return;
    // Shared with the worker; cancel() interrupts the one long step of quick_check.
    auto check = std::make_shared<IntegrityCheck>(m_database->path());
    m_check =
        std::make_unique<BackgroundTask>([check](const ProgressCallback &) { return check->run(); },
                                         nullptr, [check] { check->cancel(); });
    connect(m_check.get(), &BackgroundTask::finished, this, [this](const Status &verdict) {
        m_check.release()->deleteLater();
        finishIntegrityCheck(verdict);
    });
    m_check->start();
}

void DatabaseSession::stopIntegrityCheck()
{
    m_check.reset(); // cancels and waits
}

void DatabaseSession::finishIntegrityCheck(const Status &verdict)
{
    if (!m_database)
        return;
    if (Status applied = m_database->applyIntegrityVerdict(verdict); !applied) {
        emit damageFound(applied.error());
        return;
    }
    switch (m_database->integrityState()) {
    case IntegrityState::Verified:
        emit integrityVerified();
        break;
    case IntegrityState::Damaged:
        emit damageFound(verdict.error());
        break;
    case IntegrityState::Pending: // cancelled
        break;
    }
}

bool DatabaseSession::isIntegrityCheckPending() const
{
    return m_database && m_database->integrityState() == IntegrityState::Pending;
}

bool DatabaseSession::isReadOnly() const
{
    return m_database && m_database->integrityState() == IntegrityState::Damaged;
}

QString DatabaseSession::safetyCopyFolder(const QString &databasePath)
{
    return SafetyCopyStore(databasePath).directory();
}

std::optional<QDateTime> DatabaseSession::newestSafetyCopyTime(const QString &databasePath)
{
    const QList<SafetyCopyFile> copies = SafetyCopyStore(databasePath).copies(); // newest first
    if (copies.isEmpty())
        return std::nullopt;
    return copies.constFirst().modified;
}

std::optional<DatabaseSession::SafetyCopy>
DatabaseSession::newestAutomaticCopy(const QString &databasePath)
{
    for (const SafetyCopyFile &copy : SafetyCopyStore(databasePath).copies()) { // newest first
        if (copy.kind == SafetyCopyFile::Kind::Daily)
            return SafetyCopy{copy.path, SafetyCopyStore::dayOf(copy.path)};
    }
    return std::nullopt;
}

BackgroundJob DatabaseSession::safetyCopyJob(std::shared_ptr<QString> written) const
{
    return [path = m_path, written](const ProgressCallback &progress) -> Status {
        auto result = SafetyCopyStore(path).copyNow({}, progress);
        if (!result)
            return result.error();
        *written = *result;
        return {};
    };
}

BackgroundJob DatabaseSession::dailySafetyCopyJob(const QDate &today,
                                                  std::shared_ptr<QString> written) const
{
    return [path = m_path, today, written](const ProgressCallback &progress) -> Status {
        auto result = SafetyCopyStore(path).runDailyCopy(today, progress);
        if (!result)
            return result.error();
        *written = *result;
        return {};
    };
}

BackgroundJob DatabaseSession::restoreJob(const QString &databasePath, const QString &copy)
{
    return [databasePath, copy](const ProgressCallback &progress) {
        return SafetyCopyStore(databasePath).restore(copy, progress);
    };
}

} // namespace mamori
