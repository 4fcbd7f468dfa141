#pragma once

#include "Result.h"
#include "incidents/Incident.h"
#include "incidents/Playbook.h"

#include <QList>

namespace mamori {

class Database;

// Incidents and exercises, their checklists, timelines and clocks. Every change is audited
// (entities "incident", "incident_step" with id "<incident>-<step>", "incident_entry",
// "incident_clock"). The timeline is append-only: the table refuses UPDATE and DELETE.
class IncidentRepository
{
public:
    explicit IncidentRepository(Database &database) : m_database(database) {}

    // Stores a new incident with a copy of the playbook's steps (all open) and a first timeline
    // entry saying it started, in one transaction. Returns its id.
    Result<qint64> start(const Incident &incident, const Playbook &playbook,
                         const QString &startedEntryText, const QString &author);

    Result<QList<Incident>> all() const; // every incident and exercise, in list order
    Result<Incident> find(qint64 id) const;
    // Saves the editable facts (title, times, severity, status, triggers, devices, exercise
    // notes). Closing goes through close().
    Status update(const Incident &incident);
    Status close(qint64 id, const CloseOut &closeOut);
    Status reopen(qint64 id, IncidentStatus status); // undo of a close

    // The playbook as it was copied when the incident started.
    Result<Playbook> playbookOf(qint64 incidentId) const;
    Result<QList<IncidentStep>> steps(qint64 incidentId) const;
    // Ticks a step, marks it not applicable (with a reason) or opens it again.
    Status setStep(qint64 incidentId, int number, StepState state, const QString &by,
                   const QString &reason);

    // Appends a timeline entry (its recordedAt is now). A correction must name an entry of the
    // same incident. Returns the entry's id.
    Result<qint64> addEntry(const TimelineEntry &entry);
    Result<QList<TimelineEntry>> timeline(qint64 incidentId) const; // oldest first

    Result<QList<OwnClock>> ownClocks(qint64 incidentId) const;
    Result<qint64> addOwnClock(qint64 incidentId, const OwnClock &clock);
    Status removeOwnClock(qint64 incidentId, qint64 clockId);
    Result<QList<ClockCompletion>> completions(qint64 incidentId) const;
    // Marks a clock (legal key or ReportingClocks::ownKey) done, or open again.
    Status setClockDone(qint64 incidentId, const QString &key, bool done, const QString &by);

    // The information assets on the incident's affected devices, through the inventory's links.
    Result<QList<ExposedAsset>> exposedAssets(const QList<qint64> &deviceIds) const;

private:
    Database &m_database;
};

} // namespace mamori
