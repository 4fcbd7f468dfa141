#pragma once

#include "Result.h"
#include "inventory/AssetFields.h"
#include "inventory/Device.h"
#include "inventory/InformationAsset.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace mamori {

class Database;

// Devices needing attention, as the Assets page's flag filter offers them.
enum class DeviceFlag
{
    None,
    UnsupportedOs,  // end of support passed or within 180 days
    NoRecentUpdate, // no update applied for 90 days (or never recorded)
    NoMfa,          // MFA "no" or only partly
    NotEncrypted,   // disk encryption "no"
    WarrantyExpired,
};

struct AssetFilter
{
    QString text; // matched anywhere in the text columns, case-insensitively
    std::optional<DeviceCategory> category;
    std::optional<DeviceStatus> status;
    QString department; // exact; empty: any (owning department for information assets)
    DeviceFlag flag = DeviceFlag::None;
    QDate today = QDate::currentDate();
};

struct AssetSort
{
    QString field = QStringLiteral("id"); // a canonical field, "importance" or "risk"
    bool descending = false;
};

// Filtered, sorted, paged reads for the Assets page, so the table never holds more rows than
// it shows: filtering and sorting happen in SQL (PITFALLS: a proxy model only sees fetched rows).
template<typename Record> class AssetQuery
{
public:
    explicit AssetQuery(Database &database) : m_database(database) {}

    Result<int> count(const AssetFilter &filter) const;
    Result<QList<Record>> page(const AssetFilter &filter, const AssetSort &sort, int offset,
                               int limit) const;
    // Distinct departments in use, for the department filter.
    Result<QStringList> departments() const;

private:
    Database &m_database;
};

extern template class AssetQuery<Device>;
extern template class AssetQuery<InformationAsset>;

} // namespace mamori
