#pragma once

#include "Language.h"
#include "Result.h"
#include "incidents/Contacts.h"
#include "incidents/Incident.h"
#include "incidents/IncidentFile.h"
#include "incidents/Playbook.h"
#include "incidents/ReportingClocks.h"

#include <QDateTime>
#include <QList>

namespace mamori {

class Database;

// The playbooks and the contacts, bundled and the firm's, read together.
class PlaybookLibrary
{
public:
    static Result<QList<PlaybookEntry>> entries(Database &database);
    // The same against a given bundle (what a later version of Mamori ships, in tests).
    static Result<QList<PlaybookEntry>> entries(Database &database, const QList<Playbook> &bundled);
    // The playbook an incident starts from; an unknown id is an InvalidInput error.
    static Result<Playbook> effective(Database &database, const QString &id);
    static Result<QList<Contact>> contacts(Database &database);
    // The roles and contact keys the firm's copies are checked against.
    static Result<PlaybookFormat::Keys> keys(Database &database);
};

class IncidentService
{
    Q_DECLARE_TR_FUNCTIONS(IncidentService)

public:
    // Starts an incident (or an exercise) from a playbook: copies its steps, fills the reporting
    // triggers with what the inventory knows about the affected devices, and logs the start.
    static Result<qint64> start(Database &database, const IncidentStart &request,
                                const QString &author);
    static Result<IncidentFile> load(Database &database, qint64 id, const QDateTime &nowUtc);
    static Result<QList<IncidentSummary>> list(Database &database, const QDateTime &nowUtc);
    // Closes after IncidentRules::checkClose; an override reason is kept only when it was needed.
    static Status close(Database &database, qint64 id, const CloseOut &closeOut,
                        const QDateTime &nowUtc);
    // Sets the affected devices and folds the inventory's facts into the triggers.
    static Status setDevices(Database &database, qint64 id, const QList<qint64> &deviceIds);
};

} // namespace mamori
