#pragma once

#include "Result.h"
#include "inventory/AssetFields.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace mamori {

class Database;

// A named column mapping saved from the import dialog: header text → canonical field
// (an empty field keeps the column as a custom field).
struct ImportPreset
{
    QString name;
    AssetKind kind = AssetKind::Devices;
    QMap<QString, QString> fieldByHeader;

    // The mapping for a file's header row; headers the preset does not know are recognised.
    QStringList mappingFor(const QStringList &header) const;
};

class ImportPresetRepository
{
public:
    explicit ImportPresetRepository(Database &database) : m_database(database) {}

    Status save(const ImportPreset &preset); // replaces a preset of the same name
    Status remove(const QString &name);      // undo of a new preset
    Result<std::optional<ImportPreset>> load(const QString &name) const;
    Result<QStringList> names() const;

private:
    Database &m_database;
};

} // namespace mamori
