#pragma once

// Internal to src/core/storage: how devices and information assets map to their tables,
// shared by AssetRepository (writes) and AssetQuery (filtered reads).

#include "SqlSupport.h"
#include "inventory/AssetRecords.h"

#include <QJsonDocument>

namespace mamori::asset_tables {

// What differs between the two kinds of asset tables.
template<typename Record> struct Table;

template<> struct Table<Device>
{
    static constexpr AssetKind kind = AssetKind::Devices;
    static QString name() { return QStringLiteral("device"); }
    static QStringList keyFields() { return {QStringLiteral("asset_number")}; }
};

template<> struct Table<InformationAsset>
{
    static constexpr AssetKind kind = AssetKind::Information;
    static QString name() { return QStringLiteral("information_asset"); }
    static QStringList keyFields()
    {
        return {QStringLiteral("business_area"), QStringLiteral("name")};
    }
};

// Columns beyond the canonical fields, with how to read and write them.
inline QStringList extraColumns(const Device &)
{
    return {QStringLiteral("end_of_support_overridden"), QStringLiteral("custom_fields")};
}

inline QStringList extraColumns(const InformationAsset &)
{
    return {QStringLiteral("custom_fields")};
}

inline QVariant extraValue(const Device &device, const QString &column)
{
    if (column == QLatin1String("end_of_support_overridden"))
        return int(device.endOfSupportOverridden);
    return AssetRecords::customFieldsJson(device.customFields);
}

inline QVariant extraValue(const InformationAsset &asset, const QString &)
{
    return AssetRecords::customFieldsJson(asset.customFields);
}

// Whether two records hold the same value in an extra column (what comparing extraValue()s says).
inline bool sameExtra(const Device &a, const Device &b, const QString &column)
{
    if (column == QLatin1String("end_of_support_overridden"))
        return a.endOfSupportOverridden == b.endOfSupportOverridden;
    return a.customFields == b.customFields;
}

inline bool sameExtra(const InformationAsset &a, const InformationAsset &b, const QString &)
{
    return a.customFields == b.customFields;
}

// Whether two stored forms store the same thing (what comparing storedValue()s says).
inline bool sameStored(const StoredValue &a, const StoredValue &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case StoredValue::Type::Null:
        return true;
    case StoredValue::Type::Integer:
        return a.integer == b.integer;
    case StoredValue::Type::Text:
        return a.text == b.text;
    case StoredValue::Type::Code:
        return a.code == b.code;
    case StoredValue::Type::Date: {
        std::array<char, 10> first;
        std::array<char, 10> second;
        return a.date == b.date ||
               AssetRecords::isoDate(a.date, first) == AssetRecords::isoDate(b.date, second);
    }
    }
    return false;
}

inline void loadExtra(Device &device, const QString &column, const QVariant &value)
{
    if (column == QLatin1String("end_of_support_overridden"))
        device.endOfSupportOverridden = value.toInt() != 0;
    else
        device.customFields = AssetRecords::customFieldsFromJson(value.toString());
}

inline void loadExtra(InformationAsset &asset, const QString &, const QVariant &value)
{
    asset.customFields = AssetRecords::customFieldsFromJson(value.toString());
}

// The texts the Assets filter searches, in the order the device's search_text column joins them
// with spaces. Mamori fills that column itself (migration 6): as an SQLite generated column,
// joining them cost a quarter of each insert of an import.
inline std::array<QStringView, 16> searchedTexts(const Device &device)
{
    return {device.assetNumber, device.name,         device.disposalMethod, device.assignedUser,
            device.department,  device.location,     device.manufacturer,   device.model,
            device.modelNumber, device.serialNumber, device.osName,         device.osVersion,
            device.supplier,    device.orderNumber,  device.notes,          device.categoryLabel};
}

inline QString searchText(const Device &device)
{
    QString text;
    bool first = true;
    for (const QStringView part : searchedTexts(device)) {
        if (!first)
            text += QLatin1Char(' ');
        first = false;
        text += part;
    }
    return text;
}

// Built once: bulk imports ask for it several times per row.
template<typename Record> const QStringList &columns()
{
    static const QStringList names =
        AssetRecords::storedFields(Table<Record>::kind) + extraColumns(Record{});
    return names;
}

template<typename Record> QVariant columnValue(const Record &record, const QString &column)
{
    if (extraColumns(record).contains(column))
        return extraValue(record, column);
    return AssetRecords::storedValue(record, column);
}

inline QString auditText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

template<typename Record> QString snapshot(const Record &record)
{
    return AssetRecords::toJsonText(record);
}

// From the current row of a QSqlQuery or a SqliteStatement running selectSql().
template<typename Record, typename Row> Record recordFrom(const Row &query)
{
    Record record;
    record.id = query.value(0).toLongLong();
    const QStringList names = columns<Record>();
    const QStringList extra = extraColumns(record);
    for (int i = 0; i < names.size(); ++i) {
        const QVariant value = query.value(i + 1);
        if (extra.contains(names[i]))
            loadExtra(record, names[i], value);
        else
            AssetRecords::loadStored(record, names[i], value);
    }
    return record;
}

template<typename Record> QString selectSql()
{
    return QStringLiteral("SELECT id, %1 FROM %2")
        .arg(columns<Record>().join(QStringLiteral(", ")), Table<Record>::name());
}

} // namespace mamori::asset_tables
