#pragma once

#include "inventory/AssetFields.h"
#include "inventory/Device.h"
#include "inventory/InformationAsset.h"
#include "inventory/UpsertCounts.h"
#include "io/CsvReader.h"
#include "io/Table.h"
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace mamori {

// One thing wrong with one cell or row, located as a spreadsheet shows it.
struct ImportProblem
{
    int row = 0;     // spreadsheet row number (the header is row 1)
    int column = -1; // 0-based column index, -1 for the whole row
    QString header;  // the column's header text
    QString message; // translated reason
    // What sort of problem, for summaries that group 10,000 alike into one line: "cell",
    // "required", "duplicate", "date_order", "short_row", "long_row", "unknown_value",
    // "guessed_value", "warranty". Problems of one kind in one column form one group.
    QString kind = QStringLiteral("cell");

    QString columnLetter() const; // A, B, …, Z, AA, …
    QString text() const;         // "row 5, column C (購入日): not a date: 2024/2/30"
};

struct ImportFileOptions
{
    TextEncoding encoding = TextEncoding::Auto; // CSV only
    QChar delimiter;                            // CSV only; null: detected
    QString sheet;                              // XLSX only; empty: the first sheet
    // The spreadsheet row of the header; 0: found among the first rows (a title or a date may
    // sit above it, and it may take two rows).
    int headerRow = 0;
};

// How a value of an enumerated column that the built-in words do not name was read.
enum class ValueReading
{
    Mapped,  // the firm's map (the Values step, --map, a preset) says what it is
    Guessed, // from a known word inside it, listed for people to confirm
    Unknown, // the field's fallback (Other for a category, which keeps the text as its label)
};

// One distinct value of an enumerated column that was mapped, guessed or unknown, with how
// many rows hold it: what the Values step lists and the summary reports.
struct ImportedValue
{
    QString field; // canonical field
    int column = -1;
    QString header;
    QString text; // as written, trimmed
    ValueReading reading = ValueReading::Unknown;
    QString code; // what it was read as ("" is Unknown for coverage and MFA)
    int rows = 0;
    int firstRow = 0;
};

// Rows of a table turned into devices or information assets, with every problem found.
struct ParsedImport
{
    AssetKind kind = AssetKind::Devices;
    QString sourceName;    // the file's name, kept in the history of the records it creates
    QStringList mapping;   // per column: canonical field, or empty for a custom column
    QList<Device> devices; // for AssetKind::Devices
    QList<InformationAsset> information; // for AssetKind::Information
    QList<ImportProblem> problems;       // errors: any of them and nothing is written
    QList<ImportProblem> warnings;       // written anyway, and reported
    QList<ImportedValue> values;         // enumerated values that were mapped, guessed or unknown
    int rowCount() const
    {
        return int(kind == AssetKind::Devices ? devices.size() : information.size());
    }
};

// A file opened for a streamed import: its header, and its rows, which for a CSV file are only
// cut out of the text on the parsing threads.
struct ImportSource
{
    QStringList header;
    QString sourceName;   // the file's name
    QString encodingName; // as Table::encodingName
    std::variant<Table, CsvDocument> content;
    int headerRow = 1; // the spreadsheet row of the header (its last row when it takes two)
    // True for CSV, where a row's cells are exactly the fields written on its line, so a short
    // or long row can be told; XLSX leaves empty cells out.
    bool fieldCountsAreExact = false;

    qsizetype rowsAtMost() const;

    static ImportSource of(Table table);
    static ImportSource of(CsvDocument document);
};

} // namespace mamori
