#pragma once

#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mamori {

// Writes one worksheet (SpreadsheetML through QXmlStreamWriter, zipped with QuaZip): a bold,
// frozen header row and every cell as a string cell, so nothing is ever evaluated as a formula.
// Not libxlsxwriter: it calls minizip's zipOpen(), which QuaZip's own exported minizip copy
// shadows in the same process, and crashes.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // `progress` counts rows (and then the shared strings, in the same unit); a cancelled write
    // leaves the path as it was (QSaveFile).
    static Status writeFile(const QString &path, const QString &sheetName,
                            const QStringList &header, const QList<QStringList> &rows,
                            const ProgressCallback &progress = {});
};

} // namespace mamori
