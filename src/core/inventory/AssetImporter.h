#pragma once

#include "AssetFields.h"
#include "Device.h"
#include "InformationAsset.h"
#include "Progress.h"
#include "Result.h"
#include "io/CsvReader.h"
#include "io/Table.h"
#include "io/TextDecoding.h"
#include "storage/AssetRepository.h"

#include <QCoreApplication>

#include <variant>

namespace mamori {

class Database;

// One thing wrong with one cell or row, located as a spreadsheet shows it.
struct ImportProblem
{
    int row = 0;     // spreadsheet row number (the header is row 1)
    int column = -1; // 0-based column index, -1 for the whole row
    QString header;  // the column's header text
    QString message; // translated reason

    QString columnLetter() const; // A, B, …, Z, AA, …
    QString text() const;         // "row 5, column C (購入日): not a date: 2024/2/30"
};

struct ImportFileOptions
{
    TextEncoding encoding = TextEncoding::Auto; // CSV only
    QString sheet;                              // XLSX only; empty: the first sheet
};

// Rows of a table turned into devices or information assets, with every problem found.
struct ParsedImport
{
    AssetKind kind = AssetKind::Devices;
    QString sourceName;    // the file's name, kept in the history of the records it creates
    QStringList mapping;   // per column: canonical field, or empty for a custom column
    QList<Device> devices; // for AssetKind::Devices
    QList<InformationAsset> information; // for AssetKind::Information
    QList<ImportProblem> problems;
    int rowCount() const
    {
        return int(kind == AssetKind::Devices ? devices.size() : information.size());
    }
};

// A file opened for parseAndWrite(): its header, and its rows, which for a CSV file are only
// cut out of the text on the parsing threads.
struct ImportSource
{
    QStringList header;
    QString sourceName;   // the file's name
    QString encodingName; // as Table::encodingName
    std::variant<Table, CsvDocument> content;

    qsizetype rowsAtMost() const;

    static ImportSource of(Table table);
    static ImportSource of(CsvDocument document);
};

// What parseAndWrite() did: the problems found (and then nothing was written), or the counts.
struct ImportOutcome
{
    int rowCount = 0;
    QList<ImportProblem> problems;
    UpsertCounts counts;
};

// Reads a CSV or XLSX file, maps its columns, checks every row and writes all of it or nothing.
class AssetImporter
{
    Q_DECLARE_TR_FUNCTIONS(AssetImporter)

public:
    // .xlsx (by extension or the zip signature) through XlsxReader, anything else as CSV.
    // `progress` counts the bytes read (see the readers).
    static Result<Table> readFile(const QString &path, const ImportFileOptions &options = {},
                                  const ProgressCallback &progress = {});
    // The kind named by the headers, or an InvalidInput error saying neither matched.
    static Result<AssetKind> detectKind(const Table &table);
    static Result<AssetKind> detectKind(const QStringList &header, const QString &sourceName);
    // For parseAndWrite(): a CSV file decoded and split, an XLSX file read as readFile() does.
    static Result<ImportSource> openFile(const QString &path,
                                         const ImportFileOptions &options = {});
    // `mapping` empty: recognise the headers. Never touches the database. `progress` counts
    // rows; when it returns false, parsing stops with an ErrorKind::Cancelled error. Problems in
    // the rows are not errors: they are in the result.
    static Result<ParsedImport> parse(const Table &table, AssetKind kind, QStringList mapping = {},
                                      const ProgressCallback &progress = {});
    // For a dry run: how many parsed rows match a record already in the database.
    static Result<int> countExisting(Database &database, const ParsedImport &parsed);
    // Writes the parsed rows when there is no problem: new keys are created, existing keys get
    // the mapped columns updated (other fields keep their values). One transaction.
    static Result<UpsertCounts> write(Database &database, const ParsedImport &parsed,
                                      const std::function<void(int, int)> &progress = {},
                                      const std::atomic_bool *cancelRequested = nullptr);
    // parse() and write() overlapped, for imports that need no preview (mamori-cli): rows are
    // written as soon as they are parsed, in one transaction, which is rolled back once a
    // problem is found. Parsing goes on to the end, so every problem is reported as parse()
    // reports it. Rows are freed as they are parsed. `progress(parts done, parts)`.
    static Result<ImportOutcome> parseAndWrite(Database &database, ImportSource source,
                                               AssetKind kind, QStringList mapping = {},
                                               const std::function<void(int, int)> &progress = {},
                                               const std::atomic_bool *cancelRequested = nullptr);

private:
    static Error noHeader(const QString &path);
};

} // namespace mamori
