#include "TestEnvironment.h"

#include "Clock.h"
#include "services/Reminders.h"
#include "services/SafetyCopyRuns.h"
#include "storage/AuditLog.h"
#include "storage/BackupRepository.h"
#include "storage/InventoryEvidenceQuery.h"
#include "storage/ReminderRepository.h"

#include <QElapsedTimer>
#include <QFile>

using namespace mamori;

namespace {

BackupPlan nasPlan()
{
    BackupPlan plan;
    plan.name = QStringLiteral("NAS");
    plan.method = BackupMethod::NasCopy;
    plan.destination = QStringLiteral("事務所のNAS");
    plan.schedule.at = QTime(2, 0);
    plan.protects = {{ProtectedItem::Kind::MamoriDatabase, 0, {}}};
    plan.createdAt = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    return plan;
}

BackupRun okRun(qint64 planId, const QDateTime &at)
{
    BackupRun run;
    run.planId = planId;
    run.startedAt = at;
    run.endedAt = at.addSecs(600);
    run.sizeBytes = 1024;
    run.recordedBy = QStringLiteral("佐藤");
    return run;
}

} // namespace

class BackupStorageTest : public test::DatabaseTest
{};

TEST_F(BackupStorageTest, PlansRoundTripAndAreAudited)
{
    BackupRepository repository(*m_db);
    BackupPlan plan = nasPlan();
    plan.schedule.frequency = BackupFrequency::Weekly;
    plan.schedule.weekdays = {1, 4};
    plan.offline = true;
    plan.immutable = true;
    plan.responsible = QStringLiteral("総務 佐藤");
    auto id = repository.addPlan(plan);
    ASSERT_TRUE(test::isOk(id));
    auto stored = repository.plan(*id);
    ASSERT_TRUE(test::isOk(stored));
    plan.id = *id;
    plan.protects.first().label = stored->protects.value(0).label;
    EXPECT_EQ(*stored, plan);
    EXPECT_EQ(stored->protects.value(0).label, QStringLiteral("Mamori's own database"));

    auto clash = repository.addPlan(nasPlan());
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().kind, ErrorKind::InvalidInput);

    plan.graceHours = 48;
    ASSERT_TRUE(test::isOk(repository.updatePlan(plan)));
    auto history = AuditLog(*m_db).entriesFor(QStringLiteral("backup_plan"), QString::number(*id));
    ASSERT_TRUE(test::isOk(history));
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->last().change.field, QStringLiteral("grace_hours"));
    EXPECT_EQ(history->last().change.newValue, QStringLiteral("48"));

    auto found = repository.findPlan(QStringLiteral("NAS"));
    ASSERT_TRUE(test::isOk(found));
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, *id);
    EXPECT_FALSE(repository.findPlan(QStringLiteral("Tape"))->has_value());
}

TEST_F(BackupStorageTest, RemovingAPlanTakesItsRunsAndUndoPutsThemBack)
{
    BackupRepository repository(*m_db);
    auto id = repository.addPlan(nasPlan());
    ASSERT_TRUE(test::isOk(id));
    const QDateTime first(QDate(2026, 4, 2), QTime(2, 0), Qt::UTC);
    ASSERT_TRUE(test::isOk(repository.recordRun(okRun(*id, first))));
    BackupRun failed = okRun(*id, first.addDays(1));
    failed.result = RunResult::Failed;
    ASSERT_TRUE(test::isOk(repository.recordRun(failed)));
    RestoreTest test;
    test.planId = *id;
    test.testedAt = first.addDays(2);
    test.minutes = 12;
    ASSERT_TRUE(test::isOk(repository.recordRestoreTest(test)));

    auto history = repository.history(*id);
    ASSERT_TRUE(test::isOk(history));
    EXPECT_EQ(history->latestRun->result, RunResult::Failed);
    EXPECT_EQ(history->latestSuccess->startedAt, first);
    EXPECT_EQ(history->latestPassedTest->minutes, 12);

    auto plan = repository.plan(*id);
    auto runs = repository.runs(*id);
    auto tests = repository.restoreTests(*id);
    ASSERT_TRUE(test::isOk(runs));
    ASSERT_EQ(runs->size(), 2);
    EXPECT_EQ(runs->first().result, RunResult::Failed); // newest first
    ASSERT_TRUE(test::isOk(repository.removePlan(*id)));
    EXPECT_TRUE(repository.plans()->isEmpty());
    EXPECT_TRUE(repository.runs(*id)->isEmpty());
    ASSERT_TRUE(test::isOk(repository.restorePlan(*plan, *runs, *tests)));
    EXPECT_EQ(*repository.runs(*id), *runs);
    EXPECT_EQ(*repository.restoreTests(*id), *tests);

    // A run for a plan that does not exist is refused.
    auto orphan = repository.recordRun(okRun(*id + 100, first));
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().kind, ErrorKind::InvalidInput);
    // Undo of a recorded run.
    ASSERT_TRUE(test::isOk(repository.removeRun(runs->first().id)));
    EXPECT_EQ(repository.history(*id)->latestRun->result, RunResult::Ok);
}

TEST_F(BackupStorageTest, TheLastBackupFeedsDiagnosisItemEleven)
{
    auto none = loadInventoryEvidence(*m_db, QDate(2026, 4, 10));
    ASSERT_TRUE(test::isOk(none));
    EXPECT_FALSE(none->lastBackup.has_value());
    BackupRepository repository(*m_db);
    auto id = repository.addPlan(nasPlan());
    ASSERT_TRUE(test::isOk(id));
    ASSERT_TRUE(test::isOk(
        repository.recordRun(okRun(*id, QDateTime(QDate(2026, 4, 8), QTime(12, 0), Qt::UTC)))));
    BackupRun failed = okRun(*id, QDateTime(QDate(2026, 4, 9), QTime(12, 0), Qt::UTC));
    failed.result = RunResult::Failed;
    ASSERT_TRUE(test::isOk(repository.recordRun(failed)));
    auto evidence = loadInventoryEvidence(*m_db, QDate(2026, 4, 10));
    ASSERT_TRUE(test::isOk(evidence));
    ASSERT_TRUE(evidence->lastBackup.has_value());
    EXPECT_EQ(*evidence->lastBackup,
              QDateTime(QDate(2026, 4, 8), QTime(12, 0), Qt::UTC).toLocalTime().date());
    bool suggested = false;
    for (const AnswerSuggestion &suggestion : InventoryAdvisor::suggestAnswers(*evidence)) {
        if (suggestion.item == 11) {
            suggested = true;
            EXPECT_EQ(suggestion.answer, 4);
        }
    }
    EXPECT_TRUE(suggested);
}

TEST_F(BackupStorageTest, MarksAreStoredPerReminder)
{
    ReminderMarkRepository marks(*m_db);
    ASSERT_TRUE(test::isOk(marks.set({QStringLiteral("backup:1"), QDate(2026, 4, 9), {}})));
    ASSERT_TRUE(test::isOk(marks.set({QStringLiteral("action:diagnosis"), {}, QDate(2026, 4, 1)})));
    auto all = marks.all();
    ASSERT_TRUE(test::isOk(all));
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->value(QStringLiteral("backup:1")).snoozedUntil, QDate(2026, 4, 9));
    ASSERT_TRUE(test::isOk(marks.set({QStringLiteral("backup:1"), {}, {}})));
    EXPECT_EQ(marks.all()->size(), 1);
    EXPECT_FALSE(marks.set({QString(), QDate(2026, 1, 1), {}}).ok());
}

class InventoryReminderTest : public test::TempDirTest
{};

TEST_F(InventoryReminderTest, HundredThousandDevicesGiveAShortGroupedList)
{
    const QString path = tempPath(QStringLiteral("big.sqlite"));
    ASSERT_TRUE(test::isOk(Database::open(path)));
    // 100,000 devices in use: support ends spread over 1,000 days from 2026-01-01, warranty
    // ends over 500 days; every tenth device retired (not counted).
    test::rawExec(
        path,
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n"
                       " WHERE i < 99999) INSERT INTO device (asset_number, category, name,"
                       " status, end_of_support, warranty_end) SELECT 'D-' || i, 'pc', 'PC ' || i,"
                       " CASE WHEN i % 10 = 0 THEN 'retired' ELSE 'in_use' END,"
                       " date('2026-01-01', '+' || (i % 1000) || ' days'),"
                       " date('2026-01-01', '+' || (i % 500) || ' days') FROM n"));
    auto opened = Database::open(path);
    ASSERT_TRUE(test::isOk(opened));
    Database &database = **opened;
    const QDate today(2026, 6, 15);
    QElapsedTimer timer;
    timer.start();
    auto dates = loadInventoryDates(database, today);
    ASSERT_TRUE(test::isOk(dates));
    // Past end of support: days 0..165 before 2026-06-15, 100 devices per day, minus retired.
    int expectedEnded = 0;
    for (int i = 0; i < 100000; ++i) {
        if (i % 10 != 0 && QDate(2026, 1, 1).addDays(i % 1000) < today)
            ++expectedEnded;
    }
    EXPECT_EQ(dates->supportEnded, expectedEnded);
    EXPECT_EQ(dates->supportEnds.size(), 12); // June 2026 to May 2027
    EXPECT_EQ(dates->supportEnds.first().month, QDate(2026, 6, 1));
    EXPECT_EQ(dates->supportEnds.first().firstDate, today);
    int expectedJune = 0;
    for (int i = 0; i < 100000; ++i) {
        const QDate end = QDate(2026, 1, 1).addDays(i % 1000);
        if (i % 10 != 0 && end >= today && end < QDate(2026, 7, 1))
            ++expectedJune;
    }
    EXPECT_EQ(dates->supportEnds.first().devices, expectedJune);
    EXPECT_LE(dates->warrantyEnds.size(), 12);

    const QList<Reminder> reminders = ModuleReminders::inventory(*dates);
    EXPECT_LE(reminders.size(), 25);
    EXPECT_GE(reminders.size(), 13);
    auto all = loadReminders(database, today);
    ASSERT_TRUE(test::isOk(all));
    EXPECT_LT(all->size(), 40);
    EXPECT_LT(timer.elapsed(), 5000); // the bench holds the real target
}

TEST_F(BackupStorageTest, SafetyCopiesAreRunsOfTheBuiltInPlan)
{
    const QString copy = tempPath(QStringLiteral("copy.sqlite"));
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    BackupRepository repository(*m_db);
    EXPECT_EQ(*repository.safetyCopyPlanId(), 0);

    const QDateTime first(QDate(2026, 6, 1), QTime(0, 30), Qt::UTC);
    auto run = SafetyCopyRuns::record(*m_db, copy, first, QStringLiteral("Mamori"));
    ASSERT_TRUE(test::isOk(run));
    ASSERT_NE(*run, 0);
    const qint64 planId = *repository.safetyCopyPlanId();
    ASSERT_NE(planId, 0);
    auto plan = repository.plan(planId);
    ASSERT_TRUE(test::isOk(plan));
    ASSERT_EQ(plan->protects.size(), 1);
    EXPECT_EQ(plan->protects.first().kind, ProtectedItem::Kind::MamoriDatabase);
    EXPECT_FALSE(plan->offline) << "on the same disk: the 3-2-1 check must still ask for more";

    // The firm renames it; the next copy still lands on it, and no second plan appears.
    BackupPlan renamed = *plan;
    renamed.name = QStringLiteral("Mamori DB local copies");
    ASSERT_TRUE(test::isOk(repository.updatePlan(renamed)));
    ASSERT_TRUE(test::isOk(
        SafetyCopyRuns::record(*m_db, copy, first.addDays(1), QStringLiteral("Mamori"))));
    ASSERT_EQ(repository.plans()->size(), 1);
    auto runs = repository.runs(planId);
    ASSERT_EQ(runs->size(), 2);
    EXPECT_EQ(runs->first().sizeBytes, std::optional<qint64>(4096));
    EXPECT_EQ(runs->first().startedAt, first.addDays(1));

    // Once removed by the firm it stays removed: copies are no longer recorded.
    ASSERT_TRUE(test::isOk(repository.removePlan(planId)));
    auto after = SafetyCopyRuns::record(*m_db, copy, first.addDays(2), QStringLiteral("Mamori"));
    ASSERT_TRUE(test::isOk(after));
    EXPECT_EQ(*after, 0);
    EXPECT_TRUE(repository.plans()->isEmpty());
}
