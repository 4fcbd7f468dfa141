#include "IncidentDocument.h"

#include "Clock.h"
#include "DatabaseSession.h"
#include "OsUser.h"
#include "assets/InventoryDocument.h"
#include "services/IncidentService.h"
#include "storage/AssetQuery.h"
#include "storage/AssetRepository.h"
#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PlaybookRepository.h"

#include <memory>

namespace mamori {

namespace {

QString deviceLabel(const Device &device)
{
    return QStringLiteral("%1 %2").arg(device.assetNumber, device.name).trimmed();
}

Error noSuchRecord()
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("mamori::IncidentDocument",
                                             "The record is no longer in the database; it may "
                                             "have been changed elsewhere."));
}

} // namespace

IncidentDocument::IncidentDocument(DatabaseSession &session, InventoryDocument &inventory,
                                   QObject *parent)
    : Document(session, parent)
{
    connect(&session, &DatabaseSession::databaseChanged, this, [this] {
        emit incidentsChanged();
        emit playbooksChanged();
        emit contactsChanged();
    });
    // The information at risk is read through the inventory's links.
    connect(&inventory, &InventoryDocument::assetsChanged, this,
            &IncidentDocument::incidentsChanged);
}

QString IncidentDocument::currentPerson()
{
    return currentOsUserName();
}

Result<QList<IncidentSummary>> IncidentDocument::incidents() const
{
    return read<QList<IncidentSummary>>(
        [](Database &database) { return IncidentService::list(database, Clock::nowUtc()); });
}

Result<IncidentFile> IncidentDocument::file(qint64 id) const
{
    return read<IncidentFile>(
        [id](Database &database) { return IncidentService::load(database, id, Clock::nowUtc()); });
}

Result<QList<PlaybookEntry>> IncidentDocument::playbooks() const
{
    return read<QList<PlaybookEntry>>(
        [](Database &database) { return PlaybookLibrary::entries(database); });
}

Result<Playbook> IncidentDocument::playbook(const QString &id) const
{
    return read<Playbook>(
        [id](Database &database) { return PlaybookLibrary::effective(database, id); });
}

Result<QList<Contact>> IncidentDocument::contacts() const
{
    return read<QList<Contact>>(
        [](Database &database) { return PlaybookLibrary::contacts(database); });
}

Result<QStringList> IncidentDocument::storedContactKeys() const
{
    return read<QStringList>([](Database &database) -> Result<QStringList> {
        auto stored = PlaybookRepository(database).storedContacts();
        if (!stored)
            return stored.error();
        QStringList keys;
        for (const Contact &contact : *stored)
            keys << contact.key;
        return keys;
    });
}

Result<PlaybookFormat::Keys> IncidentDocument::playbookKeys() const
{
    return read<PlaybookFormat::Keys>(
        [](Database &database) { return PlaybookLibrary::keys(database); });
}

Result<PpcReportDraft> IncidentDocument::ppcDraft(qint64 id) const
{
    return read<PpcReportDraft>([id](Database &database) -> Result<PpcReportDraft> {
        auto file = IncidentService::load(database, id, Clock::nowUtc());
        if (!file)
            return file.error();
        auto profile = CompanyProfileRepository(database).load();
        if (!profile)
            return profile.error();
        const PpcReportDraft::Inputs inputs{
            file->incident, file->steps,  file->timeline,
            file->exposed,  file->clocks, *profile ? (*profile)->name : QString()};
        return PpcReportDraft::build(inputs);
    });
}

Result<QList<IncidentDocument::DeviceChoice>> IncidentDocument::findDevices(const QString &text,
                                                                            int limit) const
{
    return read<QList<DeviceChoice>>(
        [text, limit](Database &database) -> Result<QList<DeviceChoice>> {
            AssetFilter filter;
            filter.text = text.trimmed();
            auto page = AssetQuery<Device>(database).page(filter, {}, 0, limit);
            if (!page)
                return page.error();
            QList<DeviceChoice> choices;
            for (const Device &device : *page)
                choices.append({device.id, deviceLabel(device)});
            return choices;
        });
}

Result<QList<IncidentDocument::DeviceChoice>>
IncidentDocument::devices(const QList<qint64> &ids) const
{
    return read<QList<DeviceChoice>>([ids](Database &database) -> Result<QList<DeviceChoice>> {
        DeviceRepository devices(database);
        QList<DeviceChoice> choices;
        for (qint64 id : ids) {
            auto found = devices.find(id);
            if (!found)
                return found.error();
            // A device removed from the inventory since stays affected, by its id.
            choices.append({id, *found ? deviceLabel(**found) : tr("Device %1 (removed)").arg(id)});
        }
        return choices;
    });
}

qint64 IncidentDocument::start(const IncidentStart &request)
{
    auto open = writableDatabase();
    if (!open) {
        emit writeFailed(open.error());
        return 0;
    }
    auto id = IncidentService::start(**open, request, currentPerson());
    if (!id) {
        emit writeFailed(id.error());
        return 0;
    }
    emit incidentsChanged();
    return *id;
}

qint64 IncidentDocument::addEntry(const TimelineEntry &entry)
{
    auto open = writableDatabase();
    if (!open) {
        emit writeFailed(open.error());
        return 0;
    }
    TimelineEntry written = entry;
    if (written.author.isEmpty())
        written.author = currentPerson();
    auto id = IncidentRepository(**open).addEntry(written);
    if (!id) {
        emit writeFailed(id.error());
        return 0;
    }
    emit timelineChanged(entry.incidentId);
    return *id;
}

void IncidentDocument::incidentWritten(qint64 id)
{
    emit incidentChanged(id);
    emit incidentsChanged();
}

std::optional<Incident> IncidentDocument::storedIncident(qint64 id)
{
    auto stored =
        read<Incident>([id](Database &database) { return IncidentRepository(database).find(id); });
    if (!stored) {
        emit writeFailed(stored.error());
        return std::nullopt;
    }
    return *stored;
}

bool IncidentDocument::setStep(qint64 incidentId, int number, StepState state,
                               const QString &reason)
{
    auto file = this->file(incidentId);
    if (!file) {
        emit writeFailed(file.error());
        return false;
    }
    const auto step = std::find_if(file->steps.cbegin(), file->steps.cend(),
                                   [number](const IncidentStep &s) { return s.number == number; });
    if (step == file->steps.cend()) {
        emit writeFailed(noSuchRecord());
        return false;
    }
    const IncidentStep before = *step;
    const QString person = currentPerson();
    QString text;
    switch (state) {
    case StepState::Done:
        text = tr("Tick step %1").arg(number);
        break;
    case StepState::NotApplicable:
        text = tr("Mark step %1 not applicable").arg(number);
        break;
    case StepState::Open:
        text = tr("Open step %1 again").arg(number);
        break;
    }
    return push(
        text,
        [=](Database &database) {
            return IncidentRepository(database).setStep(incidentId, number, state, person, reason);
        },
        [=](Database &database) {
            return IncidentRepository(database).setStep(
                incidentId, number, before.state, before.doneBy.isEmpty() ? person : before.doneBy,
                before.reason);
        },
        [this, incidentId] { incidentWritten(incidentId); });
}

bool IncidentDocument::updateIncident(const Incident &after)
{
    const std::optional<Incident> before = storedIncident(after.id);
    if (!before)
        return false;
    QString text = tr("Edit incident %1").arg(after.id);
    if (before->status != after.status)
        text = tr("Set incident %1 to %2").arg(after.id).arg(IncidentValues::label(after.status));
    else if (before->severity != after.severity)
        text = tr("Set the severity of incident %1 to %2")
                   .arg(after.id)
                   .arg(IncidentValues::label(after.severity));
    return push(
        text, [after](Database &database) { return IncidentRepository(database).update(after); },
        [before = *before](Database &database) {
            return IncidentRepository(database).update(before);
        },
        [this, id = after.id] { incidentWritten(id); });
}

bool IncidentDocument::setDevices(qint64 incidentId, const QList<qint64> &deviceIds)
{
    const std::optional<Incident> before = storedIncident(incidentId);
    if (!before)
        return false;
    return push(
        tr("Change the affected devices of incident %1").arg(incidentId),
        [incidentId, deviceIds](Database &database) {
            return IncidentService::setDevices(database, incidentId, deviceIds);
        },
        // The triggers the inventory's facts set go back too.
        [before = *before](Database &database) {
            return IncidentRepository(database).update(before);
        },
        [this, incidentId] { incidentWritten(incidentId); });
}

bool IncidentDocument::setClockDone(qint64 incidentId, const QString &key, const QString &title,
                                    bool done)
{
    const QString person = currentPerson();
    return push(
        done ? tr("Mark “%1” as sent").arg(title) : tr("Open “%1” again").arg(title),
        [=](Database &database) {
            return IncidentRepository(database).setClockDone(incidentId, key, done, person);
        },
        [=](Database &database) {
            return IncidentRepository(database).setClockDone(incidentId, key, !done, person);
        },
        [this, incidentId] { incidentWritten(incidentId); });
}

bool IncidentDocument::addOwnClock(qint64 incidentId, const OwnClock &clock)
{
    // Each redo adds the clock anew; the undo removes the one the last redo added.
    auto added = std::make_shared<qint64>(0);
    return push(
        tr("Add the clock “%1”").arg(clock.title),
        [incidentId, clock, added](Database &database) -> Status {
            auto id = IncidentRepository(database).addOwnClock(incidentId, clock);
            if (!id)
                return id.error();
            *added = *id;
            return {};
        },
        [incidentId, added](Database &database) {
            return IncidentRepository(database).removeOwnClock(incidentId, *added);
        },
        [this, incidentId] { incidentWritten(incidentId); });
}

bool IncidentDocument::removeOwnClock(qint64 incidentId, qint64 clockId)
{
    auto file = this->file(incidentId);
    if (!file) {
        emit writeFailed(file.error());
        return false;
    }
    const auto clock = std::find_if(file->ownClocks.cbegin(), file->ownClocks.cend(),
                                    [clockId](const OwnClock &own) { return own.id == clockId; });
    if (clock == file->ownClocks.cend()) {
        emit writeFailed(noSuchRecord());
        return false;
    }
    auto current = std::make_shared<qint64>(clockId);
    return push(
        tr("Remove the clock “%1”").arg(clock->title),
        [incidentId, current](Database &database) {
            return IncidentRepository(database).removeOwnClock(incidentId, *current);
        },
        [incidentId, current, removed = *clock](Database &database) -> Status {
            auto id = IncidentRepository(database).addOwnClock(incidentId, removed);
            if (!id)
                return id.error();
            *current = *id;
            return {};
        },
        [this, incidentId] { incidentWritten(incidentId); });
}

bool IncidentDocument::close(qint64 incidentId, const CloseOut &closeOut)
{
    const std::optional<Incident> before = storedIncident(incidentId);
    if (!before)
        return false;
    CloseOut proposed = closeOut;
    if (proposed.closedBy.isEmpty())
        proposed.closedBy = currentPerson();
    return push(
        tr("Close incident %1").arg(incidentId),
        [incidentId, proposed](Database &database) {
            return IncidentService::close(database, incidentId, proposed, Clock::nowUtc());
        },
        [incidentId, status = before->status](Database &database) {
            return IncidentRepository(database).reopen(incidentId, status);
        },
        [this, incidentId] { incidentWritten(incidentId); });
}

bool IncidentDocument::savePlaybookCopy(const Playbook &playbook)
{
    auto before = read<std::optional<Playbook>>(
        [id = playbook.id](Database &database) { return PlaybookRepository(database).copy(id); });
    if (!before) {
        emit writeFailed(before.error());
        return false;
    }
    auto keys = playbookKeys();
    if (!keys) {
        emit writeFailed(keys.error());
        return false;
    }
    const QString title = playbook.title.in(currentUiLanguage());
    return push(
        *before ? tr("Edit the playbook “%1”").arg(title)
                : tr("Make the firm's copy of “%1”").arg(title),
        [playbook, keys = *keys](Database &database) {
            return PlaybookRepository(database).saveCopy(playbook, keys);
        },
        [id = playbook.id, before = *before, keys = *keys](Database &database) {
            PlaybookRepository copies(database);
            return before ? copies.saveCopy(*before, keys) : copies.removeCopy(id);
        },
        [this] { emit playbooksChanged(); });
}

bool IncidentDocument::removePlaybookCopy(const QString &id)
{
    auto before = read<std::optional<Playbook>>(
        [id](Database &database) { return PlaybookRepository(database).copy(id); });
    if (!before) {
        emit writeFailed(before.error());
        return false;
    }
    if (!*before) {
        emit writeFailed(noSuchRecord());
        return false;
    }
    auto keys = playbookKeys();
    if (!keys) {
        emit writeFailed(keys.error());
        return false;
    }
    return push(
        tr("Restore the bundled version of “%1”").arg((*before)->title.in(currentUiLanguage())),
        [id](Database &database) { return PlaybookRepository(database).removeCopy(id); },
        [copy = **before, keys = *keys](Database &database) {
            return PlaybookRepository(database).saveCopy(copy, keys);
        },
        [this] { emit playbooksChanged(); });
}

namespace {

Result<std::optional<Contact>> storedContact(Database &database, const QString &key)
{
    auto stored = PlaybookRepository(database).storedContacts();
    if (!stored)
        return stored.error();
    for (const Contact &contact : *stored) {
        if (contact.key == key)
            return std::optional<Contact>(contact);
    }
    return std::optional<Contact>();
}

} // namespace

bool IncidentDocument::saveContact(const Contact &contact)
{
    auto before = read<std::optional<Contact>>(
        [key = contact.key](Database &database) { return storedContact(database, key); });
    if (!before) {
        emit writeFailed(before.error());
        return false;
    }
    return push(
        tr("Edit the contact “%1”").arg(contact.name.in(currentUiLanguage())),
        [contact](Database &database) { return PlaybookRepository(database).saveContact(contact); },
        [key = contact.key, before = *before](Database &database) {
            PlaybookRepository contacts(database);
            return before ? contacts.saveContact(*before) : contacts.removeContact(key);
        },
        [this] { emit contactsChanged(); });
}

bool IncidentDocument::removeContact(const QString &key)
{
    auto before = read<std::optional<Contact>>(
        [key](Database &database) { return storedContact(database, key); });
    if (!before) {
        emit writeFailed(before.error());
        return false;
    }
    if (!*before) {
        emit writeFailed(noSuchRecord());
        return false;
    }
    return push(
        tr("Remove the contact “%1”").arg((*before)->name.in(currentUiLanguage())),
        [key](Database &database) { return PlaybookRepository(database).removeContact(key); },
        [contact = **before](Database &database) {
            return PlaybookRepository(database).saveContact(contact);
        },
        [this] { emit contactsChanged(); });
}

QString IncidentDocument::newContactKey() const
{
    auto key = read<QString>(
        [](Database &database) { return PlaybookRepository(database).newContactKey(); });
    return key ? *key : QString();
}

} // namespace mamori
