#pragma once

#include "AuditEntry.h"
#include "BackgroundTask.h"
#include "Document.h"
#include "inventory/AssetFields.h"
#include "inventory/AssetImport.h"
#include "inventory/Device.h"
#include "inventory/ImportPreset.h"
#include "inventory/InformationAsset.h"
#include "io/ExportFormat.h"
#include "io/TextDecoding.h"

#include <optional>
#include <variant>

namespace mamori {

using AssetRecord = std::variant<Device, InformationAsset>;

// Every change a person makes to the inventory goes through here: add, edit, delete, bulk edit,
// links and import presets, each an undoable command through the audited repositories. An import
// writes outside the history and fences it (Document::fenceHistory).
class InventoryDocument : public Document
{
    Q_OBJECT

public:
    explicit InventoryDocument(DatabaseSession &session, QObject *parent = nullptr);

    Result<std::optional<AssetRecord>> find(AssetKind kind, qint64 id) const;
    // Every record of `ids`; an error when one cannot be read or no longer exists, so an action
    // on a selection never acts on fewer records than were selected.
    Result<QList<AssetRecord>> findAll(AssetKind kind, const QList<qint64> &ids) const;
    // True when another record already uses the record's key (asset number, or area and name).
    Result<bool> keyTaken(const AssetRecord &record) const;
    Result<QList<AuditEntry>> history(AssetKind kind, qint64 id) const;
    struct LinkedRecord
    {
        qint64 id = 0;
        QString label; // "PC-00012 経理用PC" or "総務部 / 給与台帳"
    };
    // The records linked to this one (information assets of a device, or devices of an
    // information asset).
    Result<QList<LinkedRecord>> linked(AssetKind kind, qint64 id) const;
    // Finds a record of `kind` by what a person types: an asset number, or "area / name".
    Result<std::optional<LinkedRecord>> findByLabel(AssetKind kind, const QString &text) const;
    static QString labelOf(const AssetRecord &record);
    // Labels of the first `limit` records of a kind, to choose from when linking.
    Result<QStringList> labels(AssetKind kind, int limit) const;
    // Departments in use, for filters and the bulk editor.
    Result<QStringList> departments(AssetKind kind) const;

    void add(const AssetRecord &record);
    void edit(const AssetRecord &before, const AssetRecord &after);
    void remove(const QList<AssetRecord> &records);
    void editAll(const QList<AssetRecord> &before, const QList<AssetRecord> &after);
    void link(qint64 informationAssetId, qint64 deviceId);
    void unlink(qint64 informationAssetId, qint64 deviceId);

    // Import: presets of column mappings (saving one is undoable), the dry run's count, and
    // the write, run by `run` (BackgroundTask::run with the caller's progress dialog) on a
    // worker with its own connection. All or nothing; it fences the undo history.
    Result<QStringList> importPresetNames() const;
    Result<std::optional<ImportPreset>> importPreset(const QString &name) const;
    void saveImportPreset(const ImportPreset &preset);
    Result<int> countExisting(const ParsedImport &parsed) const;
    using JobRunner = std::function<Status(const BackgroundJob &job)>;
    Result<UpsertCounts> import(const ParsedImport &parsed, const JobRunner &run);
    // Writes a CSV or XLSX file of one kind on a worker, reading through its own connection.
    BackgroundJob exportJob(AssetKind kind, const QString &path, ExportFormat format,
                            TextEncoding encoding) const;
    // Records were written outside this document (the demo data): the views re-read and the
    // history is fenced with `reason`.
    void changedOutside(const QString &reason);

signals:
    // Devices, information assets or their links were added, changed or removed.
    void assetsChanged();
    void importPresetsChanged();
};

} // namespace mamori
