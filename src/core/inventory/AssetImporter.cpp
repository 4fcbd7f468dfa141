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

QStringList requiredFields(AssetKind kind)
{
    QStringList names;
    for (const AssetField &field : AssetFields::of(kind)) {
        if (field.required)
            names << field.name;
    }
    return names;
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

template<typename Record>
void parseRows(const Table &table, AssetKind kind, const QStringList &mapping,
               QList<Record> &records, QList<ImportProblem> &problems)
{
    const QStringList required = requiredFields(kind);
    QHash<QString, int> firstRowOfKey;
    records.reserve(table.rows.size());
    for (const TableRow &row : table.rows) {
        Record record;
        QString warrantyMonths;
        int warrantyColumn = -1;
        QStringList present;
        for (int column = 0; column < mapping.size(); ++column) {
            const QString cell = fromSpreadsheetSafe(row.cells.value(column));
            const QString &field = mapping[column];
            const QString header = table.header.value(column);
            if (field.isEmpty()) {
                if (!cell.isEmpty() && !header.trimmed().isEmpty())
                    record.customFields.insert(header.trimmed(), cell);
                continue;
            }
            const AssetField *definition = AssetFields::find(kind, field);
            if (!definition || definition->role == AssetField::Role::Computed)
                continue;
            if (definition->role == AssetField::Role::ImportOnly) {
                warrantyMonths = cell;
                warrantyColumn = column;
                continue;
            }
            if (!cell.trimmed().isEmpty())
                present << field;
            const QString problem = AssetRecords::parseCell(record, field, cell);
            if (!problem.isEmpty())
                problems.append({row.number, column, header, problem});
        }
        for (const QString &field : required) {
            if (present.contains(field))
                continue;
            const int column = int(mapping.indexOf(field));
            problems.append({row.number, column, table.header.value(column),
                             AssetImporter::tr("%1 is required")
                                 .arg(AssetFields::label(*AssetFields::find(kind, field)))});
        }
        if constexpr (std::is_same_v<Record, Device>) {
            const QString problem = finish(record, warrantyMonths);
            if (!problem.isEmpty())
                problems.append(
                    {row.number, warrantyColumn, table.header.value(warrantyColumn), problem});
            EndOfSupportCatalog::bundled().settle(
                record, present.contains(QStringLiteral("end_of_support")));
        } else {
            record.dropRedundantImportanceOverride();
        }
        const QString key = keyOf(record);
        if (!key.isEmpty() && key != QString(QChar(0x1f))) {
            const auto earlier = firstRowOfKey.constFind(key);
            if (earlier != firstRowOfKey.cend()) {
                problems.append({row.number,
                                 -1,
                                 {},
                                 AssetImporter::tr("the same %1 is already on row %2")
                                     .arg(kind == AssetKind::Devices
                                              ? AssetImporter::tr("asset number")
                                              : AssetImporter::tr("business area and name"))
                                     .arg(*earlier)});
            } else {
                firstRowOfKey.insert(key, row.number);
            }
        }
        records << record;
    }
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

Result<Table> AssetImporter::readFile(const QString &path, const ImportFileOptions &options)
{
    if (!QFileInfo::exists(path))
        return Error(ErrorKind::InvalidInput, tr("The file %1 does not exist.").arg(path));
    Result<Table> table = [&]() -> Result<Table> {
        if (looksLikeXlsx(path))
            return XlsxReader::readFile(path, options.sheet);
        CsvReadOptions csv;
        csv.encoding = options.encoding;
        return CsvReader::readFile(path, csv);
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
    if (kind == AssetKind::Devices)
        parseRows(table, kind, mapping, parsed.devices, parsed.problems);
    else
        parseRows(table, kind, mapping, parsed.information, parsed.problems);
    std::stable_sort(parsed.problems.begin(), parsed.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    return parsed;
}

Result<int> AssetImporter::countExisting(Database &database, const ParsedImport &parsed)
{
    int existing = 0;
    const auto count = [&existing](const auto &repository, const auto &records) -> Status {
        for (const auto &record : records) {
            auto found = repository.findByKey(record);
            if (!found)
                return found.error();
            existing += found->has_value() ? 1 : 0;
        }
        return {};
    };
    const Status counted = parsed.kind == AssetKind::Devices
                               ? count(DeviceRepository(database), parsed.devices)
                               : count(InformationAssetRepository(database), parsed.information);
    if (!counted)
        return counted.error();
    return existing;
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
