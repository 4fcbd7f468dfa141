#pragma once

// Internal to the XLSX reader: one worksheet's XML turned into a Table.

#include "Result.h"
#include "Table.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <optional>

namespace mamori::xlsx {

// Shortest text that reads back as the same double; plain digits for everyday magnitudes.
QString numberText(const QString &value);
// yyyy-MM-dd of an Excel serial date, or empty when the serial is no date Excel can show.
QString serialDateText(const QString &value, bool uses1904Dates);
// Column index of a cell reference such as C5 (2), or -1 when it is no valid reference.
int columnIndex(QStringView reference);

struct CellReference
{
    int row = 0;    // 1-based
    int column = 0; // 0-based
};
// A1-style reference within Excel's limits (letters in either case, no $), or nullopt.
std::optional<CellReference> cellReference(QStringView text);
// A range such as A1:C2 (corners in any order), or nullopt; a single cell is no range.
std::optional<CellRange> cellRange(QStringView reference);

// Reads worksheet XML into a Table, keeping only non-empty rows; row numbers are the sheet's own.
Result<Table> readSheet(QXmlStreamReader &xml, const QString &sheetName, const QString &sourceName,
                        const QStringList &sharedStrings, const QList<bool> &styleIsDate,
                        bool uses1904Dates);

} // namespace mamori::xlsx
