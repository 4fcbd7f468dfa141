#include "ImportPlan.h"

#include "inventory/AssetRecords.h"
#include "inventory/EndOfSupportCatalog.h"
#include "inventory/HeaderRecognizer.h"
#include "inventory/ValueParsers.h"
#include "io/CsvWriter.h"

#include <QVarLengthArray>

#include <algorithm>

namespace mamori::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AssetImporter)
};

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
        return Text::tr("not a number of months: %1").arg(warrantyMonths.trimmed());
    if (!device.purchaseDate.isValid())
        return Text::tr("a warranty in months needs a purchase date");
    device.warrantyEnd = device.purchaseDate.addMonths(*months);
    return {};
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

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar character) { return character.isSpace(); });
}

} // namespace

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
        plan.required << RequiredField{definitionIndex(&field), column,
                                       Text::tr("%1 is required").arg(AssetFields::label(field))};
    }
    return plan;
}

template<typename Record>
void parseRows(const TableRow *rows, qsizetype count, const ImportPlan &plan,
               ParsedRows<Record> &chunk)
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

template void parseRows(const TableRow *, qsizetype, const ImportPlan &, ParsedRows<Device> &);
template void parseRows(const TableRow *, qsizetype, const ImportPlan &,
                        ParsedRows<InformationAsset> &);

DuplicateKeys::DuplicateKeys(AssetKind kind, qsizetype rows) : m_kind(kind)
{
    m_firstRowOfKey.reserve(rows);
}

void DuplicateKeys::check(const QString &key, int row)
{
    if (key.isEmpty() || key == QString(QChar(0x1f)))
        return;
    const auto earlier = m_firstRowOfKey.constFind(key);
    if (earlier == m_firstRowOfKey.cend()) {
        m_firstRowOfKey.insert(key, row);
        return;
    }
    m_problems.append({row,
                       -1,
                       {},
                       Text::tr("the same %1 is already on row %2")
                           .arg(m_kind == AssetKind::Devices ? Text::tr("asset number")
                                                             : Text::tr("business area and name"))
                           .arg(*earlier)});
}

Error cancelled()
{
    return Error(ErrorKind::Cancelled, Error::tr("The import was cancelled; nothing was saved."));
}

void sortByRow(QList<ImportProblem> &problems)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
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

} // namespace mamori::import
