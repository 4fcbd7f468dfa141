#pragma once

#include "action/Readiness.h"
#include "incidents/IncidentFile.h"
#include "inventory/AssetValues.h"
#include "posture/PostureReport.h"
#include "reminders/Reminder.h"

#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace mamori {

// Everything the Dashboard shows, read together on a worker: today's posture and its ranked
// actions, the stored daily history the chart draws (exactly what `posture history` prints),
// devices by category and status, SECURITY ACTION readiness, what is due, and the incidents
// still open. Counts come from SQL aggregates, so the time does not grow with every device.
struct DashboardFacts
{
    PostureReport posture;
    QList<PostureSnapshot> history; // oldest first
    QMap<std::pair<DeviceCategory, DeviceStatus>, qint64> devices;
    ActionSnapshot action;
    Readiness readiness;
    QList<Reminder> reminders;            // not done, the soonest first
    QList<IncidentSummary> openIncidents; // not closed, the most recent first

    // The reminders of one source ("backups", "action", …), in the same order.
    QList<Reminder> remindersOf(const QString &source) const;
};

} // namespace mamori
