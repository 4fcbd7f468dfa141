#pragma once

#include "backups/BackupPlan.h"
#include "backups/BackupRun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace mamori {

// What storage knows about a plan's runs: its latest run and latest successful run, and the same
// for restore tests (by their time, not by when they were recorded).
struct PlanHistory
{
    std::optional<BackupRun> latestRun;
    std::optional<BackupRun> latestSuccess;
    std::optional<RestoreTest> latestTest;
    std::optional<RestoreTest> latestPassedTest;
};

enum class BackupState
{
    Ok,      // the last run succeeded and the next one is not due yet
    Due,     // the due time has passed, the grace period not yet
    Late,    // past the due time and the grace period with no successful run
    Failed,  // the latest run failed, whatever came before
    Partial, // the latest run was partial
};

enum class RestoreState
{
    Ok,
    Due,    // the interval since the last passed test (or since the plan was made) is over
    Failed, // the latest test failed or was partial
};

struct PlanStatus
{
    BackupState state = BackupState::Ok;
    bool late = false; // also set when the state is Failed/Partial and no success came in time
    QDateTime nextDue; // UTC: the first scheduled time after the last success
    QDateTime lateAt;  // nextDue + grace
    RestoreState restore = RestoreState::Ok;
    QDate restoreDue; // local day
    // Something a scheduled task should alert about (`backup due` exits 4).
    bool needsAttention() const
    {
        return (state != BackupState::Ok && state != BackupState::Due) ||
               restore != RestoreState::Ok;
    }
};

// A plan with what the rules make of it, as the Backups page, the CLI and the reminders use it.
struct PlanOverview
{
    BackupPlan plan;
    PlanHistory history;
    PlanStatus status;
};

class BackupRules
{
    Q_DECLARE_TR_FUNCTIONS(BackupRules)

public:
    // A run up to this long before a scheduled time counts for it (a script started early).
    static constexpr int earlyRunHours = 6;

    static PlanStatus status(const BackupPlan &plan, const PlanHistory &history,
                             const QDateTime &nowUtc,
                             const QTimeZone &zone = QTimeZone::systemTimeZone());
    static QString code(BackupState state);  // ok, due, late, failed, partial
    static QString label(BackupState state); // translated
    static QString code(RestoreState state); // ok, due, failed
    static QString label(RestoreState state);
};

} // namespace mamori
