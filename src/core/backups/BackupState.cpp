#include "BackupState.h"

namespace mamori {

PlanStatus BackupRules::status(const BackupPlan &plan, const PlanHistory &history,
                               const QDateTime &nowUtc, const QTimeZone &zone)
{
    PlanStatus status;
    // The next due time is the first scheduled time the last success does not cover; a run a
    // little early covers the time it was meant for.
    const QDateTime covered =
        history.latestSuccess
            ? history.latestSuccess->startedAt.addSecs(qint64(earlyRunHours) * 3600)
            : plan.createdAt;
    status.nextDue = plan.schedule.firstAfter(covered, zone);
    status.lateAt = status.nextDue.isValid()
                        ? status.nextDue.addSecs(qint64(plan.graceHours) * 3600)
                        : QDateTime();
    status.late = status.lateAt.isValid() && nowUtc > status.lateAt;

    if (history.latestRun && history.latestRun->result == RunResult::Failed)
        status.state = BackupState::Failed;
    else if (history.latestRun && history.latestRun->result == RunResult::Partial)
        status.state = BackupState::Partial;
    else if (status.late)
        status.state = BackupState::Late;
    else if (status.nextDue.isValid() && nowUtc >= status.nextDue)
        status.state = BackupState::Due;
    else
        status.state = BackupState::Ok;

    const QDateTime lastPassed =
        history.latestPassedTest ? history.latestPassedTest->testedAt : plan.createdAt;
    status.restoreDue = lastPassed.isValid()
                            ? lastPassed.toTimeZone(zone).date().addDays(plan.restoreTestDays)
                            : QDate();
    const QDate today = nowUtc.toTimeZone(zone).date();
    if (history.latestTest && history.latestTest->result != RunResult::Ok)
        status.restore = RestoreState::Failed;
    else if (status.restoreDue.isValid() && today > status.restoreDue)
        status.restore = RestoreState::Due;
    else
        status.restore = RestoreState::Ok;
    return status;
}

QString BackupRules::code(BackupState state)
{
    switch (state) {
    case BackupState::Ok:
        return QStringLiteral("ok");
    case BackupState::Due:
        return QStringLiteral("due");
    case BackupState::Late:
        return QStringLiteral("late");
    case BackupState::Failed:
        return QStringLiteral("failed");
    case BackupState::Partial:
        break;
    }
    return QStringLiteral("partial");
}

QString BackupRules::label(BackupState state)
{
    switch (state) {
    case BackupState::Ok:
        return tr("Up to date");
    case BackupState::Due:
        return tr("Due now");
    case BackupState::Late:
        return tr("Late");
    case BackupState::Failed:
        return tr("Last run failed");
    case BackupState::Partial:
        break;
    }
    return tr("Last run partial");
}

QString BackupRules::code(RestoreState state)
{
    switch (state) {
    case RestoreState::Ok:
        return QStringLiteral("ok");
    case RestoreState::Due:
        return QStringLiteral("due");
    case RestoreState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString BackupRules::label(RestoreState state)
{
    switch (state) {
    case RestoreState::Ok:
        return tr("Restore tested");
    case RestoreState::Due:
        return tr("Restore test due");
    case RestoreState::Failed:
        break;
    }
    return tr("Last restore test failed");
}

} // namespace mamori
