#pragma once

#include "Clock.h"
#include "Result.h"
#include "inventory/AssetFields.h"
#include "inventory/AssetFilter.h"
#include "inventory/Device.h"
#include "inventory/DeviceChecks.h"
#include "inventory/InformationAsset.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace mamori {

class Database;

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
