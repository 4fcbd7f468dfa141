#pragma once

#include "Result.h"
#include "inventory/AssetValues.h"
#include "inventory/DeviceChecks.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace mamori {

class Database;

// Devices counted by status and by DeviceChecks in one scan of the device table, for the
// management summary: its time must not grow with every count it prints.
struct DeviceTally
{
    QMap<DeviceStatus, qint64> byStatus;
    QMap<DeviceCheck, qint64> byCheck;
    QMap<std::pair<DeviceCategory, DeviceStatus>, qint64> byCategoryAndStatus;
};

Result<DeviceTally> tallyDevices(Database &database, const QList<DeviceCheck> &checks,
                                 const QDate &today);

} // namespace mamori
