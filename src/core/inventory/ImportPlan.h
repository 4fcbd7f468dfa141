#pragma once

#include "Error.h"
#include "inventory/AssetImport.h"
#include "inventory/ImportOptions.h"
#include "io/Table.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// How the rows of an import become records: the plan for each column, worked out once per
// import, and the per-row parsing and checks that AssetImporter::parse() and the streamed
// import (services/AssetImportService) share.
namespace mamori::import {

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
    QString fieldName;   // canonical, for a Field
    FieldType type = FieldType::Text;
    DateOrder dateOrder = DateOrder::Auto; // for a date column: the file's, or the one its
                                           // unambiguous dates settled
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
    int endOfSupport = -1;  // definition index of end_of_support
    int categoryLabel = -1; // definition index of category_label
    int purchaseDate = -1;  // definition index of purchase_date
    ImportOptions options;
    bool fieldCountsAreExact = false; // see ImportSource
};

// `mapping` empty: recognise the headers; shorter than the header: the rest are custom columns.
QStringList completeMapping(const QStringList &header, AssetKind kind, QStringList mapping);
ImportPlan planFor(const QStringList &header, AssetKind kind, const QStringList &mapping,
                   const ImportOptions &options = {});

// What the auto date order saw in one column: cells that need an order, and cells whose
// numbers showed the day first or the month first. Row 0: none seen.
struct DateEvidence
{
    int ambiguousCount = 0;
    int ambiguousRow = 0;
    QString ambiguousText;
    int dayFirstRow = 0;
    QString dayFirstText;
    int monthFirstRow = 0;
    QString monthFirstText;

    void merge(const DateEvidence &later);
};

// The mapped, guessed and unknown values of enumerated columns, counted as rows are parsed so
// the Values step needs no second pass over the file.
class ValueTally
{
public:
    void note(const ColumnPlan &column, int columnIndex, const QString &text, ValueReading reading,
              const QString &code, int firstRow, int rows);
    void merge(const ValueTally &later);
    // By column, then by how many rows hold each value (most first).
    QList<ImportedValue> values() const;
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    QHash<QString, ImportedValue> m_values; // column + text
};
// The stored fields an import writes to records that exist already: the mapped ones.
QStringList fieldsToWrite(AssetKind kind, const QStringList &mapping);

// The records made from some rows, with their problems and keys.
template<typename Record> struct ParsedRows
{
    QList<int> rowNumbers; // per record, as the spreadsheet shows it
    QList<Record> records;
    QList<ImportProblem> problems;
    QList<ImportProblem> warnings;
    QStringList keys;
    ValueTally values;
    QHash<int, DateEvidence> dates; // by column, for date columns read in auto order
};

// What every chunk of one import said besides its records, gathered in row order.
struct ImportFindings
{
    QList<ImportProblem> problems;
    QList<ImportProblem> warnings;
    ValueTally values;
    QHash<int, DateEvidence> dates;

    template<typename Record> void add(const ParsedRows<Record> &chunk)
    {
        problems.append(chunk.problems);
        warnings.append(chunk.warnings);
        values.merge(chunk.values);
        for (auto it = chunk.dates.cbegin(); it != chunk.dates.cend(); ++it)
            dates[it.key()].merge(it.value());
    }
    // Whether some dates wait for their column's order.
    bool datesPending() const;
};

// Decides each auto date column's order from what its cells showed. A column whose dates could
// be either way round, or that holds both, is a problem; `decided` has the columns that need
// parsing again in the order their other dates showed.
struct DateOrderDecision
{
    QHash<int, DateOrder> decided;
    QList<ImportProblem> problems;
};
DateOrderDecision decideDateOrders(const ImportPlan &plan, const QHash<int, DateEvidence> &dates);
void applyDateOrders(ImportPlan &plan, const QHash<int, DateOrder> &orders);

// Parses `count` rows; safe on any thread (each call keeps its own caches).
template<typename Record>
void parseRows(const TableRow *rows, qsizetype count, const ImportPlan &plan,
               ParsedRows<Record> &parsed);
extern template void parseRows(const TableRow *, qsizetype, const ImportPlan &,
                               ParsedRows<Device> &);
extern template void parseRows(const TableRow *, qsizetype, const ImportPlan &,
                               ParsedRows<InformationAsset> &);

// Finds keys given twice, in row order: the second row is a problem naming the first.
class DuplicateKeys
{
public:
    DuplicateKeys(AssetKind kind, qsizetype rows);
    void check(const QString &key, int row);
    const QList<ImportProblem> &problems() const { return m_problems; }

private:
    AssetKind m_kind;
    QHash<QString, int> m_firstRowOfKey;
    QList<ImportProblem> m_problems;
};

Error cancelled();
void sortByRow(QList<ImportProblem> &problems);

} // namespace mamori::import
