#pragma once

#include "Progress.h"
#include "Result.h"
#include "inventory/AssetImport.h"
#include "inventory/ImportOptions.h"

#include <QCoreApplication>

namespace mamori {

// Reads a CSV or XLSX file, maps its columns and checks every row. Never touches the database:
// services/AssetImportService writes what it parsed, all or nothing.
class AssetImporter
{
    Q_DECLARE_TR_FUNCTIONS(AssetImporter)

public:
    // .xlsx (by extension or the zip signature) through XlsxReader, anything else as CSV.
    // The header is found as HeaderRows finds it, or taken from options.headerRow.
    // `progress` counts the bytes read (see the readers).
    static Result<Table> readFile(const QString &path, const ImportFileOptions &options = {},
                                  const ProgressCallback &progress = {});
    // The kind named by the headers, or an InvalidInput error saying neither matched.
    static Result<AssetKind> detectKind(const Table &table);
    static Result<AssetKind> detectKind(const QStringList &header, const QString &sourceName);
    // For a streamed import: a CSV file decoded and split, an XLSX file read as readFile() does.
    static Result<ImportSource> openFile(const QString &path,
                                         const ImportFileOptions &options = {});
    // `mapping` empty: recognise the headers. `progress` counts rows; when it returns false,
    // parsing stops with an ErrorKind::Cancelled error. Problems in the rows are not errors:
    // they are in the result. A date column read in auto order whose dates settle the order
    // is parsed a second time in that order.
    static Result<ParsedImport> parse(const Table &table, AssetKind kind, QStringList mapping = {},
                                      const ProgressCallback &progress = {},
                                      const ImportOptions &options = {});

private:
    static Error noHeader(const QString &path);
    static Status placeHeader(ImportSource &source, int headerRow);
};

} // namespace mamori
