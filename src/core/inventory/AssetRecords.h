#pragma once

#include "AssetFields.h"
#include "Device.h"
#include "InformationAsset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

#include <array>

namespace mamori {

// One field in its stored form, for bulk writes: no QVariant, no lookup by name, and no copy of
// the text, which is a view into the record (codes point to static storage). Valid as long as
// the record it came from is, unchanged.
struct StoredValue
{
    enum class Type : quint8
    {
        Null,
        Integer,
        Text, // never NULL: an unset text field is stored as ''
        Code, // an enumeration code (ASCII), '' for Unknown
        Date, // stored as ISO 8601 text
    };
    Type type = Type::Null;
    qint64 integer = 0;
    QStringView text;
    QLatin1String code;
    QDate date;
};

// Reads and writes the canonical fields of devices and information assets by name, so storage,
// import, export and JSON share one definition of what each field holds and how it is written.
//
// Three forms of a value:
// - stored:    what the database column holds (codes, ISO dates, numbers, NULL for unset);
// - canonical: text for JSON and logs (codes, ISO dates; empty for unset);
// - display:   text for people and exports (translated labels, ISO dates).
class AssetRecords
{
    Q_DECLARE_TR_FUNCTIONS(AssetRecords)

public:
    // Fields with a database column, in AssetFields order (no ImportOnly or Computed ones).
    static QStringList storedFields(AssetKind kind);

    static QVariant storedValue(const Device &device, const QString &field);
    static QVariant storedValue(const InformationAsset &asset, const QString &field);
    static void loadStored(Device &device, const QString &field, const QVariant &value);
    static void loadStored(InformationAsset &asset, const QString &field, const QVariant &value);

    static QString canonicalText(const Device &device, const QString &field);
    static QString canonicalText(const InformationAsset &asset, const QString &field);
    static QString displayText(const Device &device, const QString &field);
    static QString displayText(const InformationAsset &asset, const QString &field);

    // The position of a field in storedFields(kind), or -1. Bulk code looks a column up once and
    // then uses the index forms below.
    static int fieldIndex(AssetKind kind, const QString &field);
    // Every stored field of the record, in storedFields() order, into `values` (resized).
    static void storedValues(const Device &device, QList<StoredValue> &values);
    static void storedValues(const InformationAsset &asset, QList<StoredValue> &values);
    // Copies one field (by fieldIndex()) from one record to another; -1 copies nothing.
    static void copyField(Device &to, const Device &from, int fieldIndex);
    static void copyField(InformationAsset &to, const InformationAsset &from, int fieldIndex);
    // ISO 8601 text of a date in `buffer`; empty for an invalid date or a year past 9999.
    static QLatin1String isoDate(QDate date, std::array<char, 10> &buffer);

    // Parses a spreadsheet cell into the field. Returns an empty string on success, else a short
    // translated reason ("not a date", "unknown category: ノート") for the import report.
    static QString parseCell(Device &device, const QString &field, const QString &cell);
    static QString parseCell(InformationAsset &asset, const QString &field, const QString &cell);
    static QString parseCell(Device &device, int fieldIndex, const QString &cell);
    static QString parseCell(InformationAsset &asset, int fieldIndex, const QString &cell);

    // Sets a date field, or an enumerated one (category, status, coverage, MFA, personal data:
    // the enum's value; levels: 1–3), by fieldIndex(); other fields are left alone.
    static void setDate(Device &device, int fieldIndex, QDate date);
    static void setDate(InformationAsset &asset, int fieldIndex, QDate date);
    static void setEnumeration(Device &device, int fieldIndex, int value);
    static void setEnumeration(InformationAsset &asset, int fieldIndex, int value);

    // Every field by canonical name, dates as ISO 8601, plus "id" and "custom_fields".
    static QJsonObject toJson(const Device &device);
    static QJsonObject toJson(const InformationAsset &asset);

    // The same object as compact JSON text (the audit snapshot of an inserted or deleted record).
    static QString toJsonText(const Device &device);
    static QString toJsonText(const InformationAsset &asset);

    static QString customFieldsJson(const QMap<QString, QString> &fields);
    static QMap<QString, QString> customFieldsFromJson(const QString &json);
};

} // namespace mamori
