#pragma once

#include "Clock.h"
#include "inventory/AssetValues.h"
#include "inventory/DeviceChecks.h"

#include <QDate>
#include <QList>
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
    // Devices only: those any of these checks accepts, e.g. the records behind a dashboard
    // action ("antivirus missing or not recorded"); empty: no such condition.
    QList<DeviceCheck> anyOfChecks;
    QString osName;               // devices only: exactly this operating system; empty: any
    QDate today = Clock::today(); // what the check's dates are measured from
};

struct AssetSort
{
    QString field = QStringLiteral("id"); // a canonical field, "importance" or "risk"
    bool descending = false;
};

} // namespace mamori
