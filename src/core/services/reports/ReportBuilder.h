#pragma once

#include "CompanyProfile.h"
#include "Result.h"
#include "action/Policy.h"
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

// The posture score and its trend, which the posture module (a parallel branch) computes. The
// summary prints them when postureFigures() returns a value: the only function to fill in.
struct PostureFigures
{
    int score = 0; // 0–100
    QList<std::pair<QDate, int>> trend;
};

class ManagementSummary
{
    Q_DECLARE_TR_FUNCTIONS(ManagementSummary)
public:
    static Result<Document> build(const BuildContext &context);
    // The slot for the posture score: empty until the posture module lands.
    static Result<std::optional<PostureFigures>> postureFigures(Database &database,
                                                                const QDate &asOf);
};

} // namespace mamori::report
