#include "IncidentRules.h"

namespace mamori {

CloseBlockers IncidentRules::closeBlockers(const CloseOut &proposed,
                                           const QList<IncidentStep> &steps,
                                           const QList<ReportingClock> &clocks)
{
    CloseBlockers blockers;
    blockers.missingCause = proposed.cause.trimmed().isEmpty();
    blockers.missingImpact = proposed.impact.trimmed().isEmpty();
    for (const IncidentStep &step : steps)
        if (step.step.required && step.state == StepState::Open)
            blockers.openRequiredSteps << step.number;
    for (const ReportingClock &clock : clocks)
        if (clock.isOpen() && clock.alerts)
            blockers.openClocks << clock.title;
    return blockers;
}

Status IncidentRules::checkClose(const CloseOut &proposed, const QList<IncidentStep> &steps,
                                 const QList<ReportingClock> &clocks)
{
    const CloseBlockers blockers = closeBlockers(proposed, steps, clocks);
    QStringList problems;
    if (blockers.missingCause)
        problems << tr("Write down the cause before closing.");
    if (blockers.missingImpact)
        problems << tr("Write down the impact before closing.");
    for (const QString &link : proposed.changedRecords)
        if (const QString problem = changeLinkProblem(link); !problem.isEmpty())
            problems << problem;
    if (blockers.needsOverride() && proposed.overrideReason.trimmed().isEmpty()) {
        if (!blockers.openRequiredSteps.isEmpty()) {
            QStringList numbers;
            for (int number : blockers.openRequiredSteps)
                numbers << QString::number(number);
            problems << tr("Required steps are still open: %1. Tick them, mark them not "
                           "applicable, or give the reason for closing anyway.")
                            .arg(numbers.join(QStringLiteral(", ")));
        }
        if (!blockers.openClocks.isEmpty())
            problems << tr("Reporting clocks are still open: %1. Mark the reports as sent, or "
                           "give the reason for closing anyway.")
                            .arg(blockers.openClocks.join(QStringLiteral(", ")));
    }
    if (!problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    return {};
}

ReportingTriggers IncidentRules::withInventoryFacts(ReportingTriggers triggers,
                                                    const QList<ExposedAsset> &exposed)
{
    for (const ExposedAsset &asset : exposed) {
        if (asset.personalData != PersonalData::None)
            triggers.personalData = true;
        if (asset.personalData == PersonalData::Sensitive)
            triggers.sensitive = true;
    }
    return triggers;
}

QStringList IncidentRules::personalDataKinds(const QList<ExposedAsset> &exposed)
{
    QStringList kinds;
    for (PersonalData kind : AssetValues::personalDataKinds()) {
        if (kind == PersonalData::None)
            continue;
        for (const ExposedAsset &asset : exposed) {
            if (asset.personalData == kind) {
                kinds << AssetValues::label(kind);
                break;
            }
        }
    }
    return kinds;
}

IncidentCounts
IncidentRules::counts(const QList<Incident> &incidents,
                      const std::function<QList<ReportingClock>(const Incident &)> &clocksOf,
                      const QDateTime &nowUtc)
{
    IncidentCounts counts;
    for (const Incident &incident : incidents) {
        if (incident.exercise) {
            if (incident.createdAt.isValid() && incident.createdAt > nowUtc.addYears(-1))
                ++counts.exercisesInYear;
            if (!counts.lastExercise.isValid() || incident.createdAt > counts.lastExercise)
                counts.lastExercise = incident.createdAt;
            continue;
        }
        if (incident.isClosed())
            continue;
        ++counts.open;
        if (incident.severity == IncidentSeverity::Critical)
            ++counts.openCritical;
        for (const ReportingClock &clock : clocksOf(incident))
            if (clock.state == ReportingClock::State::Overdue && clock.alerts)
                ++counts.overdueClocks;
    }
    return counts;
}

QString IncidentRules::changeLinkProblem(const QString &link)
{
    const QString kind = link.section(u':', 0, 0);
    const QString reference = link.section(u':', 1).trimmed();
    if (kind == QLatin1String("policy") && !link.contains(u':'))
        return {};
    if (kind == QLatin1String("rule")) {
        bool ok = false;
        const int rule = reference.toInt(&ok);
        if (ok && rule >= 1 && rule <= 5)
            return {};
        return tr("\"%1\": a basic rule is rule:1 to rule:5.").arg(link);
    }
    if ((kind == QLatin1String("device") || kind == QLatin1String("information")) &&
        !reference.isEmpty())
        return {};
    return tr("\"%1\" is not a changed record: use policy, rule:N, device:ASSET_NUMBER or "
              "information:NAME.")
        .arg(link);
}

QString IncidentRules::changeLinkLabel(const QString &link)
{
    const QString kind = link.section(u':', 0, 0);
    const QString reference = link.section(u':', 1).trimmed();
    if (kind == QLatin1String("policy"))
        return tr("Basic security policy");
    if (kind == QLatin1String("rule"))
        return tr("Basic rule %1").arg(reference);
    if (kind == QLatin1String("device"))
        return tr("Device %1").arg(reference);
    if (kind == QLatin1String("information"))
        return tr("Information asset %1").arg(reference);
    return link;
}

bool IncidentRules::listsBefore(const Incident &left, const Incident &right)
{
    if (left.isClosed() != right.isClosed())
        return !left.isClosed();
    if (left.severity != right.severity)
        return left.severity > right.severity;
    if (left.awareAt != right.awareAt)
        return left.awareAt > right.awareAt;
    return left.id > right.id;
}

} // namespace mamori
