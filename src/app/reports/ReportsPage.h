#pragma once

#include "PageFrame.h"
#include "report/ReportRequest.h"

#include <memory>

namespace Ui {
class ReportsPage;
}

namespace mamori {

class ReportsDocument;

// The Reports page: choose a report, its language and its period or incident; Save as PDF
// builds it on a worker thread (progress, Cancel), Print Preview and Print paint it with the
// same renderer; the list below shows every report issued with its fingerprint.
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
