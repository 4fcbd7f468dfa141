#pragma once

#include "Result.h"
#include "report/IssuedReport.h"

#include <QList>

namespace mamori {

class Database;

// The append-only list of generated reports (schema 11, table report_issued).
class ReportIssueRepository
{
public:
    explicit ReportIssueRepository(Database &database) : m_database(database) {}

    Result<qint64> record(const report::IssuedReport &issued);
    // Newest first.
    Result<QList<report::IssuedReport>> all() const;
    // Those whose fingerprint starts with `prefix` (hex, any case), newest first.
    Result<QList<report::IssuedReport>> withFingerprint(const QString &prefix) const;

private:
    Database &m_database;
};

} // namespace mamori
