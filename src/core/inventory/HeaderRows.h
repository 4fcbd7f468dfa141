#pragma once

#include "io/Table.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace mamori {

// Where a file's header is. Japanese ledgers often put a title (情報資産管理台帳) and a date above
// it, and group their columns under a second header row (merged cells in Excel): the header is
// the row, or the two adjacent rows read as one, whose cells name the most known fields.
class HeaderRows
{
public:
    struct Choice
    {
        int firstRow = 0; // spreadsheet rows, both inclusive
        int lastRow = 0;
        QStringList header;
    };

    // How many rows are looked at, from the reader's header (the first non-empty row) on.
    static constexpr int rowsLookedAt = 15;

    // `leading`: the reader's header row and the rows after it. `merges`: the sheet's merged
    // cells (XLSX). `headerRow`: the row the user named, 0 to find it. Nullopt when nothing
    // names at least two fields better than the reader's header, or the named row is not there.
    static std::optional<Choice> choose(const QList<TableRow> &leading,
                                        const QList<CellRange> &merges, int headerRow);
    // Two header rows as one: each column's group name (from a merged or, in CSV, an empty cell
    // to its right) and its own name, in the form the recognizer knows, else joined by a space.
    static QStringList combine(const TableRow &top, const TableRow &bottom,
                               const QList<CellRange> &merges);
};

} // namespace mamori
