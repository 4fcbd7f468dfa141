#pragma once

#include "Clock.h"
#include "Result.h"
#include "inventory/AssetFields.h"
#include "inventory/Device.h"
#include "inventory/DeviceChecks.h"
#include "inventory/InformationAsset.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace mamori {

class Database;

struct AssetFilter
{
    QString text; // matched anywhere in the text columns, case-insensitively
    std::optional<DeviceCategory> category;
    std::optional<DeviceStatus> status;
    QString department; // exact; empty: any (owning department for information assets)
    std::optional<DeviceCheck> check; // devices only: those DeviceChecks::holds() accepts
    QDate today = Clock::today();     // what the check's dates are measured from
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
