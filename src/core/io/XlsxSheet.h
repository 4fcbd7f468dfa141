#pragma once

// Internal to the XLSX reader: one worksheet's XML turned into a Table.

#include "Result.h"
#include "Table.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace mamori::xlsx {

// Shortest text that reads back as the same double; plain digits for everyday magnitudes.
QString numberText(const QString &value);
// yyyy-MM-dd of an Excel serial date, or empty when the serial is no date Excel can show.
QString serialDateText(const QString &value, bool uses1904Dates);
// Column index of a cell reference such as C5 (2), or -1 when it is no valid reference.
int columnIndex(QStringView reference);

// Reads worksheet XML into a Table, keeping only non-empty rows; row numbers are the sheet's own.
Result<Table> readSheet(QXmlStreamReader &xml, const QString &sheetName, const QString &sourceName,
                        const QStringList &sharedStrings, const QList<bool> &styleIsDate,
                        bool uses1904Dates);

} // namespace mamori::xlsx
