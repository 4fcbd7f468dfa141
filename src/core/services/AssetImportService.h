#pragma once

#include "Progress.h"
#include "Result.h"
#include "inventory/AssetImport.h"
#include "inventory/ImportOptions.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace mamori {

class Database;

// What parseAndWrite() did: the problems found (and then nothing was written), or the counts.
struct ImportOutcome
{
    int rowCount = 0;
    QList<ImportProblem> problems;
    QList<ImportProblem> warnings;
    QList<ImportedValue> values; // mapped, guessed and unknown values of enumerated columns
    UpsertCounts counts;
};

// Writes what AssetImporter read: all of it or nothing, in one transaction. New keys are
// created; existing keys get the mapped columns updated (other fields keep their values). The
// created records' history names the file.
class AssetImportService
{
    Q_DECLARE_TR_FUNCTIONS(AssetImporter)

public:
    // For a dry run: how many parsed rows match a record already in the database.
    static Result<int> countExisting(Database &database, const ParsedImport &parsed);
    // Writes the parsed rows when there is no problem. `progress(done, total)` in rows;
    // returning false cancels (ErrorKind::Cancelled, nothing written).
    static Result<UpsertCounts> write(Database &database, const ParsedImport &parsed,
                                      const ProgressCallback &progress = {});
    // Parsing and writing overlapped, for imports that need no preview (mamori-cli): rows are
    // written as soon as they are parsed, in one transaction, which is rolled back once a
    // problem is found. Parsing goes on to the end, so every problem is reported as
    // AssetImporter::parse() reports it. Rows are freed as they are parsed. When a date column
    // in auto order turns out to need the order its other dates settle, nothing is written on
    // the first pass and the rows are read again in that order.
    // `progress(parts done, parts)`.
    static Result<ImportOutcome> parseAndWrite(Database &database, ImportSource source,
                                               AssetKind kind, QStringList mapping = {},
                                               const ProgressCallback &progress = {},
                                               const ImportOptions &options = {});
};

} // namespace mamori
