#include "XlsxParts.h"

#include "XlsxReader.h"

#include <QDir>

namespace mamori::xlsx {

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

namespace {

// After a premature end of the XML, atEnd() stays false while the device claims more data (as
// a damaged zip entry does), so token loops must stop at the first error too.
bool hasMoreTokens(const QXmlStreamReader &xml)
{
    return !xml.atEnd() && !xml.hasError();
}

} // namespace

bool isXmlTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

namespace {

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

} // namespace

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

namespace {

// Relationship targets are relative to the workbook's folder (xl/) or absolute in the package.
QString partPath(QStringView target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1).toString());
    return QDir::cleanPath(QStringLiteral("xl/%1").arg(target));
}

} // namespace

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

namespace {

// Excel's built-in number formats that show dates (14–22, with date and time), and the ones
// East Asian versions add for era years and 年月日 (27–36, 50–58).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

} // namespace

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

} // namespace mamori::xlsx
