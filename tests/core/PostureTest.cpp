#include "TestEnvironment.h"

#include "Clock.h"
#include "posture/PostureExplain.h"
#include "posture/PostureScore.h"
#include "posture/TopActions.h"
#include "services/DemoCompany.h"
#include "services/PostureService.h"
#include "storage/AssetRepository.h"
#include "storage/BackupRepository.h"
#include "storage/PostureRepository.h"

#include <QThread>

#include <cmath>
#include <thread>

using namespace mamori;

namespace {

// A firm with something recorded in every component, none of it perfect.
PostureInputs mixedFirm()
{
    PostureInputs in;
    in.diagnosisRecorded = 1;
    in.diagnosisScore = 60;
    in.supportTracked = 100;
    in.supportEnded = 10;
    in.updatable = 80;
    in.noRecentUpdate = 20;
    in.needsAntivirus = 70;
    in.antivirusMissing = 7;
    in.cloudServices = 10;
    in.mfaMissing = 5;
    in.portableDevices = 40;
    in.portableNotEncrypted = 10;
    in.backupPlans = 2;
    in.backupPlansOnTime = 1;
    in.offlineCopies = 0;
    in.restoreTestsCurrent = 1;
    in.importantAssets = 4;
    in.importantAssetsCovered = 2;
    in.incidentsRecorded = 1;
    in.contactsToFill = 4;
    in.contactsFilled = 1;
    in.playbooks = 7;
    in.playbooksReviewed = 1;
    in.exercisesInYear = 0;
    in.openCriticalIncidents = 1;
    in.overdueClocks = 1;
    in.actionRecorded = 1;
    in.declaredLevel = 1;
    in.rulesInPlace = 3;
    in.twoStarsReady = 0;
    in.policyPublished = 0;
    in.policyReviewCurrent = 1;
    in.supportEndedGroups = {{DeviceCategory::Pc, QStringLiteral("Windows 10 Pro"), 6},
                             {DeviceCategory::Server, QStringLiteral("Windows Server 2016"), 3}};
    return in;
}

// Everything perfect.
PostureInputs perfectFirm()
{
    PostureInputs in = mixedFirm();
    in.diagnosisScore = 100;
    in.supportEnded = in.noRecentUpdate = in.antivirusMissing = in.mfaMissing = 0;
    in.portableNotEncrypted = 0;
    in.backupPlansOnTime = in.restoreTestsCurrent = 2;
    in.offlineCopies = 1;
    in.importantAssetsCovered = 4;
    in.contactsFilled = 4;
    in.playbooksReviewed = 7;
    in.exercisesInYear = 1;
    in.openCriticalIncidents = in.overdueClocks = 0;
    in.declaredLevel = 2;
    in.rulesInPlace = 5;
    in.twoStarsReady = in.policyPublished = in.policyReviewCurrent = 1;
    in.supportEndedGroups.clear();
    return in;
}

double componentValue(const PostureScore &score, PostureComponent component)
{
    return score.component(component).value.value_or(-1);
}

} // namespace

TEST(PostureRulesTest, WeightsAddUpToOneHundred)
{
    int total = 0;
    for (const PostureComponent component : PostureRules::components())
        total += PostureRules::weight(component);
    EXPECT_EQ(total, 100);
    EXPECT_EQ(PostureRules::weight(PostureComponent::Devices), 30);
}

TEST(PostureRulesTest, BoundsAreZeroAndOneHundred)
{
    const PostureScore best = PostureRules::compute(perfectFirm());
    ASSERT_TRUE(best.value);
    EXPECT_DOUBLE_EQ(*best.value, 100.0);
    EXPECT_EQ(best.recordedWeight, 100);
    EXPECT_TRUE(best.pullingDown().isEmpty());

    PostureInputs worst = perfectFirm();
    worst.diagnosisScore = 0;
    worst.supportEnded = worst.supportTracked;
    worst.noRecentUpdate = worst.updatable;
    worst.antivirusMissing = worst.needsAntivirus;
    worst.mfaMissing = worst.cloudServices;
    worst.portableNotEncrypted = worst.portableDevices;
    worst.backupPlansOnTime = worst.restoreTestsCurrent = worst.offlineCopies = 0;
    worst.importantAssetsCovered = 0;
    worst.contactsFilled = worst.playbooksReviewed = worst.exercisesInYear = 0;
    worst.openCriticalIncidents = worst.overdueClocks = 2;
    worst.declaredLevel = worst.rulesInPlace = worst.twoStarsReady = 0;
    worst.policyPublished = worst.policyReviewCurrent = 0;
    const PostureScore score = PostureRules::compute(worst);
    ASSERT_TRUE(score.value);
    EXPECT_DOUBLE_EQ(*score.value, 0.0);
}

TEST(PostureRulesTest, EachComponentFromItsFacts)
{
    const PostureScore score = PostureRules::compute(mixedFirm());
    EXPECT_DOUBLE_EQ(componentValue(score, PostureComponent::Diagnosis), 60.0);
    // Devices: five parts of equal weight: 0.9, 0.75, 0.9, 0.5, 0.75.
    EXPECT_NEAR(componentValue(score, PostureComponent::Devices),
                100 * (0.9 + 0.75 + 0.9 + 0.5 + 0.75) / 5, 1e-9);
    // Backups: on time 30 × 0.5, offline 20 × 0, restore 25 × 0.5, important 25 × 0.5.
    EXPECT_NEAR(componentValue(score, PostureComponent::Backups), 15 + 0 + 12.5 + 12.5, 1e-9);
    // Incidents: contacts 1/4, playbooks 1/7, no exercise, a critical incident, an overdue clock.
    EXPECT_NEAR(componentValue(score, PostureComponent::Incidents), (0.25 + 1.0 / 7) * 20, 1e-9);
    // SECURITY ACTION: ★ (35 × 0.5), 3 of 5 rules (20 × 0.6), policy reviewed (15).
    EXPECT_NEAR(componentValue(score, PostureComponent::SecurityAction), 17.5 + 12 + 15, 1e-9);

    double weighted = 0;
    for (const ComponentScore &component : score.components)
        weighted += component.weight * *component.value;
    EXPECT_NEAR(*score.value, weighted / 100, 1e-9);
}

TEST(PostureRulesTest, MissingComponentsAreLeftOutVisibly)
{
    PostureInputs in = mixedFirm();
    in.diagnosisRecorded = 0;
    in.backupPlans = in.backupPlansOnTime = in.restoreTestsCurrent = 0;
    const PostureScore score = PostureRules::compute(in);
    EXPECT_FALSE(score.component(PostureComponent::Diagnosis).recorded());
    EXPECT_FALSE(score.component(PostureComponent::Backups).recorded());
    EXPECT_EQ(score.recordedWeight, 100 - 20 - 20);
    const PostureScore full = PostureRules::compute(mixedFirm());
    const double expected = (30 * componentValue(full, PostureComponent::Devices) +
                             15 * componentValue(full, PostureComponent::Incidents) +
                             15 * componentValue(full, PostureComponent::SecurityAction)) /
                            60;
    ASSERT_TRUE(score.value);
    EXPECT_NEAR(*score.value, expected, 1e-9);
    // Their parts have no value, so they pull nothing down.
    for (const PosturePart &part : score.pullingDown())
        EXPECT_NE(part.component, PostureComponent::Backups);

    // A part with nothing to measure is left out of its component only.
    PostureInputs noCloud = perfectFirm();
    noCloud.cloudServices = noCloud.mfaMissing = 0;
    EXPECT_DOUBLE_EQ(componentValue(PostureRules::compute(noCloud), PostureComponent::Devices),
                     100.0);

    // Bundled playbooks alone do not make the incident component count.
    PostureInputs untouched = mixedFirm();
    untouched.incidentsRecorded = 0;
    EXPECT_FALSE(
        PostureRules::compute(untouched).component(PostureComponent::Incidents).recorded());

    const PostureScore nothing = PostureRules::compute(PostureInputs{});
    EXPECT_FALSE(nothing.value);
    EXPECT_FALSE(nothing.points());
    EXPECT_EQ(nothing.recordedWeight, 0);
}

TEST(PostureRulesTest, PointsLostAddUpToWhatIsMissing)
{
    const PostureScore score = PostureRules::compute(mixedFirm());
    double lost = 0;
    const QList<PosturePart> down = score.pullingDown();
    for (const PosturePart &part : down)
        lost += part.pointsLost;
    EXPECT_NEAR(lost, 100 - *score.value, 1e-9);
    for (int i = 1; i < down.size(); ++i)
        EXPECT_GE(down.at(i - 1).pointsLost, down.at(i).pointsLost);
}

TEST(PostureRulesTest, FactsRoundTripThroughJson)
{
    const PostureInputs in = mixedFirm();
    ASSERT_FALSE(in.supportEndedGroups.isEmpty());
    // The groups travel too, so a report can rank a stored day's actions by operating system.
    EXPECT_EQ(PostureInputs::fromJson(in.toJson()), in);
    EXPECT_EQ(in.toJson().value(QStringLiteral("support_ended")).toInt(), 10);
    // A snapshot stored before the groups were kept reads back without them.
    QJsonObject older = in.toJson();
    older.remove(QStringLiteral("support_ended_groups"));
    EXPECT_TRUE(PostureInputs::fromJson(older).supportEndedGroups.isEmpty());
    EXPECT_EQ(PostureInputs::fromJson(older).supportEnded, 10);
}

TEST(TopActionsTest, ApplyingEachActionRaisesTheScoreByTheAmountShown)
{
    const PostureInputs in = mixedFirm();
    const PostureScore before = PostureRules::compute(in);
    const QList<PostureAction> actions = TopActions::rank(in);
    ASSERT_EQ(actions.size(), TopActions::defaultCount);
    for (const PostureAction &action : actions) {
        const PostureScore after = PostureRules::compute(TopActions::applied(in, action));
        EXPECT_EQ(*after.points() - *before.points(), action.points) << action.label.toStdString();
        EXPECT_NEAR(*after.value - *before.value, action.gain, 1e-9);
        EXPECT_GT(action.gain, 0);
        if (action.points > 0) {
            EXPECT_TRUE(action.label.endsWith(QStringLiteral(": +%1").arg(action.points)))
                << action.label.toStdString();
        }
    }
    for (int i = 1; i < actions.size(); ++i) {
        EXPECT_GE(actions.at(i - 1).points, actions.at(i).points);
        if (actions.at(i - 1).points == actions.at(i).points) {
            EXPECT_GE(actions.at(i - 1).gain, actions.at(i).gain);
        }
    }
    // No candidate left out ranks above the last one shown.
    const QList<PostureAction> all = TopActions::rank(in, 100);
    ASSERT_GT(all.size(), actions.size());
    EXPECT_LE(all.at(actions.size()).points, actions.constLast().points);
}

TEST(TopActionsTest, ActionsNameTheRecordsBehindThem)
{
    const QList<PostureAction> actions = TopActions::rank(mixedFirm(), 100);
    const auto find = [&actions](PostureActionKind kind, const QString &os = {}) {
        for (const PostureAction &action : actions) {
            if (action.kind == kind && action.groupOs == os)
                return action;
        }
        ADD_FAILURE() << TopActions::code(kind).toStdString() << " missing";
        return PostureAction{};
    };
    const PostureAction windows =
        find(PostureActionKind::ReplaceUnsupported, QStringLiteral("Windows 10 Pro"));
    EXPECT_EQ(windows.count, 6);
    EXPECT_EQ(windows.target.reference(),
              QStringLiteral("assets?check=support_ended&category=pc&os=Windows 10 Pro"));
    // "6 PCs" once the English catalogue is loaded; the tests run on the source text "PC(s)".
    EXPECT_TRUE(windows.label.contains(QStringLiteral("6 PC")) &&
                windows.label.contains(QStringLiteral("on Windows 10 Pro")))
        << windows.label.toStdString();
    // The one device past end of support outside the two groups gets its own action.
    EXPECT_EQ(find(PostureActionKind::ReplaceUnsupported).count, 1);
    EXPECT_EQ(find(PostureActionKind::InstallAntivirus).target.reference(),
              QStringLiteral("assets?check=no_antivirus,antivirus_unknown"));
    EXPECT_EQ(find(PostureActionKind::TestRestores).target.reference(),
              QStringLiteral("backups?section=restore_tests"));
    // Declaring ★★ is offered only once ready.
    for (const PostureAction &action : actions)
        EXPECT_FALSE(action.kind == PostureActionKind::Declare && action.count == 2);
    EXPECT_TRUE(TopActions::rank(perfectFirm()).isEmpty());
    EXPECT_TRUE(TopActions::rank(PostureInputs{}).isEmpty());
}

TEST(PostureExplainTest, ChangesAddUpToTheScoreMove)
{
    PostureInputs first = mixedFirm();
    PostureInputs second = first;
    second.supportEnded = 2;      // devices replaced
    second.backupPlansOnTime = 2; // the late plan caught up
    second.declaredLevel = 2;
    second.openCriticalIncidents = 0;
    second.diagnosisRecorded = 1;
    second.diagnosisScore = 80;
    const PostureSnapshot before = PostureSnapshot::of(
        QDate(2026, 3, 1), first, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    const PostureSnapshot after = PostureSnapshot::of(
        QDate(2026, 4, 1), second, QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    const QList<ChangeActivity> activity{{QStringLiteral("device"), 8, 3, 0}};
    const PostureExplanation explanation = PostureExplain::explain(before, after, activity);
    ASSERT_EQ(explanation.changes.size(), 5);
    double sum = 0;
    QStringList parts;
    for (const ExplainedChange &change : explanation.changes) {
        sum += change.points;
        parts << change.part;
        EXPECT_GT(change.points, 0) << change.part.toStdString();
    }
    parts.sort();
    EXPECT_EQ(parts, (QStringList{QStringLiteral("declaration"), QStringLiteral("no_open_critical"),
                                  QStringLiteral("on_time"), QStringLiteral("score"),
                                  QStringLiteral("supported_os")}));
    ASSERT_TRUE(explanation.change());
    EXPECT_NEAR(sum, *explanation.change(), 0.05 * explanation.changes.size());
    for (int i = 1; i < explanation.changes.size(); ++i)
        EXPECT_GE(std::abs(explanation.changes.at(i - 1).points),
                  std::abs(explanation.changes.at(i).points));
    // Supported OS: 10 → 2 of 100 past support moves devices (weight 30) by a fifth of 8 %.
    for (const ExplainedChange &change : explanation.changes) {
        if (change.part == QLatin1String("supported_os")) {
            EXPECT_NEAR(change.points, 30.0 * 0.08 / 5, 0.05);
            EXPECT_TRUE(change.before.startsWith(QStringLiteral("10 of 100")));
            EXPECT_TRUE(change.after.startsWith(QStringLiteral("2 of 100")));
        }
    }
    EXPECT_EQ(explanation.activity, activity);
    EXPECT_EQ(PostureExplain::describe(activity.first()),
              QStringLiteral("Devices: 8 added, 3 changed"));
}

TEST(PostureExplainTest, AComponentBecomingRecordedIsCreditedToItsPart)
{
    PostureInputs first = mixedFirm();
    first.backupPlans = first.backupPlansOnTime = first.restoreTestsCurrent = 0;
    const PostureInputs second = mixedFirm();
    const PostureExplanation explanation =
        PostureExplain::explain(PostureSnapshot::of(QDate(2026, 1, 1), first, {}),
                                PostureSnapshot::of(QDate(2026, 2, 1), second, {}), {});
    double sum = 0;
    for (const ExplainedChange &change : explanation.changes) {
        EXPECT_EQ(change.component, PostureComponent::Backups);
        sum += change.points;
    }
    EXPECT_NEAR(sum, *explanation.change(), 0.1);
    EXPECT_TRUE(PostureExplain::explain(PostureSnapshot::of(QDate(2026, 1, 1), second, {}),
                                        PostureSnapshot::of(QDate(2026, 2, 1), second, {}), {})
                    .changes.isEmpty());
}

class PostureStorageTest : public test::DatabaseTest
{};

TEST_F(PostureStorageTest, OneSnapshotPerDayAndHistoryInOrder)
{
    PostureRepository repository(*m_db);
    const QDateTime taken(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    for (int day = 0; day < 10; ++day) {
        PostureInputs in = mixedFirm();
        in.supportEnded = 10 - day;
        auto stored = repository.insertIfAbsent(
            PostureSnapshot::of(QDate(2026, 4, 1).addDays(day), in, taken.addDays(day)));
        ASSERT_TRUE(test::isOk(stored));
        EXPECT_TRUE(*stored);
    }
    // A second snapshot of a day is refused and the first one kept.
    auto again = repository.insertIfAbsent(
        PostureSnapshot::of(QDate(2026, 4, 3), perfectFirm(), taken.addDays(20)));
    ASSERT_TRUE(test::isOk(again));
    EXPECT_FALSE(*again);
    auto third = repository.snapshot(QDate(2026, 4, 3));
    ASSERT_TRUE(test::isOk(third));
    ASSERT_TRUE(third->has_value());
    EXPECT_EQ((*third)->inputs.supportEnded, 8);
    EXPECT_EQ((*third)->takenAt, taken.addDays(2));

    auto all = repository.history({}, {});
    ASSERT_TRUE(test::isOk(all));
    ASSERT_EQ(all->size(), 10);
    for (int i = 1; i < all->size(); ++i)
        EXPECT_LT(all->at(i - 1).date, all->at(i).date);
    EXPECT_GE(*all->constLast().score, *all->constFirst().score);
    const PostureScore recomputed = PostureRules::compute(all->constLast().inputs);
    EXPECT_EQ(all->constLast().score, recomputed.points());
    EXPECT_EQ(all->constLast().component(PostureComponent::Devices),
              recomputed.component(PostureComponent::Devices).points());

    auto range = repository.history(QDate(2026, 4, 3), QDate(2026, 4, 5));
    ASSERT_TRUE(test::isOk(range));
    ASSERT_EQ(range->size(), 3);
    EXPECT_EQ(range->constFirst().date, QDate(2026, 4, 3));
    EXPECT_EQ(range->constLast().date, QDate(2026, 4, 5));
    auto from = repository.history(QDate(2026, 4, 9), {});
    ASSERT_TRUE(test::isOk(from));
    EXPECT_EQ(from->size(), 2);
    auto latest = repository.latestOnOrBefore(QDate(2026, 5, 1));
    ASSERT_TRUE(test::isOk(latest));
    EXPECT_EQ((*latest)->date, QDate(2026, 4, 10));
    auto none = repository.latestOnOrBefore(QDate(2026, 3, 31));
    ASSERT_TRUE(test::isOk(none));
    EXPECT_FALSE(none->has_value());
}

TEST_F(PostureStorageTest, NotRecordedComponentsAreStoredAsNull)
{
    PostureRepository repository(*m_db);
    ASSERT_TRUE(test::isOk(repository.insertIfAbsent(
        PostureSnapshot::of(QDate(2026, 4, 1), PostureInputs{}, Clock::nowUtc()))));
    auto stored = repository.snapshot(QDate(2026, 4, 1));
    ASSERT_TRUE(test::isOk(stored));
    EXPECT_FALSE((*stored)->score);
    for (const PostureComponent component : PostureRules::components())
        EXPECT_FALSE((*stored)->component(component));
}

TEST_F(PostureStorageTest, TwoConnectionsTakingTheSameDayLeaveOneRow)
{
    const QString path = m_db->path();
    const QDateTime now(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    for (int round = 0; round < 5; ++round) {
        const QDate day = QDate(2026, 4, 1).addDays(round);
        QList<int> inserted(2, -1);
        std::vector<std::thread> threads;
        for (int i = 0; i < 2; ++i) {
            threads.emplace_back([&, i] {
                auto connection = Database::openWriter(path);
                if (!connection)
                    return;
                PostureInputs in = mixedFirm();
                in.supportEnded = i; // which one won shows in the row
                auto stored = PostureRepository(**connection)
                                  .insertIfAbsent(PostureSnapshot::of(day, in, now));
                inserted[i] = stored ? int(*stored) : -2;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        EXPECT_EQ(inserted[0] + inserted[1], 1) << inserted[0] << ' ' << inserted[1];
        auto rows = PostureRepository(*m_db).history(day, day);
        ASSERT_TRUE(test::isOk(rows));
        ASSERT_EQ(rows->size(), 1);
        EXPECT_EQ(rows->constFirst().inputs.supportEnded, inserted[0] == 1 ? 0 : 1);
    }
}

TEST_F(PostureStorageTest, DailySnapshotIsTakenOncePerLocalDay)
{
    ASSERT_TRUE(test::isOk(DemoCompany::fill(*m_db, 60)));
    {
        Clock::Override clock(QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC));
        auto first = PostureService::takeDailySnapshot(*m_db);
        ASSERT_TRUE(test::isOk(first));
        EXPECT_TRUE(*first);
        auto second = PostureService::takeDailySnapshot(*m_db);
        ASSERT_TRUE(test::isOk(second));
        EXPECT_FALSE(*second);
    }
    Clock::Override nextDay(QDateTime(QDate(2026, 4, 2), QTime(8, 0), Qt::UTC));
    auto third = PostureService::takeDailySnapshot(*m_db);
    ASSERT_TRUE(test::isOk(third));
    EXPECT_TRUE(*third);
    auto all = PostureRepository(*m_db).history({}, {});
    ASSERT_TRUE(test::isOk(all));
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->constLast().date, Clock::today());
    // The stored facts are the gathered ones: 60 devices counted in SQL.
    EXPECT_GT(all->constLast().inputs.supportTracked, 0);
    EXPECT_LE(all->constLast().inputs.supportTracked, 60);
    EXPECT_TRUE(all->constLast().component(PostureComponent::Devices));
    EXPECT_FALSE(all->constLast().component(PostureComponent::Backups)); // no plan yet
}

TEST_F(PostureStorageTest, InventoryCountsAgreeWithDeviceChecks)
{
    ASSERT_TRUE(test::isOk(DemoCompany::fill(*m_db, 400)));
    const QDate today = Clock::today();
    PostureInputs in;
    ASSERT_TRUE(test::isOk(PostureRepository(*m_db).countInventory(in, today)));
    auto devices = DeviceRepository(*m_db).all();
    ASSERT_TRUE(test::isOk(devices));
    const auto count = [&](std::initializer_list<DeviceCheck> checks) {
        int n = 0;
        for (const Device &device : std::as_const(*devices)) {
            for (const DeviceCheck check : checks)
                n += DeviceChecks::holds(check, device, today) ? 1 : 0;
        }
        return n;
    };
    EXPECT_EQ(in.supportTracked, count({DeviceCheck::SupportTracked}));
    EXPECT_EQ(in.supportEnded, count({DeviceCheck::SupportEnded}));
    EXPECT_EQ(in.noRecentUpdate, count({DeviceCheck::NoRecentUpdate}));
    EXPECT_EQ(in.antivirusMissing,
              count({DeviceCheck::NoAntivirus, DeviceCheck::AntivirusUnknown}));
    EXPECT_EQ(in.mfaMissing, count({DeviceCheck::WeakMfa, DeviceCheck::MfaUnknown}));
    EXPECT_EQ(in.portableDevices, count({DeviceCheck::Portable}));
    EXPECT_EQ(in.portableNotEncrypted,
              count({DeviceCheck::PortableUnencrypted, DeviceCheck::PortableEncryptionUnknown}));
    int grouped = 0;
    for (const SupportEndedGroup &group : std::as_const(in.supportEndedGroups))
        grouped += group.count;
    EXPECT_LE(grouped, in.supportEnded);
    EXPECT_GT(in.importantAssets, 0);
    EXPECT_EQ(in.importantAssetsCovered, 0); // no backup plan yet
}

TEST_F(PostureStorageTest, DemoHistoryIsTheFormulaOverEighteenMonths)
{
    Clock::Override clock(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(test::isOk(DemoCompany::fill(*m_db, 80)));
    auto filled = DemoCompany::fillHistory(*m_db);
    ASSERT_TRUE(test::isOk(filled));
    const QDate start = Clock::today().addMonths(-18);
    EXPECT_EQ(*filled, start.daysTo(Clock::today()));
    auto again = DemoCompany::fillHistory(*m_db);
    ASSERT_TRUE(test::isOk(again));
    EXPECT_EQ(*again, 0);
    auto all = PostureRepository(*m_db).history({}, {});
    ASSERT_TRUE(test::isOk(all));
    ASSERT_EQ(all->size(), *filled);
    EXPECT_EQ(all->constFirst().date, start);
    for (const PostureSnapshot &snapshot : std::as_const(*all))
        EXPECT_EQ(snapshot.score, PostureRules::compute(snapshot.inputs).points());
    // It gets better over the eighteen months, not in a straight line.
    EXPECT_LT(*all->constFirst().score + 20, *all->constLast().score);
    int drops = 0;
    for (int i = 1; i < all->size(); ++i)
        drops += *all->at(i).score < *all->at(i - 1).score ? 1 : 0;
    EXPECT_GT(drops, 0);
    // Backups come in partway and have a failed week and a late one.
    EXPECT_FALSE(all->constFirst().component(PostureComponent::Backups));
    EXPECT_TRUE(all->constLast().component(PostureComponent::Backups));
    int badBackupDays = 0;
    int criticalDays = 0;
    for (const PostureSnapshot &snapshot : std::as_const(*all)) {
        badBackupDays += snapshot.inputs.backupPlans > snapshot.inputs.backupPlansOnTime;
        criticalDays += snapshot.inputs.openCriticalIncidents;
    }
    EXPECT_GT(badBackupDays, 0);
    EXPECT_EQ(criticalDays, 6);
    // Today's real facts follow on from the last modelled day.
    auto today = PostureService::gather(*m_db, Clock::nowUtc());
    ASSERT_TRUE(test::isOk(today));
    const PostureScore now = PostureRules::compute(*today);
    EXPECT_NEAR(*now.points(), *all->constLast().score, 5);
    EXPECT_EQ(today->declaredLevel, 2);
    EXPECT_EQ(today->exercisesInYear, 1);
    EXPECT_EQ(today->backupPlans, 2);
}
