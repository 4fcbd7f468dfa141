#include "IncidentService.h"

#include "Clock.h"
#include "incidents/ContactDirectory.h"
#include "incidents/IncidentRules.h"
#include "storage/IncidentRepository.h"
#include "storage/PlaybookRepository.h"

namespace mamori {

Result<QList<PlaybookEntry>> PlaybookLibrary::entries(Database &database)
{
    auto bundled = BundledPlaybooks::load();
    if (!bundled)
        return bundled.error();
    return entries(database, *bundled);
}

Result<QList<PlaybookEntry>> PlaybookLibrary::entries(Database &database,
                                                      const QList<Playbook> &bundled)
{
    auto copies = PlaybookRepository(database).copies();
    if (!copies)
        return copies.error();
    QList<PlaybookEntry> entries;
    for (const Playbook &playbook : bundled) {
        PlaybookEntry entry{playbook, false, playbook.version, false};
        for (const Playbook &copy : *copies) {
            if (copy.id == playbook.id) {
                entry.playbook = copy;
                entry.firmCopy = true;
                entry.bundledNewer = playbook.version > copy.version;
            }
        }
        entries << entry;
    }
    for (const Playbook &copy : *copies) {
        const bool isCopy = std::any_of(bundled.cbegin(), bundled.cend(),
                                        [&](const Playbook &p) { return p.id == copy.id; });
        if (!isCopy)
            entries << PlaybookEntry{copy, true, 0, false};
    }
    return entries;
}

Result<Playbook> PlaybookLibrary::effective(Database &database, const QString &id)
{
    auto copy = PlaybookRepository(database).copy(id);
    if (!copy)
        return copy.error();
    if (*copy)
        return **copy;
    return BundledPlaybooks::find(id);
}

Result<QList<Contact>> PlaybookLibrary::contacts(Database &database)
{
    auto bundled = BundledContacts::load();
    if (!bundled)
        return bundled.error();
    auto stored = PlaybookRepository(database).storedContacts();
    if (!stored)
        return stored.error();
    return ContactDirectory::merged(*bundled, *stored);
}

Result<PlaybookFormat::Keys> PlaybookLibrary::keys(Database &database)
{
    auto contacts = PlaybookLibrary::contacts(database);
    if (!contacts)
        return contacts.error();
    PlaybookFormat::Keys keys;
    for (const PlaybookRoles::Role &role : PlaybookRoles::bundled().roles())
        keys.roles << role.key;
    for (const Contact &contact : *contacts)
        keys.contacts << contact.key;
    return keys;
}

Result<qint64> IncidentService::start(Database &database, const IncidentStart &request,
                                      const QString &author)
{
    auto playbook = PlaybookLibrary::effective(database, request.playbookId);
    if (!playbook)
        return playbook.error();
    IncidentRepository incidents(database);
    auto exposed = incidents.exposedAssets(request.deviceIds);
    if (!exposed)
        return exposed.error();
    const UiLanguage language = currentUiLanguage();
    Incident incident;
    incident.playbookId = playbook->id;
    incident.playbookTitle = playbook->title.in(language);
    incident.title = request.title;
    incident.description = request.description;
    incident.exercise = request.exercise;
    incident.detectedAt = request.detectedAt.isValid() ? request.detectedAt : Clock::nowUtc();
    incident.awareAt = request.awareAt.isValid() ? request.awareAt : incident.detectedAt;
    incident.reporter = request.reporter;
    incident.severity = request.severity;
    incident.deviceIds = request.deviceIds;
    incident.participants = request.participants;
    incident.triggers = IncidentRules::withInventoryFacts(request.triggers, *exposed);
    const QString started =
        request.exercise
            ? tr("Exercise started from the playbook \"%1\".").arg(incident.playbookTitle)
            : tr("Incident started from the playbook \"%1\".").arg(incident.playbookTitle);
    return incidents.start(incident, *playbook, started, author);
}

Result<IncidentFile> IncidentService::load(Database &database, qint64 id, const QDateTime &nowUtc)
{
    IncidentRepository incidents(database);
    IncidentFile file;
    auto incident = incidents.find(id);
    if (!incident)
        return incident.error();
    file.incident = *incident;
    auto steps = incidents.steps(id);
    if (!steps)
        return steps.error();
    file.steps = *steps;
    auto timeline = incidents.timeline(id);
    if (!timeline)
        return timeline.error();
    file.timeline = *timeline;
    auto own = incidents.ownClocks(id);
    if (!own)
        return own.error();
    file.ownClocks = *own;
    auto completions = incidents.completions(id);
    if (!completions)
        return completions.error();
    file.clocks = ReportingClocks::of(file.incident, *completions, file.ownClocks, nowUtc);
    auto exposed = incidents.exposedAssets(file.incident.deviceIds);
    if (!exposed)
        return exposed.error();
    file.exposed = *exposed;
    return file;
}

Result<QList<IncidentSummary>> IncidentService::list(Database &database, const QDateTime &nowUtc)
{
    IncidentRepository incidents(database);
    auto all = incidents.all();
    if (!all)
        return all.error();
    QList<IncidentSummary> summaries;
    for (const Incident &incident : *all) {
        IncidentSummary summary{incident, {}, 0};
        auto own = incidents.ownClocks(incident.id);
        if (!own)
            return own.error();
        auto completions = incidents.completions(incident.id);
        if (!completions)
            return completions.error();
        summary.clocks = ReportingClocks::of(incident, *completions, *own, nowUtc);
        auto steps = incidents.steps(incident.id);
        if (!steps)
            return steps.error();
        summary.openSteps = int(std::count_if(steps->cbegin(), steps->cend(), [](const auto &s) {
            return s.state == StepState::Open;
        }));
        summaries << summary;
    }
    return summaries;
}

Status IncidentService::close(Database &database, qint64 id, const CloseOut &closeOut,
                              const QDateTime &nowUtc)
{
    auto file = load(database, id, nowUtc);
    if (!file)
        return file.error();
    if (file->incident.isClosed())
        return Error(ErrorKind::InvalidInput, tr("Incident %1 is already closed.").arg(id));
    if (Status allowed = IncidentRules::checkClose(closeOut, file->steps, file->clocks); !allowed)
        return allowed;
    IncidentRepository incidents(database);
    CloseOut stored = closeOut;
    if (!IncidentRules::closeBlockers(closeOut, file->steps, file->clocks).needsOverride())
        stored.overrideReason.clear();
    return incidents.close(id, stored);
}

Status IncidentService::setDevices(Database &database, qint64 id, const QList<qint64> &deviceIds)
{
    IncidentRepository incidents(database);
    auto incident = incidents.find(id);
    if (!incident)
        return incident.error();
    auto exposed = incidents.exposedAssets(deviceIds);
    if (!exposed)
        return exposed.error();
    Incident changed = *incident;
    changed.deviceIds = deviceIds;
    changed.triggers = IncidentRules::withInventoryFacts(changed.triggers, *exposed);
    return incidents.update(changed);
}

} // namespace mamori
