#include "ReportService.h"

#include "OsUser.h"
#include "report/ReportFingerprint.h"
#include "report/ReportPdf.h"
#include "services/IncidentService.h"
#include "services/reports/ReportBuilder.h"
#include "storage/IncidentRepository.h"
#include "storage/ReportIssueRepository.h"

#include <QFile>
#include <QRegularExpression>

namespace mamori::report {

namespace {

// Maps the progress of one phase onto its share of 0..100.
ProgressCallback phase(const ProgressCallback &progress, int start, int share)
{
    if (!progress)
        return {};
    return [progress, start, share](qint64 done, qint64 total) {
        return progress(start + (total > 0 ? share * done / total : 0), 100);
    };
}

} // namespace

Status ReportService::check(Database &database, const ReportRequest &request)
{
    if (request.from.isValid() != request.to.isValid() && request.type == ReportType::Management)
        return Error(ErrorKind::InvalidInput, tr("Give both ends of the period, or neither."));
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Error(ErrorKind::InvalidInput, tr("The period from %1 to %2 is empty: it ends "
                                                 "before it starts.")
                                                  .arg(request.from.toString(Qt::ISODate),
                                                       request.to.toString(Qt::ISODate)));
    if (request.type == ReportType::Incident) {
        if (request.incidentId <= 0)
            return Error(ErrorKind::InvalidInput,
                         tr("An incident report needs the incident's id (--id N)."));
        if (auto found = IncidentRepository(database).find(request.incidentId); !found)
            return found.error();
    }
    if (request.type == ReportType::Policy) {
        if (auto found = findPolicyVersion(database, request.policyVersion); !found)
            return found.error();
    }
    return {};
}

Result<GeneratedReport> ReportService::generate(Database &database, const ReportRequest &request,
                                                const QDateTime &nowUtc,
                                                const ProgressCallback &progress)
{
    if (Status checked = check(database, request); !checked)
        return checked.error();
    auto document = buildReport(database, request);
    if (!document)
        return document.error();
    auto fingerprint = ReportFingerprint::of(*document, phase(progress, 0, 20));
    if (!fingerprint)
        return fingerprint.error();
    RenderOptions options;
    options.generatedAt = nowUtc;
    options.fingerprint = *fingerprint;
    options.progress = phase(progress, 20, 78);
    int pages = 0;
    auto pdf = ReportPdf::render(*document, options, &pages);
    if (!pdf)
        return pdf.error();
    if (progress && !progress(100, 100))
        return Error(ErrorKind::Cancelled, tr("Cancelled."));
    GeneratedReport generated;
    generated.pdf = std::move(*pdf);
    generated.record.type = ReportRequest::code(request.type);
    generated.record.parameters = request.toJson();
    generated.record.issuedAt = nowUtc.toUTC();
    generated.record.issuedBy = currentOsUserName();
    generated.record.pages = pages;
    generated.record.fingerprint = *fingerprint;
    generated.record.title = document->title;
    return generated;
}

Result<qint64> ReportService::record(Database &database, const IssuedReport &issued)
{
    return ReportIssueRepository(database).record(issued);
}

Result<IssuedReport> ReportService::generateToFile(Database &database, const ReportRequest &request,
                                                   const QString &path, const QDateTime &nowUtc,
                                                   const ProgressCallback &progress)
{
    auto generated = generate(database, request, nowUtc, progress);
    if (!generated)
        return generated.error();
    if (Status saved = ReportPdf::save(generated->pdf, path); !saved)
        return saved.error();
    auto id = record(database, generated->record);
    if (!id) {
        QFile::remove(path); // a report that is not recorded could never be verified
        return id.error();
    }
    generated->record.id = *id;
    return generated->record;
}

Result<QList<IssuedReport>> ReportService::issued(Database &database)
{
    return ReportIssueRepository(database).all();
}

Result<QString> ReportService::fingerprint(Database &database, const ReportRequest &request)
{
    auto document = buildReport(database, request);
    if (!document)
        return document.error();
    return ReportFingerprint::of(*document);
}

Result<IssuedReport> ReportService::find(Database &database, const QString &fingerprint)
{
    const QString wanted = fingerprint.trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{8,64}$"));
    if (!hex.match(wanted).hasMatch())
        return Error(ErrorKind::InvalidInput,
                     tr("“%1” is not a fingerprint: give at least 8 of the hex digits printed "
                        "in the report's footer.")
                         .arg(fingerprint));
    auto matches = ReportIssueRepository(database).withFingerprint(wanted);
    if (!matches)
        return matches.error();
    if (matches->isEmpty())
        return Error(
            ErrorKind::InvalidInput,
            tr("No report issued from this database has the fingerprint %1.").arg(fingerprint));
    // The same content issued twice shares its fingerprint: the newest issue stands for both.
    const IssuedReport &issued = matches->constFirst();
    for (const IssuedReport &other : std::as_const(*matches))
        if (other.fingerprint != issued.fingerprint)
            return Error(ErrorKind::InvalidInput,
                         tr("Several reports have fingerprints starting with %1: give more "
                            "digits.")
                             .arg(fingerprint));
    return issued;
}

Result<Verification> ReportService::verify(Database &database, const IssuedReport &issued)
{
    auto request = ReportRequest::fromJson(issued.parameters);
    if (!request)
        return request.error();
    Verification verification;
    verification.issued = issued;
    auto current = ReportService::fingerprint(database, *request);
    if (!current) {
        // The incident may be gone: then today's data cannot give the same content.
        if (current.error().kind != ErrorKind::InvalidInput)
            return current.error();
        verification.currentFingerprint.clear();
        return verification;
    }
    verification.currentFingerprint = *current;
    return verification;
}

} // namespace mamori::report
