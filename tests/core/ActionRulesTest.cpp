#include "TestEnvironment.h"

#include "action/FiveRules.h"
#include "action/InventoryEvidence.h"
#include "action/Readiness.h"

using namespace mamori;
namespace dx = mamori::diagnosis;

namespace {

const QDate today(2026, 6, 15);

dx::Answers allAnswered(int value)
{
    dx::Answers answers;
    for (int item = 1; item <= dx::itemCount; ++item)
        answers.insert(item, value);
    return answers;
}

// Everything in order: five rules in place, a recent diagnosis without "don't know", a
// published policy.
ActionSnapshot readySnapshot()
{
    ActionSnapshot snapshot;
    snapshot.today = today;
    for (int rule = 1; rule <= 5; ++rule)
        snapshot.rules.append({rule, RuleState::InPlace, {}, {}, {}, QDate(2026, 5, 1)});
    DiagnosisSession session;
    session.id = 1;
    session.answeredOn = QDate(2026, 3, 1);
    session.completed = true;
    session.answers = allAnswered(dx::done);
    snapshot.latestDiagnosis = session;
    PolicyVersion policy;
    policy.id = 1;
    policy.version = 1;
    policy.adoptedOn = QDate(2026, 2, 1);
    policy.publishedOn = QDate(2026, 2, 10);
    snapshot.latestPolicy = policy;
    return snapshot;
}

const ActionReminder *reminder(const QList<ActionReminder> &reminders, const QString &key)
{
    for (const ActionReminder &entry : reminders) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

const AnswerSuggestion *suggestion(const QList<AnswerSuggestion> &suggestions, int item)
{
    for (const AnswerSuggestion &entry : suggestions) {
        if (entry.item == item)
            return &entry;
    }
    return nullptr;
}

} // namespace

TEST(ReadinessTest, NothingMissingWhenEverythingIsInPlace)
{
    const Readiness readiness = ActionRules::readiness(readySnapshot());
    EXPECT_TRUE(readiness.oneStarReady()) << readiness.missingForOneStar.join(u'|').toStdString();
    EXPECT_TRUE(readiness.twoStarsReady()) << readiness.missingForTwoStars.join(u'|').toStdString();
}

TEST(ReadinessTest, EachRuleNotInPlaceIsNamed)
{
    ActionSnapshot snapshot = readySnapshot();
    snapshot.rules[2].state = RuleState::NotYet;
    snapshot.rules[3].state = RuleState::Partly;
    const Readiness readiness = ActionRules::readiness(snapshot);
    EXPECT_EQ(readiness.missingForOneStar,
              (QStringList{QStringLiteral("Rule 3 (Passwords) is not in place yet"),
                           QStringLiteral("Rule 4 (Sharing settings) is only partly in place")}));
    EXPECT_TRUE(readiness.twoStarsReady()); // ★★ asks for the diagnosis and the policy

    snapshot.rules[2].state = RuleState::InPlace;
    snapshot.rules[3].state = RuleState::InPlace;
    EXPECT_TRUE(ActionRules::readiness(snapshot).oneStarReady());
}

TEST(ReadinessTest, RulesNeverRecordedCountAsNotYet)
{
    ActionSnapshot snapshot = readySnapshot();
    snapshot.rules.clear();
    EXPECT_EQ(ActionRules::readiness(snapshot).missingForOneStar.size(), 5);
}

TEST(ReadinessTest, PolicyMustBeWrittenAndPublished)
{
    ActionSnapshot snapshot = readySnapshot();
    snapshot.latestPolicy->publishedOn = QDate();
    EXPECT_EQ(ActionRules::readiness(snapshot).missingForTwoStars,
              QStringList{QStringLiteral("Policy written but not published")});
    snapshot.latestPolicy.reset();
    EXPECT_EQ(ActionRules::readiness(snapshot).missingForTwoStars,
              QStringList{QStringLiteral("No basic security policy written yet")});
    // A notice board counts: the URL is optional.
    snapshot = readySnapshot();
    snapshot.latestPolicy->publishedUrl.clear();
    EXPECT_TRUE(ActionRules::readiness(snapshot).twoStarsReady());
}

TEST(ReadinessTest, NoDiagnosisYet)
{
    ActionSnapshot snapshot = readySnapshot();
    snapshot.latestDiagnosis.reset();
    EXPECT_EQ(ActionRules::readiness(snapshot).missingForTwoStars,
              QStringList{QStringLiteral("No self-diagnosis completed yet")});
}

TEST(ReadinessTest, DiagnosisAgeBoundary)
{
    ActionSnapshot snapshot = readySnapshot();
    snapshot.latestDiagnosis->answeredOn = QDate(2025, 6, 15);
    // Exactly twelve months old: still current on the day the reminder falls due.
    EXPECT_TRUE(ActionRules::readiness(snapshot).twoStarsReady());
    snapshot.today = QDate(2026, 6, 16);
    const QStringList missing = ActionRules::readiness(snapshot).missingForTwoStars;
    ASSERT_EQ(missing.size(), 1);
    EXPECT_TRUE(
        missing.constFirst().startsWith(QStringLiteral("Last self-diagnosis is older than")))
        << missing.constFirst().toStdString();
    EXPECT_TRUE(missing.constFirst().contains(QStringLiteral("12")));
    EXPECT_TRUE(missing.constFirst().contains(QStringLiteral("(2025-06-15)")));

    // A shorter interval makes a younger diagnosis stale.
    snapshot = readySnapshot();             // answered 2026-03-01
    snapshot.intervals.diagnosisMonths = 4; // current until 2026-07-01
    EXPECT_TRUE(ActionRules::readiness(snapshot).twoStarsReady());
    snapshot.intervals.diagnosisMonths = 3; // stale since 2026-06-02
    EXPECT_FALSE(ActionRules::readiness(snapshot).twoStarsReady());
}

TEST(ReadinessTest, DontKnowAnswersAreListed)
{
    ActionSnapshot snapshot = readySnapshot();
    for (const int item : {21, 4, 9})
        snapshot.latestDiagnosis->answers.insert(item, dx::dontKnow);
    const QStringList missing = ActionRules::readiness(snapshot).missingForTwoStars;
    ASSERT_EQ(missing.size(), 1);
    EXPECT_TRUE(missing.constFirst().startsWith(QStringLiteral("3 item")))
        << missing.constFirst().toStdString();
    EXPECT_TRUE(missing.constFirst().contains(QStringLiteral("“don't know”: 4, 9, 21")))
        << missing.constFirst().toStdString();

    // Low answers are weak spots, not a gap in ★★.
    snapshot = readySnapshot();
    snapshot.latestDiagnosis->answers = allAnswered(dx::notDone);
    EXPECT_TRUE(ActionRules::readiness(snapshot).twoStarsReady());
}

TEST(RemindersTest, DueAfterTheIntervals)
{
    ActionSnapshot snapshot = readySnapshot();
    snapshot.latestPolicy->reviewedOn = QDate(2026, 4, 20);
    snapshot.rules[1].confirmedOn = QDate(2026, 1, 10); // the oldest confirmation
    const QList<ActionReminder> reminders = ActionRules::reminders(snapshot);
    ASSERT_EQ(reminders.size(), 3);
    EXPECT_EQ(reminder(reminders, QStringLiteral("diagnosis"))->due, QDate(2027, 3, 1));
    EXPECT_EQ(reminder(reminders, QStringLiteral("policy_review"))->due, QDate(2027, 4, 20));
    EXPECT_EQ(reminder(reminders, QStringLiteral("five_rules"))->due, QDate(2027, 1, 10));
    for (const ActionReminder &entry : reminders) {
        EXPECT_FALSE(entry.overdue(today)) << entry.key.toStdString();
        EXPECT_FALSE(entry.title.isEmpty());
    }

    snapshot.intervals = {6, 24};
    const QList<ActionReminder> custom = ActionRules::reminders(snapshot);
    EXPECT_EQ(reminder(custom, QStringLiteral("diagnosis"))->due, QDate(2026, 9, 1));
    EXPECT_EQ(reminder(custom, QStringLiteral("policy_review"))->due, QDate(2028, 4, 20));
    EXPECT_TRUE(reminder(custom, QStringLiteral("diagnosis"))->overdue(QDate(2026, 9, 1)));
}

TEST(RemindersTest, PolicyReviewCountsFromAdoptionUntilReviewed)
{
    ActionSnapshot snapshot = readySnapshot();
    EXPECT_EQ(reminder(ActionRules::reminders(snapshot), QStringLiteral("policy_review"))->due,
              QDate(2027, 2, 1));
    PolicyVersion version;
    version.adoptedOn = QDate(2026, 2, 1);
    EXPECT_EQ(version.lastReviewed(), QDate(2026, 2, 1));
    version.reviewedOn = QDate(2025, 1, 1); // older than the adoption: adoption wins
    EXPECT_EQ(version.lastReviewed(), QDate(2026, 2, 1));
    version.reviewedOn = QDate(2026, 8, 1);
    EXPECT_EQ(version.lastReviewed(), QDate(2026, 8, 1));
}

TEST(RemindersTest, NeverDoneIsDueToday)
{
    ActionSnapshot snapshot;
    snapshot.today = today;
    const QList<ActionReminder> reminders = ActionRules::reminders(snapshot);
    ASSERT_EQ(reminders.size(), 3);
    for (const ActionReminder &entry : reminders) {
        EXPECT_EQ(entry.due, today) << entry.key.toStdString();
        EXPECT_TRUE(entry.overdue(today));
    }
    // One rule never confirmed keeps the five-rules reminder due.
    snapshot = readySnapshot();
    snapshot.rules[4].confirmedOn = QDate();
    EXPECT_EQ(reminder(ActionRules::reminders(snapshot), QStringLiteral("five_rules"))->due, today);
}

TEST(InventoryAdvisorTest, SuggestsFromTheCountsWithTheReason)
{
    InventoryEvidence evidence;
    evidence.asOf = today;
    evidence.activeDevices = 40;
    evidence.unsupportedOs = 3;
    evidence.updatableDevices = 30;
    evidence.noRecentUpdate = 5;
    evidence.computers = 25;
    evidence.withoutAntivirus = 20;
    evidence.disposedDevices = 4;
    evidence.cloudServices = 6;
    const QList<AnswerSuggestion> suggestions = InventoryAdvisor::suggestAnswers(evidence);

    const AnswerSuggestion *updates = suggestion(suggestions, 1);
    ASSERT_TRUE(updates);
    EXPECT_EQ(updates->answer, dx::partly);
    EXPECT_TRUE(updates->reason.contains(QStringLiteral("3 of 40")))
        << updates->reason.toStdString();
    EXPECT_TRUE(updates->reason.contains(QStringLiteral("5 of 30")))
        << updates->reason.toStdString();

    const AnswerSuggestion *antivirus = suggestion(suggestions, 2);
    ASSERT_TRUE(antivirus);
    EXPECT_EQ(antivirus->answer, dx::notDone); // most have none
    EXPECT_TRUE(antivirus->reason.contains(QStringLiteral("20 of 25")));

    const AnswerSuggestion *disposal = suggestion(suggestions, 18);
    ASSERT_TRUE(disposal);
    EXPECT_EQ(disposal->answer, dx::done);
    EXPECT_TRUE(disposal->reason.contains(QStringLiteral("(4)")));

    ASSERT_TRUE(suggestion(suggestions, 23));
    EXPECT_EQ(suggestion(suggestions, 23)->answer, dx::done);
    EXPECT_FALSE(suggestion(suggestions, 11)) << "no backup data yet";
}

TEST(InventoryAdvisorTest, NothingToCountMeansNoSuggestion)
{
    EXPECT_TRUE(InventoryAdvisor::suggestAnswers(InventoryEvidence{}).isEmpty());
    EXPECT_TRUE(InventoryAdvisor::ruleHints(InventoryEvidence{}).isEmpty());
}

TEST(InventoryAdvisorTest, NothingRecordedSuggestsNotDone)
{
    InventoryEvidence evidence;
    evidence.activeDevices = 8;
    evidence.updatableDevices = 8;
    evidence.noRecentUpdate = 8; // no update date anywhere
    evidence.computers = 8;
    evidence.antivirusUnknown = 8;
    evidence.cloudServices = 2;
    evidence.mfaUnknown = 1;
    evidence.withoutMfa = 0;
    const QList<AnswerSuggestion> suggestions = InventoryAdvisor::suggestAnswers(evidence);
    EXPECT_EQ(suggestion(suggestions, 1)->answer, dx::notDone);
    EXPECT_EQ(suggestion(suggestions, 2)->answer, dx::notDone);
    EXPECT_TRUE(suggestion(suggestions, 2)->reason.contains(QStringLiteral("not recorded")));
    EXPECT_EQ(suggestion(suggestions, 23)->answer, dx::partly); // half not recorded
}

TEST(InventoryAdvisorTest, BackupAgeOnlyWhenKnown)
{
    InventoryEvidence evidence;
    evidence.asOf = today;
    evidence.lastBackup = today.addDays(-3);
    auto backups = suggestion(InventoryAdvisor::suggestAnswers(evidence), 11);
    ASSERT_TRUE(backups);
    EXPECT_EQ(backups->answer, dx::done);
    EXPECT_TRUE(backups->reason.contains(QStringLiteral("2026-06-12")));
    evidence.lastBackup = today.addDays(-20);
    EXPECT_EQ(suggestion(InventoryAdvisor::suggestAnswers(evidence), 11)->answer, dx::partly);
    evidence.lastBackup = today.addDays(-31);
    EXPECT_EQ(suggestion(InventoryAdvisor::suggestAnswers(evidence), 11)->answer, dx::notDone);
}

TEST(InventoryAdvisorTest, RuleHintsFlagWhatNeedsDoing)
{
    InventoryEvidence evidence;
    evidence.activeDevices = 10;
    evidence.updatableDevices = 10;
    evidence.computers = 10;
    evidence.informationAssets = 12;
    evidence.assetsOnCloudOrShared = 5;
    const QList<RuleHint> hints = InventoryAdvisor::ruleHints(evidence);
    ASSERT_EQ(hints.size(), 3);
    EXPECT_EQ(hints[0].rule, 1);
    EXPECT_FALSE(hints[0].attention);
    EXPECT_EQ(hints[1].rule, 2);
    EXPECT_FALSE(hints[1].attention);
    EXPECT_EQ(hints[2].rule, 4);
    EXPECT_TRUE(hints[2].attention);
    EXPECT_TRUE(hints[2].text.contains(QStringLiteral("5 of 12"))) << hints[2].text.toStdString();

    evidence.unsupportedOs = 1;
    evidence.withoutAntivirus = 1;
    const QList<RuleHint> flagged = InventoryAdvisor::ruleHints(evidence);
    EXPECT_TRUE(flagged[0].attention);
    EXPECT_TRUE(flagged[1].attention);
}

TEST(FiveRulesTest, StateCodesRoundTrip)
{
    for (const RuleState state : {RuleState::NotYet, RuleState::Partly, RuleState::InPlace})
        EXPECT_EQ(ruleStateFromCode(ruleStateCode(state)), state);
    EXPECT_EQ(ruleStateCode(RuleState::InPlace), QStringLiteral("in_place"));
    EXPECT_EQ(ruleStateFromCode(QStringLiteral("bogus")), RuleState::NotYet);
    EXPECT_NE(ruleStateLabel(RuleState::Partly), ruleStateLabel(RuleState::InPlace));
}

TEST(FiveRulesTest, ContentIsCompleteAndAlikeInBothLanguages)
{
    auto japanese = FiveRulesContent::load(UiLanguage::Japanese);
    auto english = FiveRulesContent::load(UiLanguage::English);
    ASSERT_TRUE(mamori::test::isOk(japanese));
    ASSERT_TRUE(mamori::test::isOk(english));
    ASSERT_EQ(japanese->rules().size(), 5);
    ASSERT_EQ(english->rules().size(), 5);
    for (int number = 1; number <= 5; ++number) {
        const auto *ja = japanese->rule(number);
        const auto *en = english->rule(number);
        ASSERT_TRUE(ja && en);
        EXPECT_EQ(ja->inventoryHint, en->inventoryHint);
        EXPECT_EQ(ja->howTo.size(), en->howTo.size());
        EXPECT_NE(ja->title, en->title);
    }
    EXPECT_EQ(english->rule(1)->inventoryHint, QStringLiteral("updates"));
    EXPECT_EQ(english->rule(4)->inventoryHint, QStringLiteral("sharing"));
    EXPECT_TRUE(english->rule(3)->inventoryHint.isEmpty());
    EXPECT_FALSE(english->rule(6));
    EXPECT_FALSE(FiveRulesContent::fromJson("{\"rules\": []}", QStringLiteral("empty.json")));
}
