#pragma once

#include "Error.h"
#include "inventory/AssetImport.h"
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

// `mapping` empty: recognise the headers; shorter than the header: the rest are custom columns.
QStringList completeMapping(const QStringList &header, AssetKind kind, QStringList mapping);
ImportPlan planFor(const QStringList &header, AssetKind kind, const QStringList &mapping);
// The stored fields an import writes to records that exist already: the mapped ones.
QStringList fieldsToWrite(AssetKind kind, const QStringList &mapping);

// The records made from some rows, with their problems and keys.
template<typename Record> struct ParsedRows
{
    QList<int> rowNumbers; // per record, as the spreadsheet shows it
    QList<Record> records;
    QList<ImportProblem> problems;
    QStringList keys;
};

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
