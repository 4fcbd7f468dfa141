#pragma once

#include <QDateTime>
#include <QString>

namespace mamori::report {

// One generated report as recorded (storage/ReportIssueRepository): what was printed, when, by
// whom, and the fingerprint of its content.
struct IssuedReport
{
    qint64 id = 0;
    QString type;       // management, evidence, assets, incident, contacts
    QString parameters; // the request as compact JSON (ReportRequest)
    QDateTime issuedAt; // UTC
    QString issuedBy;   // the operating-system account
    int pages = 0;
    QString fingerprint; // SHA-256 of the content, 64 lower-case hex digits
    QString title;
};

} // namespace mamori::report
