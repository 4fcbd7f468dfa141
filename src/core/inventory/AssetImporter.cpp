#include "AssetImporter.h"

#include "AssetRecords.h"
#include "BackgroundRelease.h"
#include "EndOfSupportCatalog.h"
#include "HeaderRecognizer.h"
#include "ValueParsers.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/XlsxReader.h"
#include "storage/AssetBulkWrite.h"
#include "storage/PreparedRecord.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

namespace mamori {

namespace {

bool looksLikeXlsx(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

QString keyOf(const Device &device)
{
    return device.assetNumber.trimmed();
}

QString keyOf(const InformationAsset &asset)
{
    return asset.businessArea.trimmed() + QChar(0x1f) + asset.name.trimmed();
}

// Applies Snipe-IT's warranty months, which need the purchase date of the same row.
QString finish(Device &device, const QString &warrantyMonths)
{
    if (warrantyMonths.trimmed().isEmpty() || device.warrantyEnd.isValid())
        return {};
    const auto months = parse::months(warrantyMonths);
    if (!months)
        return AssetImporter::tr("not a number of months: %1").arg(warrantyMonths.trimmed());
    if (!device.purchaseDate.isValid())
        return AssetImporter::tr("a warranty in months needs a purchase date");
    device.warrantyEnd = device.purchaseDate.addMonths(*months);
    return {};
}

// What to do with each column, worked out once per import instead of once per cell.
struct ColumnPlan
{
    enum class Use
    {
        Custom,         // no field: kept as a custom field under its header
        Ignored,        // a computed field, or one the kind does not have
        WarrantyMonths, // Snipe-IT's months, applied after the row
        Field,
    };
    Use use = Use::Ignored;
    int definition = -1; // index in AssetFields::of(kind)
    int field = -1;      // index for AssetRecords::parseCell
    QString header;      // as in the file, for problems
    QString customName;  // the trimmed header
};

struct RequiredField
{
    int definition;
    int column; // the first column mapped to it, or -1
    QString message;
};

struct ImportPlan
{
    AssetKind kind;
    QStringList header;
    QList<ColumnPlan> columns;
    QList<RequiredField> required;
    int definitionCount = 0;
    int endOfSupport = -1; // definition index of end_of_support
};

ImportPlan planFor(const QStringList &header, AssetKind kind, const QStringList &mapping)
{
    ImportPlan plan{kind, header, {}, {}, 0, -1};
    const QList<AssetField> &definitions = AssetFields::of(kind);
    plan.definitionCount = int(definitions.size());
    const auto definitionIndex = [&definitions](const AssetField *definition) {
        return definition ? int(definition - definitions.constData()) : -1;
    };
    plan.endOfSupport = definitionIndex(AssetFields::find(kind, QStringLiteral("end_of_support")));
    for (int column = 0; column < mapping.size(); ++column) {
        ColumnPlan columnPlan;
        columnPlan.header = header.value(column);
        columnPlan.customName = columnPlan.header.trimmed();
        const QString &field = mapping[column];
        const AssetField *definition = AssetFields::find(kind, field);
        if (field.isEmpty()) {
            columnPlan.use = ColumnPlan::Use::Custom;
        } else if (!definition || definition->role == AssetField::Role::Computed) {
            columnPlan.use = ColumnPlan::Use::Ignored;
        } else if (definition->role == AssetField::Role::ImportOnly) {
            columnPlan.use = ColumnPlan::Use::WarrantyMonths;
        } else {
            columnPlan.use = ColumnPlan::Use::Field;
            columnPlan.definition = definitionIndex(definition);
            columnPlan.field = AssetRecords::fieldIndex(kind, field);
        }
        plan.columns << columnPlan;
    }
    for (const AssetField &field : definitions) {
        if (!field.required)
            continue;
        const int column = int(mapping.indexOf(field.name));
        plan.required << RequiredField{
            definitionIndex(&field), column,
            AssetImporter::tr("%1 is required").arg(AssetFields::label(field))};
    }
    return plan;
}

// EndOfSupportCatalog::settle() with the catalogue's date remembered per OS name and version,
// which is all it matches on except for software: a file names a handful of systems, and
// matching normalises the text each time.
class SupportDates
{
public:
    void settle(Device &device, bool userGaveDate)
    {
        const QDate catalogued = cataloguedDate(device);
        device.endOfSupportOverridden = userGaveDate && device.endOfSupport != catalogued;
        if (!userGaveDate)
            device.endOfSupport = catalogued;
    }

private:
    QDate cataloguedDate(const Device &device)
    {
        const EndOfSupportCatalog &catalog = EndOfSupportCatalog::bundled();
        if (device.category == DeviceCategory::Software) {
            const auto *product = catalog.match(device);
            return product ? product->end : QDate();
        }
        const QString key = device.osName + QChar(0x1f) + device.osVersion;
        const auto known = m_dates.constFind(key);
        if (known != m_dates.cend())
            return *known;
        const auto *product = catalog.match(device);
        return *m_dates.insert(key, product ? product->end : QDate());
    }

    QHash<QString, QDate> m_dates;
};

// One chunk of rows, parsed on one thread: records, their problems and their keys.
template<typename Record> struct ParsedChunk
{
    QList<int> rowNumbers; // per record, as the spreadsheet shows it
    QList<Record> records;
    QList<ImportProblem> problems;
    QStringList keys;
    std::vector<PreparedRecord<Record>> prepared; // per record, with Preparation::ForInsert
};

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar character) { return character.isSpace(); });
}

template<typename Record>
void parseChunk(const TableRow *rows, qsizetype count, const ImportPlan &plan,
                ParsedChunk<Record> &chunk)
{
    SupportDates supportDates;
    QVarLengthArray<bool, 64> present(plan.definitionCount);
    chunk.records.reserve(count);
    chunk.keys.reserve(count);
    chunk.rowNumbers.reserve(count);
    for (qsizetype index = 0; index < count; ++index) {
        const TableRow &row = rows[index];
        Record record;
        QString warrantyMonths;
        int warrantyColumn = -1;
        std::fill(present.begin(), present.end(), false);
        for (int column = 0; column < plan.columns.size(); ++column) {
            const ColumnPlan &columnPlan = plan.columns[column];
            if (columnPlan.use == ColumnPlan::Use::Ignored)
                continue;
            const QString cell =
                fromSpreadsheetSafe(column < row.cells.size() ? row.cells[column] : QString());
            switch (columnPlan.use) {
            case ColumnPlan::Use::Custom:
                if (!cell.isEmpty() && !columnPlan.customName.isEmpty())
                    record.customFields.insert(columnPlan.customName, cell);
                break;
            case ColumnPlan::Use::WarrantyMonths:
                warrantyMonths = cell;
                warrantyColumn = column;
                break;
            case ColumnPlan::Use::Field: {
                if (!isBlank(cell))
                    present[columnPlan.definition] = true;
                const QString problem = AssetRecords::parseCell(record, columnPlan.field, cell);
                if (!problem.isEmpty())
                    chunk.problems.append({row.number, column, columnPlan.header, problem});
                break;
            }
            case ColumnPlan::Use::Ignored:
                break;
            }
        }
        for (const RequiredField &required : plan.required) {
            if (!present[required.definition]) {
                chunk.problems.append({row.number, required.column,
                                       plan.header.value(required.column), required.message});
            }
        }
        if constexpr (std::is_same_v<Record, Device>) {
            const QString problem = finish(record, warrantyMonths);
            if (!problem.isEmpty())
                chunk.problems.append(
                    {row.number, warrantyColumn, plan.header.value(warrantyColumn), problem});
            supportDates.settle(record, plan.endOfSupport >= 0 && present[plan.endOfSupport]);
        } else {
            record.dropRedundantImportanceOverride();
        }
        chunk.keys << keyOf(record);
        chunk.rowNumbers << row.number;
        chunk.records.append(std::move(record));
    }
}

// Finds keys given twice, in row order: the second row is a problem naming the first.
class DuplicateKeys
{
public:
    explicit DuplicateKeys(AssetKind kind, qsizetype rows) : m_kind(kind)
    {
        m_firstRowOfKey.reserve(rows);
    }

    void check(const QString &key, int row)
    {
        if (key.isEmpty() || key == QString(QChar(0x1f)))
            return;
        const auto earlier = m_firstRowOfKey.constFind(key);
        if (earlier == m_firstRowOfKey.cend()) {
            m_firstRowOfKey.insert(key, row);
            return;
        }
        m_problems.append(
            {row,
             -1,
             {},
             AssetImporter::tr("the same %1 is already on row %2")
                 .arg(m_kind == AssetKind::Devices ? AssetImporter::tr("asset number")
                                                   : AssetImporter::tr("business area and name"))
                 .arg(*earlier)});
    }

    const QList<ImportProblem> &problems() const { return m_problems; }

private:
    AssetKind m_kind;
    QHash<QString, int> m_firstRowOfKey;
    QList<ImportProblem> m_problems;
};

Error cancelled()
{
    return Error(ErrorKind::Cancelled, Error::tr("The import was cancelled; nothing was saved."));
}

void sortByRow(QList<ImportProblem> &problems)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
}

// Where the rows of a chunk come from, on the parsing threads: slices of a table read
// already, or pieces of a CSV file's text turned into rows there.
class RowSource
{
public:
    explicit RowSource(ImportSource &source) : m_source(source)
    {
        if (auto *table = std::get_if<Table>(&m_source.content))
            m_tableRows = table->rows.data(); // detached here, before the threads start
    }

    qsizetype rowsAtMost() const { return m_source.rowsAtMost(); }

    qsizetype chunkCount() const
    {
        if (const auto *document = std::get_if<CsvDocument>(&m_source.content))
            return document->pieces.size();
        return (std::get<Table>(m_source.content).rows.size() + tableChunkRows - 1) /
               tableChunkRows;
    }

    // Each chunk is taken once; different chunks may be taken on different threads.
    QList<TableRow> take(qsizetype chunk) const
    {
        // Borrowed cells: the rows, the records made from them and their keys are all gone
        // before parseAndWrite() returns, and the document with them; problems copy what they
        // quote.
        if (const auto *document = std::get_if<CsvDocument>(&m_source.content))
            return CsvReader::rows(*document, chunk, CsvReader::Cells::Borrowed);
        const qsizetype size = std::get<Table>(m_source.content).rows.size();
        QList<TableRow> rows;
        for (qsizetype i = chunk * tableChunkRows; i < std::min(size, (chunk + 1) * tableChunkRows);
             ++i) {
            rows.append(std::move(m_tableRows[i])); // freed on the parsing thread
        }
        return rows;
    }

private:
    static constexpr qsizetype tableChunkRows = 1024;
    ImportSource &m_source;
    TableRow *m_tableRows = nullptr;
};

// Whether ChunkParser also makes each record ready for an insert (PreparedRecord).
enum class Preparation
{
    ForInsert,
    None,
};

// Parses chunks of rows on worker threads and hands them out in row order, each with its
// records made ready for an insert when asked. Workers stay a few chunks ahead of the reader
// and free what is done with (the rows they parsed, the chunks given back). A reader that would
// wait parses the next chunk itself, so no core sits idle while the reader waits for rows.
template<typename Record> class ChunkParser
{
public:
    ChunkParser(const RowSource &source, const ImportPlan &plan, Preparation preparation)
        : m_source(source), m_plan(plan), m_preparation(preparation),
          m_chunkCount(source.chunkCount())
    {
        // The reader is a parser too: one worker per other core.
        for (int worker = 1; worker < std::max(2, QThread::idealThreadCount()); ++worker)
            m_workers.emplace_back([this] { work(); });
    }

    ~ChunkParser()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_workers.clear(); // joins
    }

    ChunkParser(const ChunkParser &) = delete;
    ChunkParser &operator=(const ChunkParser &) = delete;

    // The next chunk in row order, once parsed; nothing after the last.
    std::optional<ParsedChunk<Record>> next()
    {
        std::unique_lock lock(m_mutex);
        if (m_consumed == m_chunkCount)
            return std::nullopt;
        std::optional<ParsedChunk<Record>> &slot = m_slots[m_consumed % slotCount];
        while (!slot.has_value()) {
            if (claimable()) {
                parseNext(lock);
                continue;
            }
            m_changed.wait(lock);
        }
        std::optional<ParsedChunk<Record>> chunk = std::exchange(slot, std::nullopt);
        ++m_consumed;
        lock.unlock();
        m_changed.notify_all();
        return chunk;
    }

    // Gives a chunk back once its records are written: its row buffers serve a later chunk,
    // and a worker frees its records.
    void recycle(ParsedChunk<Record> &&chunk)
    {
        const std::lock_guard lock(m_mutex);
        m_spareRows.push_back(std::move(chunk.prepared));
        m_done.push_back(std::move(chunk.records));
    }

private:
    static constexpr qsizetype slotCount = 8; // how far ahead the parsers may go, in chunks

    bool claimable() const
    {
        return m_claimed < m_chunkCount && m_claimed < m_consumed + slotCount;
    }

    void work()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_stopping || claimable() || finished(); });
            if (m_stopping || !claimable())
                return;
            std::vector<QList<Record>> done;
            done.swap(m_done);
            lock.unlock();
            done.clear(); // frees written records, outside the lock
            lock.lock();
            if (claimable())
                parseNext(lock);
        }
    }

    bool finished() const { return m_claimed == m_chunkCount; }

    // Claims the next chunk and parses it with the lock released; `lock` is held again after.
    void parseNext(std::unique_lock<std::mutex> &lock)
    {
        const qsizetype index = m_claimed++;
        std::vector<PreparedRecord<Record>> prepared;
        if (!m_spareRows.empty()) {
            prepared = std::move(m_spareRows.back());
            m_spareRows.pop_back();
        }
        lock.unlock();
        ParsedChunk<Record> chunk;
        {
            const QList<TableRow> rows = m_source.take(index);
            parseChunk(rows.constData(), rows.size(), m_plan, chunk);
        } // the rows go here; values the records took are shared, not freed
        if (m_preparation == Preparation::ForInsert) {
            prepared.resize(chunk.records.size());
            for (qsizetype i = 0; i < chunk.records.size(); ++i)
                prepareRecord(chunk.records[i], prepared[i]);
            chunk.prepared = std::move(prepared);
        }
        lock.lock();
        m_slots[index % slotCount] = std::move(chunk);
        m_changed.notify_all();
    }

    const RowSource &m_source;
    const ImportPlan &m_plan;
    const Preparation m_preparation;
    const qsizetype m_chunkCount;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::array<std::optional<ParsedChunk<Record>>, slotCount> m_slots;
    std::vector<std::vector<PreparedRecord<Record>>> m_spareRows;
    std::vector<QList<Record>> m_done; // records written, for a worker to free
    qsizetype m_claimed = 0;           // chunks taken by a parser
    qsizetype m_consumed = 0;          // chunks handed to the reader
    bool m_stopping = false;
    std::vector<std::jthread> m_workers; // last: joined before the rest goes
};

// Parses every row of `source` on all cores (ChunkParser), in row order, then checks keys for
// duplicates in that order, so problems come out as from one pass. `progress` (rows parsed,
// rows) after each chunk; returning false stops everything.
template<typename Record>
Status parseRows(ImportSource source, const ImportPlan &plan, QList<Record> &records,
                 QList<ImportProblem> &problems, const ProgressCallback &progress)
{
    const RowSource rows(source);
    const qsizetype rowCount = rows.rowsAtMost();
    records.reserve(rowCount);
    DuplicateKeys duplicates(plan.kind, rowCount);
    ChunkParser<Record> parser(rows, plan, Preparation::None);
    while (auto chunk = parser.next()) {
        problems.append(chunk->problems);
        for (qsizetype i = 0; i < chunk->records.size(); ++i) {
            duplicates.check(chunk->keys[i], chunk->rowNumbers[i]);
            records.append(std::move(chunk->records[i]));
        }
        parser.recycle(std::move(*chunk));
        if (progress && !progress(records.size(), rowCount))
            return cancelled();
    }
    problems.append(duplicates.problems()); // sorted by row later, keeping this order
    return {};
}

// The stored fields an import writes to records that exist already: the mapped ones.
QStringList fieldsToWrite(AssetKind kind, const QStringList &mapping)
{
    QStringList fields;
    for (const QString &field : mapping) {
        const AssetField *definition = AssetFields::find(kind, field);
        if (definition && definition->role == AssetField::Role::Stored)
            fields << field;
        else if (definition && definition->role == AssetField::Role::ImportOnly)
            fields << QStringLiteral("warranty_end");
    }
    const bool osMapped =
        fields.contains(QStringLiteral("os_name")) || fields.contains(QStringLiteral("os_version"));
    if (kind == AssetKind::Devices && osMapped &&
        !fields.contains(QStringLiteral("end_of_support")))
        fields << QStringLiteral("end_of_support"); // follows the OS the file now names
    return fields;
}

QStringList completeMapping(const QStringList &header, AssetKind kind, QStringList mapping)
{
    if (mapping.isEmpty())
        mapping = HeaderRecognizer::mapHeaders(kind, header);
    while (mapping.size() < header.size())
        mapping << QString();
    return mapping;
}

template<typename Record>
Result<ImportOutcome> streamRows(Database &database, const RowSource &rows, const ImportPlan &plan,
                                 const QStringList &fields, const BulkOrigin &origin,
                                 const std::function<void(int, int)> &progress,
                                 const std::atomic_bool *cancelRequested)
{
    ImportOutcome outcome;
    AssetBulkWrite<Record> write(database, fields, origin);
    if (Status begun = write.begin(rows.rowsAtMost()); !begun)
        return begun.error();
    DuplicateKeys duplicates(plan.kind, rows.rowsAtMost());
    qsizetype chunksDone = 0;
    bool writing = true;
    {
        ChunkParser<Record> parser(rows, plan, Preparation::ForInsert);
        while (auto chunk = parser.next()) {
            if (cancelRequested && cancelRequested->load())
                return cancelled();
            outcome.problems.append(chunk->problems);
            for (qsizetype i = 0; i < chunk->records.size(); ++i)
                duplicates.check(chunk->keys[i], chunk->rowNumbers[i]);
            writing = writing && outcome.problems.isEmpty() && duplicates.problems().isEmpty();
            for (qsizetype i = 0; writing && i < chunk->records.size(); ++i) {
                if (Status added = write.add(chunk->records[i], &chunk->prepared[i]); !added)
                    return added.error();
            }
            if (Status flushed = write.flush(); !flushed) // then the records may go
                return flushed.error();
            outcome.rowCount += int(chunk->records.size());
            parser.recycle(std::move(*chunk));
            if (progress)
                progress(int(++chunksDone), int(rows.chunkCount()));
        }
    } // the workers are done
    outcome.problems.append(duplicates.problems());
    if (!outcome.problems.isEmpty()) {
        sortByRow(outcome.problems);
        return outcome; // `write` rolls back
    }
    const std::jthread releasing = releaseInBackground(std::move(duplicates));
    auto counts = write.commit();
    if (!counts)
        return counts.error();
    outcome.counts = *counts;
    return outcome;
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
            ? parseRows(std::move(source), plan, parsed.devices, parsed.problems, progress)
            : parseRows(std::move(source), plan, parsed.information, parsed.problems, progress);
    if (!done)
        return done.error();
    sortByRow(parsed.problems);
    return parsed;
}

Result<int> AssetImporter::countExisting(Database &database, const ParsedImport &parsed)
{
    if (parsed.kind == AssetKind::Devices)
        return DeviceRepository(database).countExisting(parsed.devices);
    return InformationAssetRepository(database).countExisting(parsed.information);
}

Result<UpsertCounts> AssetImporter::write(Database &database, const ParsedImport &parsed,
                                          const std::function<void(int, int)> &progress,
                                          const std::atomic_bool *cancelRequested)
{
    if (!parsed.problems.isEmpty()) {
        return Error(ErrorKind::InvalidInput,
                     tr("The file has %n problem(s); nothing was imported.", nullptr,
                        int(parsed.problems.size())));
    }
    const QStringList fields = fieldsToWrite(parsed.kind, parsed.mapping);
    const BulkOrigin origin{QStringLiteral("import"), parsed.sourceName};
    if (parsed.kind == AssetKind::Devices)
        return DeviceRepository(database).upsertAll(parsed.devices, fields, progress,
                                                    cancelRequested, origin);
    return InformationAssetRepository(database).upsertAll(parsed.information, fields, progress,
                                                          cancelRequested, origin);
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

Result<ImportOutcome> AssetImporter::parseAndWrite(Database &database, ImportSource source,
                                                   AssetKind kind, QStringList mapping,
                                                   const std::function<void(int, int)> &progress,
                                                   const std::atomic_bool *cancelRequested)
{
    mapping = completeMapping(source.header, kind, std::move(mapping));
    const ImportPlan plan = planFor(source.header, kind, mapping);
    const QStringList fields = fieldsToWrite(kind, mapping);
    const BulkOrigin origin{QStringLiteral("import"), source.sourceName};
    const RowSource rows(source);
    if (kind == AssetKind::Devices)
        return streamRows<Device>(database, rows, plan, fields, origin, progress, cancelRequested);
    return streamRows<InformationAsset>(database, rows, plan, fields, origin, progress,
                                        cancelRequested);
}

} // namespace mamori
