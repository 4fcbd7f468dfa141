#pragma once

#include "Progress.h"
#include "Result.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mamori {

// Writes RFC 4180 CSV with CRLF line ends, as Excel expects. UTF-8 is written with a BOM so
// Excel recognises it; CP932, EUC-JP or UTF-16 (little-endian, with a BOM) on request. Every cell
// goes through spreadsheetSafe().
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    static QString format(const QStringList &header, const QList<QStringList> &rows,
                          QChar delimiter = QLatin1Char(','));
    // Comma-separated, or tab-separated in UTF-16 (Excel's 「Unicode テキスト」). `progress`
    // counts rows; a cancelled write leaves the path as it was (QSaveFile).
    static Status writeFile(const QString &path, const QStringList &header,
                            const QList<QStringList> &rows, TextEncoding encoding,
                            const ProgressCallback &progress = {});
};

// OWASP CSV injection: a cell starting with = + - @ tab or CR gets a leading apostrophe, so
// spreadsheet programs show it as text. fromSpreadsheetSafe() undoes exactly that on import.
QString spreadsheetSafe(const QString &cell);
QString fromSpreadsheetSafe(const QString &cell);

} // namespace mamori
