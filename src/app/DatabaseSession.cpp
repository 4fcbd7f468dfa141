#include "DatabaseSession.h"

#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QThread>

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
    m_database.reset();
    emit databaseChanged();
}

void DatabaseSession::startIntegrityCheck()
{
    if (!m_database || m_checkThread || m_database->integrityState() != IntegrityState::Pending)
        return;
    // Shared with the worker: stopIntegrityCheck() cancels it from this thread.
    m_check = std::make_shared<IntegrityCheck>(m_database->path());
    auto verdict = std::make_shared<Status>();
    m_checkThread = QThread::create([check = m_check, verdict] { *verdict = check->run(); });
    // The thread is the context: deleting it in stopIntegrityCheck() drops a pending call.
    connect(m_checkThread, &QThread::finished, m_checkThread, [this, verdict] {
        m_checkThread->deleteLater();
        m_checkThread = nullptr;
        m_check.reset();
        finishIntegrityCheck(*verdict);
    });
    m_checkThread->start();
}

void DatabaseSession::stopIntegrityCheck()
{
    if (!m_checkThread)
        return;
    m_check->cancel();
    m_checkThread->wait();
    delete m_checkThread;
    m_checkThread = nullptr;
    m_check.reset();
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

Result<std::optional<CompanyProfile>> DatabaseSession::companyProfile() const
{
    if (!m_database)
        return std::optional<CompanyProfile>();
    return CompanyProfileRepository(*m_database).load();
}

Status DatabaseSession::saveCompanyProfile(const CompanyProfile &profile)
{
    if (!m_database)
        return Error(ErrorKind::DatabaseMissing, tr("No database is open."));
    Status saved = CompanyProfileRepository(*m_database).save(profile);
    if (saved)
        emit companyProfileChanged();
    return saved;
}

Result<UpsertCounts> DatabaseSession::importAssets(const ParsedImport &parsed,
                                                   const std::function<void(int, int)> &progress,
                                                   const std::atomic_bool *cancelRequested)
{
    if (!m_database)
        return Error(ErrorKind::DatabaseMissing, tr("No database is open."));
    auto counts = AssetImporter::write(*m_database, parsed, progress, cancelRequested);
    if (counts)
        emit assetsChanged();
    return counts;
}

Result<int> DatabaseSession::countExistingAssets(const ParsedImport &parsed)
{
    if (!m_database)
        return Error(ErrorKind::DatabaseMissing, tr("No database is open."));
    return AssetImporter::countExisting(*m_database, parsed);
}

Result<QStringList> DatabaseSession::importPresetNames() const
{
    if (!m_database)
        return QStringList();
    return ImportPresetRepository(*m_database).names();
}

Result<std::optional<ImportPreset>> DatabaseSession::importPreset(const QString &name) const
{
    if (!m_database)
        return std::optional<ImportPreset>();
    return ImportPresetRepository(*m_database).load(name);
}

Status DatabaseSession::saveImportPreset(const ImportPreset &preset)
{
    if (!m_database)
        return Error(ErrorKind::DatabaseMissing, tr("No database is open."));
    return ImportPresetRepository(*m_database).save(preset);
}

} // namespace mamori
