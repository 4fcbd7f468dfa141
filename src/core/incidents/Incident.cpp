#include "Incident.h"

namespace mamori {

namespace {

template<typename Enum> struct Coded
{
    Enum value;
    const char *code;
};

template<typename Enum, std::size_t N> QString codeOf(const Coded<Enum> (&table)[N], Enum value)
{
    for (const Coded<Enum> &entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromCode(const Coded<Enum> (&table)[N], const QString &code)
{
    for (const Coded<Enum> &entry : table)
        if (code == QLatin1String(entry.code))
            return entry.value;
    return std::nullopt;
}

template<typename Enum, std::size_t N> QList<Enum> valuesOf(const Coded<Enum> (&table)[N])
{
    QList<Enum> values;
    for (const Coded<Enum> &entry : table)
        values << entry.value;
    return values;
}

constexpr Coded<IncidentSeverity> severityCodes[] = {
    {IncidentSeverity::Low, "low"},
    {IncidentSeverity::Medium, "medium"},
    {IncidentSeverity::High, "high"},
    {IncidentSeverity::Critical, "critical"},
};
constexpr Coded<IncidentStatus> statusCodes[] = {
    {IncidentStatus::Open, "open"},
    {IncidentStatus::Contained, "contained"},
    {IncidentStatus::Recovered, "recovered"},
    {IncidentStatus::Closed, "closed"},
};
constexpr Coded<StepState> stepStateCodes[] = {
    {StepState::Open, "open"},
    {StepState::Done, "done"},
    {StepState::NotApplicable, "na"},
};
constexpr Coded<EntryKind> entryKindCodes[] = {
    {EntryKind::Note, "note"},         {EntryKind::Action, "action"},
    {EntryKind::Decision, "decision"}, {EntryKind::Contact, "contact"},
    {EntryKind::Evidence, "evidence"},
};

} // namespace

QString IncidentValues::code(IncidentSeverity value)
{
    return codeOf(severityCodes, value);
}

QString IncidentValues::code(IncidentStatus value)
{
    return codeOf(statusCodes, value);
}

QString IncidentValues::code(StepState value)
{
    return codeOf(stepStateCodes, value);
}

QString IncidentValues::code(EntryKind value)
{
    return codeOf(entryKindCodes, value);
}

std::optional<IncidentSeverity> IncidentValues::severityFromCode(const QString &code)
{
    return fromCode(severityCodes, code);
}

std::optional<IncidentStatus> IncidentValues::statusFromCode(const QString &code)
{
    return fromCode(statusCodes, code);
}

std::optional<StepState> IncidentValues::stepStateFromCode(const QString &code)
{
    return fromCode(stepStateCodes, code);
}

std::optional<EntryKind> IncidentValues::entryKindFromCode(const QString &code)
{
    return fromCode(entryKindCodes, code);
}

QString IncidentValues::label(IncidentSeverity value)
{
    switch (value) {
    case IncidentSeverity::Low:
        return tr("Low");
    case IncidentSeverity::Medium:
        return tr("Medium");
    case IncidentSeverity::High:
        return tr("High");
    case IncidentSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

QString IncidentValues::label(IncidentStatus value)
{
    switch (value) {
    case IncidentStatus::Open:
        return tr("Open");
    case IncidentStatus::Contained:
        return tr("Contained");
    case IncidentStatus::Recovered:
        return tr("Recovered");
    case IncidentStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString IncidentValues::label(StepState value)
{
    switch (value) {
    case StepState::Open:
        return tr("To do");
    case StepState::Done:
        return tr("Done");
    case StepState::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString IncidentValues::label(EntryKind value)
{
    switch (value) {
    case EntryKind::Note:
        return tr("Note");
    case EntryKind::Action:
        return tr("Action");
    case EntryKind::Decision:
        return tr("Decision");
    case EntryKind::Contact:
        return tr("Contact made");
    case EntryKind::Evidence:
        return tr("Evidence");
    }
    return {};
}

QList<IncidentSeverity> IncidentValues::severities()
{
    return valuesOf(severityCodes);
}

QList<IncidentStatus> IncidentValues::statuses()
{
    return valuesOf(statusCodes);
}

QList<EntryKind> IncidentValues::entryKinds()
{
    return valuesOf(entryKindCodes);
}

} // namespace mamori
