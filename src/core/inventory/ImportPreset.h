#pragma once

#include "inventory/AssetFields.h"
#include "inventory/ImportOptions.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace mamori {

// A named column mapping saved from the import dialog: header text → canonical field
// (an empty field keeps the column as a custom field), with the firm's words for values and the
// file's date order, so the next import of the same kind of file needs no choices.
struct ImportPreset
{
    QString name;
    AssetKind kind = AssetKind::Devices;
    QMap<QString, QString> fieldByHeader;
    ValueMap values;
    DateOrder dateOrder = DateOrder::Auto;

    // The mapping for a file's header row; headers the preset does not know are recognised.
    QStringList mappingFor(const QStringList &header) const;
};

} // namespace mamori
