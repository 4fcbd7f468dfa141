#pragma once

#include "report/IssuedReport.h"
#include "report/ReportRequest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace mamori {

class ReportsDocument;

// Saving a report as a PDF, the same way wherever it is offered (the Reports page, the
// contacts tab's sheet, the Assets page's ledger): a save dialog in the folder last used, the
// report made on a worker thread behind a progress dialog (Cancel), then saved and recorded
// as issued with its fingerprint.
class ReportSaving
{
    Q_DECLARE_TR_FUNCTIONS(ReportSaving)

public:
    struct Saved
    {
        QString path;
        report::IssuedReport record;
    };

    // Nothing when the user cancelled, or when it failed (the error has been shown).
    static std::optional<Saved> saveAsPdf(QWidget *parent, ReportsDocument &document,
                                          const report::ReportRequest &request);
    // For the state line: where it went, how many pages, its short fingerprint.
    static QString savedMessage(const Saved &saved);
};

} // namespace mamori
