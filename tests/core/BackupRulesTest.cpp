#include "TestEnvironment.h"

#include "backups/BackupPlan.h"
#include "backups/BackupState.h"
#include "backups/ThreeTwoOne.h"

using namespace mamori;

namespace {

const QTimeZone tokyo("Asia/Tokyo");
const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");

QDateTime at(const QTimeZone &zone, int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone);
}

BackupSchedule monthly(int day, QTime time = QTime(2, 0))
{
    BackupSchedule schedule;
    schedule.frequency = BackupFrequency::Monthly;
    schedule.monthDay = day;
    schedule.at = time;
    return schedule;
}

BackupPlan dailyPlan()
{
    BackupPlan plan;
    plan.id = 1;
    plan.name = QStringLiteral("NAS");
    plan.schedule.frequency = BackupFrequency::Daily;
    plan.schedule.at = QTime(2, 0);
    plan.graceHours = 4;
    plan.createdAt = at(tokyo, 2026, 3, 1, 12).toUTC();
    return plan;
}

BackupRun run(const QDateTime &when, RunResult result = RunResult::Ok)
{
    BackupRun r;
    r.planId = 1;
    r.startedAt = when.toUTC();
    r.endedAt = r.startedAt;
    r.result = result;
    return r;
}

} // namespace

TEST(BackupSchedule, DailyIsTheNextDayAtTheTime)
{
    BackupSchedule daily;
    daily.at = QTime(2, 0);
    EXPECT_EQ(daily.firstAfter(at(tokyo, 2026, 4, 1, 1, 59), tokyo), at(tokyo, 2026, 4, 1, 2));
    EXPECT_EQ(daily.firstAfter(at(tokyo, 2026, 4, 1, 2), tokyo), at(tokyo, 2026, 4, 2, 2));
    // Across a month end and a year end.
    EXPECT_EQ(daily.firstAfter(at(tokyo, 2026, 4, 30, 3), tokyo), at(tokyo, 2026, 5, 1, 2));
    EXPECT_EQ(daily.firstAfter(at(tokyo, 2026, 12, 31, 3), tokyo), at(tokyo, 2027, 1, 1, 2));
    EXPECT_EQ(daily.firstAfter(at(tokyo, 2026, 4, 1, 1), tokyo).timeSpec(), Qt::UTC);
}

TEST(BackupSchedule, TheThirtyFirstFallsOnTheLastDayOfShortMonths)
{
    const BackupSchedule schedule = monthly(31);
    EXPECT_EQ(schedule.firstAfter(at(tokyo, 2026, 1, 31, 3), tokyo), at(tokyo, 2026, 2, 28, 2));
    EXPECT_EQ(schedule.firstAfter(at(tokyo, 2026, 2, 28, 3), tokyo), at(tokyo, 2026, 3, 31, 2));
    EXPECT_EQ(schedule.firstAfter(at(tokyo, 2026, 4, 1), tokyo), at(tokyo, 2026, 4, 30, 2));
    // Day 30 in February is its last day too, and stays the 30th in a 31-day month.
    EXPECT_EQ(monthly(30).firstAfter(at(tokyo, 2026, 2, 1), tokyo), at(tokyo, 2026, 2, 28, 2));
    EXPECT_EQ(monthly(30).firstAfter(at(tokyo, 2026, 3, 1), tokyo), at(tokyo, 2026, 3, 30, 2));
}

TEST(BackupSchedule, LeapDays)
{
    EXPECT_EQ(monthly(29).firstAfter(at(tokyo, 2028, 2, 1), tokyo), at(tokyo, 2028, 2, 29, 2));
    EXPECT_EQ(monthly(29).firstAfter(at(tokyo, 2027, 2, 1), tokyo), at(tokyo, 2027, 2, 28, 2));
    EXPECT_EQ(monthly(0).firstAfter(at(tokyo, 2028, 2, 1), tokyo), at(tokyo, 2028, 2, 29, 2));
    EXPECT_EQ(monthly(0).firstAfter(at(tokyo, 2028, 2, 29, 3), tokyo), at(tokyo, 2028, 3, 31, 2));
    BackupSchedule daily;
    EXPECT_EQ(daily.firstAfter(at(tokyo, 2028, 2, 28, 3), tokyo), at(tokyo, 2028, 2, 29, 2));
    EXPECT_EQ(daily.firstAfter(at(tokyo, 2027, 2, 28, 3), tokyo), at(tokyo, 2027, 3, 1, 2));
}

TEST(BackupSchedule, WeekdaysAndEveryNDays)
{
    BackupSchedule weekly;
    weekly.frequency = BackupFrequency::Weekly;
    weekly.weekdays = {Qt::Monday, Qt::Thursday};
    weekly.at = QTime(21, 0);
    // 2026-04-01 is a Wednesday.
    EXPECT_EQ(weekly.firstAfter(at(tokyo, 2026, 4, 1, 22), tokyo), at(tokyo, 2026, 4, 2, 21));
    EXPECT_EQ(weekly.firstAfter(at(tokyo, 2026, 4, 2, 21), tokyo), at(tokyo, 2026, 4, 6, 21));
    EXPECT_EQ(weekly.lastAtOrBefore(at(tokyo, 2026, 4, 6, 20), tokyo), at(tokyo, 2026, 4, 2, 21));
    weekly.weekdays.clear();
    EXPECT_FALSE(weekly.firstAfter(at(tokyo, 2026, 4, 1), tokyo).isValid());

    BackupSchedule everyThree;
    everyThree.frequency = BackupFrequency::EveryNDays;
    everyThree.everyDays = 3;
    everyThree.anchor = QDate(2026, 2, 27);
    everyThree.at = QTime(2, 0);
    EXPECT_EQ(everyThree.firstAfter(at(tokyo, 2026, 2, 27, 3), tokyo), at(tokyo, 2026, 3, 2, 2));
    EXPECT_EQ(everyThree.firstAfter(at(tokyo, 2026, 3, 2, 2), tokyo), at(tokyo, 2026, 3, 5, 2));
    // Before the anchor the same grid of days holds.
    EXPECT_EQ(everyThree.firstAfter(at(tokyo, 2026, 2, 20), tokyo), at(tokyo, 2026, 2, 21, 2));
}

TEST(BackupSchedule, StaysAtLocalTimeAcrossDaylightSavingTime)
{
    BackupSchedule daily;
    daily.at = QTime(2, 30);
    // Berlin moves from +01:00 to +02:00 at 02:00 on 29 March 2026: 02:30 does not exist that
    // night and the run falls after the gap; the next night it is 02:30 again, at +02:00.
    const QDateTime spring = daily.firstAfter(at(berlin, 2026, 3, 28, 3), berlin);
    EXPECT_EQ(spring.toTimeZone(berlin).date(), QDate(2026, 3, 29));
    EXPECT_EQ(daily.firstAfter(spring, berlin).toTimeZone(berlin).time(), QTime(2, 30));
    EXPECT_EQ(daily.firstAfter(spring, berlin).toUTC().time(), QTime(0, 30));
    // New York: 02:00 local is 07:00 UTC in winter and 06:00 UTC in summer.
    daily.at = QTime(2, 0);
    EXPECT_EQ(daily.firstAfter(at(newYork, 2026, 3, 1, 3), newYork).toUTC().time(), QTime(7, 0));
    EXPECT_EQ(daily.firstAfter(at(newYork, 2026, 3, 20, 3), newYork).toUTC().time(), QTime(6, 0));
    EXPECT_EQ(daily.firstAfter(at(newYork, 2026, 3, 20, 3), newYork).toTimeZone(newYork).time(),
              QTime(2, 0));
    // Autumn: 01:30 happens twice on 1 November 2026; the schedule takes one of them, once.
    daily.at = QTime(1, 30);
    const QDateTime autumn = daily.firstAfter(at(newYork, 2026, 10, 31, 3), newYork);
    EXPECT_EQ(autumn.toTimeZone(newYork).date(), QDate(2026, 11, 1));
    EXPECT_EQ(daily.firstAfter(autumn, newYork).toTimeZone(newYork).date(), QDate(2026, 11, 2));
}

TEST(BackupSchedule, UsesTheClockZoneNotTokyoOnly)
{
    // The same UTC instant is a different local day in Tokyo and New York.
    BackupSchedule daily;
    daily.at = QTime(2, 0);
    const QDateTime instant(QDate(2026, 6, 1), QTime(20, 0), Qt::UTC);
    EXPECT_EQ(daily.firstAfter(instant, tokyo), at(tokyo, 2026, 6, 3, 2));
    EXPECT_EQ(daily.firstAfter(instant, newYork), at(newYork, 2026, 6, 2, 2));
}

TEST(BackupPlans, CodesAndProblems)
{
    EXPECT_EQ(BackupPlans::weekdaysFromCodes(QStringLiteral("thu,mon")), (QList<int>{1, 4}));
    EXPECT_EQ(BackupPlans::weekdaysFromCodes(QStringLiteral("Monday")), (QList<int>{1}));
    EXPECT_FALSE(BackupPlans::weekdaysFromCodes(QStringLiteral("mon,xyz")).has_value());
    EXPECT_EQ(BackupPlans::weekdayCodes({4, 1}), QStringLiteral("mon,thu"));
    for (BackupMethod method : BackupPlans::allMethods())
        EXPECT_EQ(BackupPlans::methodFromCode(BackupPlans::code(method)), method);
    EXPECT_EQ(BackupPlans::frequencyFromCode(QStringLiteral("every-n-days")),
              BackupFrequency::EveryNDays);

    BackupPlan plan = dailyPlan();
    EXPECT_TRUE(BackupPlans::problems(plan).isEmpty());
    plan.name = QStringLiteral("  ");
    plan.schedule.frequency = BackupFrequency::Weekly;
    plan.restoreTestDays = 0;
    EXPECT_EQ(BackupPlans::problems(plan).size(), 3);
}

TEST(BackupRules, NeverRunIsDueFromCreationAndLateAfterGrace)
{
    const BackupPlan plan = dailyPlan(); // made 1 March 12:00, due 2 March 02:00, grace 4 h
    EXPECT_EQ(BackupRules::status(plan, {}, at(tokyo, 2026, 3, 1, 13), tokyo).state,
              BackupState::Ok);
    EXPECT_EQ(BackupRules::status(plan, {}, at(tokyo, 2026, 3, 2, 5), tokyo).state,
              BackupState::Due);
    const PlanStatus late = BackupRules::status(plan, {}, at(tokyo, 2026, 3, 2, 6, 1), tokyo);
    EXPECT_EQ(late.state, BackupState::Late);
    EXPECT_TRUE(late.needsAttention());
    EXPECT_EQ(late.nextDue, at(tokyo, 2026, 3, 2, 2));
    EXPECT_EQ(late.lateAt, at(tokyo, 2026, 3, 2, 6));
}

TEST(BackupRules, ASuccessfulRunMovesTheDueTimeOnAndClearsLate)
{
    const BackupPlan plan = dailyPlan();
    PlanHistory history;
    history.latestRun = history.latestSuccess = run(at(tokyo, 2026, 3, 2, 2, 5));
    PlanStatus status = BackupRules::status(plan, history, at(tokyo, 2026, 3, 2, 9), tokyo);
    EXPECT_EQ(status.state, BackupState::Ok);
    EXPECT_EQ(status.nextDue, at(tokyo, 2026, 3, 3, 2));
    // A run a few minutes early counts for its time.
    history.latestRun = history.latestSuccess = run(at(tokyo, 2026, 3, 2, 1, 55));
    status = BackupRules::status(plan, history, at(tokyo, 2026, 3, 2, 9), tokyo);
    EXPECT_EQ(status.state, BackupState::Ok);
    EXPECT_EQ(status.nextDue, at(tokyo, 2026, 3, 3, 2));
    // A missed night makes it late again.
    status = BackupRules::status(plan, history, at(tokyo, 2026, 3, 3, 6, 30), tokyo);
    EXPECT_EQ(status.state, BackupState::Late);
}

TEST(BackupRules, AFailureStaysVisibleOverAnOlderSuccess)
{
    const BackupPlan plan = dailyPlan();
    PlanHistory history;
    history.latestSuccess = run(at(tokyo, 2026, 3, 2, 2));
    history.latestRun = run(at(tokyo, 2026, 3, 3, 2), RunResult::Failed);
    // Not late (the older success still covers until 3 March 02:00 + grace) but failed.
    PlanStatus status = BackupRules::status(plan, history, at(tokyo, 2026, 3, 3, 3), tokyo);
    EXPECT_EQ(status.state, BackupState::Failed);
    EXPECT_FALSE(status.late);
    EXPECT_TRUE(status.needsAttention());
    // Later it is both failed and late; failed is the state shown.
    status = BackupRules::status(plan, history, at(tokyo, 2026, 3, 3, 7), tokyo);
    EXPECT_EQ(status.state, BackupState::Failed);
    EXPECT_TRUE(status.late);
    history.latestRun->result = RunResult::Partial;
    EXPECT_EQ(BackupRules::status(plan, history, at(tokyo, 2026, 3, 3, 3), tokyo).state,
              BackupState::Partial);
    // A later OK run clears it.
    history.latestRun = history.latestSuccess = run(at(tokyo, 2026, 3, 3, 8));
    EXPECT_EQ(BackupRules::status(plan, history, at(tokyo, 2026, 3, 3, 9), tokyo).state,
              BackupState::Ok);
}

TEST(BackupRules, RestoreTestsFallDueAndFail)
{
    BackupPlan plan = dailyPlan();
    plan.restoreTestDays = 180;
    PlanHistory history;
    PlanStatus status = BackupRules::status(plan, history, at(tokyo, 2026, 8, 28, 9), tokyo);
    EXPECT_EQ(status.restoreDue, QDate(2026, 8, 28));
    EXPECT_EQ(status.restore, RestoreState::Ok);
    status = BackupRules::status(plan, history, at(tokyo, 2026, 8, 29, 9), tokyo);
    EXPECT_EQ(status.restore, RestoreState::Due);
    RestoreTest failed;
    failed.testedAt = at(tokyo, 2026, 8, 29, 10).toUTC();
    failed.result = RunResult::Failed;
    RestoreTest passed = failed;
    passed.testedAt = at(tokyo, 2026, 8, 1, 10).toUTC();
    passed.result = RunResult::Ok;
    history.latestTest = failed;
    history.latestPassedTest = passed;
    status = BackupRules::status(plan, history, at(tokyo, 2026, 8, 30, 9), tokyo);
    EXPECT_EQ(status.restore, RestoreState::Failed);
    EXPECT_EQ(status.restoreDue, QDate(2027, 1, 28));
    history.latestTest = history.latestPassedTest = passed;
    EXPECT_EQ(BackupRules::status(plan, history, at(tokyo, 2026, 8, 30, 9), tokyo).restore,
              RestoreState::Ok);
}

namespace {

AssetCopy copy(MediaKind media, bool offsite = false, bool offline = false, bool ran = true)
{
    return {QStringLiteral("plan"), media, offsite, offline, ran};
}

ProtectedAsset customerList()
{
    ProtectedAsset asset;
    asset.item = {ProtectedItem::Kind::InformationAsset, 7, {}};
    asset.name = QStringLiteral("顧客名簿");
    asset.importance = 3;
    asset.originalMedia = MediaKind::Nas;
    return asset;
}

} // namespace

TEST(ThreeTwoOneCheck, OneCopyOnTheSameNas)
{
    ProtectedAsset asset = customerList();
    asset.copies = {copy(MediaKind::Nas)};
    const ThreeTwoOneResult result = ThreeTwoOne::check(asset);
    EXPECT_EQ(result.verdict, RuleVerdict::Fails);
    EXPECT_EQ(result.copies, 2);
    EXPECT_EQ(result.mediaKinds, 1);
    ASSERT_FALSE(result.reasons.isEmpty());
    EXPECT_EQ(result.reasons.first(), QStringLiteral("only 1 copy(ies), on the same NAS as the "
                                                     "original"));
    EXPECT_TRUE(result.reasons.contains(QStringLiteral("no copy off-site")));
}

TEST(ThreeTwoOneCheck, ThreeTwoOneAndTheExtraOne)
{
    ProtectedAsset asset = customerList();
    asset.copies = {copy(MediaKind::Nas), copy(MediaKind::Cloud, true)};
    ThreeTwoOneResult result = ThreeTwoOne::check(asset);
    EXPECT_EQ(result.verdict, RuleVerdict::Meets321);
    EXPECT_EQ(result.copies, 3);
    EXPECT_EQ(result.reasons, QStringList{QStringLiteral("no copy offline or immutable")});
    asset.copies << copy(MediaKind::RemovableDisk, false, true);
    result = ThreeTwoOne::check(asset);
    EXPECT_EQ(result.verdict, RuleVerdict::Meets3211);
    EXPECT_TRUE(result.reasons.isEmpty());
}

TEST(ThreeTwoOneCheck, CopiesThatNeverRanAndMissingPlans)
{
    ProtectedAsset asset = customerList();
    asset.copies = {copy(MediaKind::Cloud, true, true, false),
                    copy(MediaKind::RemovableDisk, true, true, false)};
    ThreeTwoOneResult result = ThreeTwoOne::check(asset);
    EXPECT_EQ(result.verdict, RuleVerdict::Fails);
    EXPECT_EQ(result.copies, 1);
    EXPECT_FALSE(result.offsite);
    asset.copies.clear();
    EXPECT_EQ(ThreeTwoOne::check(asset).verdict, RuleVerdict::NoPlan);
    asset.importance = 2;
    EXPECT_EQ(ThreeTwoOne::check(asset).verdict, RuleVerdict::Fails);
    // Three copies on one kind of media: not enough kinds.
    asset.copies = {copy(MediaKind::Nas, true), copy(MediaKind::Nas, true)};
    result = ThreeTwoOne::check(asset);
    EXPECT_EQ(result.verdict, RuleVerdict::Fails);
    EXPECT_EQ(result.reasons.first(),
              QStringLiteral("every copy is on the same kind of media (NAS)"));
}

TEST(ThreeTwoOneCheck, MediaFromTheInventorysWords)
{
    EXPECT_EQ(ThreeTwoOne::mediaFromText(QStringLiteral("事務所のNAS"), MediaKind::Other),
              MediaKind::Nas);
    EXPECT_EQ(ThreeTwoOne::mediaFromText(QStringLiteral("クラウド (kintone)"), MediaKind::Other),
              MediaKind::Cloud);
    EXPECT_EQ(ThreeTwoOne::mediaFromText(QStringLiteral("紙・キャビネット"), MediaKind::Other),
              MediaKind::Paper);
    EXPECT_EQ(ThreeTwoOne::mediaFromText(QStringLiteral("?"), MediaKind::Tape), MediaKind::Tape);
    EXPECT_EQ(ThreeTwoOne::mediaOf(BackupMethod::ExternalDisk), MediaKind::RemovableDisk);
}
