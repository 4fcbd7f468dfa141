#pragma once

#include "Document.h"
#include "incidents/Contacts.h"
#include "incidents/Incident.h"
#include "incidents/IncidentFile.h"
#include "incidents/Playbook.h"
#include "incidents/PpcReportDraft.h"

#include <QList>
#include <QString>

#include <optional>

namespace mamori {

class InventoryDocument;

// Incidents and exercises, the playbook library and the contact directory. Every edit is an undo
// command through the audited repositories (steps, status and facts, clocks, close — its undo
// reopens —, the firm's playbook copies and contacts), with a signal per kind of data.
//
// Two writes are not commands, on purpose: starting an incident and appending a timeline entry.
// The timeline is append-only in the database (a mistake is corrected by a new entry), and an
// incident's start is its first entry. Neither touches what a command writes back, so they leave
// the history as it is instead of fencing it.
class IncidentDocument : public Document
{
    Q_OBJECT

public:
    IncidentDocument(DatabaseSession &session, InventoryDocument &inventory,
                     QObject *parent = nullptr);

    // Reads. "Now" is Clock::nowUtc(), so the clocks' states follow the time.
    Result<QList<IncidentSummary>> incidents() const; // open first
    Result<IncidentFile> file(qint64 id) const;
    Result<QList<PlaybookEntry>> playbooks() const;
    Result<Playbook> playbook(const QString &id) const; // the firm's copy or the bundled one
    Result<QList<Contact>> contacts() const;
    // The contacts the firm has filled in or added (a bundled one without a key here is as
    // Mamori ships it).
    Result<QStringList> storedContactKeys() const;
    Result<PlaybookFormat::Keys> playbookKeys() const;
    Result<PpcReportDraft> ppcDraft(qint64 id) const;

    // Devices of the inventory to choose the affected ones from: those whose asset number, name
    // or other text matches `text`, at most `limit`.
    struct DeviceChoice
    {
        qint64 id = 0;
        QString label; // "PC-00012 経理用PC"
    };
    Result<QList<DeviceChoice>> findDevices(const QString &text, int limit) const;
    Result<QList<DeviceChoice>> devices(const QList<qint64> &ids) const;

    // Not commands (see above). The new incident's id, or 0 when it was not started.
    qint64 start(const IncidentStart &request);
    // The new entry's id, or 0 when it was not written (writeFailed says why).
    qint64 addEntry(const TimelineEntry &entry);

    // Commands.
    bool setStep(qint64 incidentId, int number, StepState state, const QString &reason = {});
    bool updateIncident(const Incident &after); // status, severity, times, triggers, notes
    bool setDevices(qint64 incidentId, const QList<qint64> &deviceIds);
    bool setClockDone(qint64 incidentId, const QString &key, const QString &title, bool done);
    bool addOwnClock(qint64 incidentId, const OwnClock &clock);
    bool removeOwnClock(qint64 incidentId, qint64 clockId);
    bool close(qint64 incidentId, const CloseOut &closeOut);
    bool savePlaybookCopy(const Playbook &playbook);
    // Back to the bundled version: the firm's copy is dropped (undo puts it back).
    bool removePlaybookCopy(const QString &id);
    bool saveContact(const Contact &contact);
    // A contact the firm added is removed; a bundled one goes back to what Mamori ships.
    bool removeContact(const QString &key);
    // A key for a contact the firm adds ("own-<n>"); empty when it cannot be read.
    QString newContactKey() const;

    // Who ticks, logs and closes: the signed-in user.
    static QString currentPerson();

signals:
    void incidentsChanged();         // the list: a start, a close, status, severity, clocks, steps
    void incidentChanged(qint64 id); // anything of one incident but its timeline
    void timelineChanged(qint64 id);
    void playbooksChanged();
    void contactsChanged();

private:
    std::optional<Incident> storedIncident(qint64 id);
    void incidentWritten(qint64 id);
};

} // namespace mamori
