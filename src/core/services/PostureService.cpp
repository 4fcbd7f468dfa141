#include "PostureService.h"

#include "Clock.h"
#include "action/Readiness.h"
#include "action/SelfDiagnosis.h"
#include "backups/BackupState.h"
#include "incidents/IncidentRules.h"
#include "services/ActionSnapshotLoader.h"
#include "services/IncidentService.h"
#include "storage/BackupRepository.h"
#include "storage/Database.h"
#include "storage/PlaybookRepository.h"
#include "storage/PostureRepository.h"

#include <algorithm>

namespace mamori {

namespace {

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

Status addBackups(Database &database, const QDateTime &nowUtc, PostureInputs &inputs)
{
    auto overviews = BackupRepository(database).overviews(nowUtc);
    if (!overviews)
        return overviews.error();
    inputs.backupPlans = int(overviews->size());
    for (const PlanOverview &overview : std::as_const(*overviews)) {
        const BackupState state = overview.status.state;
        if (state == BackupState::Ok || state == BackupState::Due)
            ++inputs.backupPlansOnTime;
        if (overview.status.restore == RestoreState::Ok)
            ++inputs.restoreTestsCurrent;
        if ((overview.plan.offline || overview.plan.immutable) && overview.history.latestSuccess)
            ++inputs.offlineCopies;
    }
    return {};
}

Status addIncidents(Database &database, const QDateTime &nowUtc, PostureInputs &inputs)
{
    auto summaries = IncidentService::list(database, nowUtc);
    if (!summaries)
        return summaries.error();
    QList<Incident> incidents;
    QHash<qint64, QList<ReportingClock>> clocks;
    for (const IncidentSummary &summary : std::as_const(*summaries)) {
        incidents << summary.incident;
        clocks.insert(summary.incident.id, summary.clocks);
    }
    const IncidentCounts counts = IncidentRules::counts(
        incidents, [&clocks](const Incident &incident) { return clocks.value(incident.id); },
        nowUtc);
    inputs.exercisesInYear = counts.exercisesInYear;
    inputs.openCriticalIncidents = counts.openCritical;
    inputs.overdueClocks = counts.overdueClocks;

    PlaybookRepository stored(database);
    auto ownContacts = stored.storedContacts();
    if (!ownContacts)
        return ownContacts.error();
    auto copies = stored.copies();
    if (!copies)
        return copies.error();
    inputs.incidentsRecorded =
        !summaries->isEmpty() || !ownContacts->isEmpty() || !copies->isEmpty() ? 1 : 0;

    auto contacts = PlaybookLibrary::contacts(database);
    if (!contacts)
        return contacts.error();
    for (const Contact &contact : std::as_const(*contacts)) {
        if (contact.kind != Contact::Kind::Firm)
            continue;
        ++inputs.contactsToFill;
        if (!blank(contact.phone) || !blank(contact.email))
            ++inputs.contactsFilled;
    }

    auto playbooks = PlaybookLibrary::entries(database);
    if (!playbooks)
        return playbooks.error();
    auto reviewed = PostureRepository(database).reviewedPlaybooks(nowUtc.addYears(-1));
    if (!reviewed)
        return reviewed.error();
    inputs.playbooks = int(playbooks->size());
    for (const PlaybookEntry &entry : std::as_const(*playbooks)) {
        if (reviewed->contains(entry.playbook.id))
            ++inputs.playbooksReviewed;
    }
    return {};
}

Status addSecurityAction(Database &database, const QDate &today, PostureInputs &inputs)
{
    auto snapshot = loadActionSnapshot(database, today);
    if (!snapshot)
        return snapshot.error();
    if (snapshot->latestDiagnosis) {
        inputs.diagnosisRecorded = 1;
        inputs.diagnosisScore =
            std::clamp(diagnosis::score(snapshot->latestDiagnosis->answers).total, 0, 100);
    }
    for (const FiveRuleStatus &rule : std::as_const(snapshot->rules)) {
        if (rule.state == RuleState::InPlace)
            ++inputs.rulesInPlace;
        if (rule.state != RuleState::NotYet || rule.confirmedOn.isValid())
            inputs.actionRecorded = 1;
    }
    if (snapshot->currentDeclaration) {
        inputs.actionRecorded = 1;
        inputs.declaredLevel = snapshot->currentDeclaration->level;
    }
    if (snapshot->latestPolicy) {
        inputs.actionRecorded = 1;
        inputs.policyPublished = snapshot->latestPolicy->published() ? 1 : 0;
        const QDate reviewed = snapshot->latestPolicy->lastReviewed();
        inputs.policyReviewCurrent =
            reviewed.isValid() &&
                    reviewed.addMonths(snapshot->intervals.policyReviewMonths) >= today
                ? 1
                : 0;
    }
    inputs.twoStarsReady = ActionRules::readiness(*snapshot).twoStarsReady() ? 1 : 0;
    return {};
}

} // namespace

Result<PostureInputs> PostureService::gather(Database &database, const QDateTime &nowUtc)
{
    const QDate today = nowUtc.toLocalTime().date();
    PostureInputs inputs;
    if (Status counted = PostureRepository(database).countInventory(inputs, today); !counted)
        return counted.error();
    if (Status backups = addBackups(database, nowUtc, inputs); !backups)
        return backups.error();
    if (Status incidents = addIncidents(database, nowUtc, inputs); !incidents)
        return incidents.error();
    if (Status action = addSecurityAction(database, today, inputs); !action)
        return action.error();
    return inputs;
}

Result<bool> PostureService::takeDailySnapshot(Database &database)
{
    const QDateTime now = Clock::nowUtc();
    const QDate today = Clock::today();
    PostureRepository repository(database);
    auto present = repository.has(today);
    if (!present)
        return present.error();
    if (*present)
        return false;
    auto inputs = gather(database, now);
    if (!inputs)
        return inputs.error();
    return repository.insertIfAbsent(PostureSnapshot::of(today, *inputs, now));
}

Result<bool> PostureService::takeDailySnapshot(const QString &databasePath)
{
    auto database = Database::openWriter(databasePath);
    if (!database)
        return database.error();
    return takeDailySnapshot(**database);
}

Result<bool> PostureService::hasDailySnapshot(Database &database)
{
    return PostureRepository(database).has(Clock::today());
}

Result<PostureReport> PostureService::show(Database &database)
{
    PostureReport report;
    report.today = Clock::today();
    auto inputs = gather(database, Clock::nowUtc());
    if (!inputs)
        return inputs.error();
    report.inputs = *inputs;
    report.score = PostureRules::compute(*inputs);
    report.actions = TopActions::rank(*inputs);
    PostureRepository repository(database);
    auto month = repository.latestOnOrBefore(report.today.addDays(-30));
    if (!month)
        return month.error();
    report.monthAgo = *month;
    auto year = repository.latestOnOrBefore(report.today.addDays(-365));
    if (!year)
        return year.error();
    report.yearAgo = *year;
    return report;
}

Result<QList<PostureSnapshot>> PostureService::history(Database &database, const QDate &from,
                                                       const QDate &to)
{
    return PostureRepository(database).history(from, to);
}

Result<PostureExplanation> PostureService::explain(Database &database, const QDate &from,
                                                   const QDate &to)
{
    if (from.isValid() && to.isValid() && to < from)
        return Error(ErrorKind::InvalidInput,
                     tr("The end date %1 is before the start date %2.")
                         .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    PostureRepository repository(database);
    auto before = repository.latestOnOrBefore(from);
    if (!before)
        return before.error();
    if (!*before)
        return Error(
            ErrorKind::InvalidInput,
            tr("There is no posture snapshot on or before %1.").arg(from.toString(Qt::ISODate)));
    auto after = repository.latestOnOrBefore(to);
    if (!after)
        return after.error();
    auto activity = repository.activity((*before)->takenAt, (*after)->takenAt);
    if (!activity)
        return activity.error();
    return PostureExplain::explain(**before, **after, *activity);
}

} // namespace mamori
