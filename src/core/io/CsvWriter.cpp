#include "CsvWriter.h"

#include <QSaveFile>

#include <optional>

namespace mamori {

namespace {

// Characters that make a spreadsheet program read a cell as a formula (OWASP CSV injection).
bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

qsizetype leadingApostrophes(const QString &cell)
{
    qsizetype count = 0;
    while (count < cell.size() && cell[count] == QLatin1Char('\''))
        ++count;
    return count;
}

bool needsQuotes(const QString &cell, QChar delimiter)
{
    for (const QChar c : cell) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

void appendRecord(QString &out, const QStringList &cells, QChar delimiter)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        QString cell = spreadsheetSafe(cells[i]);
        if (needsQuotes(cell, delimiter)) {
            out.append(QLatin1Char('"'));
            out.append(cell.replace(QLatin1Char('"'), QLatin1String("\"\"")));
            out.append(QLatin1Char('"'));
        } else {
            out.append(cell);
        }
    }
    out.append(QLatin1String("\r\n"));
}

constexpr qsizetype rowsPerProgressReport = 512;

// format() with progress per row; nullopt when `progress` asks to stop.
std::optional<QString> formatRows(const QStringList &header, const QList<QStringList> &rows,
                                  QChar delimiter, const ProgressCallback &progress)
{
    QString out;
    appendRecord(out, header, delimiter);
    for (qsizetype row = 0; row < rows.size(); ++row) {
        appendRecord(out, rows[row], delimiter);
        const bool report = (row + 1) % rowsPerProgressReport == 0 || row + 1 == rows.size();
        if (progress && report && !progress(row + 1, rows.size()))
            return std::nullopt;
    }
    return out;
}

} // namespace

QString spreadsheetSafe(const QString &cell)
{
    // A formula character behind apostrophes already in the data is escaped too ('=x becomes
    // ''=x), so fromSpreadsheetSafe() can tell the added apostrophe from the data's own.
    const qsizetype apostrophes = leadingApostrophes(cell);
    if (apostrophes < cell.size() && startsFormula(cell[apostrophes]))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString fromSpreadsheetSafe(const QString &cell)
{
    const qsizetype apostrophes = leadingApostrophes(cell);
    if (apostrophes > 0 && apostrophes < cell.size() && startsFormula(cell[apostrophes]))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::format(const QStringList &header, const QList<QStringList> &rows,
                          QChar delimiter)
{
    return *formatRows(header, rows, delimiter, {});
}

Status CsvWriter::writeFile(const QString &path, const QStringList &header,
                            const QList<QStringList> &rows, TextEncoding encoding,
                            const ProgressCallback &progress)
{
    // The whole text is made before the file is touched, so Cancel never leaves anything.
    // UTF-16 text is what Excel's 「Unicode テキスト」 writes and reads: tab-separated.
    const bool utf16 = encoding == TextEncoding::Utf16 || encoding == TextEncoding::Utf16Le ||
                       encoding == TextEncoding::Utf16Be;
    const std::optional<QString> text =
        formatRows(header, rows, QLatin1Char(utf16 ? '\t' : ','), progress);
    if (!text) {
        return Error(ErrorKind::Cancelled,
                     tr("Writing %1 was cancelled; nothing was written.").arg(path));
    }
    // Excel only recognises UTF-8 and UTF-16 by their BOM; CP932 is what it assumes without one
    // (encode() writes none for CP932 and EUC-JP).
    const bool withBom = encoding != TextEncoding::Cp932;
    const auto bytes = TextDecoding::encode(*text, encoding, withBom);
    if (!bytes)
        return bytes.error();
    // QSaveFile writes beside the target and renames, so a failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error(ErrorKind::Io, tr("Cannot write %1.").arg(path), file.errorString());
    return {};
}

} // namespace mamori
