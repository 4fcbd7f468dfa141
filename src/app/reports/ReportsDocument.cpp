#include "ReportsDocument.h"

#include "OsUser.h"
#include "report/ReportFingerprint.h"
#include "report/ReportPdf.h"
#include "report/ReportRenderer.h"
#include "services/IncidentService.h"
#include "services/reports/ReportBuilder.h"
#include "services/reports/ReportService.h"
#include "storage/Database.h"

namespace mamori {

ReportsDocument::ReportsDocument(DatabaseSession &session, QObject *parent)
    : Document(session, parent)
{}

Status ReportsDocument::check(const report::ReportRequest &request) const
{
    Database *open = database();
    if (!open)
        return Error(ErrorKind::Io, tr("No database is open."));
    return report::ReportService::check(*open, request);
}

BackgroundJob ReportsDocument::generateJob(const report::ReportRequest &request,
                                           const QDateTime &nowUtc,
                                           std::shared_ptr<Generated> result) const
{
    const QString path = database() ? database()->path() : QString();
    return [path, request, nowUtc, result](const ProgressCallback &progress) -> Status {
        auto reader = Database::openReader(path);
        if (!reader)
            return reader.error();
        auto generated = report::ReportService::generate(**reader, request, nowUtc, progress);
        if (!generated)
            return generated.error();
        result->pdf = std::move(generated->pdf);
        result->record = generated->record;
        return {};
    };
}

Status ReportsDocument::saveAndRecord(const Generated &generated, const QString &path)
{
    auto writable = writableDatabase();
    if (!writable)
        return writable.error();
    if (Status saved = report::ReportPdf::save(generated.pdf, path); !saved)
        return saved;
    auto id = report::ReportService::record(**writable, generated.record);
    if (!id)
        return id.error();
    emit issuedChanged();
    return {};
}

Result<int> ReportsDocument::print(QPagedPaintDevice &device, const report::ReportRequest &request,
                                   const QDateTime &nowUtc, bool record)
{
    Database *open = database();
    if (!open)
        return Error(ErrorKind::Io, tr("No database is open."));
    if (Status checked = report::ReportService::check(*open, request); !checked)
        return checked.error();
    auto document = report::buildReport(*open, request);
    if (!document)
        return document.error();
    auto fingerprint = report::ReportFingerprint::of(*document);
    if (!fingerprint)
        return fingerprint.error();
    report::RenderOptions options;
    options.generatedAt = nowUtc;
    options.fingerprint = *fingerprint;
    auto painted = report::ReportRenderer::paint(device, *document, options);
    if (!painted)
        return painted.error();
    if (record) {
        report::IssuedReport issued;
        issued.type = report::ReportRequest::code(request.type);
        issued.parameters = request.toJson();
        issued.issuedAt = nowUtc.toUTC();
        issued.issuedBy = currentOsUserName();
        issued.pages = painted->pages;
        issued.fingerprint = *fingerprint;
        issued.title = document->title;
        if (auto id = report::ReportService::record(*open, issued); !id)
            return id.error();
        emit issuedChanged();
    }
    return painted->pages;
}

Result<QList<report::IssuedReport>> ReportsDocument::issued() const
{
    return read<QList<report::IssuedReport>>(
        [](Database &database) { return report::ReportService::issued(database); });
}

Result<QList<ReportsDocument::IncidentChoice>>
ReportsDocument::incidents(const QDateTime &nowUtc) const
{
    return read<QList<IncidentChoice>>(
        [&nowUtc](Database &database) -> Result<QList<IncidentChoice>> {
            auto listed = IncidentService::list(database, nowUtc);
            if (!listed)
                return listed.error();
            QList<IncidentChoice> choices;
            for (const IncidentSummary &summary : std::as_const(*listed))
                choices.append(
                    {summary.incident.id, summary.incident.title, summary.incident.exercise});
            return choices;
        });
}

} // namespace mamori
