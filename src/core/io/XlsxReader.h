#pragma once

#include "Progress.h"
#include "Result.h"
#include "Table.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mamori {

// Reads one worksheet of an .xlsx file (Office Open XML) through QuaZip and QXmlStreamReader.
// Shared and inline strings, numbers and booleans are read as text; numeric cells whose number
// format is a date become ISO dates (yyyy-MM-dd); other numbers keep their shortest exact text
// (45383, 12.5). Row numbers are the sheet's own (the r attribute).
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<QStringList> sheetNames(const QString &path);
    // Empty sheetName: the first sheet. The first non-empty row is the header. `progress`
    // counts the bytes read from the file.
    static Result<Table> readFile(const QString &path, const QString &sheetName = {},
                                  const ProgressCallback &progress = {});
    // The same for a workbook already in memory; sourceName names it in messages.
    static Result<Table> readData(const QByteArray &bytes, const QString &sheetName,
                                  const QString &sourceName);
};

} // namespace mamori
