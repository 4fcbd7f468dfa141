#pragma once

#include "Result.h"
#include "incidents/Incident.h"
#include "incidents/ReportingClocks.h"

#include <QCoreApplication>
#include <QList>

#include <QString>
#include <functional>

namespace mamori {

// What stands in the way of closing an incident.
struct CloseBlockers
{
    bool missingCause = false;
    bool missingImpact = false;
    QList<int> openRequiredSteps; // step numbers
    QStringList openClocks;       // titles

    // Cause and impact are always needed; open steps and clocks can be overridden with a reason.
    bool needsText() const { return missingCause || missingImpact; }
    bool needsOverride() const { return !openRequiredSteps.isEmpty() || !openClocks.isEmpty(); }
};

// What the dashboard and the reminders count. Exercises are never counted as incidents.
struct IncidentCounts
{
    int open = 0;         // real incidents not closed
    int openCritical = 0; // of those, critical
    int overdueClocks = 0;
    int exercisesInYear = 0; // exercises started in the 12 months before `now`
    QDateTime lastExercise;  // UTC; invalid when there was none
};

class IncidentRules
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRules)

public:
    static CloseBlockers closeBlockers(const CloseOut &proposed, const QList<IncidentStep> &steps,
                                       const QList<ReportingClock> &clocks);
    // Ok, or an InvalidInput error saying what is missing: cause or impact, or (without an
    // override reason) the open required steps and clocks.
    static Status checkClose(const CloseOut &proposed, const QList<IncidentStep> &steps,
                             const QList<ReportingClock> &clocks);

    // The triggers with what the inventory already knows filled in: personal data when an exposed
    // asset holds any, sensitive data when one holds 要配慮 data. Never clears what the firm set.
    static ReportingTriggers withInventoryFacts(ReportingTriggers triggers,
                                                const QList<ExposedAsset> &exposed);

    // "要配慮個人情報, My Number" — the kinds of personal data among the exposed assets.
    static QStringList personalDataKinds(const QList<ExposedAsset> &exposed);

    // `clocksOf(incident)` gives an incident's clocks as computed at `nowUtc`.
    static IncidentCounts
    counts(const QList<Incident> &incidents,
           const std::function<QList<ReportingClock>(const Incident &)> &clocksOf,
           const QDateTime &nowUtc);

    // Why a changed-record link is not one (empty when it is): "policy", "rule:1"…"rule:5",
    // "device:…", "information:…".
    static QString changeLinkProblem(const QString &link);
    // "Basic security policy", "Basic rule 3", "Device PC-001": how a link reads.
    static QString changeLinkLabel(const QString &link);

    // Open incidents first, then by severity (critical first), then newest.
    static bool listsBefore(const Incident &left, const Incident &right);
};

} // namespace mamori
