#pragma once

#include "incidents/Incident.h"
#include "incidents/Playbook.h"
#include "incidents/ReportingClocks.h"

#include <QDateTime>
#include <QList>

namespace mamori {

// The plain records IncidentService and PlaybookLibrary hand out, here below storage so the
// GUI's document can hand them on to widgets.

// A playbook as the library shows it: the firm's copy when there is one, else the bundled one.
struct PlaybookEntry
{
    Playbook playbook;
    bool firmCopy = false;
    int bundledVersion = 0;    // 0: the firm's own playbook, not a copy of a bundled one
    bool bundledNewer = false; // Mamori ships a newer text than the copy was made from
};

struct IncidentStart
{
    QString playbookId;
    QString title;
    QString description;
    bool exercise = false;
    QDateTime detectedAt; // UTC; now when invalid
    QDateTime awareAt;    // UTC; the detection time when invalid
    QString reporter;
    IncidentSeverity severity = IncidentSeverity::High;
    QList<qint64> deviceIds;
    ReportingTriggers triggers;
    QString participants;
};

// Everything about one incident that the page, the CLI and the report show.
struct IncidentFile
{
    Incident incident;
    QList<IncidentStep> steps;
    QList<TimelineEntry> timeline;
    QList<OwnClock> ownClocks;
    QList<ReportingClock> clocks;
    QList<ExposedAsset> exposed;
};

struct IncidentSummary
{
    Incident incident;
    QList<ReportingClock> clocks;
    int openSteps = 0;
};

} // namespace mamori
