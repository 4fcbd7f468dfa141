#include "BackupRows.h"

namespace mamori::backup_rows {

QString readWhat()
{
    return Error::tr("read the backup records");
}

QString writeWhat()
{
    return Error::tr("save the backup records");
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime utcFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString itemsText(const BackupPlan &plan)
{
    QStringList items;
    for (const ProtectedItem &item : plan.protects)
        items << BackupPlans::code(item.kind) + QLatin1Char(':') + QString::number(item.id);
    return items.join(QLatin1Char(','));
}

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

const QList<audit::AuditedField<BackupPlan>> &planFields()
{
    static const QList<audit::AuditedField<BackupPlan>> all{
        {QStringLiteral("name"), [](const BackupPlan &p) { return p.name; }},
        {QStringLiteral("protects"), [](const BackupPlan &p) { return itemsText(p); }},
        {QStringLiteral("method"), [](const BackupPlan &p) { return BackupPlans::code(p.method); }},
        {QStringLiteral("destination"), [](const BackupPlan &p) { return p.destination; }},
        {QStringLiteral("offline"),
         [](const BackupPlan &p) { return QString::number(int(p.offline)); }},
        {QStringLiteral("offsite"),
         [](const BackupPlan &p) { return QString::number(int(p.offsite)); }},
        {QStringLiteral("immutable"),
         [](const BackupPlan &p) { return QString::number(int(p.immutable)); }},
        {QStringLiteral("frequency"),
         [](const BackupPlan &p) { return BackupPlans::code(p.schedule.frequency); }},
        {QStringLiteral("weekdays"),
         [](const BackupPlan &p) { return BackupPlans::weekdayCodes(p.schedule.weekdays); }},
        {QStringLiteral("month_day"),
         [](const BackupPlan &p) { return QString::number(p.schedule.monthDay); }},
        {QStringLiteral("every_days"),
         [](const BackupPlan &p) { return QString::number(p.schedule.everyDays); }},
        {QStringLiteral("anchor_date"),
         [](const BackupPlan &p) { return sql::isoDate(p.schedule.anchor); }},
        {QStringLiteral("at_time"),
         [](const BackupPlan &p) { return p.schedule.at.toString(QStringLiteral("HH:mm")); }},
        {QStringLiteral("grace_hours"),
         [](const BackupPlan &p) { return QString::number(p.graceHours); }},
        {QStringLiteral("responsible"), [](const BackupPlan &p) { return p.responsible; }},
        {QStringLiteral("generations"),
         [](const BackupPlan &p) { return QString::number(p.generations); }},
        {QStringLiteral("restore_test_days"),
         [](const BackupPlan &p) { return QString::number(p.restoreTestDays); }},
        {QStringLiteral("notes"), [](const BackupPlan &p) { return p.notes; }},
    };
    return all;
}

const QList<audit::AuditedField<BackupRun>> &runFields()
{
    static const QList<audit::AuditedField<BackupRun>> all{
        {QStringLiteral("plan_id"), [](const BackupRun &r) { return QString::number(r.planId); }},
        {QStringLiteral("started_at"), [](const BackupRun &r) { return utcText(r.startedAt); }},
        {QStringLiteral("ended_at"), [](const BackupRun &r) { return utcText(r.endedAt); }},
        {QStringLiteral("result"), [](const BackupRun &r) { return runs::code(r.result); }},
        {QStringLiteral("size_bytes"),
         [](const BackupRun &r) { return optionalNumber(r.sizeBytes); }},
        {QStringLiteral("recorded_by"), [](const BackupRun &r) { return r.recordedBy; }},
        {QStringLiteral("note"), [](const BackupRun &r) { return r.note; }},
        {QStringLiteral("evidence_path"), [](const BackupRun &r) { return r.evidencePath; }},
        {QStringLiteral("evidence_sha256"), [](const BackupRun &r) { return r.evidenceSha256; }},
    };
    return all;
}

const QList<audit::AuditedField<RestoreTest>> &testFields()
{
    static const QList<audit::AuditedField<RestoreTest>> all{
        {QStringLiteral("plan_id"), [](const RestoreTest &t) { return QString::number(t.planId); }},
        {QStringLiteral("tested_at"), [](const RestoreTest &t) { return utcText(t.testedAt); }},
        {QStringLiteral("what_restored"), [](const RestoreTest &t) { return t.whatRestored; }},
        {QStringLiteral("restored_to"), [](const RestoreTest &t) { return t.restoredTo; }},
        {QStringLiteral("result"), [](const RestoreTest &t) { return runs::code(t.result); }},
        {QStringLiteral("minutes"),
         [](const RestoreTest &t) { return t.minutes ? QString::number(*t.minutes) : QString(); }},
        {QStringLiteral("recorded_by"), [](const RestoreTest &t) { return t.recordedBy; }},
        {QStringLiteral("note"), [](const RestoreTest &t) { return t.note; }},
    };
    return all;
}

const QString planColumns = QStringLiteral(
    "id, name, method, destination, offline, offsite, immutable, frequency, weekdays, month_day, "
    "every_days, anchor_date, at_time, grace_hours, responsible, generations, restore_test_days, "
    "notes, created_at");

BackupPlan planFrom(const QSqlQuery &query)
{
    BackupPlan plan;
    plan.id = query.value(0).toLongLong();
    plan.name = query.value(1).toString();
    plan.method =
        BackupPlans::methodFromCode(query.value(2).toString()).value_or(BackupMethod::Other);
    plan.destination = query.value(3).toString();
    plan.offline = query.value(4).toInt() != 0;
    plan.offsite = query.value(5).toInt() != 0;
    plan.immutable = query.value(6).toInt() != 0;
    plan.schedule.frequency =
        BackupPlans::frequencyFromCode(query.value(7).toString()).value_or(BackupFrequency::Daily);
    plan.schedule.weekdays =
        BackupPlans::weekdaysFromCodes(query.value(8).toString()).value_or(QList<int>());
    plan.schedule.monthDay = query.value(9).toInt();
    plan.schedule.everyDays = query.value(10).toInt();
    plan.schedule.anchor = sql::dateFrom(query.value(11));
    plan.schedule.at = QTime::fromString(query.value(12).toString(), QStringLiteral("HH:mm"));
    plan.graceHours = query.value(13).toInt();
    plan.responsible = query.value(14).toString();
    plan.generations = query.value(15).toInt();
    plan.restoreTestDays = query.value(16).toInt();
    plan.notes = query.value(17).toString();
    plan.createdAt = utcFrom(query.value(18));
    return plan;
}

const QString runColumns = QStringLiteral("id, plan_id, started_at, ended_at, result, size_bytes, "
                                          "recorded_by, note, evidence_path, evidence_sha256");

BackupRun runFrom(const QSqlQuery &query)
{
    BackupRun run;
    run.id = query.value(0).toLongLong();
    run.planId = query.value(1).toLongLong();
    run.startedAt = utcFrom(query.value(2));
    run.endedAt = utcFrom(query.value(3));
    run.result = runs::resultFromCode(query.value(4).toString()).value_or(RunResult::Failed);
    if (!query.value(5).isNull())
        run.sizeBytes = query.value(5).toLongLong();
    run.recordedBy = query.value(6).toString();
    run.note = query.value(7).toString();
    run.evidencePath = query.value(8).toString();
    run.evidenceSha256 = query.value(9).toString();
    return run;
}

const QString testColumns = QStringLiteral(
    "id, plan_id, tested_at, what_restored, restored_to, result, minutes, recorded_by, note");

RestoreTest testFrom(const QSqlQuery &query)
{
    RestoreTest test;
    test.id = query.value(0).toLongLong();
    test.planId = query.value(1).toLongLong();
    test.testedAt = utcFrom(query.value(2));
    test.whatRestored = query.value(3).toString();
    test.restoredTo = query.value(4).toString();
    test.result = runs::resultFromCode(query.value(5).toString()).value_or(RunResult::Failed);
    if (!query.value(6).isNull())
        test.minutes = query.value(6).toInt();
    test.recordedBy = query.value(7).toString();
    test.note = query.value(8).toString();
    return test;
}

} // namespace mamori::backup_rows
