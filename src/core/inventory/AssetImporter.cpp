#include "AssetImporter.h"

#include "inventory/ChunkParser.h"
#include "inventory/HeaderRecognizer.h"
#include "inventory/HeaderRows.h"
#include "inventory/ImportPlan.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace mamori {

using namespace import;

namespace {

bool looksLikeXlsx(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

// Parses every row of `source` on all cores (ChunkParser), in row order, then checks keys for
// duplicates in that order, so problems come out as from one pass. `progress` (rows parsed,
// rows) after each chunk; returning false stops everything.
template<typename Record>
Status parseAll(ImportSource source, const ImportPlan &plan, QList<Record> &records,
                ImportFindings &findings, const ProgressCallback &progress)
{
    const RowSource rows(source);
    const qsizetype rowCount = rows.rowsAtMost();
    records.reserve(rowCount);
    DuplicateKeys duplicates(plan.kind, rowCount);
    ChunkParser<Record> parser(rows, plan);
    while (auto chunk = parser.next()) {
        ParsedRows<Record> &parsed = chunk->parsed;
        findings.add(parsed);
        for (qsizetype i = 0; i < parsed.records.size(); ++i) {
            duplicates.check(parsed.keys[i], parsed.rowNumbers[i]);
            records.append(std::move(parsed.records[i]));
        }
        parser.recycle(std::move(*chunk));
        if (progress && !progress(records.size(), rowCount))
            return cancelled();
    }
    findings.problems.append(duplicates.problems()); // sorted by row later, keeping this order
    return {};
}

} // namespace

QString ImportProblem::columnLetter() const
{
    if (column < 0)
        return {};
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString ImportProblem::text() const
{
    if (column < 0)
        return AssetImporter::tr("row %1: %2").arg(row).arg(message);
    if (header.trimmed().isEmpty())
        return AssetImporter::tr("row %1, column %2: %3").arg(row).arg(columnLetter(), message);
    return AssetImporter::tr("row %1, column %2 (%3): %4")
        .arg(row)
        .arg(columnLetter(), header.trimmed(), message);
}

Error AssetImporter::noHeader(const QString &path)
{
    return Error(ErrorKind::InvalidInput, tr("%1 is empty: there is no header row.").arg(path));
}

Result<Table> AssetImporter::readFile(const QString &path, const ImportFileOptions &options,
                                      const ProgressCallback &progress)
{
    if (!QFileInfo::exists(path))
        return Error(ErrorKind::InvalidInput, tr("The file %1 does not exist.").arg(path));
    Result<Table> table = [&]() -> Result<Table> {
        if (looksLikeXlsx(path))
            return XlsxReader::readFile(path, options.sheet, progress);
        CsvReadOptions csv;
        csv.encoding = options.encoding;
        csv.delimiter = options.delimiter;
        return CsvReader::readFile(path, csv, progress);
    }();
    if (!table)
        return table;
    if (table->header.isEmpty())
        return noHeader(path);
    ImportSource source = ImportSource::of(std::move(*table));
    if (Status placed = placeHeader(source, options.headerRow); !placed)
        return placed.error();
    Table placed = std::move(std::get<Table>(source.content));
    placed.header = source.header;
    placed.headerRow = source.headerRow;
    return placed;
}

Result<AssetKind> AssetImporter::detectKind(const Table &table)
{
    return detectKind(table.header, table.sourceName);
}

Result<AssetKind> AssetImporter::detectKind(const QStringList &header, const QString &sourceName)
{
    if (const auto kind = HeaderRecognizer::detectKind(header))
        return *kind;
    return Error(ErrorKind::InvalidInput,
                 tr("%1: the column headers name neither devices nor information assets. "
                    "Choose the kind of assets explicitly.")
                     .arg(sourceName));
}

Result<ParsedImport> AssetImporter::parse(const Table &table, AssetKind kind, QStringList mapping,
                                          const ProgressCallback &progress,
                                          const ImportOptions &options)
{
    ParsedImport parsed;
    parsed.kind = kind;
    parsed.sourceName = table.sourceName;
    mapping = completeMapping(table.header, kind, std::move(mapping));
    parsed.mapping = mapping;
    ImportPlan plan = planFor(table.header, kind, mapping, options);
    plan.fieldCountsAreExact = table.fieldCountsAreExact;
    ImportFindings findings;
    // At most twice: the second time with the orders the first pass's dates settled.
    for (int pass = 0; pass < 2; ++pass) {
        findings = {};
        parsed.devices.clear();
        parsed.information.clear();
        // The copy shares the cells; its list of rows is copied once, which the workers empty.
        ImportSource source = ImportSource::of(table);
        const Status done =
            kind == AssetKind::Devices
                ? parseAll(std::move(source), plan, parsed.devices, findings, progress)
                : parseAll(std::move(source), plan, parsed.information, findings, progress);
        if (!done)
            return done.error();
        const DateOrderDecision dates = decideDateOrders(plan, findings.dates);
        findings.problems.append(dates.problems);
        if (dates.decided.isEmpty() || !dates.problems.isEmpty())
            break;
        applyDateOrders(plan, dates.decided);
    }
    parsed.problems = std::move(findings.problems);
    parsed.warnings = std::move(findings.warnings);
    parsed.values = findings.values.values();
    sortByRow(parsed.problems);
    sortByRow(parsed.warnings);
    return parsed;
}

namespace {

// A Table and a CsvDocument describe their file with the same three members.
template<typename Content> ImportSource sourceOf(Content content)
{
    ImportSource source;
    source.header = content.header;
    source.sourceName = content.sourceName;
    source.encodingName = content.encodingName;
    source.headerRow = content.headerRow;
    source.fieldCountsAreExact = content.fieldCountsAreExact;
    source.content = std::move(content);
    return source;
}

QList<TableRow> leadingRows(const ImportSource &source, int count)
{
    if (const auto *document = std::get_if<CsvDocument>(&source.content))
        return CsvReader::leadingRows(*document, count);
    const Table &table = std::get<Table>(source.content);
    QList<TableRow> rows{TableRow{table.headerRow, table.header}};
    for (qsizetype i = 0; i < table.rows.size() && rows.size() < count; ++i)
        rows << table.rows[i];
    return rows;
}

} // namespace

ImportSource ImportSource::of(CsvDocument document)
{
    return sourceOf(std::move(document));
}

ImportSource ImportSource::of(Table table)
{
    return sourceOf(std::move(table));
}

qsizetype ImportSource::rowsAtMost() const
{
    if (const auto *document = std::get_if<CsvDocument>(&content))
        return document->recordCount;
    return std::get<Table>(content).rows.size();
}

Result<ImportSource> AssetImporter::openFile(const QString &path, const ImportFileOptions &options)
{
    if (!QFileInfo::exists(path) || looksLikeXlsx(path)) {
        auto table = readFile(path, options);
        if (!table)
            return table.error();
        return ImportSource::of(std::move(*table));
    }
    CsvReadOptions csv;
    csv.encoding = options.encoding;
    csv.delimiter = options.delimiter;
    auto document = CsvReader::readDocument(path, csv);
    if (!document)
        return document.error();
    if (document->header.isEmpty())
        return noHeader(path);
    ImportSource source = ImportSource::of(std::move(*document));
    if (Status placed = placeHeader(source, options.headerRow); !placed)
        return placed.error();
    return source;
}

Status AssetImporter::placeHeader(ImportSource &source, int headerRow)
{
    const QList<TableRow> leading =
        leadingRows(source, HeaderRows::rowsLookedAt + std::max(0, headerRow));
    const QList<CellRange> merges = std::holds_alternative<Table>(source.content)
                                        ? std::get<Table>(source.content).merges
                                        : QList<CellRange>();
    const auto choice = HeaderRows::choose(leading, merges, headerRow);
    if (!choice) {
        if (headerRow > 0 && headerRow != source.headerRow) {
            return Error(ErrorKind::InvalidInput,
                         tr("%1: row %2 is empty or not among the first rows, so it cannot be "
                            "the header.")
                             .arg(source.sourceName)
                             .arg(headerRow));
        }
        return {};
    }
    source.header = choice->header;
    source.headerRow = choice->lastRow;
    if (auto *document = std::get_if<CsvDocument>(&source.content)) {
        document->header = choice->header;
        document->firstDataRow = choice->lastRow + 1;
    } else {
        QList<TableRow> &rows = std::get<Table>(source.content).rows;
        rows.removeIf([&choice](const TableRow &row) { return row.number <= choice->lastRow; });
        std::get<Table>(source.content).header = choice->header;
    }
    return {};
}

} // namespace mamori
