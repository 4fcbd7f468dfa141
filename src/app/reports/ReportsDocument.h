#pragma once

#include "BackgroundTask.h"
#include "Document.h"
#include "report/IssuedReport.h"
#include "report/ReportDocument.h"
#include "report/ReportRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <memory>

class QPagedPaintDevice;

namespace mamori {

// What the Reports page reads and records: generating a report (on a worker, with its own
// connection), printing one with the same renderer, and the list of reports issued. Issuing is
// a record, not an edit: it has no undo.
class ReportsDocument : public Document
{
    Q_OBJECT

public:
    explicit ReportsDocument(DatabaseSession &session, QObject *parent = nullptr);

    struct Generated
    {
        QByteArray pdf;
        report::IssuedReport record;
    };
    // A report built on a worker, every row read: what print preview and printing paint.
    struct Prepared
    {
        report::Document document;
        QString fingerprint;
    };
    struct IncidentChoice
    {
        qint64 id = 0;
        QString title;
        bool exercise = false;
    };

    // The checks that need no work (period, incident): run before starting the job.
    Status check(const report::ReportRequest &request) const;
    // Builds, fingerprints and renders the PDF on a worker thread into `result`.
    BackgroundJob generateJob(const report::ReportRequest &request, const QDateTime &nowUtc,
                              std::shared_ptr<Generated> result) const;
    // Saves the PDF (temporary file, then renamed) and records it.
    Status saveAndRecord(const Generated &generated, const QString &path);
    // Builds and fingerprints the report on a worker thread into `result`, reading every row,
    // so the GUI thread only paints it.
    BackgroundJob prepareJob(const report::ReportRequest &request,
                             std::shared_ptr<Prepared> result) const;
    // Paints a prepared report on a printer (print preview, printing) and, when `record`,
    // records it.
    Result<int> print(QPagedPaintDevice &device, const Prepared &prepared,
                      const report::ReportRequest &request, const QDateTime &nowUtc, bool record);
    Result<QList<report::IssuedReport>> issued() const;
    Result<QList<IncidentChoice>> incidents(const QDateTime &nowUtc) const;

signals:
    void issuedChanged();
};

} // namespace mamori
