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

// Applies Snipe-IT's warranty months, which need the purchase date of the same row. A purchase
// date that was given but could not be read has its own problem already.
QString finish(Device &device, const QString &warrantyMonths, bool purchaseDateGiven)
{
    if (warrantyMonths.trimmed().isEmpty() || device.warrantyEnd.isValid())
        return {};
    if (purchaseDateGiven && !device.purchaseDate.isValid())
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

ImportPlan planFor(const QStringList &header, AssetKind kind, const QStringList &mapping,
                   const ImportOptions &options)
{
    ImportPlan plan{kind, header, {}, {}, 0, -1, -1, -1, options, false};
    const QList<AssetField> &definitions = AssetFields::of(kind);
    plan.definitionCount = int(definitions.size());
    const auto definitionIndex = [&definitions](const AssetField *definition) {
        return definition ? int(definition - definitions.constData()) : -1;
    };
    plan.endOfSupport = definitionIndex(AssetFields::find(kind, QStringLiteral("end_of_support")));
    plan.categoryLabel = definitionIndex(AssetFields::find(kind, QStringLiteral("category_label")));
    plan.purchaseDate = definitionIndex(AssetFields::find(kind, QStringLiteral("purchase_date")));
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
            columnPlan.fieldName = field;
            columnPlan.type = definition->type;
            columnPlan.dateOrder = options.dateOrder;
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

namespace {

// An enumerated cell as read: its value, how, and for a category the firm's word for it.
struct EnumeratedCell
{
    int value = 0;
    ValueReading reading = ValueReading::Mapped;
    bool builtInWord = true; // a word of the vocabulary (or a mapped one), not a guess or unknown
    QString code;
    QString label; // category only: the text unless it names the built-in kind
    int rows = 0;  // in this chunk
    int firstRow = 0;
};

template<typename Enum>
EnumeratedCell enumerated(const QString &text, const std::optional<QString> &mappedCode,
                          std::optional<Enum> (*known)(const QString &),
                          std::optional<Enum> (*guess)(const QString &),
                          std::optional<Enum> (*fromCode)(const QString &), Enum fallback)
{
    EnumeratedCell cell;
    std::optional<Enum> value;
    if (mappedCode)
        value = fromCode(*mappedCode);
    if (!value && (value = known(text))) {
        cell.reading = ValueReading::Mapped; // not reported: a built-in word
    } else if (!value && (value = guess(text))) {
        cell.reading = ValueReading::Guessed;
        cell.builtInWord = false;
    } else if (!value) {
        value = fallback;
        cell.reading = ValueReading::Unknown;
        cell.builtInWord = false;
    }
    cell.builtInWord = cell.builtInWord && !mappedCode;
    cell.value = int(*value);
    if constexpr (std::is_enum_v<Enum>)
        cell.code = AssetValues::code(*value);
    else
        cell.code = cell.value ? QString::number(cell.value) : QString(); // a level, 0: none
    return cell;
}

std::optional<int> levelFromCode(const QString &code)
{
    return parse::level(code);
}

// The fallbacks keep the security checks on the safe side: an unknown status counts as in use
// (so the device is checked), unknown antivirus or MFA as not recorded, unknown personal data
// as personal data; an unknown level is left unset or at its default.
EnumeratedCell readEnumerated(const ColumnPlan &column, const QString &text, const ValueMap &values)
{
    const std::optional<QString> mapped = values.codeFor(column.fieldName, text);
    switch (column.type) {
    case FieldType::Category: {
        EnumeratedCell cell =
            enumerated<DeviceCategory>(text, mapped, parse::category, parse::guessCategory,
                                       AssetValues::categoryFromCode, DeviceCategory::Other);
        if (!parse::namesBuiltInCategory(text, DeviceCategory(cell.value)))
            cell.label = text;
        return cell;
    }
    case FieldType::Status:
        return enumerated<DeviceStatus>(text, mapped, parse::status, parse::guessStatus,
                                        AssetValues::statusFromCode, DeviceStatus::InUse);
    case FieldType::Coverage:
        return enumerated<Coverage>(text, mapped, parse::coverage, parse::guessCoverage,
                                    AssetValues::coverageFromCode, Coverage::Unknown);
    case FieldType::Mfa:
        return enumerated<MfaState>(text, mapped, parse::mfa, parse::guessMfa,
                                    AssetValues::mfaFromCode, MfaState::Unknown);
    case FieldType::PersonalData:
        return enumerated<PersonalData>(text, mapped, parse::personalData, parse::guessPersonalData,
                                        AssetValues::personalDataFromCode, PersonalData::Personal);
    default: {
        return enumerated<int>(text, mapped, parse::level, parse::guessLevel, levelFromCode, 0);
    }
    }
}

QString unknownValueMessage(FieldType type, const EnumeratedCell &cell, const QString &text)
{
    return cell.reading == ValueReading::Guessed
               ? Text::tr("not a known value: %1 (it looks like %2; map it to be sure)")
                     .arg(text, ValueMap::labelOf(type, cell.code))
               : Text::tr("not a known value: %1").arg(text);
}

bool allBlank(const QStringList &cells, qsizetype from)
{
    for (qsizetype i = from; i < cells.size(); ++i) {
        if (!isBlank(cells[i]))
            return false;
    }
    return true;
}

} // namespace

void DateEvidence::merge(const DateEvidence &later)
{
    if (later.ambiguousCount > 0 && ambiguousCount == 0) {
        ambiguousRow = later.ambiguousRow;
        ambiguousText = later.ambiguousText;
    }
    ambiguousCount += later.ambiguousCount;
    if (dayFirstRow == 0 && later.dayFirstRow != 0) {
        dayFirstRow = later.dayFirstRow;
        dayFirstText = later.dayFirstText;
    }
    if (monthFirstRow == 0 && later.monthFirstRow != 0) {
        monthFirstRow = later.monthFirstRow;
        monthFirstText = later.monthFirstText;
    }
}

void ValueTally::note(const ColumnPlan &column, int columnIndex, const QString &text,
                      ValueReading reading, const QString &code, int firstRow, int rows)
{
    // Cells " Storage" and "Storage" are one value.
    const QString key = QString::number(columnIndex) + QChar(0x1f) + text;
    auto found = m_values.find(key);
    if (found == m_values.end()) {
        m_values.insert(key, {column.fieldName, columnIndex, column.header, text, reading, code,
                              rows, firstRow});
        return;
    }
    found->rows += rows;
    found->firstRow = std::min(found->firstRow, firstRow);
}

void ValueTally::merge(const ValueTally &later)
{
    for (auto it = later.m_values.cbegin(); it != later.m_values.cend(); ++it) {
        auto found = m_values.find(it.key());
        if (found == m_values.end())
            m_values.insert(it.key(), it.value());
        else
            found->rows += it->rows; // the earlier chunk has the first row
    }
}

QList<ImportedValue> ValueTally::values() const
{
    QList<ImportedValue> all = m_values.values();
    std::sort(all.begin(), all.end(), [](const ImportedValue &a, const ImportedValue &b) {
        if (a.column != b.column)
            return a.column < b.column;
        if (a.rows != b.rows)
            return a.rows > b.rows;
        return a.firstRow < b.firstRow;
    });
    return all;
}

bool ImportFindings::datesPending() const
{
    return std::any_of(dates.cbegin(), dates.cend(),
                       [](const DateEvidence &evidence) { return evidence.ambiguousCount > 0; });
}

DateOrderDecision decideDateOrders(const ImportPlan &plan, const QHash<int, DateEvidence> &dates)
{
    DateOrderDecision decision;
    for (auto it = dates.cbegin(); it != dates.cend(); ++it) {
        const DateEvidence &evidence = it.value();
        const QString header = plan.header.value(it.key());
        if (evidence.dayFirstRow && evidence.monthFirstRow) {
            const bool dayLater = evidence.dayFirstRow > evidence.monthFirstRow;
            decision.problems.append(
                {dayLater ? evidence.dayFirstRow : evidence.monthFirstRow, it.key(), header,
                 Text::tr("this column has dates with the day first (%1, row %2) and with the "
                          "month first (%3, row %4)")
                     .arg(evidence.dayFirstText)
                     .arg(evidence.dayFirstRow)
                     .arg(evidence.monthFirstText)
                     .arg(evidence.monthFirstRow),
                 QStringLiteral("date_order")});
        } else if (evidence.ambiguousCount > 0 && !evidence.dayFirstRow &&
                   !evidence.monthFirstRow) {
            decision.problems.append(
                {evidence.ambiguousRow, it.key(), header,
                 Text::tr("%n date(s) such as %1 could be day/month or month/day, and no date in "
                          "this column says which; choose the file's date order (Date order in "
                          "the import dialog, --date-order mdy or dmy on the command line)",
                          nullptr, evidence.ambiguousCount)
                     .arg(evidence.ambiguousText),
                 QStringLiteral("date_order")});
        } else if (evidence.ambiguousCount > 0) {
            decision.decided.insert(it.key(),
                                    evidence.dayFirstRow ? DateOrder::Dmy : DateOrder::Mdy);
        }
    }
    return decision;
}

void applyDateOrders(ImportPlan &plan, const QHash<int, DateOrder> &orders)
{
    for (auto it = orders.cbegin(); it != orders.cend(); ++it)
        plan.columns[it.key()].dateOrder = it.value();
}

template<typename Record>
void parseRows(const TableRow *rows, qsizetype count, const ImportPlan &plan,
               ParsedRows<Record> &chunk)
{
    SupportDates supportDates;
    QVarLengthArray<bool, 64> present(plan.definitionCount);
    // An import's enumerated columns repeat a few words: each is read once per chunk.
    std::vector<QHash<QString, EnumeratedCell>> readCells(plan.columns.size());
    const qsizetype headerColumns = plan.header.size();
    chunk.records.reserve(count);
    chunk.keys.reserve(count);
    chunk.rowNumbers.reserve(count);
    for (qsizetype index = 0; index < count; ++index) {
        const TableRow &row = rows[index];
        Record record;
        QString warrantyMonths;
        int warrantyColumn = -1;
        QString categoryLabel;
        std::fill(present.begin(), present.end(), false);
        if (plan.fieldCountsAreExact && row.cells.size() != headerColumns) {
            if (row.cells.size() > headerColumns && !allBlank(row.cells, headerColumns)) {
                chunk.problems.append(
                    {row.number,
                     -1,
                     {},
                     Text::tr("the row has %1 fields but the header only %2 columns: the data "
                              "beyond them would be lost")
                         .arg(row.cells.size())
                         .arg(headerColumns),
                     QStringLiteral("long_row")});
            } else if (row.cells.size() < headerColumns) {
                ImportProblem shortRow{row.number,
                                       -1,
                                       {},
                                       Text::tr("the row has only %1 of the %2 columns; the "
                                                "line may have been cut short")
                                           .arg(row.cells.size())
                                           .arg(headerColumns),
                                       QStringLiteral("short_row")};
                (plan.options.strict ? chunk.problems : chunk.warnings).append(shortRow);
            }
        }
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
                if (columnPlan.type == FieldType::Date && !isBlank(cell)) {
                    const parse::DateReading reading =
                        parse::readDate(cell.trimmed(), columnPlan.dateOrder);
                    AssetRecords::setDate(record, columnPlan.field, reading.date.value_or(QDate()));
                    using Order = parse::DateReading::Order;
                    if (reading.order != Order::Settled) {
                        DateEvidence &evidence = chunk.dates[column];
                        const QString text = cell.trimmed();
                        if (reading.order == Order::NeedsOrder && evidence.ambiguousCount++ == 0) {
                            evidence.ambiguousRow = row.number;
                            evidence.ambiguousText = text;
                        } else if (reading.order == Order::DayFirst && !evidence.dayFirstRow) {
                            evidence.dayFirstRow = row.number;
                            evidence.dayFirstText = text;
                        } else if (reading.order == Order::MonthFirst && !evidence.monthFirstRow) {
                            evidence.monthFirstRow = row.number;
                            evidence.monthFirstText = text;
                        }
                    } else if (!reading.date) {
                        chunk.problems.append(
                            {row.number, column, columnPlan.header, reading.error});
                    }
                    break;
                }
                if (ValueMap::isEnumerated(columnPlan.type) && !isBlank(cell)) {
                    QHash<QString, EnumeratedCell> &known = readCells[column];
                    auto found = known.find(cell);
                    if (found == known.end()) {
                        // A copy: the cell may borrow the memory of the file's text.
                        found = known.insert(
                            QString(cell.constData(), cell.size()),
                            readEnumerated(columnPlan, cell.trimmed(), plan.options.values));
                    }
                    EnumeratedCell &read = *found;
                    if (read.rows++ == 0)
                        read.firstRow = row.number;
                    if (read.value || columnPlan.type != FieldType::Level)
                        AssetRecords::setEnumeration(record, columnPlan.field, read.value);
                    if (columnPlan.type == FieldType::Category)
                        categoryLabel = read.label;
                    if (!read.builtInWord && plan.options.strict &&
                        read.reading != ValueReading::Mapped) {
                        chunk.problems.append(
                            {row.number, column, columnPlan.header,
                             unknownValueMessage(columnPlan.type, read, cell.trimmed()),
                             QStringLiteral("unknown_value")});
                    }
                    break;
                }
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
                                       plan.header.value(required.column), required.message,
                                       QStringLiteral("required")});
            }
        }
        if constexpr (std::is_same_v<Record, Device>) {
            // A category label column (the app's own export) wins over the word the category
            // column used.
            if (plan.categoryLabel < 0 || !present[plan.categoryLabel])
                record.categoryLabel = categoryLabel;
            record.settlePurchaseCurrency();
            const QString problem = finish(record, warrantyMonths,
                                           plan.purchaseDate >= 0 && present[plan.purchaseDate]);
            if (!problem.isEmpty())
                chunk.problems.append({row.number, warrantyColumn,
                                       plan.header.value(warrantyColumn), problem,
                                       QStringLiteral("warranty")});
            supportDates.settle(record, plan.endOfSupport >= 0 && present[plan.endOfSupport]);
        } else {
            record.dropRedundantImportanceOverride();
        }
        chunk.keys << keyOf(record);
        chunk.rowNumbers << row.number;
        chunk.records.append(std::move(record));
    }
    for (int column = 0; column < int(readCells.size()); ++column) {
        for (auto it = readCells[column].cbegin(); it != readCells[column].cend(); ++it) {
            if (!it->builtInWord)
                chunk.values.note(plan.columns[column], column, it.key().trimmed(), it->reading,
                                  it->code, it->firstRow, it->rows);
        }
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
                           .arg(*earlier),
                       QStringLiteral("duplicate")});
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
    // The category's label follows the word the file gives, and a cost's currency its mark.
    if (fields.contains(QStringLiteral("category")) &&
        !fields.contains(QStringLiteral("category_label")))
        fields << QStringLiteral("category_label");
    if (fields.contains(QStringLiteral("purchase_cost")) &&
        !fields.contains(QStringLiteral("purchase_currency")))
        fields << QStringLiteral("purchase_currency");
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
