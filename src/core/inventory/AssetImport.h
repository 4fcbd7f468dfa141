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

// A file opened for a streamed import: its header, and its rows, which for a CSV file are only
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

} // namespace mamori
