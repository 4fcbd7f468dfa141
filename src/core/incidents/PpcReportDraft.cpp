#include "PpcReportDraft.h"

#include "incidents/IncidentRules.h"

#include <QLocale>

namespace mamori {

namespace {

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString PpcReportDraft::notice() const
{
    return tr("This is a draft made by Mamori from the incident's records. Copy it into the "
              "official report form of the Personal Information Protection Commission and check "
              "every item. Mamori does not send or file anything.");
}

PpcReportDraft PpcReportDraft::build(const Inputs &inputs)
{
    const Incident &incident = inputs.incident;
    PpcReportDraft draft;
    const auto add = [&](const QString &key, const QString &title, const QString &text,
                         bool toComplete) {
        draft.m_items << Item{key, title, text, toComplete || text.trimmed().isEmpty()};
    };

    QStringList overview;
    if (!inputs.companyName.isEmpty())
        overview << tr("Business: %1").arg(inputs.companyName);
    overview << tr("Incident: %1").arg(incident.title);
    if (!incident.description.trimmed().isEmpty())
        overview << incident.description.trimmed();
    overview << tr("Detected: %1").arg(localTime(incident.detectedAt));
    overview << tr("Became aware: %1").arg(localTime(incident.awareAt));
    add(QStringLiteral("overview"), tr("Overview of the incident"), overview.join(u'\n'), true);

    QStringList dataItems;
    for (const ExposedAsset &asset : inputs.exposed) {
        if (asset.personalData == PersonalData::None)
            continue;
        dataItems << tr("%1 (%2), on %3")
                         .arg(asset.name, AssetValues::label(asset.personalData),
                              asset.deviceNames.join(QStringLiteral(", ")));
    }
    const ReportingTriggers &triggers = incident.triggers;
    if (triggers.sensitive)
        dataItems << tr("Includes sensitive personal information (要配慮個人情報).");
    if (triggers.financialDamage)
        dataItems << tr("Financial damage is possible (e.g. card numbers, bank logins).");
    if (triggers.unauthorisedPurpose)
        dataItems << tr("An unauthorised purpose is possible (e.g. an attack or theft).");
    add(QStringLiteral("data_items"), tr("Personal data items involved"), dataItems.join(u'\n'),
        true);

    QString people;
    if (triggers.peopleAffected)
        people = tr("%n person(s)", nullptr, *triggers.peopleAffected);
    else if (triggers.moreThanThousand)
        people = tr("More than 1,000 people (exact number to be confirmed)");
    add(QStringLiteral("people"), tr("Number of people affected"), people,
        !triggers.peopleAffected.has_value());

    add(QStringLiteral("cause"), tr("Cause"), incident.closeOut.cause, true);

    add(QStringLiteral("secondary_damage"), tr("Secondary damage or its risk"),
        incident.closeOut.impact, true);

    QString response;
    for (const ReportingClock &clock : inputs.clocks) {
        if (clock.key == ReportingClocks::affectedPeopleKey &&
            clock.state == ReportingClock::State::Done)
            response = tr("Notice sent on %1.").arg(localTime(clock.doneAt));
    }
    QStringList contacts;
    for (const TimelineEntry &entry : inputs.timeline)
        if (entry.kind == EntryKind::Contact)
            contacts << QStringLiteral("%1: %2").arg(localTime(entry.occurredAt), entry.text);
    if (!contacts.isEmpty())
        response += (response.isEmpty() ? QString() : QStringLiteral("\n")) +
                    tr("Contacts recorded in the timeline:") + u'\n' + contacts.join(u'\n');
    add(QStringLiteral("affected_people_response"), tr("Response to the people affected"), response,
        true);

    add(QStringLiteral("publication"), tr("Publication"), QString(), true);
    add(QStringLiteral("prevention"), tr("Measures to prevent a recurrence"),
        incident.closeOut.changesAfter, true);

    QStringList done;
    for (const IncidentStep &step : inputs.steps)
        if (step.state == StepState::Done)
            done << QStringLiteral("%1. %2")
                        .arg(step.number)
                        .arg(step.step.text.in(currentUiLanguage()));
    add(QStringLiteral("other"), tr("Other (response steps taken)"), done.join(u'\n'), true);
    return draft;
}

QString PpcReportDraft::toPlainText() const
{
    QStringList lines{notice(), QString()};
    for (const Item &item : m_items) {
        lines << QStringLiteral("■ %1%2").arg(item.title,
                                              item.toComplete ? tr(" [to complete]") : QString());
        lines << (item.text.trimmed().isEmpty() ? tr("(nothing recorded yet)") : item.text);
        lines << QString();
    }
    return lines.join(u'\n');
}

} // namespace mamori
