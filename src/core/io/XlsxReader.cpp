#include "XlsxReader.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>

namespace mamori {

namespace {

// Excel's own limits: a reference beyond them means a damaged file, not data.
constexpr int maxExcelRow = 1'048'576;
constexpr int maxExcelColumns = 16'384;
// Bounds what a crafted file can make the reader allocate: the empty cells left of a cell count
// too, so a few cells in column XFD cannot claim gigabytes. 100,000 rows × 100 columns fit.
constexpr qsizetype maxCellsPerSheet = 10'000'000;

const QString workbookPart = QStringLiteral("xl/workbook.xml");
const QString workbookRelationshipsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

struct SheetEntry
{
    QString name;
    QString relationshipId;
};

struct WorkbookInfo
{
    QList<SheetEntry> sheets; // in workbook (tab) order
    bool uses1904Dates = false;
};

// Where xl/_rels/workbook.xml.rels puts the parts the reader needs.
struct WorkbookParts
{
    QHash<QString, QString> pathById;
    QString sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPath = QStringLiteral("xl/styles.xml");
};

Error notAWorkbook(const QString &sourceName, const QString &detail)
{
    return Error(ErrorKind::InvalidInput,
                 XlsxReader::tr("%1 is not an Excel workbook (.xlsx).").arg(sourceName), detail);
}

Error missingPart(const QString &sourceName, const QString &part)
{
    return Error(ErrorKind::InvalidInput,
                 XlsxReader::tr("%1 is not a complete Excel workbook: %2 is missing.")
                     .arg(sourceName, part));
}

Error damagedPart(const QString &sourceName, const QString &part, const QString &detail)
{
    return Error(ErrorKind::InvalidInput,
                 XlsxReader::tr("%1 is damaged: %2 cannot be read.").arg(sourceName, part), detail);
}

QString xmlErrorDetail(const QXmlStreamReader &xml)
{
    return QStringLiteral("line %1, column %2: %3")
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

// Text in OOXML strings may carry _xHHHH_ escapes for characters XML cannot hold (control
// characters such as CR); a literal "_x" sequence is itself written as _x005F_x….
QString decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    const auto isHexDigit = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    };
    QString decoded;
    decoded.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (i + 6 < text.size() && text.at(i) == QLatin1Char('_') &&
            text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_') &&
            isHexDigit(text.at(i + 2)) && isHexDigit(text.at(i + 3)) &&
            isHexDigit(text.at(i + 4)) && isHexDigit(text.at(i + 5))) {
            decoded += QChar(QStringView(text).mid(i + 2, 4).toUShort(nullptr, 16));
            i += 7;
        } else {
            decoded += text.at(i);
            ++i;
        }
    }
    return decoded;
}

// The text of a shared or inline string item (si, is): a plain t, or the t of each rich-text
// run r. Phonetic runs (rPh) hold the furigana Japanese Excel adds and are not the value.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return decodeEscapes(text);
}

// After a premature end of the XML, atEnd() stays false while the device claims more data (as
// a damaged zip entry does), so token loops must stop at the first error too.
bool hasMoreTokens(const QXmlStreamReader &xml)
{
    return !xml.atEnd() && !xml.hasError();
}

bool isXmlTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// The r:id of a sheet element, whatever prefix the relationships namespace has (transitional
// and strict OOXML use different namespace URIs).
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

WorkbookInfo parseWorkbook(QXmlStreamReader &xml)
{
    WorkbookInfo workbook;
    while (hasMoreTokens(xml)) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"sheet") {
            workbook.sheets.append(
                {attributes.value(QLatin1String("name")).toString(), relationshipId(attributes)});
        } else if (xml.name() == u"workbookPr") {
            workbook.uses1904Dates = isXmlTrue(attributes.value(QLatin1String("date1904")));
        }
    }
    return workbook;
}

// Relationship targets are relative to the workbook's folder (xl/) or absolute in the package.
QString partPath(QStringView target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1).toString());
    return QDir::cleanPath(QStringLiteral("xl/%1").arg(target));
}

WorkbookParts parseWorkbookRelationships(QXmlStreamReader &xml)
{
    WorkbookParts parts;
    while (hasMoreTokens(xml)) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        const QString path = partPath(attributes.value(QLatin1String("Target")));
        const QStringView type = attributes.value(QLatin1String("Type"));
        if (type.endsWith(u"/sharedStrings"))
            parts.sharedStringsPath = path;
        else if (type.endsWith(u"/styles"))
            parts.stylesPath = path;
        parts.pathById.insert(attributes.value(QLatin1String("Id")).toString(), path);
    }
    return parts;
}

QStringList parseSharedStrings(QXmlStreamReader &xml)
{
    QStringList strings;
    while (hasMoreTokens(xml)) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(readStringItem(xml));
    }
    return strings;
}

// Excel's built-in number formats that show dates (14–22, with date and time), and the ones
// East Asian versions add for era years and 年月日 (27–36, 50–58).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// Whether a custom number format code shows a date. Quoted text, [colour/locale/elapsed time]
// brackets, escaped characters and General are no format letters. m means minutes right after
// h or right before s, as in h:mm and mm:ss; otherwise it is the month.
bool isDateFormatCode(QStringView code)
{
    QString timeLetters; // the h, m and s runs in order, one letter per run
    qsizetype i = 0;
    while (i < code.size()) {
        const QChar c = code.at(i);
        if (c == u'"' || c == u'[') {
            const qsizetype end = code.indexOf(c == u'"' ? u'"' : u']', i + 1);
            i = end < 0 ? code.size() : end + 1;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            i += 2;
            continue;
        }
        if (code.mid(i, 7).compare(u"General", Qt::CaseInsensitive) == 0) {
            i += 7;
            continue;
        }
        if (code.mid(i, 5).compare(u"AM/PM", Qt::CaseInsensitive) == 0) {
            i += 5;
            continue;
        }
        if (code.mid(i, 3).compare(u"A/P", Qt::CaseInsensitive) == 0) {
            i += 3;
            continue;
        }
        const QChar letter = c.toLower();
        const bool isScientific = letter == u'e' && i + 1 < code.size() &&
                                  (code.at(i + 1) == u'+' || code.at(i + 1) == u'-');
        if (letter == u'y' || letter == u'd' || letter == u'g' ||
            (letter == u'e' && !isScientific) || c == u'年' || c == u'月' || c == u'日') {
            return true;
        }
        if ((letter == u'h' || letter == u'm' || letter == u's') &&
            (timeLetters.isEmpty() || timeLetters.back() != letter)) {
            timeLetters += letter;
        }
        ++i;
    }
    for (qsizetype k = 0; k < timeLetters.size(); ++k) {
        if (timeLetters.at(k) != u'm')
            continue;
        const bool afterHours = k > 0 && timeLetters.at(k - 1) == u'h';
        const bool beforeSeconds = k + 1 < timeLetters.size() && timeLetters.at(k + 1) == u's';
        if (!afterHours && !beforeSeconds)
            return true;
    }
    return false;
}

// For each cell style (the s attribute indexes cellXfs), whether its number format is a date.
QList<bool> parseDateStyles(QXmlStreamReader &xml)
{
    QHash<int, bool> customFormatIsDate;
    QList<bool> styleIsDate;
    bool inNumberFormats = false;
    bool inCellFormats = false; // cellStyleXfs and dxfs hold xf and numFmt elements too
    while (hasMoreTokens(xml)) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"numFmts")
                inNumberFormats = false;
            else if (xml.name() == u"cellXfs")
                inCellFormats = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const int formatId = attributes.value(QLatin1String("numFmtId")).toInt();
        if (xml.name() == u"numFmts") {
            inNumberFormats = true;
        } else if (xml.name() == u"cellXfs") {
            inCellFormats = true;
        } else if (inNumberFormats && xml.name() == u"numFmt") {
            customFormatIsDate.insert(
                formatId, isDateFormatCode(attributes.value(QLatin1String("formatCode"))));
        } else if (inCellFormats && xml.name() == u"xf") {
            styleIsDate.append(customFormatIsDate.value(formatId, isBuiltInDateFormat(formatId)));
        }
    }
    return styleIsDate;
}

// Shortest text that reads back as the same double; plain digits for everyday magnitudes.
QString numberText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value;
    if (number == 0)
        return QStringLiteral("0"); // also for -0
    const double magnitude = std::fabs(number);
    const char format = magnitude >= 1e-6 && magnitude < 1e21 ? 'f' : 'g';
    return QString::number(number, format, QLocale::FloatingPointShortest);
}

// yyyy-MM-dd of an Excel serial date, or empty when the serial is no date Excel can show.
// The 1900 system counts 1900-01-01 as 1 and, like Lotus 1-2-3, has a 29 February 1900 (60).
QString serialDateText(const QString &value, bool uses1904Dates)
{
    constexpr qint64 millisecondsPerDay = 86'400'000;
    bool ok = false;
    const double serial = value.toDouble(&ok);
    // 2958466 is 10000-01-01; the bound also keeps the conversion below in range.
    if (!ok || !(serial >= (uses1904Dates ? 0 : 1)) || serial >= 2958466)
        return {};
    // Excel rounds to the millisecond before it shows a date: 45382.9999999999 is 2024-04-01.
    const qint64 days = qRound64(serial * millisecondsPerDay) / millisecondsPerDay;
    QDate date;
    if (uses1904Dates)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days == 60)
        return QStringLiteral("1900-02-29");
    else
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    return date.year() <= 9999 ? date.toString(Qt::ISODate) : QString();
}

// Column index of a cell reference such as C5 (2), or -1 when it is no valid reference.
int columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    while (letters < reference.size() && letters < 4) {
        const QChar c = reference.at(letters).toUpper();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        ++letters;
    }
    if (letters == 0 || column > maxExcelColumns)
        return -1;
    return column - 1;
}

// Turns worksheet XML into a Table, one row at a time, keeping only non-empty rows.
class SheetReader
{
public:
    SheetReader(const QString &sheetName, const QString &sourceName,
                const QStringList &sharedStrings, const QList<bool> &styleIsDate,
                bool uses1904Dates)
        : m_sheetName(sheetName), m_sharedStrings(sharedStrings), m_styleIsDate(styleIsDate),
          m_uses1904Dates(uses1904Dates)
    {
        m_table.sourceName = sourceName;
    }

    Result<Table> read(QXmlStreamReader &xml)
    {
        if (xml.readNextStartElement()) { // worksheet
            while (xml.readNextStartElement()) {
                if (xml.name() == u"sheetData")
                    readSheetData(xml);
                else
                    xml.skipCurrentElement();
            }
        }
        if (m_tooManyCells) {
            return Error(
                ErrorKind::InvalidInput,
                XlsxReader::tr("The sheet %1 in %2 has too many cells (more than %3).")
                    .arg(m_sheetName, m_table.sourceName, QLocale().toString(maxCellsPerSheet)));
        }
        return std::move(m_table);
    }

private:
    void readSheetData(QXmlStreamReader &xml)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"row")
                readRow(xml);
            else
                xml.skipCurrentElement();
        }
    }

    void readRow(QXmlStreamReader &xml)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        bool ok = true;
        const int number = reference.isEmpty() ? m_lastRowNumber + 1 : reference.toInt(&ok);
        if (!ok || number < 1 || number > maxExcelRow) {
            xml.raiseError(QStringLiteral("invalid row number \"%1\"").arg(reference));
            return;
        }
        m_lastRowNumber = number;

        QStringList cells;
        cells.reserve(m_table.header.size()); // data rows are usually as wide as the header
        int column = -1;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"c")
                readCell(xml, cells, column);
            else
                xml.skipCurrentElement();
        }
        if (xml.hasError() || cells.isEmpty())
            return;
        m_cellCount += cells.size();
        if (m_table.header.isEmpty())
            m_table.header = std::move(cells);
        else
            m_table.rows.append({number, std::move(cells)});
    }

    // Only non-empty cells are stored, so rows end with their last value.
    void readCell(QXmlStreamReader &xml, QStringList &cells, int &column)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        column = reference.isEmpty() ? column + 1 : columnIndex(reference);
        if (column < 0 || column >= maxExcelColumns) {
            xml.raiseError(QStringLiteral("invalid cell reference \"%1\"").arg(reference));
            return;
        }
        QString value;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v")
                value = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = readStringItem(xml);
            else
                xml.skipCurrentElement();
        }
        const QString text = cellText(xml, attributes.value(QLatin1String("t")), value, inlineText,
                                      attributes.value(QLatin1String("s")).toInt());
        if (xml.hasError() || text.isEmpty())
            return;
        if (column >= cells.size()) {
            if (m_cellCount + column + 1 > maxCellsPerSheet) {
                m_tooManyCells = true;
                xml.raiseError(QStringLiteral("too many cells"));
                return;
            }
            cells.resize(column + 1);
        }
        cells[column] = text;
    }

    QString cellText(QXmlStreamReader &xml, QStringView type, const QString &value,
                     const QString &inlineText, int style) const
    {
        if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size()) {
                xml.raiseError(QStringLiteral("shared string \"%1\" does not exist").arg(value));
                return {};
            }
            return m_sharedStrings.at(index);
        }
        if (type == u"inlineStr")
            return inlineText;
        if (type == u"str")
            return decodeEscapes(value);
        if (type == u"b" && !value.isEmpty())
            return isXmlTrue(value) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type == u"d") { // an ISO 8601 date-time, written by some programs instead of serials
            const QDate date = QDate::fromString(QStringView(value).left(10), Qt::ISODate);
            return date.isValid() ? date.toString(Qt::ISODate) : value;
        }
        if (type.isEmpty() || type == u"n") {
            if (value.isEmpty())
                return {};
            const bool isDate = style >= 0 && style < m_styleIsDate.size() && m_styleIsDate[style];
            const QString date = isDate ? serialDateText(value, m_uses1904Dates) : QString();
            return date.isEmpty() ? numberText(value) : date;
        }
        return value; // t="e": the error text (#N/A, #DIV/0!)
    }

    const QString m_sheetName;
    const QStringList &m_sharedStrings;
    const QList<bool> &m_styleIsDate;
    const bool m_uses1904Dates;
    Table m_table;
    int m_lastRowNumber = 0;
    qsizetype m_cellCount = 0;
    bool m_tooManyCells = false;
};

// The zip container of one workbook. Every error names the file and the part concerned.
class Package
{
public:
    Package(QIODevice *device, const QString &sourceName) : m_zip(device), m_sourceName(sourceName)
    {}

    Status open()
    {
        if (!m_zip.open(QuaZip::mdUnzip)) {
            return notAWorkbook(m_sourceName,
                                QStringLiteral("unzip error %1").arg(m_zip.getZipError()));
        }
        return {};
    }

    Result<WorkbookInfo> workbook()
    {
        return parsePart<WorkbookInfo>(workbookPart, Presence::Required, parseWorkbook);
    }

    Result<Table> readSheet(const SheetEntry &sheet, bool uses1904Dates)
    {
        auto parts = parsePart<WorkbookParts>(workbookRelationshipsPart, Presence::Required,
                                              parseWorkbookRelationships);
        if (!parts)
            return parts.error();
        const QString sheetPath = parts->pathById.value(sheet.relationshipId);
        if (sheetPath.isEmpty()) {
            return damagedPart(m_sourceName, workbookRelationshipsPart,
                               QStringLiteral("no relationship \"%1\" for the sheet \"%2\"")
                                   .arg(sheet.relationshipId, sheet.name));
        }
        const auto sharedStrings = parsePart<QStringList>(parts->sharedStringsPath,
                                                          Presence::Optional, parseSharedStrings);
        if (!sharedStrings)
            return sharedStrings.error();
        const auto styleIsDate =
            parsePart<QList<bool>>(parts->stylesPath, Presence::Optional, parseDateStyles);
        if (!styleIsDate)
            return styleIsDate.error();
        SheetReader reader(sheet.name, m_sourceName, *sharedStrings, *styleIsDate, uses1904Dates);
        return parsePart<Table>(sheetPath, Presence::Required,
                                [&reader](QXmlStreamReader &xml) { return reader.read(xml); });
    }

private:
    enum class Presence
    {
        Required,
        Optional, // a workbook without text has no shared strings, a bare one no styles
    };

    // Streams one part straight out of the zip into `parse`, so no part is held in memory.
    template<typename T, typename Parse>
    Result<T> parsePart(const QString &path, Presence presence, Parse parse)
    {
        if (!m_zip.setCurrentFile(path, QuaZip::csInsensitive)) {
            if (presence == Presence::Optional)
                return T{};
            return missingPart(m_sourceName, path);
        }
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return damagedPart(m_sourceName, path,
                               QStringLiteral("unzip error %1").arg(file.getZipError()));
        }
        QXmlStreamReader xml(&file);
        Result<T> result = parse(xml);
        if (result && xml.hasError())
            return damagedPart(m_sourceName, path, xmlErrorDetail(xml));
        return result;
    }

    QuaZip m_zip;
    const QString m_sourceName;
};

Result<Table> readWorkbook(QIODevice *device, const QString &sheetName, const QString &sourceName)
{
    Package package(device, sourceName);
    if (auto opened = package.open(); !opened)
        return opened.error();
    const auto workbook = package.workbook();
    if (!workbook)
        return workbook.error();
    if (workbook->sheets.isEmpty()) {
        return Error(ErrorKind::InvalidInput,
                     XlsxReader::tr("%1 contains no sheets.").arg(sourceName));
    }
    if (sheetName.isEmpty())
        return package.readSheet(workbook->sheets.first(), workbook->uses1904Dates);

    // Excel treats sheet names case-insensitively; an exact match still wins.
    const SheetEntry *caseInsensitiveMatch = nullptr;
    QStringList names;
    for (const SheetEntry &sheet : workbook->sheets) {
        if (sheet.name == sheetName)
            return package.readSheet(sheet, workbook->uses1904Dates);
        if (!caseInsensitiveMatch && sheet.name.compare(sheetName, Qt::CaseInsensitive) == 0)
            caseInsensitiveMatch = &sheet;
        names.append(sheet.name);
    }
    if (caseInsensitiveMatch)
        return package.readSheet(*caseInsensitiveMatch, workbook->uses1904Dates);
    return Error(ErrorKind::InvalidInput,
                 XlsxReader::tr("%1 has no sheet named \"%2\". Its sheets: %3.")
                     .arg(sourceName, sheetName, names.join(QStringLiteral(", "))));
}

// Passes reads through to the file and counts them for a ProgressCallback; when the callback
// asks to stop, reads fail, so the zip and XML readers give up at once.
class ProgressDevice : public QIODevice
{
public:
    ProgressDevice(QIODevice *source, const ProgressCallback &progress)
        : m_source(source), m_progress(progress), m_total(source->size())
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool wasCancelled() const { return m_cancelled; }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_total; }
    bool seek(qint64 position) override
    {
        return QIODevice::seek(position) && m_source->seek(position);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_cancelled)
            return -1;
        const qint64 read = m_source->read(data, maxSize);
        if (read > 0) {
            m_read += read; // parts and the central directory: about the file's size in all
            if (!m_progress(std::min(m_read, m_total), m_total)) {
                m_cancelled = true;
                return -1;
            }
        }
        return read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    const ProgressCallback &m_progress;
    const qint64 m_total;
    qint64 m_read = 0;
    bool m_cancelled = false;
};

Error cannotOpen(const QFile &file)
{
    return Error(ErrorKind::Io, XlsxReader::tr("Cannot read the file %1.").arg(file.fileName()),
                 file.errorString());
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(file);
    Package package(&file, path);
    if (auto opened = package.open(); !opened)
        return opened.error();
    const auto workbook = package.workbook();
    if (!workbook)
        return workbook.error();
    QStringList names;
    for (const SheetEntry &sheet : workbook->sheets)
        names.append(sheet.name);
    return names;
}

Result<Table> XlsxReader::readFile(const QString &path, const QString &sheetName,
                                   const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(file);
    if (!progress)
        return readWorkbook(&file, sheetName, path);
    ProgressDevice device(&file, progress);
    Result<Table> table = readWorkbook(&device, sheetName, path);
    if (device.wasCancelled())
        return Error(ErrorKind::Cancelled, tr("Reading %1 was cancelled.").arg(path));
    return table;
}

Result<Table> XlsxReader::readData(const QByteArray &bytes, const QString &sheetName,
                                   const QString &sourceName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readWorkbook(&buffer, sheetName, sourceName);
}

} // namespace mamori
