#include "TestEnvironment.h"

#include "action/InventoryEvidence.h"
#include "services/ActionSnapshotLoader.h"
#include "storage/ActionSettingsRepository.h"
#include "storage/AssetLinkRepository.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/DeclarationRepository.h"
#include "storage/DiagnosisRepository.h"
#include "storage/FiveRuleRepository.h"
#include "storage/InventoryEvidenceQuery.h"
#include "storage/PolicyRepository.h"
#include "storage/detail/SqlSupport.h"

using namespace mamori;
namespace dx = mamori::diagnosis;

namespace {

const QDate today(2026, 6, 15);

dx::Answers answered(int from, int to, int value)
{
    dx::Answers answers;
    for (int item = from; item <= to; ++item)
        answers.insert(item, value);
    return answers;
}

Device device(const QString &number, DeviceCategory category)
{
    Device record;
    record.assetNumber = number;
    record.name = number;
    record.category = category;
    record.lastUpdate = today.addDays(-10);
    record.antivirus = Coverage::Yes;
    return record;
}

} // namespace

class SecurityActionStorageTest : public mamori::test::DatabaseTest
{
protected:
    Status rawSql(const QString &statement)
    {
        return sql::execStatement(m_db->connection(), statement, QStringLiteral("test"));
    }
};

TEST_F(SecurityActionStorageTest, FiveRulesAlwaysReadAsFiveAndChangesAreAudited)
{
    FiveRuleRepository repository(*m_db);
    auto fresh = repository.loadAll();
    ASSERT_TRUE(mamori::test::isOk(fresh));
    ASSERT_EQ(fresh->size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(fresh->at(i).rule, i + 1);
        EXPECT_EQ(fresh->at(i).state, RuleState::NotYet);
    }

    FiveRuleStatus passwords{3,
                             RuleState::InPlace,
                             QStringLiteral("総務 佐藤"),
                             QStringLiteral("12文字以上、パスワード管理ソフト"),
                             QStringLiteral("社内規程 第4条"),
                             QDate(2026, 5, 20)};
    ASSERT_TRUE(mamori::test::isOk(repository.save(passwords)));
    passwords.owner = QStringLiteral("総務 鈴木");
    ASSERT_TRUE(mamori::test::isOk(repository.save(passwords)));
    auto loaded = repository.loadAll();
    ASSERT_TRUE(mamori::test::isOk(loaded));
    EXPECT_EQ(loaded->at(2), passwords);
    EXPECT_EQ(loaded->at(1).state, RuleState::NotYet);

    auto history =
        AuditLog(*m_db).entriesFor(QStringLiteral("five_rule_status"), QStringLiteral("3"));
    ASSERT_TRUE(mamori::test::isOk(history));
    ASSERT_EQ(history->size(), 5 + 1); // every field on the first save, then the owner only
    EXPECT_EQ(history->constLast().change.field, QStringLiteral("owner"));
    EXPECT_EQ(history->constLast().change.oldValue, QStringLiteral("総務 佐藤"));

    FiveRuleStatus sixth;
    sixth.rule = 6;
    EXPECT_FALSE(repository.save(sixth));
}

TEST_F(SecurityActionStorageTest, CurrentDeclarationIsTheLatestInForce)
{
    DeclarationRepository repository(*m_db);
    auto none = repository.current();
    ASSERT_TRUE(mamori::test::isOk(none));
    EXPECT_FALSE(none->has_value());

    Declaration oneStar;
    oneStar.level = 1;
    oneStar.declaredOn = QDate(2025, 10, 1);
    oneStar.declarationId = QStringLiteral("41234567890");
    auto first = repository.add(oneStar);
    ASSERT_TRUE(mamori::test::isOk(first));
    Declaration twoStars;
    twoStars.level = 2;
    twoStars.declaredOn = QDate(2026, 4, 1);
    twoStars.declarationId = QStringLiteral("ID-かわった形式-1"); // free text: not validated
    twoStars.gbizAccount = QStringLiteral("owner@example.jp");
    auto second = repository.add(twoStars);
    ASSERT_TRUE(mamori::test::isOk(second));

    auto current = repository.current();
    ASSERT_TRUE(mamori::test::isOk(current));
    ASSERT_TRUE(current->has_value());
    EXPECT_EQ((*current)->level, 2);
    EXPECT_EQ((*current)->declarationId, twoStars.declarationId);

    // Withdrawing ★★ leaves the earlier ★ in force.
    twoStars.id = *second;
    twoStars.withdrawnOn = QDate(2026, 6, 1);
    ASSERT_TRUE(mamori::test::isOk(repository.update(twoStars)));
    current = repository.current();
    ASSERT_TRUE(mamori::test::isOk(current));
    EXPECT_EQ((*current)->id, *first);
    EXPECT_FALSE((*current)->withdrawnOn.isValid());

    auto all = repository.all();
    ASSERT_TRUE(mamori::test::isOk(all));
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0), twoStars); // newest first, stored as given
    EXPECT_FALSE(all->at(0).inForce());

    auto history = AuditLog(*m_db).entriesFor(QStringLiteral("security_action_declaration"),
                                              QString::number(*second));
    ASSERT_TRUE(mamori::test::isOk(history));
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(1).change.field, QStringLiteral("withdrawn_on"));
    EXPECT_EQ(history->at(1).change.newValue, QStringLiteral("2026-06-01"));

    ASSERT_TRUE(mamori::test::isOk(repository.remove(*first)));
    current = repository.current();
    ASSERT_TRUE(mamori::test::isOk(current));
    EXPECT_FALSE(current->has_value());
}

TEST_F(SecurityActionStorageTest, DeclarationsThatCannotBeRightAreRefused)
{
    DeclarationRepository repository(*m_db);
    Declaration bad;
    bad.level = 3;
    bad.declaredOn = QDate(2026, 4, 1);
    EXPECT_FALSE(repository.add(bad));
    bad.level = 1;
    bad.withdrawnOn = QDate(2026, 3, 1);
    EXPECT_FALSE(repository.add(bad));
    bad.withdrawnOn = QDate();
    bad.declaredOn = QDate();
    EXPECT_FALSE(repository.add(bad));
    auto all = repository.all();
    ASSERT_TRUE(mamori::test::isOk(all));
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(SecurityActionStorageTest, IntervalsDefaultToTwelveMonthsAndStayInRange)
{
    ActionSettingsRepository repository(*m_db);
    auto defaults = repository.intervals();
    ASSERT_TRUE(mamori::test::isOk(defaults));
    EXPECT_EQ(defaults->diagnosisMonths, 12);
    EXPECT_EQ(defaults->policyReviewMonths, 12);

    ASSERT_TRUE(mamori::test::isOk(repository.saveIntervals({6, 24})));
    auto saved = repository.intervals();
    ASSERT_TRUE(mamori::test::isOk(saved));
    EXPECT_EQ(saved->diagnosisMonths, 6);
    EXPECT_EQ(saved->policyReviewMonths, 24);

    EXPECT_FALSE(repository.saveIntervals({0, 12}));
    EXPECT_FALSE(repository.saveIntervals({12, 61}));
    EXPECT_EQ(repository.intervals()->diagnosisMonths, 6); // unchanged
    EXPECT_TRUE(repository.saveIntervals({1, 60}));
    auto history = AuditLog(*m_db).entriesFor(QStringLiteral("app_setting"),
                                              QStringLiteral("action.diagnosis_months"));
    ASSERT_TRUE(mamori::test::isOk(history));
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(1).change.oldValue, QStringLiteral("6"));
    EXPECT_EQ(history->at(1).change.newValue, QStringLiteral("1"));
}

TEST_F(SecurityActionStorageTest, InventoryCountsDriveTheSuggestions)
{
    QList<Device> devices;
    for (int i = 1; i <= 10; ++i)
        devices << device(QStringLiteral("PC-%1").arg(i), DeviceCategory::Pc);
    for (int i = 0; i < 3; ++i) {
        devices[i].osName = QStringLiteral("Windows 10");
        devices[i].endOfSupport = QDate(2025, 10, 14);
    }
    devices[3].endOfSupport = today; // ends today: still supported
    devices[4].lastUpdate = today.addDays(-91);
    devices[5].lastUpdate = QDate();            // never recorded
    devices[6].lastUpdate = today.addDays(-90); // exactly 90 days: still recent
    devices[7].antivirus = Coverage::No;
    devices[8].antivirus = Coverage::Unknown;

    Device retired = device(QStringLiteral("PC-OLD"), DeviceCategory::Pc);
    retired.status = DeviceStatus::Retired;
    retired.endOfSupport = QDate(2020, 1, 14); // not counted: out of use
    retired.antivirus = Coverage::No;
    Device disposedWiped = device(QStringLiteral("PC-D1"), DeviceCategory::Pc);
    disposedWiped.status = DeviceStatus::Disposed;
    disposedWiped.disposalMethod = QStringLiteral("データ消去ソフトで上書き");
    Device disposedUnknown = device(QStringLiteral("PC-D2"), DeviceCategory::Laptop);
    disposedUnknown.status = DeviceStatus::Disposed;
    Device printer = device(QStringLiteral("MFP-1"), DeviceCategory::PrinterMfp);
    printer.lastUpdate = QDate(); // printers are not counted for updates
    printer.antivirus = Coverage::Unknown;
    Device accounting = device(QStringLiteral("SaaS-1"), DeviceCategory::CloudService);
    accounting.mfa = MfaState::Yes;
    Device mail = device(QStringLiteral("SaaS-2"), DeviceCategory::CloudService);
    mail.mfa = MfaState::Partial;
    Device nas = device(QStringLiteral("NAS-1"), DeviceCategory::Server);
    devices << retired << disposedWiped << disposedUnknown << printer << accounting << mail << nas;

    DeviceRepository deviceRepository(*m_db);
    QMap<QString, qint64> ids;
    for (const Device &record : devices) {
        auto id = deviceRepository.insert(record);
        ASSERT_TRUE(mamori::test::isOk(id)) << record.assetNumber.toStdString();
        ids.insert(record.assetNumber, *id);
    }
    InformationAssetRepository informationRepository(*m_db);
    QList<qint64> information;
    for (const auto &[name, media] :
         {std::pair{QStringLiteral("顧客名簿"), QString()},
          std::pair{QStringLiteral("図面"), QStringLiteral("NAS・紙")},
          std::pair{QStringLiteral("会計データ"), QString()},
          std::pair{QStringLiteral("見積書"), QStringLiteral("各自のPC")}}) {
        InformationAsset asset;
        asset.businessArea = QStringLiteral("営業");
        asset.name = name;
        asset.mediaLocation = media;
        auto id = informationRepository.insert(asset);
        ASSERT_TRUE(mamori::test::isOk(id));
        information << *id;
    }
    AssetLinkRepository links(*m_db);
    ASSERT_TRUE(
        mamori::test::isOk(links.linkAll({{information[0], ids.value(QStringLiteral("NAS-1"))},
                                          {information[2], ids.value(QStringLiteral("SaaS-1"))},
                                          {information[3], ids.value(QStringLiteral("PC-1"))}})));

    auto evidence = loadInventoryEvidence(*m_db, today);
    ASSERT_TRUE(mamori::test::isOk(evidence));
    EXPECT_EQ(evidence->asOf, today);
    EXPECT_EQ(evidence->activeDevices, 12); // 10 PCs, the printer, the NAS
    EXPECT_EQ(evidence->unsupportedOs, 3);
    EXPECT_EQ(evidence->updatableDevices, 11); // 10 PCs and the NAS
    EXPECT_EQ(evidence->noRecentUpdate, 2);
    EXPECT_EQ(evidence->computers, 11);
    EXPECT_EQ(evidence->withoutAntivirus, 1);
    EXPECT_EQ(evidence->antivirusUnknown, 1);
    EXPECT_EQ(evidence->cloudServices, 2);
    EXPECT_EQ(evidence->withoutMfa, 1);
    EXPECT_EQ(evidence->mfaUnknown, 0);
    EXPECT_EQ(evidence->disposedDevices, 2);
    EXPECT_EQ(evidence->disposedWithoutMethod, 1);
    EXPECT_EQ(evidence->informationAssets, 4);
    EXPECT_EQ(evidence->assetsOnCloudOrShared, 3); // NAS link, NAS media, cloud link
    EXPECT_FALSE(evidence->lastBackup.has_value());

    const QList<AnswerSuggestion> suggestions = InventoryAdvisor::suggestAnswers(*evidence);
    QMap<int, AnswerSuggestion> byItem;
    for (const AnswerSuggestion &entry : suggestions)
        byItem.insert(entry.item, entry);
    EXPECT_EQ(byItem.keys(), (QList<int>{1, 2, 18, 23}));
    EXPECT_EQ(byItem.value(1).answer, dx::partly);
    EXPECT_TRUE(byItem.value(1).reason.contains(QStringLiteral("3 of 12")))
        << byItem.value(1).reason.toStdString();
    EXPECT_EQ(byItem.value(2).answer, dx::partly);
    EXPECT_EQ(byItem.value(18).answer, dx::partly); // one of two: not "most"
    EXPECT_EQ(byItem.value(23).answer, dx::partly);
}

TEST_F(SecurityActionStorageTest, EmptyInventoryCountsNothing)
{
    auto evidence = loadInventoryEvidence(*m_db, today);
    ASSERT_TRUE(mamori::test::isOk(evidence));
    EXPECT_EQ(evidence->activeDevices, 0);
    EXPECT_EQ(evidence->informationAssets, 0);
    EXPECT_TRUE(InventoryAdvisor::suggestAnswers(*evidence).isEmpty());
}

TEST_F(SecurityActionStorageTest, DraftLifecycle)
{
    DiagnosisRepository repository(*m_db);
    DiagnosisSession draft;
    draft.title = QStringLiteral("2026年度");
    draft.department = QStringLiteral("本社");
    draft.answeredOn = QDate(2026, 6, 1);
    draft.answers = answered(1, 10, dx::done);
    auto id = repository.saveDraft(draft);
    ASSERT_TRUE(mamori::test::isOk(id));

    auto loaded = repository.load(*id);
    ASSERT_TRUE(mamori::test::isOk(loaded));
    EXPECT_FALSE(loaded->completed);
    EXPECT_EQ(loaded->answers, draft.answers);
    EXPECT_EQ(loaded->title, draft.title);

    // Completing refuses while answers are missing, and names how many.
    const Status early = repository.complete(*id);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("15")))
        << early.error().message.toStdString();
    EXPECT_FALSE(repository.load(*id)->completed);

    // Saving again replaces the draft in place.
    draft.id = *id;
    draft.answers = answered(1, 25, dx::partly);
    draft.answers.insert(7, dx::dontKnow);
    auto again = repository.saveDraft(draft);
    ASSERT_TRUE(mamori::test::isOk(again));
    EXPECT_EQ(*again, *id);
    EXPECT_EQ(repository.load(*id)->answers, draft.answers);
    auto latest = repository.latestCompleted();
    ASSERT_TRUE(mamori::test::isOk(latest));
    EXPECT_FALSE(latest->has_value()) << "a draft is not a completed diagnosis";

    ASSERT_TRUE(mamori::test::isOk(repository.complete(*id)));
    latest = repository.latestCompleted();
    ASSERT_TRUE(mamori::test::isOk(latest));
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ((*latest)->id, *id);
    EXPECT_TRUE((*latest)->completed);

    // Read-only from now on: through the repository…
    EXPECT_FALSE(repository.saveDraft(draft));
    EXPECT_FALSE(repository.removeDraft(*id));
    EXPECT_FALSE(repository.complete(*id));
    // …and through raw SQL, which the triggers refuse.
    const QString sid = QString::number(*id);
    for (const QString &statement :
         {QStringLiteral("UPDATE diagnosis_answer SET answer = 4 WHERE session_id = ") + sid,
          QStringLiteral("DELETE FROM diagnosis_answer WHERE session_id = ") + sid,
          QStringLiteral("INSERT INTO diagnosis_answer (session_id, item, answer) VALUES (") + sid +
              QStringLiteral(", 1, 4)"),
          QStringLiteral("UPDATE diagnosis_session SET status = 'draft' WHERE id = ") + sid,
          QStringLiteral("DELETE FROM diagnosis_session WHERE id = ") + sid}) {
        const Status changed = rawSql(statement);
        ASSERT_FALSE(changed) << statement.toStdString();
        EXPECT_TRUE(changed.error().detail.contains(QStringLiteral("read-only")))
            << changed.error().detail.toStdString();
    }
    EXPECT_EQ(repository.load(*id)->answers, draft.answers);

    auto history = AuditLog(*m_db).entriesFor(QStringLiteral("diagnosis_session"), sid);
    ASSERT_TRUE(mamori::test::isOk(history));
    ASSERT_GE(history->size(), 3);
    EXPECT_EQ(history->constFirst().change.action, AuditAction::Insert);
    EXPECT_EQ(history->constLast().change.field, QStringLiteral("status"));
    EXPECT_EQ(history->constLast().change.newValue, QStringLiteral("completed"));
}

TEST_F(SecurityActionStorageTest, DraftsCanBeRemovedWithTheirAnswers)
{
    DiagnosisRepository repository(*m_db);
    DiagnosisSession draft;
    draft.answeredOn = QDate(2026, 6, 1);
    draft.answers = answered(1, 3, dx::notDone);
    auto id = repository.saveDraft(draft);
    ASSERT_TRUE(mamori::test::isOk(id));
    ASSERT_TRUE(mamori::test::isOk(repository.removeDraft(*id)));
    EXPECT_FALSE(repository.load(*id));
    auto answers =
        sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM diagnosis_answer"),
                    QStringLiteral("test"));
    ASSERT_TRUE(mamori::test::isOk(answers));
    EXPECT_EQ(answers->toInt(), 0);

    draft.answers.insert(26, dx::done);
    EXPECT_FALSE(repository.saveDraft(draft)); // no item 26
    draft.answers = answered(1, 2, 3);
    EXPECT_FALSE(repository.saveDraft(draft)); // no answer 3
}

TEST_F(SecurityActionStorageTest, CombinedViewTakesEachDepartmentsLatestCompletedSession)
{
    DiagnosisRepository repository(*m_db);
    const auto add = [&](const QString &department, const QDate &date, const dx::Answers &answers) {
        DiagnosisSession session;
        session.department = department;
        session.answeredOn = date;
        session.answers = answers;
        auto id = repository.addCompleted(session);
        EXPECT_TRUE(mamori::test::isOk(id));
        return id ? *id : 0;
    };
    add(QStringLiteral("本社"), QDate(2025, 6, 1), answered(1, 25, dx::notDone));
    dx::Answers office = answered(1, 25, dx::done);
    office.insert(11, dx::partly);
    const qint64 officeLatest = add(QStringLiteral("本社"), QDate(2026, 6, 1), office);
    dx::Answers factory = answered(1, 25, dx::done);
    factory.insert(3, dx::notDone);
    const qint64 factoryLatest = add(QStringLiteral("工場"), QDate(2026, 5, 20), factory);
    DiagnosisSession draft;
    draft.department = QStringLiteral("営業所");
    draft.answeredOn = QDate(2026, 6, 10);
    draft.answers = answered(1, 25, dx::dontKnow);
    ASSERT_TRUE(mamori::test::isOk(repository.saveDraft(draft)));

    auto latest = repository.latestCompletedPerDepartment();
    ASSERT_TRUE(mamori::test::isOk(latest));
    ASSERT_EQ(latest->size(), 2); // drafts do not count
    QList<qint64> ids;
    QList<dx::Answers> answers;
    for (const DiagnosisSession &session : *latest) {
        ids << session.id;
        answers << session.answers;
    }
    EXPECT_TRUE(ids.contains(officeLatest));
    EXPECT_TRUE(ids.contains(factoryLatest));
    const dx::Answers combined = dx::combine(answers);
    EXPECT_EQ(combined.value(3), dx::notDone);
    EXPECT_EQ(combined.value(11), dx::partly);
    EXPECT_EQ(dx::score(combined).total, 100 - 4 - 2);

    auto all = repository.all();
    ASSERT_TRUE(mamori::test::isOk(all));
    ASSERT_EQ(all->size(), 4);
    EXPECT_EQ(all->at(0).department, QStringLiteral("営業所")); // newest first
    EXPECT_FALSE(all->at(0).completed);
    EXPECT_EQ(all->at(0).answers.size(), 25);
}

TEST_F(SecurityActionStorageTest, SnapshotGathersEverythingTheRulesNeed)
{
    auto empty = loadActionSnapshot(*m_db, today);
    ASSERT_TRUE(mamori::test::isOk(empty));
    EXPECT_EQ(empty->today, today);
    EXPECT_EQ(empty->rules.size(), 5);
    EXPECT_FALSE(empty->latestDiagnosis);
    EXPECT_FALSE(empty->latestPolicy);
    EXPECT_FALSE(empty->currentDeclaration);

    for (int rule = 1; rule <= 5; ++rule) {
        ASSERT_TRUE(mamori::test::isOk(FiveRuleRepository(*m_db).save(
            {rule, RuleState::InPlace, {}, {}, {}, QDate(2026, 6, 1)})));
    }
    DiagnosisSession session;
    session.answeredOn = QDate(2026, 6, 1);
    session.answers = answered(1, 25, dx::done);
    ASSERT_TRUE(mamori::test::isOk(DiagnosisRepository(*m_db).addCompleted(session)));
    PolicyRepository policies(*m_db);
    auto policy = policies.saveNewVersion(PolicyDocument{QStringLiteral("方針"), {}, {}, {}},
                                          QDate(2026, 6, 2));
    ASSERT_TRUE(mamori::test::isOk(policy));
    ASSERT_TRUE(mamori::test::isOk(policies.recordPublication(policy->id, QDate(2026, 6, 3), {})));
    Declaration declaration;
    declaration.level = 2;
    declaration.declaredOn = QDate(2026, 6, 5);
    ASSERT_TRUE(mamori::test::isOk(DeclarationRepository(*m_db).add(declaration)));
    ASSERT_TRUE(mamori::test::isOk(ActionSettingsRepository(*m_db).saveIntervals({6, 12})));

    auto snapshot = loadActionSnapshot(*m_db, today);
    ASSERT_TRUE(mamori::test::isOk(snapshot));
    EXPECT_EQ(snapshot->intervals.diagnosisMonths, 6);
    ASSERT_TRUE(snapshot->latestDiagnosis);
    EXPECT_EQ(snapshot->latestDiagnosis->answeredOn, QDate(2026, 6, 1));
    ASSERT_TRUE(snapshot->latestPolicy);
    EXPECT_TRUE(snapshot->latestPolicy->published());
    ASSERT_TRUE(snapshot->currentDeclaration);
    EXPECT_EQ(snapshot->currentDeclaration->level, 2);
    const Readiness readiness = ActionRules::readiness(*snapshot);
    EXPECT_TRUE(readiness.oneStarReady());
    EXPECT_TRUE(readiness.twoStarsReady());
    // The snapshot's read transaction is over: writing works again.
    EXPECT_TRUE(ActionSettingsRepository(*m_db).saveIntervals({12, 12}));
}
