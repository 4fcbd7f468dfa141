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

// What a CSV or XLSX reader produces: the header cells and the data rows below them.
struct Table
{
    QStringList header;
    QList<TableRow> rows;
    QString sourceName;   // file name, for messages
    QString encodingName; // e.g. "UTF-8", "UTF-8 (BOM)", "Shift_JIS (CP932)"; empty for XLSX
};

} // namespace mamori
