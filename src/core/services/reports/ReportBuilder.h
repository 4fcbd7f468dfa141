#pragma once

#include "CompanyProfile.h"
#include "Result.h"
#include "action/Policy.h"
#include "posture/PostureInputs.h"
#include "report/ReportDocument.h"
#include "report/ReportLanguage.h"
#include "report/ReportRequest.h"
#include "services/reports/ReportLabels.h"

#include <QCoreApplication>

namespace mamori {
class Database;
}

namespace mamori::report {

// What every report builder reads from.
struct BuildContext
{
    Database &database;
    const ReportRequest &request;
    const ReportLanguage &words;
    const ReportLabels &labels;
    CompanyProfile company;
};

// Turns a request into a document from the data in `database`. The document of an asset ledger
// reads its rows from `database` while it is painted or hashed: keep the connection open until
// then, on the same thread. An unknown incident is an InvalidInput error.
Result<Document> buildReport(Database &database, const ReportRequest &request);
// The stored version `number` of the basic security policy; InvalidInput when there is none.
Result<PolicyVersion> findPolicyVersion(Database &database, int number);

class EvidencePack
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePack)
public:
    static Result<Document> build(const BuildContext &context);
};

class AssetLedger
{
    Q_DECLARE_TR_FUNCTIONS(AssetLedger)
public:
    static Result<Document> build(const BuildContext &context);
};

class IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)
public:
    static Result<Document> build(const BuildContext &context);
};

// The posture score at the report's moment, its trend, and the facts behind both.
struct PostureFigures
{
    std::optional<int> score; // 0–100; none when nothing is recorded
    // The stored daily scores of the year up to the report's day, that day's as printed.
    QList<std::pair<QDate, int>> trend;
    PostureInputs inputs; // what the score and the next steps come from
};

class ManagementSummary
{
    Q_DECLARE_TR_FUNCTIONS(ManagementSummary)
public:
    static Result<Document> build(const BuildContext &context);
    // The day's stored snapshot when nothing was recorded since it was taken (no scan of the
    // devices), else the facts gathered at `moment`.
    static Result<PostureFigures> postureFigures(Database &database, const QDate &asOf,
                                                 const QDateTime &moment);
};

} // namespace mamori::report
