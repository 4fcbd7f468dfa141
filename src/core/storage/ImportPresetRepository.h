#pragma once

#include "Result.h"
#include "inventory/ImportPreset.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace mamori {

class Database;

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
