#pragma once

#include "incidents/PpcReportDraft.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PpcDraftDialog;
}

namespace mamori {

// Shows the draft of the report to the PPC, read-only, with Copy to clipboard. It says plainly
// that it is a draft to copy into the official form, and that Mamori files nothing.
class PpcDraftDialog : public QDialog
{
    Q_OBJECT

public:
    PpcDraftDialog(const PpcReportDraft &draft, const QString &incidentTitle,
                   QWidget *parent = nullptr);
    ~PpcDraftDialog() override;

    QString text() const;

private:
    std::unique_ptr<Ui::PpcDraftDialog> m_ui;
};

} // namespace mamori
