#include "BackupDocument.h"

#include "Clock.h"
#include "DatabaseSession.h"
#include "action/ActionDocument.h"
#include "assets/InventoryDocument.h"
#include "services/Reminders.h"
#include "services/SafetyCopyRuns.h"
#include "storage/BackupRepository.h"
#include "storage/Database.h"
#include "storage/ReminderRepository.h"

#include <algorithm>
#include <memory>

namespace mamori {

BackupDocument::BackupDocument(DatabaseSession &session, InventoryDocument &inventory,
                               ActionDocument &action, QObject *parent)
    : Document(session, parent)
{
    connect(&session, &DatabaseSession::databaseChanged, this, [this] {
        emit plansChanged();
        emit runsChanged();
        emit remindersChanged();
    });
    connect(this, &BackupDocument::plansChanged, this, &BackupDocument::remindersChanged);
    connect(this, &BackupDocument::runsChanged, this, &BackupDocument::remindersChanged);
    // Other modules' records are reminders too.
    connect(&inventory, &InventoryDocument::assetsChanged, this, &BackupDocument::remindersChanged);
    for (const auto signal : {&ActionDocument::fiveRulesChanged, &ActionDocument::diagnosesChanged,
                              &ActionDocument::policyChanged, &ActionDocument::intervalsChanged}) {
        connect(&action, signal, this, &BackupDocument::remindersChanged);
    }
}

Result<QList<PlanOverview>> BackupDocument::overviews(const QDateTime &nowUtc) const
{
    return read<QList<PlanOverview>>(
        [&nowUtc](Database &database) { return BackupRepository(database).overviews(nowUtc); });
}

Result<QList<BackupRun>> BackupDocument::runs(qint64 planId, int limit) const
{
    return read<QList<BackupRun>>(
        [=](Database &database) { return BackupRepository(database).runs(planId, limit); });
}

Result<QList<RestoreTest>> BackupDocument::restoreTests(qint64 planId, int limit) const
{
    return read<QList<RestoreTest>>(
        [=](Database &database) { return BackupRepository(database).restoreTests(planId, limit); });
}

Result<QList<ThreeTwoOneResult>> BackupDocument::threeTwoOne() const
{
    return read<QList<ThreeTwoOneResult>>(
        [](Database &database) -> Result<QList<ThreeTwoOneResult>> {
            auto assets = BackupRepository(database).protectedAssets();
            if (!assets)
                return assets.error();
            QList<ThreeTwoOneResult> results;
            for (const ProtectedAsset &asset : std::as_const(*assets))
                results << ThreeTwoOne::check(asset);
            return results;
        });
}

Result<QList<ProtectedItem>> BackupDocument::protectableItems(int limit) const
{
    return read<QList<ProtectedItem>>(
        [limit](Database &database) { return BackupRepository(database).protectableItems(limit); });
}

BackgroundJob BackupDocument::remindersJob(const QDate &today,
                                           std::shared_ptr<QList<Reminder>> reminders) const
{
    const QString path = database() ? database()->path() : QString();
    return [path, today, reminders](const ProgressCallback &) -> Status {
        auto reader = Database::openReader(path);
        if (!reader)
            return reader.error();
        auto loaded = loadReminders(**reader, today);
        if (!loaded)
            return loaded.error();
        *reminders = std::move(*loaded);
        return {};
    };
}

Result<bool> BackupDocument::hasPlans() const
{
    return read<bool>([](Database &database) -> Result<bool> {
        // A plan the firm made: the built-in one for Mamori's safety copies does not count.
        BackupRepository repository(database);
        auto plans = repository.plans();
        auto builtin = repository.safetyCopyPlanId();
        if (!plans)
            return plans.error();
        if (!builtin)
            return builtin.error();
        return std::any_of(plans->cbegin(), plans->cend(),
                           [&](const BackupPlan &plan) { return plan.id != *builtin; });
    });
}

Status BackupDocument::exportCalendar(const QString &path) const
{
    Database *open = database();
    if (!open)
        return Error(ErrorKind::DatabaseMissing, tr("No database is open."));
    return mamori::exportCalendar(*open, path, Clock::today(), Clock::nowUtc());
}

qint64 BackupDocument::addPlan(const BackupPlan &plan)
{
    // The first redo gives it its id; a redo after an undo puts it back under that id.
    auto added = std::make_shared<BackupPlan>(plan);
    added->id = 0;
    if (!added->createdAt.isValid())
        added->createdAt = Clock::nowUtc();
    const bool done = push(
        tr("Add the backup plan “%1”").arg(plan.name),
        [added](Database &database) -> Status {
            BackupRepository repository(database);
            if (added->id != 0)
                return repository.restorePlan(*added, {}, {});
            auto id = repository.addPlan(*added);
            if (!id)
                return id.error();
            added->id = *id;
            return {};
        },
        [added](Database &database) { return BackupRepository(database).removePlan(added->id); },
        [this] { emit plansChanged(); });
    return done ? added->id : 0;
}

bool BackupDocument::updatePlan(const BackupPlan &plan)
{
    Database *open = database();
    if (!open) {
        emit writeFailed(Error(ErrorKind::DatabaseMissing, tr("No database is open.")));
        return false;
    }
    auto before = BackupRepository(*open).plan(plan.id);
    if (!before) {
        emit writeFailed(before.error());
        return false;
    }
    return push(
        tr("Edit the backup plan “%1”").arg(plan.name),
        [plan](Database &database) { return BackupRepository(database).updatePlan(plan); },
        [before = *before](Database &database) {
            return BackupRepository(database).updatePlan(before);
        },
        [this] { emit plansChanged(); });
}

bool BackupDocument::removePlan(qint64 id)
{
    Database *open = database();
    if (!open) {
        emit writeFailed(Error(ErrorKind::DatabaseMissing, tr("No database is open.")));
        return false;
    }
    BackupRepository repository(*open);
    auto plan = repository.plan(id);
    auto runs = repository.runs(id);
    auto tests = repository.restoreTests(id);
    for (const Error *error : {plan ? nullptr : &plan.error(), runs ? nullptr : &runs.error(),
                               tests ? nullptr : &tests.error()}) {
        if (error) {
            emit writeFailed(*error);
            return false;
        }
    }
    return push(
        tr("Delete the backup plan “%1”").arg(plan->name),
        [id](Database &database) { return BackupRepository(database).removePlan(id); },
        [plan = *plan, runs = *runs, tests = *tests](Database &database) {
            return BackupRepository(database).restorePlan(plan, runs, tests);
        },
        [this] {
            emit plansChanged();
            emit runsChanged();
        });
}

void BackupDocument::recordSafetyCopy(const QString &copyPath)
{
    Database *open = database();
    if (!open)
        return;
    auto recorded =
        SafetyCopyRuns::record(*open, copyPath, Clock::nowUtc(), QStringLiteral("Mamori"));
    if (!recorded) {
        emit writeFailed(recorded.error());
        return;
    }
    emit plansChanged();
    emit runsChanged();
    emit remindersChanged();
}

qint64 BackupDocument::recordRun(const BackupRun &run)
{
    auto recorded = std::make_shared<BackupRun>(run);
    recorded->id = 0;
    const bool done = push(
        tr("Record a backup run"),
        [recorded](Database &database) -> Status {
            BackupRepository repository(database);
            // A redo puts the run back as it was recorded, under its id.
            if (recorded->id != 0)
                return repository.restoreRun(*recorded);
            auto id = repository.recordRun(*recorded);
            if (!id)
                return id.error();
            recorded->id = *id;
            return {};
        },
        [recorded](Database &database) {
            return BackupRepository(database).removeRun(recorded->id);
        },
        [this] { emit runsChanged(); });
    return done ? recorded->id : 0;
}

qint64 BackupDocument::recordRestoreTest(const RestoreTest &test)
{
    auto recorded = std::make_shared<RestoreTest>(test);
    recorded->id = 0;
    const bool done = push(
        tr("Record a restore test"),
        [recorded](Database &database) -> Status {
            BackupRepository repository(database);
            if (recorded->id != 0)
                return repository.restoreRestoreTest(*recorded);
            auto id = repository.recordRestoreTest(*recorded);
            if (!id)
                return id.error();
            recorded->id = *id;
            return {};
        },
        [recorded](Database &database) {
            return BackupRepository(database).removeRestoreTest(recorded->id);
        },
        [this] { emit runsChanged(); });
    return done ? recorded->id : 0;
}

bool BackupDocument::setMark(const QString &text, const ReminderMark &mark)
{
    Database *open = database();
    if (!open) {
        emit writeFailed(Error(ErrorKind::DatabaseMissing, tr("No database is open.")));
        return false;
    }
    auto marks = ReminderMarkRepository(*open).all();
    if (!marks) {
        emit writeFailed(marks.error());
        return false;
    }
    const ReminderMark before = marks->value(mark.key, ReminderMark{mark.key, {}, {}});
    return push(
        text, [mark](Database &database) { return ReminderMarkRepository(database).set(mark); },
        [before](Database &database) { return ReminderMarkRepository(database).set(before); },
        [this] { emit remindersChanged(); });
}

bool BackupDocument::snooze(const Reminder &reminder, const QDate &until)
{
    return setMark(tr("Snooze “%1”").arg(reminder.title), {reminder.key, until, {}});
}

bool BackupDocument::markDone(const Reminder &reminder)
{
    return setMark(tr("Mark “%1” done").arg(reminder.title), {reminder.key, {}, reminder.due});
}

} // namespace mamori
