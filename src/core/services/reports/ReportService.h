#pragma once

#include "Progress.h"
#include "Result.h"
#include "report/IssuedReport.h"
#include "report/ReportRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace mamori {
class Database;
}

namespace mamori::report {

// A report made: its PDF and its record (not stored yet).
struct GeneratedReport
{
    QByteArray pdf;
    IssuedReport record;
};

// What `report verify` says about a fingerprint.
struct Verification
{
    IssuedReport issued;
    QString currentFingerprint; // the content today's data gives for the stored parameters
    bool sameContent() const { return currentFingerprint == issued.fingerprint; }
};

// Generating, recording and checking reports. The steps are separate so the Reports page can
// generate on a worker thread (its own reader connection) and record on the GUI thread.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    // Checks what a request can be checked for before any work: the period (not empty, not
    // reversed) and, for an incident report, that the incident exists.
    static Status check(Database &database, const ReportRequest &request);
    // Builds, fingerprints and renders. `progress` goes from 0 to 100 (percent).
    static Result<GeneratedReport> generate(Database &database, const ReportRequest &request,
                                            const QDateTime &nowUtc,
                                            const ProgressCallback &progress = {});
    static Result<qint64> record(Database &database, const IssuedReport &issued);
    // generate(), write the PDF to `path` (temporary file, then renamed) and record it.
    static Result<IssuedReport> generateToFile(Database &database, const ReportRequest &request,
                                               const QString &path, const QDateTime &nowUtc,
                                               const ProgressCallback &progress = {});
    static Result<QList<IssuedReport>> issued(Database &database);
    // The report whose fingerprint starts with `fingerprint` (at least 8 hex digits).
    // InvalidInput when none or more than one matches.
    static Result<IssuedReport> find(Database &database, const QString &fingerprint);
    // `issued` rebuilt from its stored parameters with today's data.
    static Result<Verification> verify(Database &database, const IssuedReport &issued);
    // The content fingerprint of a request against today's data.
    static Result<QString> fingerprint(Database &database, const ReportRequest &request);
};

} // namespace mamori::report
