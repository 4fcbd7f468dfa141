#include "BackupRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/AppSettings.h"
#include "detail/AuditedFields.h"
#include "detail/BackupRows.h"
#include "detail/Rows.h"
#include "detail/SqlSupport.h"

#include <QRegularExpression>

namespace mamori {

using namespace backup_rows;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupRepository)
};

QString mamoriDatabaseLabel()
{
    return Text::tr("Mamori's own database");
}

// The plans' items with their labels, per plan id.
Status readItems(Database &database, QList<BackupPlan> &plans)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT i.plan_id, i.item_kind, i.item_id,"
        " CASE i.item_kind WHEN 'device' THEN (SELECT d.asset_number || ' ' || d.name FROM device d"
        "  WHERE d.id = i.item_id)"
        " WHEN 'information_asset' THEN (SELECT a.name FROM information_asset a"
        "  WHERE a.id = i.item_id) END"
        " FROM backup_plan_item i ORDER BY i.plan_id, i.item_kind, i.item_id"));
    if (Status done = sql::exec(query, readWhat()); !done)
        return done;
    QHash<qint64, BackupPlan *> byId;
    for (BackupPlan &plan : plans)
        byId.insert(plan.id, &plan);
    while (query.next()) {
        BackupPlan *plan = byId.value(query.value(0).toLongLong());
        if (!plan)
            continue;
        ProtectedItem item;
        item.kind = BackupPlans::itemKindFromCode(query.value(1).toString());
        item.id = query.value(2).toLongLong();
        item.label = item.kind == ProtectedItem::Kind::MamoriDatabase ? mamoriDatabaseLabel()
                                                                      : query.value(3).toString();
        plan->protects << item;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return {};
}

Status validate(const BackupPlan &plan)
{
    const QStringList problems = BackupPlans::problems(plan);
    if (!problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    return {};
}

Status validateRun(const BackupRun &run)
{
    if (!run.startedAt.isValid())
        return Error(ErrorKind::InvalidInput, Text::tr("The run needs a start time."));
    if (run.endedAt.isValid() && run.endedAt < run.startedAt)
        return Error(ErrorKind::InvalidInput, Text::tr("The run ends before it starts."));
    if (run.sizeBytes && *run.sizeBytes < 0)
        return Error(ErrorKind::InvalidInput, Text::tr("The size cannot be negative."));
    return {};
}

Status requirePlan(Database &database, qint64 planId)
{
    auto found = sql::scalar(database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM backup_plan WHERE id = %1")
                                 .arg(planId), // an integer, not text from outside
                             readWhat());
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return Error(ErrorKind::InvalidInput,
                     Text::tr("There is no backup plan with id %1.").arg(planId));
    return {};
}

Status removeRow(Database &database, const QString &table, qint64 id)
{
    QSqlQuery remove(database.connection());
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    remove.addBindValue(id);
    return sql::exec(remove, writeWhat());
}

} // namespace

// One insert and its audit row, committed together.
template<typename Write> Result<qint64> BackupRepository::inTransaction(Write write)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto id = write();
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<BackupPlan>> BackupRepository::plans() const
{
    auto plans = readRows<BackupPlan>(m_database,
                                      QStringLiteral("SELECT ") + planColumns +
                                          QStringLiteral(" FROM backup_plan ORDER BY name"),
                                      {}, planFrom);
    if (!plans)
        return plans;
    if (Status items = readItems(m_database, *plans); !items)
        return items.error();
    return plans;
}

Result<BackupPlan> BackupRepository::plan(qint64 id) const
{
    auto all = plans();
    if (!all)
        return all.error();
    for (const BackupPlan &plan : std::as_const(*all)) {
        if (plan.id == id)
            return plan;
    }
    return Error(ErrorKind::InvalidInput, Text::tr("There is no backup plan with id %1.").arg(id));
}

Result<std::optional<BackupPlan>> BackupRepository::findPlan(const QString &nameOrId) const
{
    auto all = plans();
    if (!all)
        return all.error();
    const QString wanted = nameOrId.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const BackupPlan &plan : std::as_const(*all)) {
        if (plan.name == wanted)
            return std::optional(plan);
    }
    if (isNumber) {
        for (const BackupPlan &plan : std::as_const(*all)) {
            if (plan.id == id)
                return std::optional(plan);
        }
    }
    return std::optional<BackupPlan>();
}

Result<ProtectedItem> BackupRepository::resolveItem(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.compare(QLatin1String("mamori"), Qt::CaseInsensitive) == 0)
        return ProtectedItem{ProtectedItem::Kind::MamoriDatabase, 0, mamoriDatabaseLabel()};
    auto devices = readRows<ProtectedItem>(
        m_database,
        QStringLiteral("SELECT id, asset_number || ' ' || name FROM device WHERE asset_number = ?"),
        {wanted}, [](const QSqlQuery &query) {
            return ProtectedItem{ProtectedItem::Kind::Device, query.value(0).toLongLong(),
                                 query.value(1).toString()};
        });
    if (!devices)
        return devices.error();
    if (!devices->isEmpty())
        return devices->first();
    auto assets = readRows<ProtectedItem>(
        m_database, QStringLiteral("SELECT id, name FROM information_asset WHERE name = ?"),
        {wanted}, [](const QSqlQuery &query) {
            return ProtectedItem{ProtectedItem::Kind::InformationAsset, query.value(0).toLongLong(),
                                 query.value(1).toString()};
        });
    if (!assets)
        return assets.error();
    if (assets->size() == 1)
        return assets->first();
    if (assets->size() > 1)
        return Error(ErrorKind::InvalidInput,
                     Text::tr("“%1” names %2 information assets in different business areas; "
                              "give a device's asset number or a unique name.")
                         .arg(wanted)
                         .arg(assets->size()));
    return Error(ErrorKind::InvalidInput,
                 Text::tr("“%1” is neither a device's asset number nor an information asset's "
                          "name (or “mamori” for Mamori's own database).")
                     .arg(wanted));
}

Result<QList<ProtectedItem>> BackupRepository::protectableItems(int limit) const
{
    QList<ProtectedItem> items{{ProtectedItem::Kind::MamoriDatabase, 0, mamoriDatabaseLabel()}};
    auto assets = readRows<ProtectedItem>(
        m_database,
        QStringLiteral("SELECT id, business_area || ' / ' || name FROM information_asset"
                       " ORDER BY business_area, name LIMIT ?"),
        {limit}, [](const QSqlQuery &query) {
            return ProtectedItem{ProtectedItem::Kind::InformationAsset, query.value(0).toLongLong(),
                                 query.value(1).toString()};
        });
    if (!assets)
        return assets.error();
    items += *assets;
    auto devices = readRows<ProtectedItem>(
        m_database,
        QStringLiteral("SELECT id, asset_number || ' ' || name FROM device"
                       " WHERE status NOT IN ('retired', 'disposed')"
                       " ORDER BY CASE category WHEN 'server' THEN 0 WHEN 'cloud_service' THEN 1"
                       " ELSE 2 END, asset_number LIMIT ?"),
        {limit}, [](const QSqlQuery &query) {
            return ProtectedItem{ProtectedItem::Kind::Device, query.value(0).toLongLong(),
                                 query.value(1).toString()};
        });
    if (!devices)
        return devices.error();
    items += *devices;
    return items;
}

Result<qint64> BackupRepository::addPlan(const BackupPlan &plan)
{
    return inTransaction([&] { return insertPlan(plan, false); });
}

Result<qint64> BackupRepository::insertPlan(const BackupPlan &plan, bool keepId)
{
    if (Status valid = validate(plan); !valid)
        return valid.error();
    auto clash = readRows<qint64>(
        m_database, QStringLiteral("SELECT id FROM backup_plan WHERE name = ?"),
        {plan.name.trimmed()}, [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
    if (!clash)
        return clash.error();
    if (!clash->isEmpty())
        return Error(
            ErrorKind::InvalidInput,
            Text::tr("There is already a backup plan named “%1”.").arg(plan.name.trimmed()));
    BackupPlan stored = plan;
    stored.name = plan.name.trimmed();
    if (!stored.createdAt.isValid())
        stored.createdAt = Clock::nowUtc();
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral(
            "INSERT INTO backup_plan (%1name, method, destination, offline, offsite, immutable, "
            "frequency, weekdays, month_day, every_days, anchor_date, at_time, grace_hours, "
            "responsible, generations, restore_test_days, notes, created_at) VALUES "
            "(%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(keepId ? QStringLiteral("id, ") : QString(),
                 keepId ? QStringLiteral("?, ") : QString()));
    if (keepId)
        insert.addBindValue(plan.id);
    insert.addBindValue(stored.name);
    insert.addBindValue(BackupPlans::code(stored.method));
    insert.addBindValue(sql::text(stored.destination));
    insert.addBindValue(int(stored.offline));
    insert.addBindValue(int(stored.offsite));
    insert.addBindValue(int(stored.immutable));
    insert.addBindValue(BackupPlans::code(stored.schedule.frequency));
    insert.addBindValue(sql::text(BackupPlans::weekdayCodes(stored.schedule.weekdays)));
    insert.addBindValue(stored.schedule.monthDay);
    insert.addBindValue(stored.schedule.everyDays);
    insert.addBindValue(sql::nullableDate(stored.schedule.anchor));
    insert.addBindValue(stored.schedule.at.toString(QStringLiteral("HH:mm")));
    insert.addBindValue(stored.graceHours);
    insert.addBindValue(sql::text(stored.responsible));
    insert.addBindValue(stored.generations);
    insert.addBindValue(stored.restoreTestDays);
    insert.addBindValue(sql::text(stored.notes));
    insert.addBindValue(utcText(stored.createdAt));
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    stored.id = keepId ? plan.id : insert.lastInsertId().toLongLong();
    if (Status items = writeItems(stored); !items)
        return items.error();
    AuditLog audit(m_database);
    if (Status audited =
            audit::recordWhole(audit, QStringLiteral("backup_plan"), QString::number(stored.id),
                               AuditAction::Insert, planFields(), stored);
        !audited)
        return audited.error();
    return stored.id;
}

Status BackupRepository::writeItems(const BackupPlan &plan)
{
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM backup_plan_item WHERE plan_id = ?"));
    clear.addBindValue(plan.id);
    if (Status done = sql::exec(clear, writeWhat()); !done)
        return done;
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO backup_plan_item (plan_id, item_kind, "
                                  "item_id) VALUES (?, ?, ?)"));
    for (const ProtectedItem &item : plan.protects) {
        insert.addBindValue(plan.id);
        insert.addBindValue(BackupPlans::code(item.kind));
        insert.addBindValue(item.kind == ProtectedItem::Kind::MamoriDatabase ? 0 : item.id);
        if (Status done = sql::exec(insert, writeWhat()); !done)
            return done;
    }
    return {};
}

Status BackupRepository::updatePlan(const BackupPlan &plan)
{
    if (Status valid = validate(plan); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = this->plan(plan.id);
    if (!before)
        return before.error();
    auto clash = readRows<qint64>(
        m_database, QStringLiteral("SELECT id FROM backup_plan WHERE name = ? AND id <> ?"),
        {plan.name.trimmed(), plan.id},
        [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
    if (!clash)
        return clash.error();
    if (!clash->isEmpty())
        return Error(
            ErrorKind::InvalidInput,
            Text::tr("There is already a backup plan named “%1”.").arg(plan.name.trimmed()));
    BackupPlan stored = plan;
    stored.name = plan.name.trimmed();
    stored.createdAt = before->createdAt;
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE backup_plan SET name = ?, method = ?, destination = ?, offline = ?, offsite = ?, "
        "immutable = ?, frequency = ?, weekdays = ?, month_day = ?, every_days = ?, "
        "anchor_date = ?, at_time = ?, grace_hours = ?, responsible = ?, generations = ?, "
        "restore_test_days = ?, notes = ? WHERE id = ?"));
    update.addBindValue(stored.name);
    update.addBindValue(BackupPlans::code(stored.method));
    update.addBindValue(sql::text(stored.destination));
    update.addBindValue(int(stored.offline));
    update.addBindValue(int(stored.offsite));
    update.addBindValue(int(stored.immutable));
    update.addBindValue(BackupPlans::code(stored.schedule.frequency));
    update.addBindValue(sql::text(BackupPlans::weekdayCodes(stored.schedule.weekdays)));
    update.addBindValue(stored.schedule.monthDay);
    update.addBindValue(stored.schedule.everyDays);
    update.addBindValue(sql::nullableDate(stored.schedule.anchor));
    update.addBindValue(stored.schedule.at.toString(QStringLiteral("HH:mm")));
    update.addBindValue(stored.graceHours);
    update.addBindValue(sql::text(stored.responsible));
    update.addBindValue(stored.generations);
    update.addBindValue(stored.restoreTestDays);
    update.addBindValue(sql::text(stored.notes));
    update.addBindValue(stored.id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    if (Status items = writeItems(stored); !items)
        return items;
    AuditLog audit(m_database);
    if (Status recorded =
            audit::recordChanges(audit, QStringLiteral("backup_plan"), QString::number(stored.id),
                                 planFields(), &*before, stored);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status BackupRepository::removePlan(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = plan(id);
    if (!before)
        return before.error();
    if (Status removed = removeRow(m_database, QStringLiteral("backup_plan"), id); !removed)
        return removed;
    AuditLog audit(m_database);
    if (Status audited =
            audit::recordWhole(audit, QStringLiteral("backup_plan"), QString::number(id),
                               AuditAction::Delete, planFields(), *before);
        !audited)
        return audited;
    return transaction.commit();
}

Status BackupRepository::restorePlan(const BackupPlan &plan, const QList<BackupRun> &runs,
                                     const QList<RestoreTest> &tests)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto id = insertPlan(plan, true);
    if (!id)
        return id.error();
    for (const BackupRun &run : runs) {
        if (auto inserted = insertRun(run, true); !inserted)
            return inserted.error();
    }
    for (const RestoreTest &test : tests) {
        if (auto inserted = insertTest(test, true); !inserted)
            return inserted.error();
    }
    return transaction.commit();
}

Result<qint64> BackupRepository::recordRun(const BackupRun &run)
{
    return inTransaction([&] { return insertRun(run, false); });
}

namespace {

const auto safetyCopyPlanKey = QStringLiteral("backups.safety_copy_plan");

// The stored id of the built-in plan (which may since have been removed); none before the
// first safety copy was recorded.
Result<std::optional<qint64>> storedSafetyCopyPlan(Database &database)
{
    auto stored = sql::readAppSetting(database, safetyCopyPlanKey, readWhat());
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return std::optional<qint64>();
    return std::optional<qint64>((*stored)->toLongLong());
}

} // namespace

Result<qint64> BackupRepository::safetyCopyPlanId() const
{
    auto stored = storedSafetyCopyPlan(m_database);
    if (!stored)
        return stored.error();
    return stored->value_or(0);
}

Result<qint64> BackupRepository::recordSafetyCopy(const BackupPlan &builtin, const BackupRun &run)
{
    return inTransaction([&]() -> Result<qint64> {
        auto stored = storedSafetyCopyPlan(m_database);
        if (!stored)
            return stored.error();
        qint64 planId = 0;
        if (stored->has_value()) {
            planId = **stored;
            // The firm removed the plan: its choice stands.
            if (Status exists = requirePlan(m_database, planId); !exists)
                return exists.error().kind == ErrorKind::InvalidInput ? Result<qint64>(qint64(0))
                                                                      : exists.error();
        } else {
            auto added = insertPlan(builtin, false);
            if (!added)
                return added;
            planId = *added;
            AuditLog audit(m_database);
            if (Status remembered = sql::writeAppSetting(m_database, audit, safetyCopyPlanKey,
                                                         QString::number(planId), writeWhat());
                !remembered)
                return remembered.error();
        }
        BackupRun copyRun = run;
        copyRun.planId = planId;
        return insertRun(copyRun, false);
    });
}

Result<qint64> BackupRepository::insertRun(const BackupRun &run, bool keepId)
{
    if (Status valid = validateRun(run); !valid)
        return valid.error();
    if (Status exists = requirePlan(m_database, run.planId); !exists)
        return exists.error();
    BackupRun stored = run;
    if (!stored.endedAt.isValid())
        stored.endedAt = stored.startedAt;
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO backup_run (%1plan_id, started_at, ended_at, "
                                  "result, size_bytes, recorded_by, note, evidence_path, "
                                  "evidence_sha256) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(keepId ? QStringLiteral("id, ") : QString(),
                            keepId ? QStringLiteral("?, ") : QString()));
    if (keepId)
        insert.addBindValue(run.id);
    insert.addBindValue(stored.planId);
    insert.addBindValue(utcText(stored.startedAt));
    insert.addBindValue(utcText(stored.endedAt));
    insert.addBindValue(runs::code(stored.result));
    insert.addBindValue(stored.sizeBytes ? QVariant(*stored.sizeBytes) : QVariant());
    insert.addBindValue(sql::text(stored.recordedBy));
    insert.addBindValue(sql::text(stored.note));
    insert.addBindValue(sql::text(stored.evidencePath));
    insert.addBindValue(sql::text(stored.evidenceSha256));
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    stored.id = keepId ? run.id : insert.lastInsertId().toLongLong();
    AuditLog audit(m_database);
    if (Status audited =
            audit::recordWhole(audit, QStringLiteral("backup_run"), QString::number(stored.id),
                               AuditAction::Insert, runFields(), stored);
        !audited)
        return audited.error();
    return stored.id;
}

Status BackupRepository::removeRun(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = readRows<BackupRun>(m_database,
                                      QStringLiteral("SELECT ") + runColumns +
                                          QStringLiteral(" FROM backup_run WHERE id = ?"),
                                      {id}, runFrom);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return Error(ErrorKind::InvalidInput,
                     Text::tr("There is no backup run with id %1.").arg(id));
    if (Status removed = removeRow(m_database, QStringLiteral("backup_run"), id); !removed)
        return removed;
    AuditLog audit(m_database);
    if (Status audited =
            audit::recordWhole(audit, QStringLiteral("backup_run"), QString::number(id),
                               AuditAction::Delete, runFields(), before->first());
        !audited)
        return audited;
    return transaction.commit();
}

Result<qint64> BackupRepository::recordRestoreTest(const RestoreTest &test)
{
    return inTransaction([&] { return insertTest(test, false); });
}

Status BackupRepository::restoreRun(const BackupRun &run)
{
    auto id = inTransaction([&] { return insertRun(run, true); });
    return id ? Status() : Status(id.error());
}

Status BackupRepository::restoreRestoreTest(const RestoreTest &test)
{
    auto id = inTransaction([&] { return insertTest(test, true); });
    return id ? Status() : Status(id.error());
}

Result<qint64> BackupRepository::insertTest(const RestoreTest &test, bool keepId)
{
    if (!test.testedAt.isValid())
        return Error(ErrorKind::InvalidInput, Text::tr("The restore test needs a time."));
    if (test.minutes && *test.minutes < 0)
        return Error(ErrorKind::InvalidInput, Text::tr("The minutes taken cannot be negative."));
    if (Status exists = requirePlan(m_database, test.planId); !exists)
        return exists.error();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO restore_test (%1plan_id, tested_at, what_restored, "
                                  "restored_to, result, minutes, recorded_by, note) VALUES "
                                  "(%2?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(keepId ? QStringLiteral("id, ") : QString(),
                            keepId ? QStringLiteral("?, ") : QString()));
    if (keepId)
        insert.addBindValue(test.id);
    insert.addBindValue(test.planId);
    insert.addBindValue(utcText(test.testedAt));
    insert.addBindValue(sql::text(test.whatRestored));
    insert.addBindValue(sql::text(test.restoredTo));
    insert.addBindValue(runs::code(test.result));
    insert.addBindValue(test.minutes ? QVariant(*test.minutes) : QVariant());
    insert.addBindValue(sql::text(test.recordedBy));
    insert.addBindValue(sql::text(test.note));
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    RestoreTest stored = test;
    stored.id = keepId ? test.id : insert.lastInsertId().toLongLong();
    AuditLog audit(m_database);
    if (Status audited =
            audit::recordWhole(audit, QStringLiteral("restore_test"), QString::number(stored.id),
                               AuditAction::Insert, testFields(), stored);
        !audited)
        return audited.error();
    return stored.id;
}

Status BackupRepository::removeRestoreTest(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = readRows<RestoreTest>(m_database,
                                        QStringLiteral("SELECT ") + testColumns +
                                            QStringLiteral(" FROM restore_test WHERE id = ?"),
                                        {id}, testFrom);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return Error(ErrorKind::InvalidInput,
                     Text::tr("There is no restore test with id %1.").arg(id));
    if (Status removed = removeRow(m_database, QStringLiteral("restore_test"), id); !removed)
        return removed;
    AuditLog audit(m_database);
    if (Status audited =
            audit::recordWhole(audit, QStringLiteral("restore_test"), QString::number(id),
                               AuditAction::Delete, testFields(), before->first());
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<BackupRun>> BackupRepository::runs(qint64 planId, int limit) const
{
    return readRows<BackupRun>(m_database,
                               QStringLiteral("SELECT ") + runColumns +
                                   QStringLiteral(" FROM backup_run WHERE plan_id = ? ORDER BY "
                                                  "started_at DESC, id DESC LIMIT ?"),
                               {planId, limit}, runFrom);
}

Result<QList<RestoreTest>> BackupRepository::restoreTests(qint64 planId, int limit) const
{
    return readRows<RestoreTest>(m_database,
                                 QStringLiteral("SELECT ") + testColumns +
                                     QStringLiteral(" FROM restore_test WHERE plan_id = ? ORDER "
                                                    "BY tested_at DESC, id DESC LIMIT ?"),
                                 {planId, limit}, testFrom);
}

Result<PlanHistory> BackupRepository::history(qint64 planId) const
{
    PlanHistory history;
    const QString latestRun = QStringLiteral("SELECT ") + runColumns +
                              QStringLiteral(" FROM backup_run WHERE plan_id = ?%1"
                                             " ORDER BY started_at DESC, id DESC LIMIT 1");
    auto latest = readRows<BackupRun>(m_database, latestRun.arg(QString()), {planId}, runFrom);
    if (!latest)
        return latest.error();
    if (!latest->isEmpty())
        history.latestRun = latest->first();
    auto success = readRows<BackupRun>(
        m_database, latestRun.arg(QStringLiteral(" AND result = 'ok'")), {planId}, runFrom);
    if (!success)
        return success.error();
    if (!success->isEmpty())
        history.latestSuccess = success->first();
    const QString latestTest = QStringLiteral("SELECT ") + testColumns +
                               QStringLiteral(" FROM restore_test WHERE plan_id = ?%1"
                                              " ORDER BY tested_at DESC, id DESC LIMIT 1");
    auto test = readRows<RestoreTest>(m_database, latestTest.arg(QString()), {planId}, testFrom);
    if (!test)
        return test.error();
    if (!test->isEmpty())
        history.latestTest = test->first();
    auto passed = readRows<RestoreTest>(
        m_database, latestTest.arg(QStringLiteral(" AND result = 'ok'")), {planId}, testFrom);
    if (!passed)
        return passed.error();
    if (!passed->isEmpty())
        history.latestPassedTest = passed->first();
    return history;
}

Result<QList<PlanOverview>> BackupRepository::overviews(const QDateTime &nowUtc,
                                                        const QTimeZone &zone) const
{
    auto all = plans();
    if (!all)
        return all.error();
    QList<PlanOverview> overviews;
    overviews.reserve(all->size());
    for (const BackupPlan &plan : std::as_const(*all)) {
        auto history = this->history(plan.id);
        if (!history)
            return history.error();
        overviews.append({plan, *history, BackupRules::status(plan, *history, nowUtc, zone)});
    }
    return overviews;
}

Result<QList<ProtectedAsset>> BackupRepository::protectedAssets() const
{
    auto all = plans();
    if (!all)
        return all.error();
    QSet<qint64> succeeded;
    auto ran = readRows<qint64>(
        m_database, QStringLiteral("SELECT DISTINCT plan_id FROM backup_run WHERE result = 'ok'"),
        {}, [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
    if (!ran)
        return ran.error();
    for (qint64 id : std::as_const(*ran))
        succeeded.insert(id);

    // What each protected item's original is stored on, from the inventory's words.
    struct Original
    {
        QString name;
        int importance = 0;
        MediaKind media = MediaKind::InternalDisk;
    };
    QMap<QPair<int, qint64>, Original> originals;
    auto devices = readRows<std::pair<qint64, Original>>(
        m_database,
        QStringLiteral("SELECT d.id, d.asset_number || ' ' || d.name, d.category,"
                       " d.category_label || ' ' || d.name || ' ' || d.model || ' ' || d.location"
                       " FROM device d WHERE d.id IN (SELECT item_id FROM backup_plan_item"
                       " WHERE item_kind = 'device')"),
        {}, [](const QSqlQuery &query) {
            const QString category = query.value(2).toString();
            const MediaKind fallback = category == QLatin1String("cloud_service") ? MediaKind::Cloud
                                       : category == QLatin1String("removable_media")
                                           ? MediaKind::RemovableDisk
                                           : MediaKind::InternalDisk;
            return std::pair{
                query.value(0).toLongLong(),
                Original{query.value(1).toString(), 0,
                         ThreeTwoOne::mediaFromText(query.value(3).toString(), fallback)}};
        });
    if (!devices)
        return devices.error();
    for (const auto &[id, original] : std::as_const(*devices))
        originals.insert({int(ProtectedItem::Kind::Device), id}, original);
    // Information assets in plans, and those of importance 3 in none. Their medium: the
    // storage place's words, else the first linked device's.
    auto assets = readRows<std::pair<qint64, Original>>(
        m_database,
        QStringLiteral(
            "SELECT a.id, a.name, COALESCE(a.importance, MAX(a.confidentiality, a.integrity,"
            " a.availability)), a.media_location || ' ' || COALESCE((SELECT group_concat("
            "d.category_label || ' ' || d.name || ' ' || d.category, ' ') FROM asset_link l"
            " JOIN device d ON d.id = l.device_id WHERE l.information_asset_id = a.id), '')"
            " FROM information_asset a WHERE a.id IN (SELECT item_id FROM backup_plan_item"
            " WHERE item_kind = 'information_asset') OR COALESCE(a.importance,"
            " MAX(a.confidentiality, a.integrity, a.availability)) >= 3 ORDER BY a.id"),
        {}, [](const QSqlQuery &query) {
            return std::pair{query.value(0).toLongLong(),
                             Original{query.value(1).toString(), query.value(2).toInt(),
                                      ThreeTwoOne::mediaFromText(query.value(3).toString(),
                                                                 MediaKind::InternalDisk)}};
        });
    if (!assets)
        return assets.error();
    for (const auto &[id, original] : std::as_const(*assets))
        originals.insert({int(ProtectedItem::Kind::InformationAsset), id}, original);
    originals.insert({int(ProtectedItem::Kind::MamoriDatabase), 0},
                     Original{mamoriDatabaseLabel(), 0, MediaKind::InternalDisk});

    QMap<QPair<int, qint64>, ProtectedAsset> protectedAssets;
    for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
        ProtectedAsset asset;
        asset.item = {ProtectedItem::Kind(it.key().first), it.key().second, it->name};
        asset.name = it->name;
        asset.importance = it->importance;
        asset.originalMedia = it->media;
        protectedAssets.insert(it.key(), asset);
    }
    for (const BackupPlan &plan : std::as_const(*all)) {
        for (const ProtectedItem &item : plan.protects) {
            auto found = protectedAssets.find({int(item.kind), item.id});
            if (found == protectedAssets.end())
                continue;
            found->copies << AssetCopy{plan.name, ThreeTwoOne::mediaOf(plan.method), plan.offsite,
                                       plan.offline || plan.immutable, succeeded.contains(plan.id)};
        }
    }
    QList<ProtectedAsset> result;
    for (const ProtectedAsset &asset : std::as_const(protectedAssets)) {
        // Mamori's database is listed only when a plan protects it.
        if (asset.item.kind == ProtectedItem::Kind::MamoriDatabase && asset.copies.isEmpty())
            continue;
        result << asset;
    }
    return result;
}

} // namespace mamori
