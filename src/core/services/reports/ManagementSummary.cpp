#include "services/reports/ReportBuilder.h"

#include "action/DiagnosisResult.h"
#include "action/Readiness.h"
#include "posture/PostureScore.h"
#include "report/ReportCharts.h"
#include "services/ActionSnapshotLoader.h"
#include "services/IncidentService.h"
#include "services/PostureService.h"
#include "storage/AssetQuery.h"
#include "storage/AuditLog.h"
#include "storage/BackupRepository.h"
#include "storage/DeviceTally.h"

namespace mamori::report {

namespace {

constexpr int listedDevices = 8;
constexpr int listedRisks = 5;
constexpr int listedActions = 5;

// The moment the posture's score and top actions are taken at: when the summary was made, so
// `report verify` ranks them at the same moment; the end of its day for a record made without one.
QDateTime postureMoment(const ReportRequest &request)
{
    if (request.at.isValid())
        return request.at;
    return QDateTime(request.asOf, QTime(23, 59, 59)).toUTC();
}

QString text(const BuildContext &context, const char *source)
{
    return context.words.text("ManagementSummary", source);
}

Result<QList<Device>> someDevices(const BuildContext &context, DeviceCheck check)
{
    AssetFilter filter;
    filter.today = context.request.asOf;
    filter.check = check;
    return AssetQuery<Device>(context.database).page(filter, AssetSort(), 0, listedDevices);
}

} // namespace

// The figures of the day's snapshot are the ones the records give as long as nothing was
// recorded after it was taken; reading them instead of gathering the facts again keeps the
// summary's cost from growing with the inventory (docs/performance.md).
Result<PostureFigures> ManagementSummary::postureFigures(Database &database, const QDate &asOf,
                                                         const QDateTime &moment)
{
    auto history = PostureService::history(database, asOf.addDays(-365), asOf);
    if (!history)
        return history.error();
    PostureFigures figures;
    for (const PostureSnapshot &snapshot : std::as_const(*history)) {
        if (snapshot.score && snapshot.date != asOf)
            figures.trend.append({snapshot.date, *snapshot.score});
    }
    const PostureSnapshot *day =
        !history->isEmpty() && history->constLast().date == asOf ? &history->constLast() : nullptr;
    bool dayIsCurrent = false;
    if (day) {
        auto changed = AuditLog(database).latestChangeAt();
        if (!changed)
            return changed.error();
        // Strictly before: a change in the same millisecond may have missed the snapshot.
        dayIsCurrent = !changed->isValid() || *changed < day->takenAt;
        // A snapshot from before the groups were kept would word the actions differently.
        if (day->inputs.supportEnded > 0 && day->inputs.supportEndedGroups.isEmpty())
            dayIsCurrent = false;
    }
    if (dayIsCurrent) {
        figures.inputs = day->inputs;
        figures.score = day->score;
    } else {
        auto gathered = PostureService::gather(database, moment);
        if (!gathered)
            return gathered.error();
        figures.inputs = *gathered;
        figures.score = PostureRules::compute(*gathered).value;
    }
    if (figures.score)
        figures.trend.append({asOf, *figures.score});
    return figures;
}

Result<Document> ManagementSummary::build(const BuildContext &context)
{
    const ReportLanguage &words = context.words;
    const ReportLabels &labels = context.labels;
    const ReportRequest &request = context.request;
    const QDate from = request.periodStart();
    const QDate to = request.periodEnd();

    const auto snapshot = loadActionSnapshot(context.database, request.asOf);
    if (!snapshot)
        return snapshot.error();
    const auto diagnosisContent = SelfDiagnosisContent::load(words.language());
    if (!diagnosisContent)
        return diagnosisContent.error();
    const auto posture = postureFigures(context.database, request.asOf, postureMoment(request));
    if (!posture)
        return posture.error();

    Document document;
    document.type = ReportRequest::code(ReportType::Management);
    document.language = words.language();
    document.company = context.company.name;
    document.title = text(context, QT_TR_NOOP("Management summary"));
    document.add(Title(document.title,
                       text(context, QT_TR_NOOP("Period %1 to %2 · as of %3"))
                           .arg(words.date(from), words.date(to), words.date(request.asOf))));

    // Key figures
    std::optional<DiagnosisSummary> diagnosis;
    if (snapshot->latestDiagnosis)
        diagnosis = DiagnosisSummary::of(*diagnosisContent, snapshot->latestDiagnosis->answers);
    // One scan of the device table in SQL: the summary never loads every device.
    const auto tally = tallyDevices(
        context.database, {DeviceCheck::SupportEnded, DeviceCheck::NoRecentUpdate}, request.asOf);
    if (!tally)
        return tally.error();
    const qint64 inUse = tally->byStatus.value(DeviceStatus::InUse);
    const qint64 supportEnded = tally->byCheck.value(DeviceCheck::SupportEnded);
    const qint64 notUpdated = tally->byCheck.value(DeviceCheck::NoRecentUpdate);
    const QDateTime endOfPeriod(to.addDays(1), QTime(0, 0));
    const auto overviews = BackupRepository(context.database).overviews(endOfPeriod.toUTC());
    if (!overviews)
        return overviews.error();
    const auto incidents = IncidentService::list(context.database, endOfPeriod.toUTC());
    if (!incidents)
        return incidents.error();
    QList<const IncidentSummary *> inPeriod;
    int realIncidents = 0;
    for (const IncidentSummary &summary : *incidents) {
        const QDate day = summary.incident.detectedAt.toLocalTime().date();
        if (day < from || day > to)
            continue;
        inPeriod << &summary;
        if (!summary.incident.exercise)
            ++realIncidents;
    }
    int backupsNeedingAttention = 0;
    for (const PlanOverview &plan : *overviews)
        if (plan.status.needsAttention())
            ++backupsNeedingAttention;

    QList<KeyFigure> figures;
    if (posture->score) {
        // The posture score's slot: first among the figures when there is one.
        figures << KeyFigure(text(context, QT_TR_NOOP("Security posture (of 100)")),
                             QString::number(*posture->score));
    }
    figures << KeyFigure(text(context, QT_TR_NOOP("SECURITY ACTION")),
                         snapshot->currentDeclaration
                             ? labels.level(snapshot->currentDeclaration->level)
                             : text(context, QT_TR_NOOP("Not declared")))
            << KeyFigure(text(context, QT_TR_NOOP("Self-diagnosis (of 100)")),
                         diagnosis ? QString::number(diagnosis->total) : QStringLiteral("–"),
                         diagnosis ? diagnosis->bandTitle : QString())
            << KeyFigure(text(context, QT_TR_NOOP("Devices in use")), words.number(inUse))
            << KeyFigure(text(context, QT_TR_NOOP("Support ended / not updated")),
                         QStringLiteral("%1 / %2").arg(words.number(supportEnded),
                                                       words.number(notUpdated)))
            << KeyFigure(
                   text(context, QT_TR_NOOP("Backup plans needing attention")),
                   QStringLiteral("%1 / %2").arg(backupsNeedingAttention).arg(overviews->size()))
            << KeyFigure(text(context, QT_TR_NOOP("Incidents in the period")),
                         QString::number(realIncidents),
                         words.text("ManagementSummary", QT_TR_N_NOOP("%n exercise(s)"),
                                    int(inPeriod.size() - realIncidents)));
    document.add(KeyFigures{figures});
    if (!posture->trend.isEmpty()) {
        QList<ReportCharts::Point> points;
        QStringList data;
        for (const auto &[day, score] : posture->trend) {
            points.append({day, qreal(score)});
            data << QStringLiteral("%1=%2").arg(day.toString(Qt::ISODate)).arg(score);
        }
        Chart chart;
        chart.image = ReportCharts::trend(points, 100);
        chart.caption = text(context, QT_TR_NOOP("Security posture over time"));
        chart.data = data.join(QLatin1Char(' '));
        chart.heightMm = 40;
        document.add(chart);
    }

    // SECURITY ACTION
    document.add(Heading(text(context, QT_TR_NOOP("SECURITY ACTION and the self-diagnosis"))));
    const Readiness readiness =
        ActionRules::readiness(*snapshot, [&words](const char *source, int n) {
            return words.text("ActionRules", source, n);
        });
    const auto readinessLine = [&](const QString &level, const QStringList &missing) {
        return missing.isEmpty() ? text(context, QT_TR_NOOP("%1: ready.")).arg(level)
                                 : text(context, QT_TR_NOOP("%1: still to do — %2"))
                                       .arg(level, missing.join(text(context, QT_TR_NOOP("; "))));
    };
    document.add(Paragraph(readinessLine(labels.level(1), readiness.missingForOneStar)));
    document.add(Paragraph(readinessLine(labels.level(2), readiness.missingForTwoStars)));
    if (diagnosis) {
        QList<ReportCharts::Bar> bars;
        QStringList data;
        for (const DiagnosisSummary::PartLine &part : diagnosis->parts) {
            bars.append({QStringLiteral("%1. %2").arg(part.number).arg(part.title),
                         qreal(std::max(part.points, 0)), qreal(part.maximum)});
            data << QStringLiteral("%1=%2/%3").arg(part.number).arg(part.points).arg(part.maximum);
        }
        Chart chart;
        chart.image = ReportCharts::bars(bars);
        chart.caption = text(context, QT_TR_NOOP("Self-diagnosis of %1 by part (points)"))
                            .arg(words.date(snapshot->latestDiagnosis->answeredOn));
        chart.data = data.join(QLatin1Char(' '));
        chart.heightMm = 22;
        document.add(chart);
    }

    // Top risks and top actions
    document.add(Heading(text(context, QT_TR_NOOP("Top risks and what to do next"))));
    AssetFilter anyAsset;
    anyAsset.today = request.asOf;
    const auto risks = AssetQuery<InformationAsset>(context.database)
                           .page(anyAsset, AssetSort{QStringLiteral("risk"), true}, 0, listedRisks);
    if (!risks)
        return risks.error();
    Table riskTable;
    riskTable.columns = {
        TableColumn(text(context, QT_TR_NOOP("Information asset")), 0.45),
        TableColumn(text(context, QT_TR_NOOP("Owner")), 0.2),
        TableColumn(text(context, QT_TR_NOOP("Importance")), 0.15, Qt::AlignHCenter),
        TableColumn(text(context, QT_TR_NOOP("Risk")), 0.2, Qt::AlignHCenter)};
    riskTable.emptyText = text(context, QT_TR_NOOP("No risks have been assessed yet."));
    for (const InformationAsset &asset : std::as_const(*risks)) {
        const std::optional<int> risk = asset.risk();
        if (!risk)
            continue;
        riskTable.rows.append(
            {asset.name, asset.owningDepartment, QString::number(asset.importance()),
             QStringLiteral("%1 %2").arg(*risk).arg(labels.risk(Risk::level(*risk)))});
    }
    document.add(riskTable);
    Table actions;
    actions.columns = {TableColumn(text(context, QT_TR_NOOP("No.")), 0.06, Qt::AlignRight),
                       TableColumn(text(context, QT_TR_NOOP("Next step")), 0.94)};
    actions.emptyText = text(context, QT_TR_NOOP("Nothing pressing."));
    // The posture's top actions, ranked as the dashboard ranks them: what raises the score most.
    const TopActions::Translate reportWords = [&words](const char *source, int n) {
        return words.text("TopActions", source, n);
    };
    int number = 0;
    for (const PostureAction &action : TopActions::rank(posture->inputs, listedActions))
        actions.rows.append({QString::number(++number), TopActions::label(action, reportWords)});
    document.add(actions);

    // Devices
    document.add(Heading(text(context, QT_TR_NOOP("Devices"))));
    Table byStatus;
    byStatus.columns = {TableColumn(text(context, QT_TR_NOOP("Status")), 0.7),
                        TableColumn(text(context, QT_TR_NOOP("Devices")), 0.3, Qt::AlignRight)};
    for (const DeviceStatus status :
         {DeviceStatus::InUse, DeviceStatus::Spare, DeviceStatus::InRepair, DeviceStatus::Retired,
          DeviceStatus::Disposed}) {
        byStatus.rows.append({labels.status(status), words.number(tally->byStatus.value(status))});
    }
    document.add(byStatus);
    for (const auto &[check, count] : {std::pair{DeviceCheck::SupportEnded, supportEnded},
                                       std::pair{DeviceCheck::NoRecentUpdate, notUpdated}}) {
        if (count == 0)
            continue;
        const auto devices = someDevices(context, check);
        if (!devices)
            return devices.error();
        document.add(
            Heading(count > devices->size()
                        ? text(context, QT_TR_NOOP("%1 (%2, the first %3 listed)"))
                              .arg(labels.check(check), words.number(count))
                              .arg(devices->size())
                        : QStringLiteral("%1 (%2)").arg(labels.check(check), words.number(count)),
                    2));
        Table list;
        list.columns = {TableColumn(text(context, QT_TR_NOOP("Asset no.")), 0.15),
                        TableColumn(text(context, QT_TR_NOOP("Name")), 0.3),
                        TableColumn(text(context, QT_TR_NOOP("OS")), 0.25),
                        TableColumn(text(context, QT_TR_NOOP("End of support")), 0.15),
                        TableColumn(text(context, QT_TR_NOOP("Last update")), 0.15)};
        for (const Device &device : std::as_const(*devices))
            list.rows.append(
                {device.assetNumber, device.name,
                 QStringLiteral("%1 %2").arg(device.osName, device.osVersion).trimmed(),
                 words.date(device.endOfSupport), words.date(device.lastUpdate)});
        document.add(list);
    }

    // Backups
    document.add(Heading(text(context, QT_TR_NOOP("Backups"))));
    Table backups;
    backups.columns = {TableColumn(text(context, QT_TR_NOOP("Plan")), 0.34),
                       TableColumn(text(context, QT_TR_NOOP("State")), 0.14),
                       TableColumn(text(context, QT_TR_NOOP("Last successful run")), 0.22),
                       TableColumn(text(context, QT_TR_NOOP("Restore test")), 0.14),
                       TableColumn(text(context, QT_TR_NOOP("Last passed test")), 0.16)};
    backups.emptyText = text(context, QT_TR_NOOP("No backup plans are recorded."));
    for (const PlanOverview &plan : *overviews)
        backups.rows.append({plan.plan.name, labels.backupState(plan.status.state),
                             plan.history.latestSuccess
                                 ? ReportLanguage::dateTime(plan.history.latestSuccess->endedAt)
                                 : QStringLiteral("–"),
                             labels.restoreState(plan.status.restore),
                             plan.history.latestPassedTest
                                 ? ReportLanguage::dateTime(plan.history.latestPassedTest->testedAt)
                                 : QStringLiteral("–")});
    document.add(backups);

    // Incidents and exercises
    document.add(Heading(text(context, QT_TR_NOOP("Incidents and exercises in the period"))));
    Table incidentTable;
    incidentTable.columns = {TableColumn(text(context, QT_TR_NOOP("Detected")), 0.16),
                             TableColumn(text(context, QT_TR_NOOP("Title")), 0.44),
                             TableColumn(text(context, QT_TR_NOOP("Kind")), 0.14),
                             TableColumn(text(context, QT_TR_NOOP("Severity")), 0.12),
                             TableColumn(text(context, QT_TR_NOOP("Status")), 0.14)};
    incidentTable.emptyText = text(context, QT_TR_NOOP("None in the period."));
    for (const IncidentSummary *summary : std::as_const(inPeriod))
        incidentTable.rows.append(
            {words.date(summary->incident.detectedAt.toLocalTime().date()), summary->incident.title,
             summary->incident.exercise ? text(context, QT_TR_NOOP("Exercise"))
                                        : text(context, QT_TR_NOOP("Incident")),
             labels.severity(summary->incident.severity),
             labels.incidentStatus(summary->incident.status)});
    document.add(incidentTable);
    return document;
}

} // namespace mamori::report
