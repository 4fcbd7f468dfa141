#include "DatabaseSession.h"

#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace mamori {

DatabaseSession::DatabaseSession(QObject *parent) : QObject(parent) {}

DatabaseSession::~DatabaseSession() = default;

Status DatabaseSession::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_database && m_database->path() == absolute)
        return {};
    auto opened = Database::open(absolute);
    if (!opened) {
        if (!m_database)
            m_path = absolute;
        return opened.error();
    }
    m_database = std::move(*opened);
    m_path = m_database->path();
    emit databaseChanged();
    return {};
}

void DatabaseSession::close()
{
    if (!m_database)
        return;
    m_database.reset();
    emit databaseChanged();
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
