#pragma once

// Internal to the XLSX reader: the workbook-level parts of an .xlsx package (the workbook, its
// relationships, shared strings and styles), the text rules of OOXML and the reader's errors.

#include "Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace mamori::xlsx {

// Excel's own limits: a reference beyond them means a damaged file, not data.
constexpr int maxExcelRow = 1'048'576;
constexpr int maxExcelColumns = 16'384;
// Bounds what a crafted file can make the reader allocate: the empty cells left of a cell count
// too, so a few cells in column XFD cannot claim gigabytes. 100,000 rows × 100 columns fit.
constexpr qsizetype maxCellsPerSheet = 10'000'000;
// Merged ranges kept per sheet; ledgers have a few dozen, the rest of a crafted file's are left
// out.
constexpr qsizetype maxMergedRanges = 100'000;

inline const QString workbookPart = QStringLiteral("xl/workbook.xml");
inline const QString workbookRelationshipsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

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

Error notAWorkbook(const QString &sourceName, const QString &detail);
Error missingPart(const QString &sourceName, const QString &part);
Error damagedPart(const QString &sourceName, const QString &part, const QString &detail);
QString xmlErrorDetail(const QXmlStreamReader &xml);

// Text in OOXML strings may carry _xHHHH_ escapes for characters XML cannot hold (control
// characters such as CR); a literal "_x" sequence is itself written as _x005F_x….
QString decodeEscapes(const QString &text);
// The text of a shared or inline string item (si, is): a plain t, or the t of each rich-text
// run r. Phonetic runs (rPh) hold the furigana Japanese Excel adds and are not the value.
QString readStringItem(QXmlStreamReader &xml);
bool isXmlTrue(QStringView value);

WorkbookInfo parseWorkbook(QXmlStreamReader &xml);
WorkbookParts parseWorkbookRelationships(QXmlStreamReader &xml);
QStringList parseSharedStrings(QXmlStreamReader &xml);
// Whether a custom number format code shows a date.
bool isDateFormatCode(QStringView code);
// For each cell style (the s attribute indexes cellXfs), whether its number format is a date.
QList<bool> parseDateStyles(QXmlStreamReader &xml);

} // namespace mamori::xlsx
