#include "ModuleReminders.h"

#include <QLocale>

namespace mamori {

namespace {

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString monthName(const QDate &month)
{
    return QLocale().toString(month, QLocale().language() == QLocale::Japanese
                                         ? QStringLiteral("yyyy年M月")
                                         : QStringLiteral("MMMM yyyy"));
}

} // namespace

QList<Reminder> ModuleReminders::backups(const QList<PlanOverview> &plans, const QTimeZone &zone)
{
    QList<Reminder> reminders;
    for (const PlanOverview &overview : plans) {
        const BackupPlan &plan = overview.plan;
        const PlanStatus &status = overview.status;
        const QString id = QString::number(plan.id);
        Reminder backup;
        backup.key = QStringLiteral("backup:") + id;
        backup.source = QStringLiteral("backups");
        backup.record = QStringLiteral("backup_plan:") + id;
        backup.due = status.nextDue.toTimeZone(zone).date();
        switch (status.state) {
        case BackupState::Failed:
        case BackupState::Partial:
            backup.title = status.state == BackupState::Failed
                               ? tr("Backup “%1”: the last run failed").arg(plan.name)
                               : tr("Backup “%1”: the last run was partial").arg(plan.name);
            backup.due = overview.history.latestRun->startedAt.toTimeZone(zone).date();
            backup.pastGrace = true;
            break;
        case BackupState::Late:
            backup.title = tr("Backup “%1” is late").arg(plan.name);
            backup.pastGrace = true;
            break;
        case BackupState::Due:
        case BackupState::Ok:
            backup.title = tr("Backup “%1”").arg(plan.name);
            break;
        }
        backup.detail = BackupPlans::describe(plan.schedule);
        if (backup.due.isValid())
            reminders << backup;

        Reminder restore;
        restore.key = QStringLiteral("restore_test:") + id;
        restore.source = backup.source;
        restore.record = backup.record;
        restore.due = status.restoreDue;
        if (status.restore == RestoreState::Failed) {
            restore.title = tr("Restore test from “%1” failed: test again").arg(plan.name);
            restore.due = overview.history.latestTest->testedAt.toTimeZone(zone).date();
            restore.pastGrace = true;
        } else {
            restore.title = tr("Test restoring from “%1”").arg(plan.name);
        }
        restore.detail = tr("Every %n day(s)", nullptr, plan.restoreTestDays);
        if (restore.due.isValid())
            reminders << restore;
    }
    return reminders;
}

QList<Reminder> ModuleReminders::action(const ActionSnapshot &snapshot)
{
    QList<Reminder> reminders;
    for (const ActionReminder &due : ActionRules::reminders(snapshot)) {
        Reminder reminder;
        reminder.key = QStringLiteral("action:") + due.key;
        reminder.source = QStringLiteral("action");
        reminder.record = reminder.key;
        reminder.title = due.title;
        reminder.due = due.due;
        reminders << reminder;
    }
    return reminders;
}

QList<Reminder> ModuleReminders::inventory(const InventoryDates &dates)
{
    QList<Reminder> reminders;
    const auto source = QStringLiteral("inventory");
    if (dates.supportEnded > 0) {
        Reminder ended;
        ended.key = QStringLiteral("inventory:end_of_support:ended");
        ended.source = source;
        ended.record = ended.key;
        ended.title = tr("%n device(s) in use past end of support", nullptr, dates.supportEnded);
        ended.detail = tr("Replace or retire them; the Assets page lists them.");
        ended.due = dates.latestSupportEnded;
        ended.pastGrace = true;
        reminders << ended;
    }
    for (const MonthCount &month : dates.supportEnds) {
        Reminder reminder;
        reminder.key = QStringLiteral("inventory:end_of_support:") + monthKey(month.month);
        reminder.source = source;
        reminder.record = reminder.key;
        reminder.title = tr("%n device(s)' support ends in %1", nullptr, month.devices)
                             .arg(monthName(month.month));
        reminder.due = month.firstDate;
        reminders << reminder;
    }
    for (const MonthCount &month : dates.warrantyEnds) {
        Reminder reminder;
        reminder.key = QStringLiteral("inventory:warranty_end:") + monthKey(month.month);
        reminder.source = source;
        reminder.record = reminder.key;
        reminder.title = tr("%n device(s)' warranty ends in %1", nullptr, month.devices)
                             .arg(monthName(month.month));
        reminder.due = month.firstDate;
        reminders << reminder;
    }
    return reminders;
}

} // namespace mamori
