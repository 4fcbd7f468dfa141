#pragma once

#include "incidents/Playbook.h"
#include "inventory/AssetValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mamori {

enum class IncidentSeverity
{
    Low,      // "low"
    Medium,   // "medium"
    High,     // "high"
    Critical, // "critical"
};

enum class IncidentStatus
{
    Open,      // "open"
    Contained, // "contained"
    Recovered, // "recovered"
    Closed,    // "closed"
};

enum class StepState
{
    Open,          // "open"
    Done,          // "done"
    NotApplicable, // "na"
};

enum class EntryKind
{
    Note,     // "note"
    Action,   // "action"
    Decision, // "decision": who decided, what, why
    Contact,  // "contact": someone was called or written to
    Evidence, // "evidence": a file path and its SHA-256 (the file is not copied)
};

// Stable codes (database, CLI, JSON) and translated labels of the incident values.
class IncidentValues
{
    Q_DECLARE_TR_FUNCTIONS(IncidentValues)

public:
    static QString code(IncidentSeverity value);
    static QString code(IncidentStatus value);
    static QString code(StepState value);
    static QString code(EntryKind value);
    static std::optional<IncidentSeverity> severityFromCode(const QString &code);
    static std::optional<IncidentStatus> statusFromCode(const QString &code);
    static std::optional<StepState> stepStateFromCode(const QString &code);
    static std::optional<EntryKind> entryKindFromCode(const QString &code);
    static QString label(IncidentSeverity value);
    static QString label(IncidentStatus value);
    static QString label(StepState value);
    static QString label(EntryKind value);
    static QList<IncidentSeverity> severities();
    static QList<IncidentStatus> statuses();
    static QList<EntryKind> entryKinds();
};

// One step of a running incident: the playbook's step as it was when the incident started (a
// later edit of the playbook does not change it), and how far it got.
struct IncidentStep
{
    int number = 0; // 1-based, the playbook's order
    PlaybookStep step;
    StepState state = StepState::Open;
    QDateTime doneAt; // UTC; when ticked or marked not applicable
    QString doneBy;
    QString reason; // why it does not apply

    bool operator==(const IncidentStep &) const = default;
};

// One entry of the incident's timeline. Entries are never changed or removed: a correction is a
// new entry that names the one it corrects.
struct TimelineEntry
{
    qint64 id = 0;
    qint64 incidentId = 0;
    EntryKind kind = EntryKind::Note;
    QDateTime occurredAt; // UTC: when it happened
    QDateTime recordedAt; // UTC: when it was written down
    QString text;         // what happened, what was done, what was decided
    QString author;
    QString decidedBy;  // decisions
    QString reason;     // decisions: why
    QString contactKey; // contacts: whom, a key of the contact directory (or empty)
    QString evidencePath;
    QString evidenceSha256; // lower-case hex
    int stepNumber = 0;     // the checklist step it belongs to, 0 for none
    std::optional<qint64> corrects;

    bool operator==(const TimelineEntry &) const = default;
};

// The facts that decide whether a leak must be reported to the PPC and the people affected
// (REFERENCE.md §5c): any of the four, unless the data was strongly encrypted.
struct ReportingTriggers
{
    bool personalData = false; // personal data leaked or may have leaked
    bool sensitive = false;    // 要配慮個人情報
    bool financialDamage = false;
    bool unauthorisedPurpose = false; // hacking, theft by an employee
    bool moreThanThousand = false;    // more than 1,000 people
    bool stronglyEncrypted = false;   // exempt
    std::optional<int> peopleAffected;

    // A report and a notice are required.
    bool reportRequired() const;
    bool operator==(const ReportingTriggers &) const = default;
};

struct CloseOut
{
    QString cause;
    QString impact;
    QString changesAfter; // what changed afterwards: policy, rules, assets
    // The records changed afterwards: "policy", "rule:N" (a basic rule, 1–5),
    // "device:ASSET_NUMBER", "information:NAME" (IncidentRules::changeLinkProblem).
    QStringList changedRecords;
    QString overrideReason; // why it was closed with a required step or clock still open
    QDateTime closedAt;     // UTC
    QString closedBy;

    bool operator==(const CloseOut &) const = default;
};

// An incident, or a tabletop exercise of a playbook (exercise = true): the same record, excluded
// from incident counts and from overdue alerts.
struct Incident
{
    qint64 id = 0;
    QString playbookId;
    QString playbookTitle; // as it was at the start, in the language of the start
    QString title;
    QString description;
    QDateTime detectedAt; // UTC: when it was noticed
    QDateTime awareAt;    // UTC: when the firm became aware; the law counts from here
    QString reporter;
    IncidentSeverity severity = IncidentSeverity::Medium;
    IncidentStatus status = IncidentStatus::Open;
    bool exercise = false;
    QString participants; // exercises
    QString lessons;      // exercises: lessons learned
    ReportingTriggers triggers;
    QList<qint64> deviceIds; // affected devices
    CloseOut closeOut;
    QDateTime createdAt; // UTC

    bool isClosed() const { return status == IncidentStatus::Closed; }
    bool operator==(const Incident &) const = default;
};

// A firm's own clock, e.g. "tell the customer within 24 hours" from a contract.
struct OwnClock
{
    qint64 id = 0;
    QString title;
    int hours = 24; // from awareness

    bool operator==(const OwnClock &) const = default;
};

// A reporting clock marked as done (the report was sent).
struct ClockCompletion
{
    QString key;
    QDateTime doneAt; // UTC
    QString doneBy;

    bool operator==(const ClockCompletion &) const = default;
};

// An information asset at risk because it is on an affected device (through the inventory's
// links), with the kind of personal data it holds.
struct ExposedAsset
{
    qint64 id = 0;
    QString name;
    PersonalData personalData = PersonalData::None;
    int importance = 1;
    QStringList deviceNames; // the affected devices it is on

    bool operator==(const ExposedAsset &) const = default;
};

} // namespace mamori
