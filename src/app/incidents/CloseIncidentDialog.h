#pragma once

#include "incidents/IncidentFile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CloseIncidentDialog;
}

namespace mamori {

// Asks for the close-out: cause, impact, what changed afterwards with the records changed (the
// policy, a basic rule, devices, information assets) (and, for an exercise, the
// participants and lessons learned). It lists what is still open (IncidentRules::closeBlockers):
// open required steps or clocks need a reason to close anyway; without a cause and an impact it
// refuses, saying what is missing.
class CloseIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloseIncidentDialog(const IncidentFile &file, QWidget *parent = nullptr);
    ~CloseIncidentDialog() override;

    CloseOut closeOut() const;
    QString participants() const;
    QString lessons() const;
    void accept() override;

private:
    void showBlockers();
    void fillChangedRecords(const QStringList &links);
    QStringList changedRecords() const;

    std::unique_ptr<Ui::CloseIncidentDialog> m_ui;
    IncidentFile m_file;
};

} // namespace mamori
