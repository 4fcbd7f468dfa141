#pragma once

#include "action/Readiness.h"
#include "backups/BackupState.h"
#include "reminders/Reminder.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace mamori {

// Devices whose date (end of support, end of warranty) falls in one month, counted in SQL.
struct MonthCount
{
    QDate month; // the first day of the month
    int devices = 0;
    QDate firstDate; // the earliest date in the month
};

// The inventory dates a reminder list needs: the devices in use already past end of support,
// and per month from this one on, support and warranty ends.
struct InventoryDates
{
    int supportEnded = 0;
    QDate latestSupportEnded; // of those past end of support
    QList<MonthCount> supportEnds;
    QList<MonthCount> warrantyEnds;
};

// Each module's reminders as the reminder service lists them; the sources in core/services read
// the records and call these.
class ModuleReminders
{
    Q_DECLARE_TR_FUNCTIONS(ModuleReminders)

public:
    // Per plan: the next backup ("backup:ID", overdue when late, failed or partial) and the
    // next restore test ("restore_test:ID").
    static QList<Reminder> backups(const QList<PlanOverview> &plans,
                                   const QTimeZone &zone = QTimeZone::systemTimeZone());
    // The self-diagnosis, the policy review and the five rules ("action:diagnosis", …).
    static QList<Reminder> action(const ActionSnapshot &snapshot);
    // One reminder per month and kind ("12 devices' support ends in March 2027"), never one
    // per device, plus one for the devices already past end of support.
    static QList<Reminder> inventory(const InventoryDates &dates);
};

} // namespace mamori
