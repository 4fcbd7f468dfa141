#pragma once

#include "Clock.h"
#include "inventory/AssetValues.h"
#include "inventory/DeviceChecks.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mamori {

// What the Assets page asks for: storage turns it into SQL (storage/AssetQuery), the table
// model keeps it between reloads.
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

} // namespace mamori
