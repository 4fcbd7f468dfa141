#include "AssetImporter.h"

#include "AssetRecords.h"
#include "EndOfSupportCatalog.h"
#include "HeaderRecognizer.h"
#include "ValueParsers.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <thread>
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
    QList<ColumnPlan> columns;
    QList<RequiredField> required;
    int definitionCount = 0;
    int endOfSupport = -1; // definition index of end_of_support
};

ImportPlan planFor(const Table &table, AssetKind kind, const QStringList &mapping)
{
    ImportPlan plan{kind, {}, {}, 0, -1};
    const QList<AssetField> &definitions = AssetFields::of(kind);
    plan.definitionCount = int(definitions.size());
    const auto definitionIndex = [&definitions](const AssetField *definition) {
        return definition ? int(definition - definitions.constData()) : -1;
    };
    plan.endOfSupport = definitionIndex(AssetFields::find(kind, QStringLiteral("end_of_support")));
    for (int column = 0; column < mapping.size(); ++column) {
        ColumnPlan columnPlan;
        columnPlan.header = table.header.value(column);
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

// One share of the rows, parsed on its own thread: records, their problems and their keys.
template<typename Record> struct ParsedShare
{
    QList<Record> records;
    QList<ImportProblem> problems;
    QStringList keys;
};

template<typename Record>
void parseShare(const Table &table, const ImportPlan &plan, qsizetype from, qsizetype to,
                ParsedShare<Record> &share)
{
    SupportDates supportDates;
    QVarLengthArray<bool, 64> present(plan.definitionCount);
    share.records.reserve(to - from);
    share.keys.reserve(to - from);
    for (qsizetype index = from; index < to; ++index) {
        const TableRow &row = table.rows[index];
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
                if (!QStringView(cell).trimmed().isEmpty())
                    present[columnPlan.definition] = true;
                const QString problem = AssetRecords::parseCell(record, columnPlan.field, cell);
                if (!problem.isEmpty())
                    share.problems.append({row.number, column, columnPlan.header, problem});
                break;
            }
            case ColumnPlan::Use::Ignored:
                break;
            }
        }
        for (const RequiredField &required : plan.required) {
            if (!present[required.definition]) {
                share.problems.append({row.number, required.column,
                                       table.header.value(required.column), required.message});
            }
        }
        if constexpr (std::is_same_v<Record, Device>) {
            const QString problem = finish(record, warrantyMonths);
            if (!problem.isEmpty())
                share.problems.append(
                    {row.number, warrantyColumn, table.header.value(warrantyColumn), problem});
            supportDates.settle(record, plan.endOfSupport >= 0 && present[plan.endOfSupport]);
        } else {
            record.dropRedundantImportanceOverride();
        }
        share.keys << keyOf(record);
        share.records.append(std::move(record));
    }
}

// Rows are parsed in shares on the available cores; the shares are joined in row order, then
// keys are checked for duplicates in that order, so problems come out as from one pass.
template<typename Record>
void parseRows(const Table &table, const ImportPlan &plan, QList<Record> &records,
               QList<ImportProblem> &problems)
{
    constexpr qsizetype rowsWorthAThread = 4096;
    const qsizetype rowCount = table.rows.size();
    const int threads = int(std::clamp<qsizetype>(rowCount / rowsWorthAThread, 1,
                                                  std::max(1, QThread::idealThreadCount())));
    QList<ParsedShare<Record>> shares(threads);
    {
        std::vector<std::jthread> workers;
        for (int i = 1; i < threads; ++i) {
            workers.emplace_back([&, i] {
                parseShare(table, plan, rowCount * i / threads, rowCount * (i + 1) / threads,
                           shares[i]);
            });
        }
        parseShare(table, plan, 0, rowCount / threads, shares[0]);
    } // joins the workers
    records.reserve(rowCount);
    QHash<QString, int> firstRowOfKey;
    firstRowOfKey.reserve(rowCount);
    QList<ImportProblem> duplicates;
    for (ParsedShare<Record> &share : shares) {
        problems.append(std::move(share.problems));
        for (qsizetype i = 0; i < share.records.size(); ++i) {
            const QString &key = share.keys[i];
            const int row = table.rows[records.size()].number;
            records.append(std::move(share.records[i]));
            if (key.isEmpty() || key == QString(QChar(0x1f)))
                continue;
            const auto earlier = firstRowOfKey.constFind(key);
            if (earlier == firstRowOfKey.cend()) {
                firstRowOfKey.insert(key, row);
                continue;
            }
            duplicates.append({row,
                               -1,
                               {},
                               AssetImporter::tr("the same %1 is already on row %2")
                                   .arg(plan.kind == AssetKind::Devices
                                            ? AssetImporter::tr("asset number")
                                            : AssetImporter::tr("business area and name"))
                                   .arg(*earlier)});
        }
    }
    problems.append(std::move(duplicates)); // parse() sorts problems by row, keeping this order
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
        return Error(ErrorKind::InvalidInput, tr("%1 is empty: there is no header row.").arg(path));
    return table;
}

Result<AssetKind> AssetImporter::detectKind(const Table &table)
{
    if (const auto kind = HeaderRecognizer::detectKind(table.header))
        return *kind;
    return Error(ErrorKind::InvalidInput,
                 tr("%1: the column headers name neither devices nor information assets. "
                    "Choose the kind of assets explicitly.")
                     .arg(table.sourceName));
}

ParsedImport AssetImporter::parse(const Table &table, AssetKind kind, QStringList mapping)
{
    ParsedImport parsed;
    parsed.kind = kind;
    if (mapping.isEmpty())
        mapping = HeaderRecognizer::mapHeaders(kind, table.header);
    while (mapping.size() < table.header.size())
        mapping << QString();
    parsed.mapping = mapping;
    const ImportPlan plan = planFor(table, kind, mapping);
    if (kind == AssetKind::Devices)
        parseRows(table, plan, parsed.devices, parsed.problems);
    else
        parseRows(table, plan, parsed.information, parsed.problems);
    std::stable_sort(parsed.problems.begin(), parsed.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
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
    QStringList fields;
    for (const QString &field : parsed.mapping) {
        const AssetField *definition = AssetFields::find(parsed.kind, field);
        if (definition && definition->role == AssetField::Role::Stored)
            fields << field;
        else if (definition && definition->role == AssetField::Role::ImportOnly)
            fields << QStringLiteral("warranty_end");
    }
    const bool osMapped =
        fields.contains(QStringLiteral("os_name")) || fields.contains(QStringLiteral("os_version"));
    if (parsed.kind == AssetKind::Devices && osMapped &&
        !fields.contains(QStringLiteral("end_of_support"))) {
        fields << QStringLiteral("end_of_support"); // follows the OS the file now names
    }
    if (parsed.kind == AssetKind::Devices)
        return DeviceRepository(database).upsertAll(parsed.devices, fields, progress,
                                                    cancelRequested);
    return InformationAssetRepository(database).upsertAll(parsed.information, fields, progress,
                                                          cancelRequested);
}

} // namespace mamori
