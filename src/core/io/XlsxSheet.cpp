#include "XlsxSheet.h"

#include "XlsxParts.h"
#include "XlsxReader.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mamori::xlsx {

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

std::optional<CellReference> cellReference(QStringView text)
{
    const auto isAsciiLetter = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    };
    qsizetype letters = 0;
    while (letters < text.size() && letters <= 3 && isAsciiLetter(text.at(letters)))
        ++letters;
    const QStringView digits = text.sliced(letters);
    if (letters == 0 || letters > 3 || digits.isEmpty() || digits.size() > 7 ||
        !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const int column = columnIndex(text.first(letters));
    const int row = digits.toInt();
    if (column < 0 || row < 1 || row > maxExcelRow)
        return std::nullopt;
    return CellReference{row, column};
}

std::optional<CellRange> cellRange(QStringView reference)
{
    const qsizetype colon = reference.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const auto first = cellReference(reference.first(colon));
    const auto last = cellReference(reference.sliced(colon + 1));
    if (!first || !last)
        return std::nullopt;
    return CellRange{std::min(first->row, last->row), std::max(first->row, last->row),
                     std::min(first->column, last->column), std::max(first->column, last->column)};
}

namespace {

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
        m_table.fieldCountsAreExact = false; // absent cells are empty, not missing
    }

    Result<Table> read(QXmlStreamReader &xml)
    {
        if (xml.readNextStartElement()) { // worksheet
            while (xml.readNextStartElement()) {
                if (xml.name() == u"sheetData")
                    readSheetData(xml);
                else if (xml.name() == u"mergeCells")
                    readMergeCells(xml);
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
        if (m_table.header.isEmpty()) {
            m_table.header = std::move(cells);
            m_table.headerRow = number;
        } else
            m_table.rows.append({number, std::move(cells)});
    }

    // A ref that is no range (a damaged or crafted file) is left out: merges only help to
    // read headers, so losing one is better than refusing the sheet.
    void readMergeCells(QXmlStreamReader &xml)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"mergeCell" && m_table.merges.size() < maxMergedRanges) {
                if (const auto range = cellRange(xml.attributes().value(QLatin1String("ref"))))
                    m_table.merges.append(*range);
            }
            xml.skipCurrentElement();
        }
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

} // namespace

Result<Table> readSheet(QXmlStreamReader &xml, const QString &sheetName, const QString &sourceName,
                        const QStringList &sharedStrings, const QList<bool> &styleIsDate,
                        bool uses1904Dates)
{
    return SheetReader(sheetName, sourceName, sharedStrings, styleIsDate, uses1904Dates).read(xml);
}

} // namespace mamori::xlsx
