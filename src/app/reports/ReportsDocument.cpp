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

BackgroundJob ReportsDocument::prepareJob(const report::ReportRequest &request,
                                          std::shared_ptr<Prepared> result) const
{
    const QString path = database() ? database()->path() : QString();
    return [path, request, result](const ProgressCallback &progress) -> Status {
        auto reader = Database::openReader(path);
        if (!reader)
            return reader.error();
        if (Status checked = report::ReportService::check(**reader, request); !checked)
            return checked;
        auto document = report::buildReport(**reader, request);
        if (!document)
            return document.error();
        // Half the work is hashing the rows, half reading them into the document.
        auto fingerprint =
            report::ReportFingerprint::of(*document, [&progress](qint64 done, qint64 total) {
                return !progress || progress(total > 0 ? 50 * done / total : 0, 100);
            });
        if (!fingerprint)
            return fingerprint.error();
        if (Status read = document->readStreams([&progress](qint64 done, qint64 total) {
                return !progress || progress(50 + (total > 0 ? 50 * done / total : 50), 100);
            });
            !read)
            return read;
        result->document = std::move(*document);
        result->fingerprint = *fingerprint;
        return {};
    };
}

Result<int> ReportsDocument::print(QPagedPaintDevice &device, const Prepared &prepared,
                                   const report::ReportRequest &request, const QDateTime &nowUtc,
                                   bool record)
{
    report::RenderOptions options;
    options.generatedAt = nowUtc;
    options.fingerprint = prepared.fingerprint;
    auto painted = report::ReportRenderer::paint(device, prepared.document, options);
    if (!painted)
        return painted.error();
    if (record) {
        auto writable = writableDatabase();
        if (!writable)
            return writable.error();
        report::IssuedReport issued;
        issued.type = report::ReportRequest::code(request.type);
        issued.parameters = request.toJson();
        issued.issuedAt = nowUtc.toUTC();
        issued.issuedBy = currentOsUserName();
        issued.pages = painted->pages;
        issued.fingerprint = prepared.fingerprint;
        issued.title = prepared.document.title;
        if (auto id = report::ReportService::record(**writable, issued); !id)
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
