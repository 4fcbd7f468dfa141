#include "services/reports/ReportBuilder.h"

#include "services/IncidentService.h"
#include "storage/IncidentRepository.h"

namespace mamori::report {

namespace {

QString text(const BuildContext &context, const char *source)
{
    return context.words.text("IncidentReport", source);
}

QString when(const QDateTime &utc)
{
    return ReportLanguage::dateTime(utc);
}

} // namespace

Result<Document> IncidentReport::build(const BuildContext &context)
{
    const ReportLanguage &words = context.words;
    const ReportLabels &labels = context.labels;
    const QDateTime at = context.request.at.isValid()
                             ? context.request.at
                             : QDateTime(context.request.asOf, QTime(12, 0), Qt::UTC);
    auto loaded = IncidentService::load(context.database, context.request.incidentId, at);
    if (!loaded)
        return loaded.error();
    const IncidentFile &file = *loaded;
    const Incident &incident = file.incident;
    const UiLanguage language = words.language();

    Document document;
    document.type = ReportRequest::code(ReportType::Incident);
    document.language = language;
    document.company = context.company.name;
    document.title = incident.exercise ? text(context, QT_TR_NOOP("Exercise report"))
                                       : text(context, QT_TR_NOOP("Incident report"));
    if (incident.exercise)
        document.banner = text(context, QT_TR_NOOP("EXERCISE — not a real incident"));
    // The playbook's title in the report's language, from the copy the incident started with
    // (the stored title is in the language of whoever started it).
    auto playbook = IncidentRepository(context.database).playbookOf(incident.id);
    if (!playbook)
        return playbook.error();
    const QString playbookTitle = playbook->title.in(language);
    document.add(Title(incident.title,
                       QStringLiteral("%1 #%2 · %3")
                           .arg(document.title)
                           .arg(incident.id)
                           .arg(playbookTitle.isEmpty() ? incident.playbookTitle : playbookTitle)));

    document.add(Heading(text(context, QT_TR_NOOP("Summary"))));
    QStringList triggers;
    if (incident.triggers.personalData)
        triggers << text(context, QT_TR_NOOP("personal data"));
    if (incident.triggers.sensitive)
        triggers << text(context, QT_TR_NOOP("sensitive personal data"));
    if (incident.triggers.financialDamage)
        triggers << text(context, QT_TR_NOOP("risk of financial damage"));
    if (incident.triggers.unauthorisedPurpose)
        triggers << text(context, QT_TR_NOOP("unauthorised purpose"));
    if (incident.triggers.moreThanThousand)
        triggers << text(context, QT_TR_NOOP("more than 1,000 people"));
    if (incident.triggers.stronglyEncrypted)
        triggers << text(context, QT_TR_NOOP("data strongly encrypted"));
    Table summary;
    summary.showHeader = false;
    summary.boldFirstColumn = true;
    summary.points = 9;
    summary.columns = {TableColumn(QString(), 0.28), TableColumn(QString(), 0.72)};
    summary.rows = {
        {text(context, QT_TR_NOOP("Severity")), labels.severity(incident.severity)},
        {text(context, QT_TR_NOOP("Status")), labels.incidentStatus(incident.status)},
        {text(context, QT_TR_NOOP("Detected")), when(incident.detectedAt)},
        {text(context, QT_TR_NOOP("Became aware")), when(incident.awareAt)},
        {text(context, QT_TR_NOOP("Reported by")), incident.reporter},
        {text(context, QT_TR_NOOP("What happened")), incident.description},
        {text(context, QT_TR_NOOP("Affected devices")), QString::number(incident.deviceIds.size())},
        {text(context, QT_TR_NOOP("Reporting triggers")), triggers.join(QStringLiteral(", "))},
        {text(context, QT_TR_NOOP("Report to the PPC required")),
         labels.yesNo(incident.triggers.reportRequired())},
    };
    if (incident.exercise)
        summary.rows.append({text(context, QT_TR_NOOP("Participants")), incident.participants});
    document.add(summary);

    document.add(Heading(text(context, QT_TR_NOOP("Reporting clocks"))));
    Table clocks;
    clocks.columns = {TableColumn(text(context, QT_TR_NOOP("Clock")), 0.34),
                      TableColumn(text(context, QT_TR_NOOP("Due")), 0.18),
                      TableColumn(text(context, QT_TR_NOOP("State")), 0.12),
                      TableColumn(text(context, QT_TR_NOOP("Done")), 0.36)};
    clocks.emptyText = text(context, QT_TR_NOOP("No reporting clocks run for this incident."));
    for (const ReportingClock &clock : file.clocks) {
        const QString due = clock.dueAt.isValid() ? when(clock.dueAt) : clock.guideline;
        const QString done = clock.doneAt.isValid()
                                 ? QStringLiteral("%1 %2").arg(when(clock.doneAt), clock.doneBy)
                                 : QString();
        clocks.rows.append({clock.title, due, labels.clockState(clock.state), done});
    }
    document.add(clocks);

    document.add(Heading(text(context, QT_TR_NOOP("Checklist"))));
    Table steps;
    steps.columns = {TableColumn(text(context, QT_TR_NOOP("No.")), 0.05, Qt::AlignRight),
                     TableColumn(text(context, QT_TR_NOOP("Step")), 0.55),
                     TableColumn(text(context, QT_TR_NOOP("State")), 0.12),
                     TableColumn(text(context, QT_TR_NOOP("When, by whom")), 0.28)};
    for (const IncidentStep &step : file.steps) {
        QString doneText;
        if (step.doneAt.isValid())
            doneText = QStringLiteral("%1 %2").arg(when(step.doneAt), step.doneBy).trimmed();
        if (!step.reason.isEmpty())
            doneText += QLatin1Char('\n') + step.reason;
        steps.rows.append({QString::number(step.number), step.step.text.in(language),
                           labels.stepState(step.state), doneText.trimmed()});
    }
    document.add(steps);

    document.add(Heading(text(context, QT_TR_NOOP("Timeline"))));
    Table timeline;
    timeline.columns = {TableColumn(text(context, QT_TR_NOOP("When")), 0.15),
                        TableColumn(text(context, QT_TR_NOOP("Kind")), 0.1),
                        TableColumn(text(context, QT_TR_NOOP("What")), 0.6),
                        TableColumn(text(context, QT_TR_NOOP("Recorded by")), 0.15)};
    Table decisions;
    decisions.columns = {TableColumn(text(context, QT_TR_NOOP("When")), 0.15),
                         TableColumn(text(context, QT_TR_NOOP("Decided by")), 0.15),
                         TableColumn(text(context, QT_TR_NOOP("Decision")), 0.4),
                         TableColumn(text(context, QT_TR_NOOP("Why")), 0.3)};
    decisions.emptyText = text(context, QT_TR_NOOP("No decisions were recorded."));
    for (const TimelineEntry &entry : file.timeline) {
        QString what = entry.text;
        if (!entry.evidencePath.isEmpty())
            what += QLatin1Char('\n') + text(context, QT_TR_NOOP("Evidence: %1 (SHA-256 %2)"))
                                            .arg(entry.evidencePath, entry.evidenceSha256);
        if (entry.corrects)
            what += QLatin1Char('\n') +
                    text(context, QT_TR_NOOP("Corrects entry %1")).arg(*entry.corrects);
        timeline.rows.append(
            {when(entry.occurredAt), labels.entryKind(entry.kind), what, entry.author});
        if (entry.kind == EntryKind::Decision)
            decisions.rows.append(
                {when(entry.occurredAt), entry.decidedBy, entry.text, entry.reason});
    }
    document.add(timeline);
    document.add(Heading(text(context, QT_TR_NOOP("Decisions"))));
    document.add(decisions);

    document.add(Heading(text(context, QT_TR_NOOP("Close-out"))));
    if (incident.isClosed()) {
        const CloseOut &close = incident.closeOut;
        Table closeOut;
        closeOut.showHeader = false;
        closeOut.boldFirstColumn = true;
        closeOut.points = 9;
        closeOut.columns = {TableColumn(QString(), 0.28), TableColumn(QString(), 0.72)};
        closeOut.rows = {
            {text(context, QT_TR_NOOP("Cause")), close.cause},
            {text(context, QT_TR_NOOP("Impact")), close.impact},
            {text(context, QT_TR_NOOP("What changed afterwards")), close.changesAfter},
            {text(context, QT_TR_NOOP("Records changed")),
             close.changedRecords.join(QStringLiteral(", "))},
            {text(context, QT_TR_NOOP("Closed")),
             QStringLiteral("%1 %2").arg(when(close.closedAt), close.closedBy).trimmed()},
        };
        if (!close.overrideReason.isEmpty())
            closeOut.rows.append({text(context, QT_TR_NOOP("Closed with steps open because")),
                                  close.overrideReason});
        if (incident.exercise)
            closeOut.rows.append({text(context, QT_TR_NOOP("Lessons learned")), incident.lessons});
        document.add(closeOut);
    } else {
        document.add(Paragraph(text(context, QT_TR_NOOP("The incident is not closed yet."))));
    }
    return document;
}

} // namespace mamori::report
