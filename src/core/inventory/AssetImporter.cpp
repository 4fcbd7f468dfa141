#include "AssetImporter.h"

#include "inventory/ChunkParser.h"
#include "inventory/HeaderRecognizer.h"
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
                QList<ImportProblem> &problems, const ProgressCallback &progress)
{
    const RowSource rows(source);
    const qsizetype rowCount = rows.rowsAtMost();
    records.reserve(rowCount);
    DuplicateKeys duplicates(plan.kind, rowCount);
    ChunkParser<Record> parser(rows, plan);
    while (auto chunk = parser.next()) {
        ParsedRows<Record> &parsed = chunk->parsed;
        problems.append(parsed.problems);
        for (qsizetype i = 0; i < parsed.records.size(); ++i) {
            duplicates.check(parsed.keys[i], parsed.rowNumbers[i]);
            records.append(std::move(parsed.records[i]));
        }
        parser.recycle(std::move(*chunk));
        if (progress && !progress(records.size(), rowCount))
            return cancelled();
    }
    problems.append(duplicates.problems()); // sorted by row later, keeping this order
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
        return CsvReader::readFile(path, csv, progress);
    }();
    if (table && table->header.isEmpty())
        return noHeader(path);
    return table;
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
                                          const ProgressCallback &progress)
{
    ParsedImport parsed;
    parsed.kind = kind;
    parsed.sourceName = table.sourceName;
    mapping = completeMapping(table.header, kind, std::move(mapping));
    parsed.mapping = mapping;
    const ImportPlan plan = planFor(table.header, kind, mapping);
    // The copy shares the cells; its list of rows is copied once, which the workers then empty.
    ImportSource source = ImportSource::of(table);
    const Status done =
        kind == AssetKind::Devices
            ? parseAll(std::move(source), plan, parsed.devices, parsed.problems, progress)
            : parseAll(std::move(source), plan, parsed.information, parsed.problems, progress);
    if (!done)
        return done.error();
    sortByRow(parsed.problems);
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
    source.content = std::move(content);
    return source;
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
    auto document = CsvReader::readDocument(path, csv);
    if (!document)
        return document.error();
    if (document->header.isEmpty())
        return noHeader(path);
    return ImportSource::of(std::move(*document));
}

} // namespace mamori
