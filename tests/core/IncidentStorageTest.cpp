#include "TestEnvironment.h"

#include "Clock.h"
#include "incidents/IncidentRules.h"
#include "services/IncidentService.h"
#include "services/Reminders.h"
#include "storage/AssetLinkRepository.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/IncidentRepository.h"
#include "storage/PlaybookRepository.h"
#include "storage/detail/SqlSupport.h"

#include <QTimeZone>

using namespace mamori;
using mamori::test::isOk;

namespace {

const QDateTime startTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC);

} // namespace

class IncidentStorageTest : public mamori::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_clock = std::make_unique<Clock::Override>(startTime);
    }

    Status rawSql(const QString &statement)
    {
        return sql::execStatement(m_db->connection(), statement, QStringLiteral("test"));
    }

    // A PC holding the customer list (personal data) and the health checks (sensitive).
    qint64 pcWithCustomerData()
    {
        Device pc;
        pc.assetNumber = QStringLiteral("PC-001");
        pc.name = QStringLiteral("経理PC");
        auto pcId = AssetRepository<Device>(*m_db).insert(pc);
        EXPECT_TRUE(isOk(pcId));
        InformationAsset customers;
        customers.businessArea = QStringLiteral("営業");
        customers.name = QStringLiteral("顧客名簿");
        customers.personalData = PersonalData::Personal;
        customers.confidentiality = 3;
        auto customersId = AssetRepository<InformationAsset>(*m_db).insert(customers);
        EXPECT_TRUE(isOk(customersId));
        EXPECT_TRUE(isOk(AssetLinkRepository(*m_db).linkAll({{*customersId, *pcId}})));
        return *pcId;
    }

    qint64 start(const IncidentStart &request)
    {
        auto id = IncidentService::start(*m_db, request, QStringLiteral("Sato"));
        EXPECT_TRUE(isOk(id));
        return id ? *id : 0;
    }

    std::unique_ptr<Clock::Override> m_clock;
};

TEST_F(IncidentStorageTest, StartingCopiesThePlaybooksStepsAndLogsTheStart)
{
    auto playbook = BundledPlaybooks::find(QStringLiteral("ransomware"));
    ASSERT_TRUE(isOk(playbook));
    IncidentStart request;
    request.playbookId = QStringLiteral("ransomware");
    request.title = QStringLiteral("Files encrypted on the NAS");
    request.detectedAt = startTime.addSecs(-7200);
    request.awareAt = startTime.addSecs(-3600);
    const qint64 id = start(request);

    IncidentRepository incidents(*m_db);
    auto steps = incidents.steps(id);
    ASSERT_TRUE(isOk(steps));
    ASSERT_EQ(steps->size(), playbook->steps.size());
    for (int i = 0; i < steps->size(); ++i) {
        EXPECT_EQ(steps->at(i).number, i + 1);
        EXPECT_EQ(steps->at(i).step, playbook->steps.at(i));
        EXPECT_EQ(steps->at(i).state, StepState::Open);
    }
    auto incident = incidents.find(id);
    ASSERT_TRUE(isOk(incident));
    EXPECT_EQ(incident->detectedAt, request.detectedAt);
    EXPECT_EQ(incident->awareAt, request.awareAt);
    EXPECT_EQ(incident->status, IncidentStatus::Open);
    auto timeline = incidents.timeline(id);
    ASSERT_TRUE(isOk(timeline));
    ASSERT_EQ(timeline->size(), 1);
    EXPECT_EQ(timeline->first().author, QStringLiteral("Sato"));

    // A later edit of the playbook does not change the running incident's steps.
    Playbook edited = *playbook;
    edited.steps.first().text.set(UiLanguage::English, QStringLiteral("Changed afterwards"));
    auto keys = PlaybookLibrary::keys(*m_db);
    ASSERT_TRUE(isOk(keys));
    ASSERT_TRUE(isOk(PlaybookRepository(*m_db).saveCopy(edited, *keys)));
    EXPECT_EQ(incidents.steps(id)->first().step, playbook->steps.first());

    auto history = AuditLog(*m_db).entriesFor(QStringLiteral("incident"), QString::number(id));
    ASSERT_TRUE(isOk(history));
    EXPECT_FALSE(history->isEmpty());
}

TEST_F(IncidentStorageTest, AnUnknownPlaybookWritesNothing)
{
    IncidentStart request;
    request.playbookId = QStringLiteral("no-such-playbook");
    request.title = QStringLiteral("x");
    auto id = IncidentService::start(*m_db, request, QStringLiteral("Sato"));
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(IncidentRepository(*m_db).all()->isEmpty());
}

TEST_F(IncidentStorageTest, TheTimelineRefusesUpdateAndDeleteInSql)
{
    IncidentStart request;
    request.playbookId = QStringLiteral("emotet");
    request.title = QStringLiteral("Suspicious attachment opened");
    const qint64 id = start(request);
    IncidentRepository incidents(*m_db);
    TimelineEntry note;
    note.incidentId = id;
    note.text = QStringLiteral("PC unplugged from the LAN at 10:05");
    auto noteId = incidents.addEntry(note);
    ASSERT_TRUE(isOk(noteId));

    Status update =
        rawSql(QStringLiteral("UPDATE incident_entry SET text = 'x' WHERE id = %1").arg(*noteId));
    ASSERT_FALSE(update);
    EXPECT_TRUE(update.error().detail.contains(QStringLiteral("append-only")))
        << update.error().detail.toStdString();
    EXPECT_FALSE(rawSql(QStringLiteral("DELETE FROM incident_entry")));

    TimelineEntry correction;
    correction.incidentId = id;
    correction.text = QStringLiteral("It was 10:15, not 10:05");
    correction.corrects = *noteId;
    auto correctionId = incidents.addEntry(correction);
    ASSERT_TRUE(isOk(correctionId));
    auto timeline = incidents.timeline(id);
    ASSERT_TRUE(isOk(timeline));
    ASSERT_EQ(timeline->size(), 3);
    EXPECT_EQ(timeline->at(1).text, note.text) << "the corrected entry stays as it was";
    EXPECT_EQ(timeline->at(2).corrects, std::optional<qint64>(*noteId));

    // A correction must name an entry of the same incident.
    const qint64 other = start(request);
    correction.incidentId = other;
    auto wrong = incidents.addEntry(correction);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind, ErrorKind::InvalidInput);
}

TEST_F(IncidentStorageTest, StepsAreTickedWithTimeAndPersonAndNotApplicableNeedsAReason)
{
    IncidentStart request;
    request.playbookId = QStringLiteral("lost-device");
    request.title = QStringLiteral("Phone left on the train");
    const qint64 id = start(request);
    IncidentRepository incidents(*m_db);
    ASSERT_TRUE(isOk(incidents.setStep(id, 1, StepState::Done, QStringLiteral("Sato"), {})));
    EXPECT_FALSE(incidents.setStep(id, 2, StepState::NotApplicable, QStringLiteral("Sato"), {}));
    ASSERT_TRUE(isOk(incidents.setStep(id, 2, StepState::NotApplicable, QStringLiteral("Sato"),
                                       QStringLiteral("No SIM in it"))));
    auto missing = incidents.setStep(id, 999, StepState::Done, QStringLiteral("Sato"), {});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::InvalidInput);
    auto steps = incidents.steps(id);
    ASSERT_TRUE(isOk(steps));
    EXPECT_EQ(steps->at(0).state, StepState::Done);
    EXPECT_EQ(steps->at(0).doneBy, QStringLiteral("Sato"));
    EXPECT_EQ(steps->at(0).doneAt, startTime);
    EXPECT_EQ(steps->at(1).state, StepState::NotApplicable);
    EXPECT_EQ(steps->at(1).reason, QStringLiteral("No SIM in it"));
    auto history =
        AuditLog(*m_db).entriesFor(QStringLiteral("incident_step"), QStringLiteral("%1-2").arg(id));
    ASSERT_TRUE(isOk(history));
    EXPECT_EQ(history->size(), 2); // state and reason
}

TEST_F(IncidentStorageTest, CustomerDataOnAnAffectedDeviceStartsTheLegalClocks)
{
    const qint64 pc = pcWithCustomerData();
    IncidentStart request;
    request.playbookId = QStringLiteral("ransomware");
    request.title = QStringLiteral("Ransom note on the accounting PC");
    request.deviceIds = {pc};
    request.awareAt = startTime;
    request.triggers.unauthorisedPurpose = true;
    const qint64 id = start(request);
    auto file = IncidentService::load(*m_db, id, startTime);
    ASSERT_TRUE(isOk(file));
    ASSERT_EQ(file->exposed.size(), 1);
    EXPECT_EQ(file->exposed.first().name, QStringLiteral("顧客名簿"));
    EXPECT_EQ(file->exposed.first().personalData, PersonalData::Personal);
    EXPECT_EQ(file->exposed.first().deviceNames, QStringList{QStringLiteral("経理PC")});
    EXPECT_TRUE(file->incident.triggers.personalData) << "filled in from the inventory";
    ASSERT_EQ(file->clocks.size(), 3);
    EXPECT_EQ(file->clocks.at(1).dueAt, ReportingClocks::endOfJapaneseDayAfter(startTime, 60));

    // Without the device the same incident has no personal data and no clocks.
    request.deviceIds.clear();
    const qint64 bare = start(request);
    EXPECT_TRUE(IncidentService::load(*m_db, bare, startTime)->clocks.isEmpty());

    // Marking the preliminary report as sent stops that clock.
    IncidentRepository incidents(*m_db);
    ASSERT_TRUE(isOk(
        incidents.setClockDone(id, ReportingClocks::preliminaryKey, true, QStringLiteral("Sato"))));
    file = IncidentService::load(*m_db, id, startTime.addDays(10));
    EXPECT_EQ(file->clocks.at(0).state, ReportingClock::State::Done);
    EXPECT_EQ(file->clocks.at(1).state, ReportingClock::State::Running);
    auto own = incidents.addOwnClock(id, {0, QStringLiteral("Tell Acme"), 24});
    ASSERT_TRUE(isOk(own));
    file = IncidentService::load(*m_db, id, startTime.addDays(2));
    ASSERT_EQ(file->clocks.size(), 4);
    EXPECT_EQ(file->clocks.last().state, ReportingClock::State::Overdue);
}

TEST_F(IncidentStorageTest, ClosingRefusesOpenItemsUnlessConfirmedAndCanBeReopened)
{
    IncidentStart request;
    request.playbookId = QStringLiteral("bec");
    request.title = QStringLiteral("Fake invoice paid");
    const qint64 id = start(request);
    CloseOut closeOut;
    closeOut.cause = QStringLiteral("Spoofed supplier mail");
    closeOut.impact = QStringLiteral("¥300,000 transferred");
    closeOut.closedBy = QStringLiteral("Sato");
    Status refused = IncidentService::close(*m_db, id, closeOut, startTime);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(IncidentRepository(*m_db).find(id)->status, IncidentStatus::Open);

    closeOut.overrideReason = QStringLiteral("The bank handles the rest");
    ASSERT_TRUE(isOk(IncidentService::close(*m_db, id, closeOut, startTime)));
    auto closed = IncidentRepository(*m_db).find(id);
    EXPECT_EQ(closed->status, IncidentStatus::Closed);
    EXPECT_EQ(closed->closeOut.cause, closeOut.cause);
    EXPECT_EQ(closed->closeOut.overrideReason, closeOut.overrideReason);
    EXPECT_EQ(closed->closeOut.closedAt, startTime);
    EXPECT_FALSE(IncidentService::close(*m_db, id, closeOut, startTime)) << "already closed";

    ASSERT_TRUE(isOk(IncidentRepository(*m_db).reopen(id, IncidentStatus::Recovered)));
    EXPECT_EQ(IncidentRepository(*m_db).find(id)->status, IncidentStatus::Recovered);
}

TEST_F(IncidentStorageTest, ExercisesAreNotCountedAsIncidents)
{
    IncidentStart drill;
    drill.playbookId = QStringLiteral("ransomware");
    drill.title = QStringLiteral("Yearly tabletop");
    drill.exercise = true;
    drill.severity = IncidentSeverity::Critical;
    drill.triggers = {true, true, false, false, false, false, {}};
    start(drill);
    IncidentStart real = drill;
    real.exercise = false;
    real.title = QStringLiteral("Real one");
    start(real);
    auto summaries = IncidentService::list(*m_db, startTime.addDays(40));
    ASSERT_TRUE(isOk(summaries));
    QList<Incident> incidents;
    for (const IncidentSummary &summary : *summaries)
        incidents << summary.incident;
    const IncidentCounts counts = IncidentRules::counts(
        incidents,
        [&](const Incident &incident) {
            for (const IncidentSummary &summary : *summaries)
                if (summary.incident.id == incident.id)
                    return summary.clocks;
            return QList<ReportingClock>();
        },
        startTime.addDays(40));
    EXPECT_EQ(counts.open, 1);
    EXPECT_EQ(counts.openCritical, 1);
    EXPECT_EQ(counts.overdueClocks, 2) << "the real incident's two dated clocks, not the drill's";
    EXPECT_EQ(counts.exercisesInYear, 1);
    EXPECT_EQ(counts.lastExercise, startTime);
}

TEST_F(IncidentStorageTest, TheFirmsCopiesSurviveANewBundledVersion)
{
    auto bundled = BundledPlaybooks::load();
    ASSERT_TRUE(isOk(bundled));
    Playbook copy = bundled->first();
    copy.steps.first().text.set(UiLanguage::Japanese, QStringLiteral("当社の手順: まず社長に電話"));
    auto keys = PlaybookLibrary::keys(*m_db);
    ASSERT_TRUE(isOk(keys));
    ASSERT_TRUE(isOk(PlaybookRepository(*m_db).saveCopy(copy, *keys)));

    // A later Mamori ships version + 1 of the same playbook with other text.
    QList<Playbook> newer = *bundled;
    newer.first().version += 1;
    newer.first().steps.first().text.set(UiLanguage::Japanese, QStringLiteral("新しい文面"));
    auto entries = PlaybookLibrary::entries(*m_db, newer);
    ASSERT_TRUE(isOk(entries));
    ASSERT_EQ(entries->size(), bundled->size());
    const PlaybookEntry &entry = entries->first();
    EXPECT_TRUE(entry.firmCopy);
    EXPECT_TRUE(entry.bundledNewer);
    EXPECT_EQ(entry.playbook.steps.first().text.ja, QStringLiteral("当社の手順: まず社長に電話"));
    EXPECT_FALSE(entries->at(1).firmCopy);

    // Restoring the bundled version drops the copy.
    ASSERT_TRUE(isOk(PlaybookRepository(*m_db).removeCopy(copy.id)));
    auto effective = PlaybookLibrary::effective(*m_db, copy.id);
    ASSERT_TRUE(isOk(effective));
    EXPECT_EQ(*effective, bundled->first());
}

TEST_F(IncidentStorageTest, ContactsKeepTheFirmsEntriesOverTheBundledOnes)
{
    auto before = PlaybookLibrary::contacts(*m_db);
    ASSERT_TRUE(isOk(before));
    ASSERT_FALSE(before->isEmpty());
    Contact vendor = before->first();
    vendor.organisation = QStringLiteral("株式会社サンプルIT");
    vendor.phone = QStringLiteral("03-0000-0000");
    vendor.checked = true;
    PlaybookRepository repository(*m_db);
    ASSERT_TRUE(isOk(repository.saveContact(vendor)));
    auto key = repository.newContactKey();
    ASSERT_TRUE(isOk(key));
    Contact own;
    own.key = *key;
    own.name.ja = own.name.en = QStringLiteral("ビル管理会社");
    ASSERT_TRUE(isOk(repository.saveContact(own)));

    auto after = PlaybookLibrary::contacts(*m_db);
    ASSERT_TRUE(isOk(after));
    ASSERT_EQ(after->size(), before->size() + 1);
    EXPECT_EQ(after->first().organisation, vendor.organisation);
    EXPECT_EQ(after->first().name, before->first().name) << "the bundled name stays";
    EXPECT_TRUE(after->first().checked);
    EXPECT_EQ(after->last().name.ja, QStringLiteral("ビル管理会社"));

    ASSERT_TRUE(isOk(repository.removeContact(vendor.key)));
    EXPECT_EQ(PlaybookLibrary::contacts(*m_db)->first(), before->first());
}

TEST_F(IncidentStorageTest, OpenClocksAndTheYearlyExerciseAreReminders)
{
    const auto incidentReminders = [&](const QDate &today) {
        auto all = loadReminders(*m_db, today);
        EXPECT_TRUE(isOk(all));
        QList<Reminder> mine;
        for (const Reminder &reminder : *all)
            if (reminder.source == QLatin1String("incidents"))
                mine << reminder;
        return mine;
    };
    QList<Reminder> reminders = incidentReminders(startTime.date());
    ASSERT_EQ(reminders.size(), 1);
    EXPECT_EQ(reminders.first().key, QStringLiteral("incidents:exercise"));
    EXPECT_EQ(reminders.first().due, startTime.date()) << "never exercised: due now";

    IncidentStart drill;
    drill.playbookId = QStringLiteral("ransomware");
    drill.title = QStringLiteral("Tabletop");
    drill.exercise = true;
    drill.triggers.personalData = drill.triggers.sensitive = true;
    start(drill);
    IncidentStart real = drill;
    real.exercise = false;
    real.title = QStringLiteral("Laptop stolen");
    real.awareAt = startTime;
    const qint64 id = start(real);

    reminders = incidentReminders(startTime.date());
    QStringList keys;
    for (const Reminder &reminder : reminders)
        keys << reminder.key;
    // In due order: the notice (promptly, so today), the two PPC reports, the next exercise.
    EXPECT_EQ(keys, (QStringList{QStringLiteral("incident:%1:affected_people").arg(id),
                                 QStringLiteral("incident:%1:ppc_preliminary").arg(id),
                                 QStringLiteral("incident:%1:ppc_final").arg(id),
                                 QStringLiteral("incidents:exercise")}))
        << "the exercise's clocks raise no reminder";
    EXPECT_EQ(reminders.last().due, startTime.toLocalTime().date().addMonths(12));
    EXPECT_EQ(reminders.at(1).due,
              ReportingClocks::endOfJapaneseDayAfter(startTime, 5).toLocalTime().date());

    ASSERT_TRUE(isOk(IncidentRepository(*m_db).setClockDone(id, ReportingClocks::preliminaryKey,
                                                            true, QStringLiteral("Sato"))));
    EXPECT_EQ(incidentReminders(startTime.date()).size(), 3);
}
