#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mamori {

// One data row of a spreadsheet-like file, with the row number a spreadsheet program shows
// for it (the header is row 1, so the first data row is usually 2).
struct TableRow
{
    int number = 0;
    QStringList cells;
};

// A rectangle of merged cells in a sheet: rows are spreadsheet row numbers (1-based), columns
// 0-based, both inclusive.
struct CellRange
{
    int firstRow = 0;
    int lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;

    bool operator==(const CellRange &) const = default;
};

// What a CSV or XLSX reader produces: the header cells and the data rows below them. The
// reader's header is the first non-empty row; a caller that knows better (a title above the
// header, a two-row header) may replace it and erase rows.
struct Table
{
    QStringList header;
    QList<TableRow> rows;
    QString sourceName;      // file name, for messages
    QString encodingName;    // as DecodedText::encodingName; empty for XLSX
    int headerRow = 0;       // the header's spreadsheet row number; 0 when there is none
    char16_t delimiter = 0;  // the CSV field delimiter read or detected; 0 for XLSX
    QList<CellRange> merges; // XLSX merged cells, in the sheet's order; empty for CSV
    // True for CSV: each row has exactly the fields written on its record, trailing empty ones
    // included, so a short row is a truncated record. False for XLSX, where a row ends with its
    // last non-empty cell.
    bool fieldCountsAreExact = false;
};

} // namespace mamori
