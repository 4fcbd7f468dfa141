#include "TestEnvironment.h"

#include "incidents/IncidentRules.h"
#include "incidents/ReportingClocks.h"

#include <QTimeZone>

using namespace mamori;

namespace {

const QTimeZone japan(9 * 3600);

QDateTime jst(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), japan).toUTC();
}

Incident leakIncident(const QDateTime &awareAt)
{
    Incident incident;
    incident.id = 1;
    incident.title = QStringLiteral("Laptop lost");
    incident.detectedAt = awareAt.addDays(-3);
    incident.awareAt = awareAt;
    incident.triggers.personalData = true;
    incident.triggers.sensitive = true;
    return incident;
}

const ReportingClock *clock(const QList<ReportingClock> &clocks, const QString &key)
{
    for (const ReportingClock &c : clocks)
        if (c.key == key)
            return &c;
    return nullptr;
}

} // namespace

TEST(ReportingTriggersTest, EachTriggerAloneRequiresAReport)
{
    ReportingTriggers none;
    none.personalData = true;
    EXPECT_FALSE(none.reportRequired());
    for (bool ReportingTriggers::*trigger :
         {&ReportingTriggers::sensitive, &ReportingTriggers::financialDamage,
          &ReportingTriggers::unauthorisedPurpose, &ReportingTriggers::moreThanThousand}) {
        ReportingTriggers on = none;
        on.*trigger = true;
        EXPECT_TRUE(on.reportRequired());
        on.stronglyEncrypted = true;
        EXPECT_FALSE(on.reportRequired()) << "strongly encrypted data is exempt";
        on.stronglyEncrypted = false;
        on.personalData = false;
        EXPECT_FALSE(on.reportRequired()) << "no personal data, nothing to report";
    }
    ReportingTriggers counted = none;
    counted.peopleAffected = 1000;
    EXPECT_FALSE(counted.reportRequired());
    counted.peopleAffected = 1001;
    EXPECT_TRUE(counted.reportRequired());
}

TEST(ReportingClocksTest, NoTriggerMeansNoLegalClocks)
{
    Incident incident = leakIncident(jst(2026, 4, 1, 10));
    incident.triggers.sensitive = false;
    EXPECT_TRUE(ReportingClocks::of(incident, {}, {}, incident.awareAt).isEmpty());
}

TEST(ReportingClocksTest, LimitsCountJapaneseDaysFromAwarenessNotDetection)
{
    const Incident incident = leakIncident(jst(2026, 4, 1, 10, 30));
    const auto clocks = ReportingClocks::of(incident, {}, {}, incident.awareAt);
    ASSERT_EQ(clocks.size(), 3);
    const ReportingClock *preliminary = clock(clocks, ReportingClocks::preliminaryKey);
    const ReportingClock *final = clock(clocks, ReportingClocks::finalKey);
    const ReportingClock *notice = clock(clocks, ReportingClocks::affectedPeopleKey);
    ASSERT_TRUE(preliminary && final && notice);
    EXPECT_EQ(preliminary->dueAt, QDateTime(QDate(2026, 4, 6), QTime(23, 59, 59), japan));
    EXPECT_EQ(final->dueAt, QDateTime(QDate(2026, 5, 1), QTime(23, 59, 59), japan));
    EXPECT_EQ(preliminary->startsAt, incident.awareAt);
    EXPECT_FALSE(notice->dueAt.isValid());
    EXPECT_EQ(notice->state, ReportingClock::State::Open);
    EXPECT_TRUE(preliminary->legal);
    EXPECT_EQ(preliminary->state, ReportingClock::State::Running);
}

TEST(ReportingClocksTest, UnauthorisedPurposeGivesSixtyDaysAcrossMonthEnds)
{
    Incident incident = leakIncident(jst(2026, 1, 31, 18));
    const auto thirty = ReportingClocks::of(incident, {}, {}, incident.awareAt);
    EXPECT_EQ(clock(thirty, ReportingClocks::finalKey)->dueAt,
              QDateTime(QDate(2026, 3, 2), QTime(23, 59, 59), japan));
    incident.triggers.unauthorisedPurpose = true;
    const auto sixty = ReportingClocks::of(incident, {}, {}, incident.awareAt);
    EXPECT_EQ(clock(sixty, ReportingClocks::finalKey)->dueAt,
              QDateTime(QDate(2026, 4, 1), QTime(23, 59, 59), japan));
    // A leap year's February has one day more.
    incident = leakIncident(jst(2028, 1, 31, 18));
    EXPECT_EQ(
        clock(ReportingClocks::of(incident, {}, {}, incident.awareAt), ReportingClocks::finalKey)
            ->dueAt,
        QDateTime(QDate(2028, 3, 1), QTime(23, 59, 59), japan));
}

// The core suite runs on a UTC machine and again with TZ=Asia/Tokyo: the same instants in both.
TEST(ReportingClocksTest, DaysAreJapansWhateverTheMachinesZone)
{
    // 16:00 UTC on 30 April is 01:00 on 1 May in Japan: the days count from 1 May.
    const Incident incident = leakIncident(QDateTime(QDate(2026, 4, 30), QTime(16, 0), Qt::UTC));
    const auto clocks = ReportingClocks::of(incident, {}, {}, incident.awareAt);
    EXPECT_EQ(clock(clocks, ReportingClocks::preliminaryKey)->dueAt,
              QDateTime(QDate(2026, 5, 6), QTime(14, 59, 59), Qt::UTC));
}

TEST(ReportingClocksTest, OverdueDoneAndExercises)
{
    Incident incident = leakIncident(jst(2026, 4, 1, 10));
    const QDateTime later = jst(2026, 4, 7, 0, 1);
    auto clocks = ReportingClocks::of(incident, {}, {}, later);
    EXPECT_EQ(clock(clocks, ReportingClocks::preliminaryKey)->state,
              ReportingClock::State::Overdue);
    EXPECT_EQ(clock(clocks, ReportingClocks::finalKey)->state, ReportingClock::State::Running);
    EXPECT_TRUE(clock(clocks, ReportingClocks::preliminaryKey)->alerts);

    const ClockCompletion sent{ReportingClocks::preliminaryKey, jst(2026, 4, 3, 9),
                               QStringLiteral("Sato")};
    clocks = ReportingClocks::of(incident, {sent}, {}, later);
    EXPECT_EQ(clock(clocks, ReportingClocks::preliminaryKey)->state, ReportingClock::State::Done);
    EXPECT_EQ(clock(clocks, ReportingClocks::preliminaryKey)->doneBy, QStringLiteral("Sato"));

    incident.exercise = true;
    clocks = ReportingClocks::of(incident, {}, {}, later);
    EXPECT_EQ(clock(clocks, ReportingClocks::preliminaryKey)->state,
              ReportingClock::State::Overdue);
    EXPECT_FALSE(clock(clocks, ReportingClocks::preliminaryKey)->alerts)
        << "an exercise's clocks never raise an overdue alert";
}

TEST(ReportingClocksTest, OwnClocksAreExactHoursAndTheNextClockIsTheEarliestOpen)
{
    Incident incident = leakIncident(jst(2026, 4, 1, 10, 15));
    const OwnClock customer{7, QStringLiteral("Tell Acme"), 24};
    const auto clocks = ReportingClocks::of(incident, {}, {customer}, incident.awareAt);
    const ReportingClock *own = clock(clocks, QStringLiteral("own-7"));
    ASSERT_TRUE(own);
    EXPECT_EQ(own->dueAt, jst(2026, 4, 2, 10, 15));
    EXPECT_FALSE(own->legal);
    const ReportingClock *next = ReportingClocks::next(clocks);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->key, QStringLiteral("own-7"));

    incident.triggers = {};
    const auto onlyOwn = ReportingClocks::of(
        incident, {{QStringLiteral("own-7"), incident.awareAt, {}}}, {customer}, incident.awareAt);
    EXPECT_EQ(ReportingClocks::next(onlyOwn), nullptr);
}

TEST(IncidentRulesTest, ClosingNeedsCauseAndImpactAndAReasonForOpenItems)
{
    IncidentStep open;
    open.number = 2;
    open.step.required = true;
    IncidentStep optional;
    optional.number = 3;
    optional.step.required = false;
    IncidentStep done;
    done.number = 1;
    done.state = StepState::Done;
    const QList<IncidentStep> steps{done, open, optional};

    CloseOut closeOut;
    Status refused = IncidentRules::checkClose(closeOut, steps, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cause")));

    closeOut.cause = QStringLiteral("Phishing mail");
    closeOut.impact = QStringLiteral("One PC re-installed");
    refused = IncidentRules::checkClose(closeOut, steps, {});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral(": 2.")))
        << refused.error().message.toStdString();

    closeOut.overrideReason = QStringLiteral("Step 2 was done by the vendor");
    EXPECT_TRUE(IncidentRules::checkClose(closeOut, steps, {}));

    ReportingClock overdue;
    overdue.title = QStringLiteral("PPC");
    overdue.state = ReportingClock::State::Overdue;
    closeOut.overrideReason.clear();
    const CloseBlockers blockers = IncidentRules::closeBlockers(closeOut, {done}, {overdue});
    EXPECT_EQ(blockers.openClocks, QStringList{QStringLiteral("PPC")});
    overdue.alerts = false; // an exercise
    EXPECT_TRUE(IncidentRules::checkClose(closeOut, {done}, {overdue}));
}

TEST(IncidentRulesTest, InventoryFactsFillTheTriggersWithoutClearingThem)
{
    ExposedAsset customers{1, QStringLiteral("顧客名簿"), PersonalData::Personal, 3, {}};
    ExposedAsset health{2, QStringLiteral("健康診断"), PersonalData::Sensitive, 3, {}};
    ReportingTriggers triggers;
    triggers.financialDamage = true;
    const ReportingTriggers filled = IncidentRules::withInventoryFacts(triggers, {customers});
    EXPECT_TRUE(filled.personalData);
    EXPECT_FALSE(filled.sensitive);
    EXPECT_TRUE(filled.financialDamage);
    EXPECT_TRUE(IncidentRules::withInventoryFacts(triggers, {customers, health}).sensitive);
    EXPECT_FALSE(IncidentRules::withInventoryFacts({}, {}).personalData);
    EXPECT_EQ(IncidentRules::personalDataKinds({health, customers}).size(), 2);
}
