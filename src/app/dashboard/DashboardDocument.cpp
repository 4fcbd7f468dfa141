#include "DashboardDocument.h"

#include "BackgroundTask.h"
#include "Clock.h"
#include "DatabaseSession.h"
#include "services/DashboardService.h"
#include "services/PostureService.h"
#include "storage/Database.h"

namespace mamori {

namespace {

constexpr int reloadDelayMs = 150; // one read for a burst of changes (an undo, an import)

} // namespace

DashboardDocument::DashboardDocument(DatabaseSession &session, QObject *parent)
    : Document(session, parent)
{
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(reloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, &DashboardDocument::startLoad);
}

DashboardDocument::~DashboardDocument() = default;

void DashboardDocument::reload()
{
    m_reloadDelay.start();
}

bool DashboardDocument::isLoading() const
{
    return m_reloadDelay.isActive() || (m_load && m_load->isRunning());
}

void DashboardDocument::startLoad()
{
    if (m_load) {
        // A read of older data: its result would be stale the moment it arrived.
        m_load->disconnect(this);
        m_load->cancel();
        m_load->wait();
        m_load.reset();
    }
    if (!isOpen()) {
        m_facts.reset();
        m_loadError.clear();
        emit loaded();
        return;
    }
    auto facts = std::make_shared<DashboardFacts>();
    const QString path = session().path();
    const QDateTime nowUtc = Clock::nowUtc();
    m_load = std::make_unique<BackgroundTask>(
        [path, nowUtc, facts](const ProgressCallback &progress) -> Status {
            auto reader = Database::openReader(path);
            if (!reader)
                return reader.error();
            auto read = DashboardService::load(**reader, nowUtc, progress);
            if (!read)
                return read.error();
            *facts = std::move(*read);
            return {};
        });
    connect(m_load.get(), &BackgroundTask::finished, this, [this, facts](const Status &result) {
        m_load.release()->deleteLater();
        if (!result) {
            if (result.error().kind == ErrorKind::Cancelled)
                return;
            m_loadError = result.error().fullText();
            emit loadFailed(m_loadError);
            return;
        }
        m_loadError.clear();
        m_facts = std::move(*facts);
        emit loaded();
    });
    emit loadingStarted();
    m_load->start(QThread::LowPriority);
}

void DashboardDocument::explain(const QDate &from, const QDate &to)
{
    if (m_explain) {
        m_explain->disconnect(this);
        m_explain->cancel();
        m_explain->wait();
        m_explain.reset();
    }
    if (!isOpen())
        return;
    auto explanation = std::make_shared<PostureExplanation>();
    const QString path = session().path();
    m_explain = std::make_unique<BackgroundTask>(
        [path, from, to, explanation](const ProgressCallback &) -> Status {
            auto reader = Database::openReader(path);
            if (!reader)
                return reader.error();
            auto explained = PostureService::explain(**reader, from, to);
            if (!explained)
                return explained.error();
            *explanation = std::move(*explained);
            return {};
        });
    connect(m_explain.get(), &BackgroundTask::finished, this,
            [this, explanation](const Status &result) {
                m_explain.release()->deleteLater();
                if (result)
                    emit explained(*explanation);
                else
                    emit explainFailed(result.error().fullText());
            });
    m_explain->start(QThread::LowPriority);
}

} // namespace mamori
