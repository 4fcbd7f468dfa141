#pragma once

#include "Result.h"
#include "backups/BackupPlan.h"
#include "backups/BackupRun.h"
#include "backups/BackupState.h"
#include "backups/ThreeTwoOne.h"

#include <QList>
#include <QTimeZone>

#include <optional>

namespace mamori {

class Database;

// Backup plans, their runs and restore tests. Every write is audited in its own transaction
// (entities backup_plan, backup_run, restore_test).
class BackupRepository
{
public:
    explicit BackupRepository(Database &database) : m_database(database) {}

    // Every plan by name, with what it protects (labels read from the inventory).
    Result<QList<BackupPlan>> plans() const;
    Result<BackupPlan> plan(qint64 id) const;
    // A plan by its id (digits) or its exact name; none when neither matches.
    Result<std::optional<BackupPlan>> findPlan(const QString &nameOrId) const;
    // A device by asset number, else an information asset by name, else "mamori" for Mamori's
    // own database; an InvalidInput error naming the text when nothing matches.
    Result<ProtectedItem> resolveItem(const QString &text) const;
    // What a plan can protect, to choose from: Mamori's database, the information assets, then
    // servers, cloud services and the other devices in use; at most `limit` of each kind.
    Result<QList<ProtectedItem>> protectableItems(int limit) const;

    Result<qint64> addPlan(const BackupPlan &plan);
    Status updatePlan(const BackupPlan &plan);
    // Removes the plan with its runs and restore tests.
    Status removePlan(qint64 id);
    // Puts a removed plan back under its id, with its runs and tests (undo of a remove).
    Status restorePlan(const BackupPlan &plan, const QList<BackupRun> &runs,
                       const QList<RestoreTest> &tests);

    Result<qint64> recordRun(const BackupRun &run);
    Status removeRun(qint64 id);             // undo of a record
    Status restoreRun(const BackupRun &run); // redo: back under its id
    // Mamori's own safety copies are runs of one plan the firm did not have to write: `builtin`
    // is added the first time a copy is recorded, and its id kept (app_setting), so a rename
    // keeps it. Once the firm has removed that plan, copies are no longer recorded. The new
    // run's id, or 0 when there is no plan to record it on.
    Result<qint64> recordSafetyCopy(const BackupPlan &builtin, const BackupRun &run);
    // The built-in plan's id; 0 before the first safety copy was recorded.
    Result<qint64> safetyCopyPlanId() const;
    Result<qint64> recordRestoreTest(const RestoreTest &test);
    Status removeRestoreTest(qint64 id);
    Status restoreRestoreTest(const RestoreTest &test);

    // Newest first; limit < 0 for all.
    Result<QList<BackupRun>> runs(qint64 planId, int limit = -1) const;
    Result<QList<RestoreTest>> restoreTests(qint64 planId, int limit = -1) const;
    Result<PlanHistory> history(qint64 planId) const;
    // Every plan with its history and status at `nowUtc`.
    Result<QList<PlanOverview>>
    overviews(const QDateTime &nowUtc, const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    // For the 3-2-1 check: every protected item with the plans copying it, and every
    // information asset of importance 3 that no plan protects.
    Result<QList<ProtectedAsset>> protectedAssets() const;

private:
    template<typename Write> Result<qint64> inTransaction(Write write);
    // Without a transaction of their own: the caller's holds them.
    Result<qint64> insertPlan(const BackupPlan &plan, bool keepId);
    Status writeItems(const BackupPlan &plan);
    Result<qint64> insertRun(const BackupRun &run, bool keepId);
    Result<qint64> insertTest(const RestoreTest &test, bool keepId);

    Database &m_database;
};

} // namespace mamori
