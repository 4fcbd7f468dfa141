#pragma once

#include "BackgroundTask.h"
#include "Document.h"
#include "backups/BackupPlan.h"
#include "backups/BackupRun.h"
#include "backups/BackupState.h"
#include "backups/ThreeTwoOne.h"
#include "reminders/Reminder.h"

#include <QDateTime>

namespace mamori {

class ActionDocument;
class InventoryDocument;

// Backup plans, their runs and restore tests, and the reminder list with its snooze and done
// marks. Every change is an undo command through the audited repositories.
class BackupDocument : public Document
{
    Q_OBJECT

public:
    BackupDocument(DatabaseSession &session, InventoryDocument &inventory, ActionDocument &action,
                   QObject *parent = nullptr);

    Result<QList<PlanOverview>> overviews(const QDateTime &nowUtc) const;
    Result<QList<BackupRun>> runs(qint64 planId, int limit) const;
    Result<QList<RestoreTest>> restoreTests(qint64 planId, int limit) const;
    Result<QList<ThreeTwoOneResult>> threeTwoOne() const;
    Result<QList<ProtectedItem>> protectableItems(int limit) const;
    // Every reminder of every source (core/reminders), settled for `today`.
    Result<QList<Reminder>> reminders(const QDate &today) const;
    // The same on a worker through its own connection (a few hundred ms at 100,000 devices, the
    // inventory's dates); `reminders` receives them.
    BackgroundJob remindersJob(const QDate &today,
                               std::shared_ptr<QList<Reminder>> reminders) const;
    // Whether any plan exists (the Dashboard's getting-started step).
    Result<bool> hasPlans() const;
    // The .ics of the reminders and schedules (calendar export).
    Status exportCalendar(const QString &path) const;

    qint64 addPlan(const BackupPlan &plan);
    bool updatePlan(const BackupPlan &plan);
    bool removePlan(qint64 id);
    qint64 recordRun(const BackupRun &run);
    qint64 recordRestoreTest(const RestoreTest &test);
    // A safety copy Mamori saved (SafetyCopyRuns): a run of the built-in plan. Not a command:
    // Mamori recorded it, nobody's edit to undo.
    void recordSafetyCopy(const QString &copyPath);
    bool snooze(const Reminder &reminder, const QDate &until);
    bool markDone(const Reminder &reminder);

signals:
    void plansChanged();
    void runsChanged(); // runs and restore tests
    // The reminders may differ: a plan, a run, a mark, or another module's records changed.
    void remindersChanged();

private:
    bool setMark(const QString &text, const ReminderMark &mark);
};

} // namespace mamori
