#pragma once

#include "inventory/AssetFields.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace mamori {

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

} // namespace mamori
