#include "InventoryDocument.h"

#include "DatabaseSession.h"
#include "services/AssetExporter.h"
#include "services/AssetImportService.h"
#include "storage/AssetLinkRepository.h"
#include "storage/AssetQuery.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ImportPresetRepository.h"

#include <QFileInfo>

#include <memory>

namespace mamori {

namespace {

QString describe(const AssetRecord &record)
{
    return std::visit([](const auto &value) { return value.name; }, record);
}

template<typename Record> QList<Record> only(const QList<AssetRecord> &records)
{
    QList<Record> typed;
    for (const AssetRecord &record : records) {
        if (const auto *value = std::get_if<Record>(&record))
            typed << *value;
    }
    return typed;
}

Status updateAll(Database &database, const QList<AssetRecord> &records)
{
    if (Status done = DeviceRepository(database).updateAll(only<Device>(records)); !done)
        return done;
    return InformationAssetRepository(database).updateAll(only<InformationAsset>(records));
}

template<typename Operation> Status eachRecord(const QList<AssetRecord> &records, Operation op)
{
    for (const AssetRecord &record : records) {
        if (Status done = std::visit(op, record); !done)
            return done;
    }
    return {};
}

template<typename Record>
Result<std::optional<AssetRecord>> findRecord(Database &database, qint64 id)
{
    auto found = AssetRepository<Record>(database).find(id);
    if (!found)
        return found.error();
    return found->has_value() ? std::optional<AssetRecord>(**found) : std::nullopt;
}

} // namespace

InventoryDocument::InventoryDocument(DatabaseSession &session, QObject *parent)
    : Document(session, parent)
{
    connect(&session, &DatabaseSession::databaseChanged, this, [this] {
        emit assetsChanged();
        emit importPresetsChanged();
    });
}

Result<std::optional<AssetRecord>> InventoryDocument::find(AssetKind kind, qint64 id) const
{
    return read<std::optional<AssetRecord>>([kind, id](Database &database) {
        return kind == AssetKind::Devices ? findRecord<Device>(database, id)
                                          : findRecord<InformationAsset>(database, id);
    });
}

Result<QList<AssetRecord>> InventoryDocument::findAll(AssetKind kind,
                                                      const QList<qint64> &ids) const
{
    QList<AssetRecord> records;
    for (const qint64 id : ids) {
        auto record = find(kind, id);
        if (!record)
            return record.error();
        if (!record->has_value()) {
            return Error(
                ErrorKind::InvalidInput,
                tr("Record %1 is no longer in the database; nothing was changed.").arg(id));
        }
        records << **record;
    }
    return records;
}

Result<bool> InventoryDocument::keyTaken(const AssetRecord &record) const
{
    return read<bool>([&record](Database &database) {
        return std::visit(
            [&database](const auto &value) -> Result<bool> {
                auto other =
                    AssetRepository<std::decay_t<decltype(value)>>(database).findByKey(value);
                if (!other)
                    return other.error();
                return other->has_value() && (*other)->id != value.id;
            },
            record);
    });
}

Result<QList<AuditEntry>> InventoryDocument::history(AssetKind kind, qint64 id) const
{
    return read<QList<AuditEntry>>([kind, id](Database &database) {
        return AuditLog(database).entriesFor(kind == AssetKind::Devices
                                                 ? QStringLiteral("device")
                                                 : QStringLiteral("information_asset"),
                                             QString::number(id));
    });
}

QString InventoryDocument::labelOf(const AssetRecord &record)
{
    return std::visit(
        [](const auto &value) {
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, Device>)
                return QStringLiteral("%1 %2").arg(value.assetNumber, value.name);
            else
                return QStringLiteral("%1 / %2").arg(value.businessArea, value.name);
        },
        record);
}

Result<QStringList> InventoryDocument::labels(AssetKind kind, int limit) const
{
    return read<QStringList>([kind, limit](Database &database) -> Result<QStringList> {
        QStringList names;
        const auto collect = [&names](const auto &page) -> Result<QStringList> {
            if (!page)
                return page.error();
            for (const auto &record : *page)
                names << labelOf(record);
            return names;
        };
        if (kind == AssetKind::Devices)
            return collect(AssetQuery<Device>(database).page({}, {}, 0, limit));
        return collect(AssetQuery<InformationAsset>(database).page({}, {}, 0, limit));
    });
}

Result<QStringList> InventoryDocument::departments(AssetKind kind) const
{
    return read<QStringList>([kind](Database &database) {
        return kind == AssetKind::Devices ? AssetQuery<Device>(database).departments()
                                          : AssetQuery<InformationAsset>(database).departments();
    });
}

Result<QList<InventoryDocument::LinkedRecord>> InventoryDocument::linked(AssetKind kind,
                                                                         qint64 id) const
{
    auto ids = read<QList<qint64>>([kind, id](Database &database) {
        AssetLinkRepository links(database);
        return kind == AssetKind::Devices ? links.informationOn(id) : links.devicesOf(id);
    });
    if (!ids)
        return ids.error();
    const AssetKind other =
        kind == AssetKind::Devices ? AssetKind::Information : AssetKind::Devices;
    QList<LinkedRecord> records;
    for (const qint64 otherId : std::as_const(*ids)) {
        auto found = find(other, otherId);
        if (!found)
            return found.error();
        if (found->has_value())
            records.append({otherId, labelOf(**found)});
    }
    return records;
}

Result<std::optional<InventoryDocument::LinkedRecord>>
InventoryDocument::findByLabel(AssetKind kind, const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::optional<LinkedRecord>();
    return read<std::optional<LinkedRecord>>(
        [kind, wanted](Database &database) -> Result<std::optional<LinkedRecord>> {
            const auto linkOf = [](const auto &found) -> Result<std::optional<LinkedRecord>> {
                if (!found)
                    return found.error();
                if (!found->has_value())
                    return std::optional<LinkedRecord>();
                return std::optional<LinkedRecord>(LinkedRecord{(*found)->id, labelOf(**found)});
            };
            if (kind == AssetKind::Devices) {
                Device key;
                key.assetNumber = wanted.section(QLatin1Char(' '), 0, 0);
                return linkOf(DeviceRepository(database).findByKey(key));
            }
            InformationAsset key;
            key.businessArea = wanted.section(QStringLiteral(" / "), 0, 0).trimmed();
            key.name = wanted.section(QStringLiteral(" / "), 1).trimmed();
            return linkOf(InformationAssetRepository(database).findByKey(key));
        });
}

void InventoryDocument::add(const AssetRecord &record)
{
    // The first redo gives the record its id; a redo after an undo puts it back under that id.
    auto added = std::make_shared<AssetRecord>(record);
    push(
        tr("Add %1").arg(describe(record)),
        [added](Database &database) -> Status {
            return std::visit(
                [&database](auto &value) -> Status {
                    AssetRepository<std::decay_t<decltype(value)>> repository(database);
                    if (value.id != 0)
                        return repository.reinsert(value);
                    auto id = repository.insert(value);
                    if (!id)
                        return id.error();
                    value.id = *id;
                    return {};
                },
                *added);
        },
        [added](Database &database) {
            return std::visit(
                [&database](const auto &value) {
                    return AssetRepository<std::decay_t<decltype(value)>>(database).remove(
                        value.id);
                },
                *added);
        },
        [this] { emit assetsChanged(); });
}

void InventoryDocument::edit(const AssetRecord &before, const AssetRecord &after)
{
    push(
        tr("Edit %1").arg(describe(after)),
        [after](Database &database) { return updateAll(database, {after}); },
        [before](Database &database) { return updateAll(database, {before}); },
        [this] { emit assetsChanged(); });
}

void InventoryDocument::editAll(const QList<AssetRecord> &before, const QList<AssetRecord> &after)
{
    if (before.isEmpty())
        return;
    push(
        tr("Edit %n record(s)", nullptr, int(after.size())),
        [after](Database &database) { return updateAll(database, after); },
        [before](Database &database) { return updateAll(database, before); },
        [this] { emit assetsChanged(); });
}

void InventoryDocument::remove(const QList<AssetRecord> &records)
{
    if (records.isEmpty())
        return;
    push(
        tr("Delete %n record(s)", nullptr, int(records.size())),
        [records](Database &database) {
            return eachRecord(records, [&database](const auto &value) {
                return AssetRepository<std::decay_t<decltype(value)>>(database).remove(value.id);
            });
        },
        [records](Database &database) {
            return eachRecord(records, [&database](const auto &value) {
                return AssetRepository<std::decay_t<decltype(value)>>(database).reinsert(value);
            });
        },
        [this] { emit assetsChanged(); });
}

namespace {

Status setLink(Database &database, qint64 information, qint64 device, bool linked)
{
    AssetLinkRepository links(database);
    if (!linked)
        return links.unlink(information, device);
    auto added = links.linkAll({{information, device}});
    if (!added)
        return added.error();
    return {};
}

} // namespace

void InventoryDocument::link(qint64 informationAssetId, qint64 deviceId)
{
    push(
        tr("Link"),
        [=](Database &database) { return setLink(database, informationAssetId, deviceId, true); },
        [=](Database &database) { return setLink(database, informationAssetId, deviceId, false); },
        [this] { emit assetsChanged(); });
}

void InventoryDocument::unlink(qint64 informationAssetId, qint64 deviceId)
{
    push(
        tr("Unlink"),
        [=](Database &database) { return setLink(database, informationAssetId, deviceId, false); },
        [=](Database &database) { return setLink(database, informationAssetId, deviceId, true); },
        [this] { emit assetsChanged(); });
}

Result<QStringList> InventoryDocument::importPresetNames() const
{
    return read<QStringList>(
        [](Database &database) { return ImportPresetRepository(database).names(); });
}

Result<std::optional<ImportPreset>> InventoryDocument::importPreset(const QString &name) const
{
    return read<std::optional<ImportPreset>>(
        [&name](Database &database) { return ImportPresetRepository(database).load(name); });
}

void InventoryDocument::saveImportPreset(const ImportPreset &preset)
{
    auto previous = importPreset(preset.name);
    if (!previous) {
        emit writeFailed(previous.error());
        return;
    }
    push(
        tr("Save the import preset %1").arg(preset.name),
        [preset](Database &database) { return ImportPresetRepository(database).save(preset); },
        [preset, before = *previous](Database &database) {
            ImportPresetRepository presets(database);
            return before ? presets.save(*before) : presets.remove(preset.name);
        },
        [this] { emit importPresetsChanged(); });
}

Result<int> InventoryDocument::countExisting(const ParsedImport &parsed) const
{
    return read<int>([&parsed](Database &database) {
        return AssetImportService::countExisting(database, parsed);
    });
}

Result<UpsertCounts> InventoryDocument::import(const ParsedImport &parsed, const JobRunner &run)
{
    auto open = writableDatabase();
    if (!open)
        return open.error();
    if (Status writable = (*open)->writable(); !writable)
        return writable.error();
    // On a worker, through a connection of its own: the session's belongs to this thread.
    auto counts = std::make_shared<UpsertCounts>();
    const Status written =
        run([path = (*open)->path(), &parsed, counts](const ProgressCallback &progress) -> Status {
            auto writer = Database::openWriter(path);
            if (!writer)
                return writer.error();
            auto result = AssetImportService::write(**writer, parsed, progress);
            if (!result)
                return result.error();
            *counts = *result;
            return {};
        });
    if (!written)
        return written.error();
    changedOutside(
        tr("the import of %1 changed records outside the undo history").arg(parsed.sourceName));
    return *counts;
}

BackgroundJob InventoryDocument::exportJob(AssetKind kind, const QString &path, ExportFormat format,
                                           TextEncoding encoding) const
{
    const QString databasePath = database() ? database()->path() : QString();
    return
        [databasePath, kind, path, format, encoding](const ProgressCallback &progress) -> Status {
            auto reader = Database::openReader(databasePath);
            if (!reader)
                return reader.error();
            return AssetExporter::writeFile(**reader, kind, path, format, encoding, progress);
        };
}

void InventoryDocument::changedOutside(const QString &reason)
{
    fenceHistory(reason);
    emit assetsChanged();
}

} // namespace mamori
