#pragma once

#include "AssetFields.h"
#include "Device.h"
#include "InformationAsset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

namespace mamori {

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

    // Parses a spreadsheet cell into the field. Returns an empty string on success, else a short
    // translated reason ("not a date", "unknown category: ノート") for the import report.
    static QString parseCell(Device &device, const QString &field, const QString &cell);
    static QString parseCell(InformationAsset &asset, const QString &field, const QString &cell);

    // Every field by canonical name, dates as ISO 8601, plus "id" and "custom_fields".
    static QJsonObject toJson(const Device &device);
    static QJsonObject toJson(const InformationAsset &asset);

    // The same object as compact JSON text, written directly: the audit snapshot of every
    // imported row uses it, and building a QJsonObject per row costs a third of an import.
    static QString toJsonText(const Device &device);
    static QString toJsonText(const InformationAsset &asset);

    static QString customFieldsJson(const QMap<QString, QString> &fields);
    static QMap<QString, QString> customFieldsFromJson(const QString &json);
};

} // namespace mamori
