#include "HeaderRows.h"

#include "inventory/HeaderRecognizer.h"

#include <algorithm>

namespace mamori {

namespace {

bool recognised(const QString &header)
{
    return !HeaderRecognizer::fieldFor(AssetKind::Devices, header).isEmpty() ||
           !HeaderRecognizer::fieldFor(AssetKind::Information, header).isEmpty();
}

// How many columns of a candidate header name a field, for the kind it fits better.
int score(const QStringList &header)
{
    const auto named = [&header](AssetKind kind) {
        const QStringList fields = HeaderRecognizer::mapHeaders(kind, header);
        return int(std::count_if(fields.cbegin(), fields.cend(),
                                 [](const QString &field) { return !field.isEmpty(); }));
    };
    return std::max(named(AssetKind::Devices), named(AssetKind::Information));
}

// The text of a top-row cell, or of the merged range that covers it.
QString topText(const TableRow &top, int column, const QList<CellRange> &merges)
{
    const QString own = top.cells.value(column).trimmed();
    if (!own.isEmpty())
        return own;
    for (const CellRange &range : merges) {
        if (range.firstRow <= top.number && top.number <= range.lastRow &&
            range.firstColumn <= column && column <= range.lastColumn) {
            return range.firstRow == top.number ? top.cells.value(range.firstColumn).trimmed()
                                                : QString();
        }
    }
    return {};
}

} // namespace

QStringList HeaderRows::combine(const TableRow &top, const TableRow &bottom,
                                const QList<CellRange> &merges)
{
    const qsizetype columns = std::max(top.cells.size(), bottom.cells.size());
    QStringList header;
    QString group; // CSV keeps a merged group name in its first cell only
    for (int column = 0; column < columns; ++column) {
        QString upper = topText(top, column, merges);
        const QString lower = bottom.cells.value(column).trimmed();
        if (!top.cells.value(column).trimmed().isEmpty())
            group = upper;
        else if (merges.isEmpty() && upper.isEmpty() && !lower.isEmpty())
            upper = group;
        if (lower.isEmpty() || upper == lower) {
            header << upper; // a name that spans both rows
        } else if (upper.isEmpty()) {
            header << lower;
        } else {
            // 資産番号 under 基本情報 is 資産番号; 日付 under 購入 is 購入 日付.
            header << (recognised(lower) ? lower : upper + QLatin1Char(' ') + lower);
        }
    }
    return header;
}

std::optional<HeaderRows::Choice> HeaderRows::choose(const QList<TableRow> &leading,
                                                     const QList<CellRange> &merges, int headerRow)
{
    std::optional<Choice> best;
    int bestScore = headerRow > 0 ? -1 : 1; // found headers must name at least two fields
    // A first row that names fields is the header, perhaps with the row below it: only a first
    // row that names fewer than two (a title, a date) sends the search further down. Scoring
    // every candidate costs about a tenth of a 100,000-row import.
    const qsizetype lookedAt = headerRow > 0 ? leading.size()
                               : !leading.isEmpty() && score(leading[0].cells) >= 2
                                   ? 1
                                   : std::min<qsizetype>(leading.size(), rowsLookedAt);
    for (qsizetype i = 0; i < lookedAt; ++i) {
        const TableRow &row = leading[i];
        if (headerRow > 0 && row.number != headerRow)
            continue;
        if (const int single = score(row.cells); single > bestScore) {
            bestScore = single;
            best = Choice{row.number, row.number, row.cells};
        }
        if (i + 1 < leading.size() && leading[i + 1].number == row.number + 1) {
            const QStringList both = combine(row, leading[i + 1], merges);
            if (const int twoRows = score(both); twoRows > bestScore) {
                bestScore = twoRows;
                best = Choice{row.number, leading[i + 1].number, both};
            }
        }
    }
    // The reader's own header stays unless another row names more fields.
    if (best && headerRow == 0 && !leading.isEmpty() && best->firstRow == leading[0].number &&
        best->lastRow == best->firstRow)
        return std::nullopt;
    return best;
}

} // namespace mamori
