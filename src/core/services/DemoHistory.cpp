// DemoCompany::fillHistory: eighteen months of a firm getting its security in order, recorded as
// real records (diagnoses, rules, declarations, a policy, backup plans and runs, an incident, an
// exercise, contacts) at the times they happened, and one posture snapshot per day computed with
// the real formula from what was true that day.

#include "DemoCompany.h"

#include "Clock.h"
#include "Language.h"
#include "backups/BackupState.h"
#include "services/IncidentService.h"
#include "services/PostureService.h"
#include "storage/BackupRepository.h"
#include "storage/Database.h"
#include "storage/DeclarationRepository.h"
#include "storage/DiagnosisRepository.h"
#include "storage/FiveRuleRepository.h"
#include "storage/PlaybookRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/PostureRepository.h"

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

const QString nasPlanName = QStringLiteral("週次NASバックアップ");
const QString diskPlanName = QStringLiteral("月次外付けディスク（保管庫）");
const QString recorder = QStringLiteral("総務部 佐藤");

QDateTime at(const QDate &day, int hour = 10)
{
    return QDateTime(day, QTime(hour, 0)).toUTC();
}

// Twenty-five answers: `fours` items done, `unknowns` "don't know", the rest partly done.
diagnosis::Answers answers(int fours, int zeros, int unknowns)
{
    diagnosis::Answers result;
    for (int item = 1; item <= 25; ++item) {
        const int index = (item * 7) % 25; // spread the good answers over the three parts
        result.insert(item, index < fours                      ? 4
                            : index < fours + zeros            ? 0
                            : index < fours + zeros + unknowns ? -1
                                                               : 2);
    }
    return result;
}

// The days things happened, counted from the start of the history.
struct Timeline
{
    QDate start;
    QDate today;
    QDate firstDiagnosis, firstRules, oneStar, nasPlan, contacts, allRules, policyAdopted,
        policyPublished, diskPlan, incident, incidentClosed, exercise, secondDiagnosis, twoStars;

    explicit Timeline(const QDate &day) : start(day.addMonths(-18)), today(day)
    {
        firstDiagnosis = start.addDays(20);
        firstRules = start.addDays(45);
        oneStar = start.addDays(60);
        nasPlan = start.addDays(120);
        contacts = start.addDays(150);
        allRules = start.addDays(180);
        policyAdopted = start.addDays(210);
        policyPublished = start.addDays(225);
        diskPlan = start.addDays(270);
        incident = start.addDays(300);
        incidentClosed = incident.addDays(6);
        exercise = start.addDays(365);
        secondDiagnosis = start.addDays(395);
        twoStars = start.addDays(420);
    }
    // 1 at the start, falling month by month to 0 today: how much of a backlog was left.
    double backlog(const QDate &day, double speed) const
    {
        const double months = std::floor(start.daysTo(day) / 30.0);
        const double total = std::max(1.0, std::floor(start.daysTo(today) / 30.0));
        return std::pow(std::clamp(1.0 - months / total, 0.0, 1.0), speed);
    }
};

// The runs of the weekly NAS plan (Mondays 21:00) with one failed week and one week recorded
// three days late, and the monthly disk plan (the 1st, 10:00).
QList<BackupRun> nasRuns(const Timeline &time, qint64 planId)
{
    QList<BackupRun> runs;
    const QDate failed = time.start.addDays(200);
    const QDate late = time.start.addDays(350);
    for (QDate day = time.nasPlan.addDays(1); day < time.today; day = day.addDays(1)) {
        if (day.dayOfWeek() != Qt::Monday)
            continue;
        BackupRun run;
        run.planId = planId;
        run.startedAt = QDateTime(day, QTime(21, 0)).toUTC();
        run.endedAt = run.startedAt.addSecs(40 * 60);
        run.recordedBy = recorder;
        run.sizeBytes = 120LL * 1024 * 1024 * 1024 + runs.size() * 200LL * 1024 * 1024;
        if (std::abs(day.daysTo(failed)) < 4) {
            run.result = RunResult::Failed;
            run.note = QStringLiteral("NASの空き容量不足で失敗。古い世代を削除して翌週は成功。");
        } else if (std::abs(day.daysTo(late)) < 4) {
            run.startedAt = run.startedAt.addDays(3); // the NAS was off for a move
            run.endedAt = run.startedAt.addSecs(45 * 60);
            run.note = QStringLiteral("事務所のレイアウト変更でNASを停止していたため3日遅れ。");
        }
        runs << run;
    }
    return runs;
}

QList<BackupRun> diskRuns(const Timeline &time, qint64 planId)
{
    QList<BackupRun> runs;
    for (QDate day = time.diskPlan.addDays(1); day < time.today; day = day.addDays(1)) {
        if (day.day() != 1)
            continue;
        BackupRun run;
        run.planId = planId;
        run.startedAt = at(day);
        run.endedAt = run.startedAt.addSecs(90 * 60);
        run.recordedBy = recorder;
        runs << run;
    }
    return runs;
}

PlanHistory historyAt(const QList<BackupRun> &runs, const QList<RestoreTest> &tests,
                      const QDateTime &now)
{
    PlanHistory history;
    for (const BackupRun &run : runs) {
        if (run.startedAt > now)
            break;
        history.latestRun = run;
        if (run.result == RunResult::Ok)
            history.latestSuccess = run;
    }
    for (const RestoreTest &test : tests) {
        if (test.testedAt > now)
            break;
        history.latestTest = test;
        if (test.result == RunResult::Ok)
            history.latestPassedTest = test;
    }
    return history;
}

struct DemoPlan
{
    BackupPlan plan;
    QList<BackupRun> runs;
    QList<RestoreTest> tests;
    int importantItems = 0;
};

template<typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

template<typename Write> Status atTime(const QDateTime &time, Write write)
{
    Clock::Override clock(time);
    return write();
}

Status recordSecurityAction(Database &database, const Timeline &time)
{
    DiagnosisRepository diagnoses(database);
    DiagnosisSession first;
    first.title = QStringLiteral("全社（初回）");
    first.answeredOn = time.firstDiagnosis;
    first.completed = true;
    first.answers = answers(6, 4, 3);
    DiagnosisSession second = first;
    second.title = QStringLiteral("全社（2回目）");
    second.answeredOn = time.secondDiagnosis;
    second.answers = answers(17, 0, 0);
    for (const DiagnosisSession &session : {first, second}) {
        if (Status done = atTime(at(session.answeredOn),
                                 [&] { return statusOf(diagnoses.addCompleted(session)); });
            !done)
            return done;
    }

    FiveRuleRepository rules(database);
    for (int rule = 1; rule <= 5; ++rule) {
        FiveRuleStatus status;
        status.rule = rule;
        status.owner = recorder;
        status.state = RuleState::InPlace;
        status.confirmedOn = rule <= 3 ? time.firstRules : time.allRules;
        if (Status done = atTime(at(status.confirmedOn), [&] { return rules.save(status); }); !done)
            return done;
    }

    DeclarationRepository declarations(database);
    for (const auto &[level, day] : {std::pair{1, time.oneStar}, std::pair{2, time.twoStars}}) {
        Declaration declaration;
        declaration.level = level;
        declaration.declaredOn = day;
        declaration.declarationId = QStringLiteral("DEMO-%1").arg(level);
        declaration.logoShownAt = QStringLiteral("Webサイト、名刺");
        if (Status done = atTime(at(day), [&] { return statusOf(declarations.add(declaration)); });
            !done)
            return done;
    }

    auto document = PolicyDocument::fromTemplate(UiLanguage::Japanese,
                                                 QStringLiteral("株式会社みなと精機（架空）"),
                                                 QStringLiteral("港 健一"), time.policyAdopted);
    if (!document)
        return document.error();
    PolicyRepository policies(database);
    Clock::Override adopted(at(time.policyAdopted));
    auto version = policies.saveNewVersion(*document, time.policyAdopted);
    if (!version)
        return version.error();
    Clock::Override published(at(time.policyPublished));
    return policies.recordPublication(version->id, time.policyPublished,
                                      QStringLiteral("https://example.jp/security-policy"));
}

Status recordIncidents(Database &database, const Timeline &time)
{
    auto contacts = PlaybookLibrary::contacts(database);
    if (!contacts)
        return contacts.error();
    PlaybookRepository playbooks(database);
    for (Contact contact : std::as_const(*contacts)) {
        if (contact.kind != Contact::Kind::Firm || contact.key.startsWith(QLatin1String("own-")))
            continue;
        contact.organisation = QStringLiteral("株式会社ヨコハマITサポート（架空）");
        contact.person = QStringLiteral("担当 田中");
        contact.phone = QStringLiteral("045-000-0000");
        if (Status done = atTime(at(time.contacts), [&] { return playbooks.saveContact(contact); });
            !done)
            return done;
        break; // the IT vendor only: the others are left for the actions to suggest
    }

    IncidentStart incident;
    incident.playbookId = QStringLiteral("ransomware");
    incident.title = QStringLiteral("製造部PCで不審な暗号化（ランサムウェアの疑い）");
    incident.description =
        QStringLiteral("製造部のPC 1台でファイルが開けなくなり、脅迫文が表示された。"
                       "LANから切り離して調査。");
    incident.detectedAt = at(time.incident, 9);
    incident.severity = IncidentSeverity::Critical;
    incident.reporter = QStringLiteral("製造部 高橋");
    qint64 incidentId = 0;
    {
        Clock::Override clock(at(time.incident, 9));
        auto started = IncidentService::start(database, incident, recorder);
        if (!started)
            return started.error();
        incidentId = *started;
    }
    CloseOut closeOut;
    closeOut.cause = QStringLiteral("添付ファイル付きの偽の請求書メールを開いたこと。");
    closeOut.impact =
        QStringLiteral("PC 1台を初期化。NASのバックアップから前週までのファイルを復元。"
                       "個人データの漏えいはなし。");
    closeOut.changesAfter = QStringLiteral("メールの添付ファイルの扱いを社内ルールに追加。");
    closeOut.overrideReason = QStringLiteral("調査は外部業者の報告書で完了。");
    closeOut.closedAt = at(time.incidentClosed, 17);
    closeOut.closedBy = recorder;
    {
        Clock::Override clock(closeOut.closedAt);
        if (Status closed =
                IncidentService::close(database, incidentId, closeOut, closeOut.closedAt);
            !closed)
            return closed;
    }

    IncidentStart exercise = incident;
    exercise.exercise = true;
    exercise.title = QStringLiteral("机上訓練：ランサムウェア");
    exercise.description = QStringLiteral("昨年の事案を題材に、初動と連絡の順番を確認する訓練。");
    exercise.detectedAt = at(time.exercise, 14);
    exercise.severity = IncidentSeverity::High;
    exercise.participants = QStringLiteral("社長、総務部、製造部、ITベンダー");
    Clock::Override clock(at(time.exercise, 14));
    return statusOf(IncidentService::start(database, exercise, recorder));
}

Result<QList<DemoPlan>> recordBackups(Database &database, const Timeline &time)
{
    BackupRepository repository(database);
    auto unprotected = repository.protectedAssets();
    if (!unprotected)
        return unprotected.error();
    // The NAS plan copies all important information assets but one: a gap the actions show.
    QList<ProtectedItem> important;
    for (const ProtectedAsset &asset : std::as_const(*unprotected)) {
        if (asset.item.kind == ProtectedItem::Kind::InformationAsset && asset.importance >= 3 &&
            asset.copies.isEmpty())
            important << asset.item;
    }
    if (important.size() > 1)
        important.removeLast();

    QList<DemoPlan> plans;
    DemoPlan nas;
    nas.plan.name = nasPlanName;
    nas.plan.method = BackupMethod::NasCopy;
    nas.plan.destination = QStringLiteral("サーバー室のNAS（DS923+）");
    nas.plan.schedule.frequency = BackupFrequency::Weekly;
    nas.plan.schedule.weekdays = {Qt::Monday};
    nas.plan.schedule.at = QTime(21, 0);
    nas.plan.responsible = recorder;
    nas.plan.protects = important;
    nas.plan.protects << ProtectedItem{ProtectedItem::Kind::MamoriDatabase, 0, {}};
    nas.plan.createdAt = at(time.nasPlan);
    nas.importantItems = int(important.size());
    DemoPlan disk;
    disk.plan.name = diskPlanName;
    disk.plan.method = BackupMethod::ExternalDisk;
    disk.plan.destination = QStringLiteral("外付けHDD（社長室の金庫で保管）");
    disk.plan.offline = true;
    disk.plan.offsite = false;
    disk.plan.schedule.frequency = BackupFrequency::Monthly;
    disk.plan.schedule.monthDay = 1;
    disk.plan.schedule.at = QTime(10, 0);
    disk.plan.responsible = recorder;
    disk.plan.restoreTestDays = 365;
    disk.plan.protects = important.mid(0, 2);
    disk.plan.createdAt = at(time.diskPlan);

    for (DemoPlan *demo : {&nas, &disk}) {
        Clock::Override clock(demo->plan.createdAt);
        auto id = repository.addPlan(demo->plan);
        if (!id)
            return id.error();
        demo->plan.id = *id;
    }
    nas.runs = nasRuns(time, nas.plan.id);
    disk.runs = diskRuns(time, disk.plan.id);
    for (const QDate &day : {time.contacts, time.start.addDays(330), time.today.addDays(-60)}) {
        RestoreTest test;
        test.planId = nas.plan.id;
        test.testedAt = at(day, 15);
        test.whatRestored = QStringLiteral("顧客名簿のフォルダ");
        test.restoredTo = QStringLiteral("総務PCの作業フォルダ");
        test.minutes = 25;
        test.recordedBy = recorder;
        nas.tests << test;
    }
    for (DemoPlan *demo : {&nas, &disk}) {
        for (const BackupRun &run : std::as_const(demo->runs)) {
            Clock::Override clock(run.endedAt);
            if (auto recorded = repository.recordRun(run); !recorded)
                return recorded.error();
        }
        for (const RestoreTest &test : std::as_const(demo->tests)) {
            Clock::Override clock(test.testedAt);
            if (auto recorded = repository.recordRestoreTest(test); !recorded)
                return recorded.error();
        }
    }
    plans << nas << disk;
    return plans;
}

// What was true on `day`, from the timeline, the plans' runs and the inventory as it is today
// (`now`: today's real facts; its backlogs of devices to fix shrink month by month).
PostureInputs inputsOn(const QDate &day, const Timeline &time, const PostureInputs &now,
                       const QList<DemoPlan> &plans, int supportEnded)
{
    PostureInputs in = now;
    in.supportEndedGroups.clear();
    const auto shrinking = [&](int final, int population, double extraShare, double speed) {
        const int extra = int(std::lround(population * extraShare * time.backlog(day, speed)));
        return std::min(population, final + extra);
    };
    in.supportEnded = supportEnded;
    in.noRecentUpdate = shrinking(now.noRecentUpdate, now.updatable, 0.35, 1.4);
    in.antivirusMissing = shrinking(now.antivirusMissing, now.needsAntivirus, 0.2, 2.0);
    in.mfaMissing = shrinking(now.mfaMissing, now.cloudServices, 0.4, 0.8);
    in.portableNotEncrypted = shrinking(now.portableNotEncrypted, now.portableDevices, 0.3, 1.0);

    in.diagnosisRecorded = day >= time.firstDiagnosis ? 1 : 0;
    in.diagnosisScore = in.diagnosisRecorded == 0     ? 0
                        : day >= time.secondDiagnosis ? diagnosis::score(answers(17, 0, 0)).total
                                                      : diagnosis::score(answers(6, 4, 3)).total;

    const QDateTime noon = QDateTime(day, QTime(12, 0)).toUTC();
    in.backupPlans = in.backupPlansOnTime = in.offlineCopies = in.restoreTestsCurrent = 0;
    in.importantAssetsCovered = 0;
    for (const DemoPlan &demo : plans) {
        if (demo.plan.createdAt > noon)
            continue;
        const PlanHistory history = historyAt(demo.runs, demo.tests, noon);
        const PlanStatus status = BackupRules::status(demo.plan, history, noon);
        ++in.backupPlans;
        if (status.state == BackupState::Ok || status.state == BackupState::Due)
            ++in.backupPlansOnTime;
        if (status.restore == RestoreState::Ok)
            ++in.restoreTestsCurrent;
        if ((demo.plan.offline || demo.plan.immutable) && history.latestSuccess)
            ++in.offlineCopies;
        if (history.latestSuccess)
            in.importantAssetsCovered = std::max(in.importantAssetsCovered, demo.importantItems);
    }
    in.importantAssetsCovered = std::min(in.importantAssetsCovered, in.importantAssets);

    in.incidentsRecorded = day >= time.contacts ? 1 : 0;
    in.contactsFilled = day >= time.contacts ? now.contactsFilled : 0;
    const bool exercised = day >= time.exercise && day < time.exercise.addYears(1);
    in.exercisesInYear = exercised ? 1 : 0;
    in.playbooksReviewed = exercised ? std::min(1, in.playbooks) : 0;
    in.openCriticalIncidents = day >= time.incident && day < time.incidentClosed ? 1 : 0;
    in.overdueClocks = 0;

    in.actionRecorded = day >= time.firstRules ? 1 : 0;
    in.rulesInPlace = day >= time.allRules ? 5 : day >= time.firstRules ? 3 : 0;
    in.declaredLevel = day >= time.twoStars ? 2 : day >= time.oneStar ? 1 : 0;
    in.policyPublished = day >= time.policyPublished ? 1 : 0;
    in.policyReviewCurrent =
        day >= time.policyAdopted && day < time.policyAdopted.addYears(1) ? 1 : 0;
    in.twoStarsReady = day >= time.secondDiagnosis && day >= time.policyPublished ? 1 : 0;
    return in;
}

} // namespace

Result<int> DemoCompany::fillHistory(Database &database)
{
    const QDate today = Clock::today();
    auto existing = BackupRepository(database).findPlan(nasPlanName);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return 0; // the history is there already
    const Timeline time(today);
    if (Status done = recordSecurityAction(database, time); !done)
        return done.error();
    if (Status done = recordIncidents(database, time); !done)
        return done.error();
    auto plans = recordBackups(database, time);
    if (!plans)
        return plans.error();

    auto now = PostureService::gather(database, Clock::nowUtc());
    if (!now)
        return now.error();
    // Support ended as the calendar went: a device counts from the day its support ended (the
    // inventory's dates), counted once a month.
    PostureRepository repository(database);
    QList<PostureSnapshot> snapshots;
    int supportEnded = 0;
    for (QDate day = time.start; day < today; day = day.addDays(1)) {
        if (day == time.start || day.day() == 1) {
            PostureInputs counts;
            if (Status counted = repository.countInventory(counts, day, 0); !counted)
                return counted.error();
            supportEnded = counts.supportEnded;
        }
        snapshots << PostureSnapshot::of(day, inputsOn(day, time, *now, *plans, supportEnded),
                                         at(day, 9));
    }
    return repository.insertAllIfAbsent(snapshots);
}

} // namespace mamori
