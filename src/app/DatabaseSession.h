#pragma once

#include "CompanyProfile.h"
#include "Result.h"
#include "inventory/AssetImporter.h"
#include "storage/ImportPresetRepository.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace mamori {

class Database;
class IntegrityCheck;
struct DatabaseOpenOptions;

// When DatabaseSession::open runs SQLite's full check (PRAGMA quick_check) of the file.
enum class IntegrityCheckTiming
{
    BeforeOpening,
    // At startup: open after the cheap checks; startIntegrityCheck() runs the full check on a
    // worker thread once the window is painted. Writes are refused until it has passed.
    InBackground,
};

// The database the window works on. Widgets read and write through it, never through
// storage directly, and it tells them when the database is switched or its data changes.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Opens (creating if needed) and switches to `path`. On failure the previous database
    // stays open, and path() still names the file that failed, for Restore from backup.
    Status open(const QString &path,
                IntegrityCheckTiming timing = IntegrityCheckTiming::BeforeOpening);
    // File → New Database: as open(), and an existing empty file becomes a new database
    // (open() refuses one: it is what a failed copy or a full disk leaves).
    Status create(const QString &path);
    void close();

    // Starts the deferred check of an InBackground open on a worker thread; does nothing when
    // no check is waiting. Ends in integrityVerified() or damageFound().
    void startIntegrityCheck();
    // The deferred check has not passed yet (started or not): writes are held.
    bool isIntegrityCheckPending() const;
    // The deferred check found damage: the database stays open read-only.
    bool isReadOnly() const;

    bool isOpen() const { return m_database != nullptr; }
    QString path() const { return m_path; }
    Database *database() const { return m_database.get(); }

    Result<std::optional<CompanyProfile>> companyProfile() const;
    Status saveCompanyProfile(const CompanyProfile &profile);
    // Tells the views that the inventory changed behind their back (demo data, the CLI).
    void notifyAssetsChanged() { emit assetsChanged(); }
    // Writes a checked import (all or nothing) and tells the views.
    Result<UpsertCounts> importAssets(const ParsedImport &parsed,
                                      const std::function<void(int, int)> &progress,
                                      const std::atomic_bool *cancelRequested);
    // How many rows of a checked import would update existing records.
    Result<int> countExistingAssets(const ParsedImport &parsed);
    Result<QStringList> importPresetNames() const;
    Result<std::optional<ImportPreset>> importPreset(const QString &name) const;
    Status saveImportPreset(const ImportPreset &preset);

signals:
    void databaseChanged();
    void integrityVerified();
    // The check after an InBackground open found damage; nothing will be written to the file.
    void damageFound(const mamori::Error &error);
    void companyProfileChanged();
    // Devices, information assets or their links were added, changed or removed.
    void assetsChanged();

private:
    Status open(const QString &path, const DatabaseOpenOptions &options);
    void stopIntegrityCheck();
    void finishIntegrityCheck(const Status &verdict);

    std::unique_ptr<Database> m_database;
    QString m_path;
    QThread *m_checkThread = nullptr;
    std::shared_ptr<IntegrityCheck> m_check;
};

} // namespace mamori
