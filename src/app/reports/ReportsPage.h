#pragma once

#include "PageFrame.h"
#include "report/ReportRequest.h"
#include "reports/ReportsDocument.h"

#include <memory>

namespace Ui {
class ReportsPage;
}

namespace mamori {

// The Reports page: choose a report, its language and its period or incident; Save as PDF
// builds it on a worker thread (progress, Cancel); Print Preview and Print build it on a worker
// too and then only paint it, with the same renderer; the list below shows every report issued with
// its fingerprint.
class ReportsPage : public PageFrame
{
    Q_OBJECT

public:
    explicit ReportsPage(ReportsDocument &document, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // What the controls ask for, as of now.
    report::ReportRequest request() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void saveAsPdf();
    // The report built on a worker (progress, Cancel); null when cancelled or failed (shown).
    std::shared_ptr<ReportsDocument::Prepared> prepare(const report::ReportRequest &request);
    void printPreview();
    void print();
    void refreshIssued();
    void refreshIncidents();
    void updateControls();
    void retranslate();

    std::unique_ptr<Ui::ReportsPage> m_ui;
    ReportsDocument &m_document;
    bool m_languageChosen = false; // the user picked the report's language
};

} // namespace mamori
