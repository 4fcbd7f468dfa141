#include "XlsxWriter.h"

#include <QHash>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <functional>

namespace mamori {

namespace {

constexpr qsizetype maxExcelRows = 1'048'576;
constexpr qsizetype maxExcelColumns = 16'384;
constexpr qsizetype maxCellTextLength = 32'767;
constexpr qsizetype maxSheetNameLength = 31;
// Column widths are measured on the header and the first rows, so huge exports stay fast.
constexpr qsizetype rowsMeasuredForWidth = 200;
constexpr double minColumnWidth = 8;
constexpr double maxColumnWidth = 60;
constexpr qsizetype rowsPerProgressReport = 512;

const QString mainNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString relationshipsNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// The parts that never change. Excel insists on two fills and a border in every styles part.
constexpr char contentTypesXml[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>)"
    R"(</Types>)";

constexpr char packageRelationshipsXml[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

constexpr char workbookRelationshipsXml[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(</Relationships>)";

// cellXfs: 0 plain, 1 bold (header), 2 wrapped, 3 bold and wrapped; see CellStyle.
constexpr char stylesXml[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
    R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">)"
    R"(<alignment wrapText="1" vertical="top"/></xf>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">)"
    R"(<alignment wrapText="1" vertical="top"/></xf></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

enum class CellStyle
{
    Plain = 0,
    Header = 1,
    // Without wrapping, Excel shows a cell's line breaks only while it is being edited.
    MultiLine = 2,
    MultiLineHeader = 3,
};

// Excel refuses sheet names longer than 31 characters, with any of []:*?/\ or starting or
// ending with an apostrophe.
QString excelSheetName(const QString &name)
{
    QString result = name;
    for (QChar &c : result) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'_';
    }
    while (result.startsWith(u'\''))
        result.remove(0, 1);
    while (result.endsWith(u'\''))
        result.chop(1);
    if (result.size() > maxSheetNameLength) {
        const bool wouldSplitPair = result.at(maxSheetNameLength - 1).isHighSurrogate();
        result.truncate(wouldSplitPair ? maxSheetNameLength - 1 : maxSheetNameLength);
    }
    return result.isEmpty() ? QStringLiteral("Sheet1") : result;
}

// XML cannot carry most control characters, and parsers turn CR into LF, so OOXML writes them
// as _xHHHH_. A literal "_xHHHH_" in the text gets its underscore escaped (_x005F_) so Excel
// does not decode it.
QString escapeForExcel(const QString &text)
{
    const auto isHexDigit = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool isControl = c.unicode() < 0x20 && c != u'\t' && c != u'\n';
        const bool looksEscaped = c == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
                                  text.at(i + 6) == u'_' && isHexDigit(text.at(i + 2)) &&
                                  isHexDigit(text.at(i + 3)) && isHexDigit(text.at(i + 4)) &&
                                  isHexDigit(text.at(i + 5));
        if (isControl || looksEscaped || c.unicode() >= 0xFFFE)
            escaped += QStringLiteral("_x%1_").arg(
                QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper());
        else
            escaped += c;
    }
    return escaped;
}

// A1-style column letters: 0 → A, 26 → AA.
QString columnLetters(qsizetype column)
{
    QString letters;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

// East Asian wide characters take two of Excel's character-width units.
bool isWide(char16_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6);
}

// Width of the longest line of a cell, in character units.
qsizetype displayWidth(const QString &text)
{
    qsizetype widest = 0;
    qsizetype current = 0;
    for (const QChar c : text) {
        current = c == u'\n' ? 0 : current + (isWide(c.unicode()) ? 2 : 1);
        widest = std::max(widest, current);
    }
    return widest;
}

QList<double> columnWidths(const QStringList &header, const QList<QStringList> &rows,
                           qsizetype columnCount)
{
    QList<qsizetype> widest(columnCount, 0);
    const auto measure = [&widest](const QStringList &cells) {
        for (qsizetype column = 0; column < cells.size(); ++column)
            widest[column] = std::max(widest[column], displayWidth(cells.at(column)));
    };
    measure(header);
    for (qsizetype row = 0; row < std::min(rows.size(), rowsMeasuredForWidth); ++row)
        measure(rows.at(row));
    QList<double> widths;
    widths.reserve(columnCount);
    for (const qsizetype width : widest) // two characters of padding
        widths.append(std::clamp(double(width + 2), minColumnWidth, maxColumnWidth));
    return widths;
}

// Checked before anything is written, so an unsuitable table leaves no file behind.
Status checkExcelLimits(const QStringList &header, const QList<QStringList> &rows,
                        qsizetype columnCount)
{
    if (rows.size() + 1 > maxExcelRows || columnCount > maxExcelColumns) {
        return Error(ErrorKind::InvalidInput,
                     XlsxWriter::tr("Too many rows or columns for one Excel sheet (at most %L1 "
                                    "rows and %L2 columns).")
                         .arg(maxExcelRows)
                         .arg(maxExcelColumns));
    }
    for (qsizetype row = -1; row < rows.size(); ++row) {
        const QStringList &cells = row < 0 ? header : rows.at(row);
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (cells.at(column).size() > maxCellTextLength) {
                return Error(ErrorKind::InvalidInput,
                             XlsxWriter::tr("Cell %1 has more text than Excel allows in one cell "
                                            "(%L2 characters).")
                                 .arg(columnLetters(column) + QString::number(row + 2))
                                 .arg(maxCellTextLength));
            }
        }
    }
    return {};
}

// Progress of one export in rows: the sheet's rows, then the shared strings part, counted as a
// sixteenth of the rows (measured with 100,000 demo devices: 0.9 s after 13 s for the sheet).
class WriteProgress
{
public:
    WriteProgress(const ProgressCallback &callback, qsizetype rows)
        : m_callback(callback), m_rows(rows), m_total(rows + rows / 16)
    {}

    // false when the callback asks to stop
    bool rowWritten(qsizetype row) const
    {
        if (!m_callback || ((row + 1) % rowsPerProgressReport != 0 && row + 1 != m_rows))
            return true;
        return m_callback(row + 1, m_total);
    }
    bool stringWritten(qsizetype index, qsizetype count) const
    {
        if (!m_callback || ((index + 1) % (rowsPerProgressReport * 8) != 0 && index + 1 != count))
            return true;
        return m_callback(m_rows + (m_total - m_rows) * (index + 1) / count, m_total);
    }

private:
    const ProgressCallback &m_callback;
    const qsizetype m_rows;
    const qsizetype m_total;
};

// Each distinct text once, in order of first use; cells refer to it by index.
class SharedStrings
{
public:
    qsizetype indexOf(const QString &text)
    {
        ++m_references;
        const auto found = m_indexByText.constFind(text);
        if (found != m_indexByText.cend())
            return *found;
        m_texts.append(text);
        return *m_indexByText.insert(text, m_texts.size() - 1);
    }

    // false when `progress` asks to stop
    bool write(QXmlStreamWriter &xml, const WriteProgress &progress) const
    {
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeStartElement(QStringLiteral("sst"));
        xml.writeDefaultNamespace(mainNamespace);
        xml.writeAttribute(QStringLiteral("count"), QString::number(m_references));
        xml.writeAttribute(QStringLiteral("uniqueCount"), QString::number(m_texts.size()));
        for (qsizetype index = 0; index < m_texts.size(); ++index) {
            const QString &text = m_texts.at(index);
            xml.writeStartElement(QStringLiteral("si"));
            xml.writeStartElement(QStringLiteral("t"));
            // Without it, Excel drops leading and trailing spaces.
            if (text != text.trimmed())
                xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(escapeForExcel(text));
            xml.writeEndElement();
            xml.writeEndElement();
            if (!progress.stringWritten(index, m_texts.size()))
                return false;
        }
        xml.writeEndDocument();
        return true;
    }

private:
    QHash<QString, qsizetype> m_indexByText;
    QStringList m_texts;
    qsizetype m_references = 0;
};

void writeWorkbook(QXmlStreamWriter &xml, const QString &sheetName)
{
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("workbook"));
    xml.writeDefaultNamespace(mainNamespace);
    xml.writeNamespace(relationshipsNamespace, QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("sheets"));
    xml.writeEmptyElement(QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), sheetName);
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(relationshipsNamespace, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndDocument();
}

// Every cell is a string cell: =1+1, +81…, -5 and @x stay text and are never evaluated.
void writeRow(QXmlStreamWriter &xml, qsizetype rowIndex, const QStringList &cells,
              const QStringList &letters, bool isHeader, SharedStrings &sharedStrings)
{
    const QString rowNumber = QString::number(rowIndex + 1);
    xml.writeStartElement(QStringLiteral("row"));
    xml.writeAttribute(QStringLiteral("r"), rowNumber);
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString &text = cells.at(column);
        if (text.isEmpty())
            continue;
        const bool multiLine = text.contains(u'\n');
        const CellStyle style = isHeader
                                    ? (multiLine ? CellStyle::MultiLineHeader : CellStyle::Header)
                                    : (multiLine ? CellStyle::MultiLine : CellStyle::Plain);
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), letters.at(column) + rowNumber);
        if (style != CellStyle::Plain)
            xml.writeAttribute(QStringLiteral("s"), QString::number(int(style)));
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
        xml.writeTextElement(QStringLiteral("v"), QString::number(sharedStrings.indexOf(text)));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// The header row stays in view while scrolling (frozen pane below row 1). False when
// `progress` asks to stop.
bool writeSheet(QXmlStreamWriter &xml, const QStringList &header, const QList<QStringList> &rows,
                qsizetype columnCount, SharedStrings &sharedStrings, const WriteProgress &progress)
{
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(mainNamespace);

    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("tabSelected"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEmptyElement(QStringLiteral("selection"));
    xml.writeAttribute(QStringLiteral("pane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("activeCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("sqref"), QStringLiteral("A2"));
    xml.writeEndElement(); // sheetView
    xml.writeEndElement(); // sheetViews

    if (columnCount > 0) {
        const QList<double> widths = columnWidths(header, rows, columnCount);
        xml.writeStartElement(QStringLiteral("cols"));
        for (qsizetype column = 0; column < columnCount; ++column) {
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QString::number(column + 1));
            xml.writeAttribute(QStringLiteral("max"), QString::number(column + 1));
            xml.writeAttribute(QStringLiteral("width"), QString::number(widths.at(column)));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        xml.writeEndElement();
    }

    QStringList letters;
    letters.reserve(columnCount);
    for (qsizetype column = 0; column < columnCount; ++column)
        letters.append(columnLetters(column));
    xml.writeStartElement(QStringLiteral("sheetData"));
    writeRow(xml, 0, header, letters, true, sharedStrings);
    for (qsizetype row = 0; row < rows.size(); ++row) {
        writeRow(xml, row + 1, rows.at(row), letters, false, sharedStrings);
        if (!progress.rowWritten(row))
            return false;
    }
    xml.writeEndDocument();
    return true;
}

// QuaZipFile compresses each write() on its own and QXmlStreamWriter writes a few bytes at a
// time; passing the XML on in blocks of a megabyte makes a large export several times faster.
class BlockWriter : public QIODevice
{
public:
    explicit BlockWriter(QIODevice *target) : m_target(target) { open(QIODevice::WriteOnly); }

    bool writePending()
    {
        const bool written = m_target->write(m_pending) == m_pending.size();
        m_pending.clear();
        return written;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 size) override
    {
        m_pending.append(data, size);
        if (m_pending.size() >= blockSize && !writePending())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype blockSize = 1 << 20;
    QIODevice *m_target;
    QByteArray m_pending;
};

// The zip container, written through QSaveFile: a failure leaves an earlier file at the path
// as it was.
class PackageWriter
{
public:
    explicit PackageWriter(const QString &path) : m_file(path), m_zip(&m_file)
    {
        m_zip.setAutoClose(false); // QSaveFile must be committed, never closed
    }

    bool open() { return m_file.open(QIODevice::WriteOnly) && m_zip.open(QuaZip::mdCreate); }

    bool addPart(const QString &name, const std::function<void(QXmlStreamWriter &)> &write)
    {
        QuaZipFile part(&m_zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        BlockWriter blocks(&part);
        QXmlStreamWriter xml(&blocks);
        write(xml);
        const bool written = !xml.hasError() && blocks.writePending();
        part.close();
        return written && part.getZipError() == ZIP_OK;
    }

    bool addPart(const QString &name, const char *xml)
    {
        QuaZipFile part(&m_zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        const bool written = part.write(xml) == qint64(qstrlen(xml));
        part.close();
        return written && part.getZipError() == ZIP_OK;
    }

    bool commit()
    {
        m_zip.close();
        return m_zip.getZipError() == ZIP_OK && m_file.commit();
    }

    QString errorString() const
    {
        if (m_file.error() != QFileDevice::NoError)
            return m_file.errorString();
        return QStringLiteral("zip error %1").arg(m_zip.getZipError());
    }

private:
    QSaveFile m_file;
    QuaZip m_zip;
};

} // namespace

Status XlsxWriter::writeFile(const QString &path, const QString &sheetName,
                             const QStringList &header, const QList<QStringList> &rows,
                             const ProgressCallback &progress)
{
    qsizetype columnCount = header.size();
    for (const QStringList &row : rows)
        columnCount = std::max(columnCount, row.size());
    if (auto valid = checkExcelLimits(header, rows, columnCount); !valid)
        return valid;

    PackageWriter package(path);
    SharedStrings sharedStrings;
    const WriteProgress writeProgress(progress, rows.size());
    bool cancelled = false; // then the package is never committed, so no file appears
    const bool written =
        package.open() && package.addPart(QStringLiteral("[Content_Types].xml"), contentTypesXml) &&
        package.addPart(QStringLiteral("_rels/.rels"), packageRelationshipsXml) &&
        package.addPart(
            QStringLiteral("xl/workbook.xml"),
            [&](QXmlStreamWriter &xml) { writeWorkbook(xml, excelSheetName(sheetName)); }) &&
        package.addPart(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationshipsXml) &&
        package.addPart(QStringLiteral("xl/styles.xml"), stylesXml) &&
        package.addPart(QStringLiteral("xl/worksheets/sheet1.xml"),
                        [&](QXmlStreamWriter &xml) {
                            cancelled = !writeSheet(xml, header, rows, columnCount, sharedStrings,
                                                    writeProgress);
                        }) &&
        !cancelled &&
        package.addPart(
            QStringLiteral("xl/sharedStrings.xml"),
            [&](QXmlStreamWriter &xml) { cancelled = !sharedStrings.write(xml, writeProgress); }) &&
        !cancelled && package.commit();
    if (cancelled) {
        return Error(ErrorKind::Cancelled,
                     tr("Writing %1 was cancelled; nothing was written.").arg(path));
    }
    if (!written) {
        return Error(ErrorKind::Io, tr("Cannot write the Excel file %1.").arg(path),
                     package.errorString());
    }
    return {};
}

} // namespace mamori
