#pragma once

#include "Progress.h"
#include "Result.h"
#include "inventory/AssetFields.h"
#include "io/ExportFormat.h"
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mamori {

class Database;

// A kind of asset as a table for people: translated column titles (which the importer
// recognises again), enumerations as labels, dates as ISO, custom fields as extra columns.
struct AssetSheet
{
    QStringList header;
    QList<QStringList> rows;
};

class AssetExporter
{
    Q_DECLARE_TR_FUNCTIONS(AssetExporter)

public:
    static Result<AssetSheet> sheet(Database &database, AssetKind kind);
    // CSV is UTF-8 with a BOM unless CP932 is asked for; XLSX ignores the encoding.
    // `progress` counts rows written (total 0 while the records are read); a cancelled export
    // leaves the path as it was.
    static Status writeFile(Database &database, AssetKind kind, const QString &path,
                            ExportFormat format, TextEncoding encoding = TextEncoding::Utf8,
                            const ProgressCallback &progress = {});
};

} // namespace mamori
