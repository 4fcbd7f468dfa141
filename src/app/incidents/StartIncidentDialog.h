#pragma once

#include "incidents/IncidentFile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StartIncidentDialog;
}

namespace mamori {

class IncidentDocument;

// Starts an incident or an exercise from a playbook: title, detection and awareness times
// (they differ, and the law counts from awareness), reporter, severity, the affected devices
// chosen from the inventory by asset number or name, and the reporting triggers in plain words.
// The same form edits a running incident's details (editIncident()).
class StartIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    StartIncidentDialog(IncidentDocument &document, const QList<PlaybookEntry> &playbooks,
                        QWidget *parent = nullptr);
    ~StartIncidentDialog() override;

    void choosePlaybook(const QString &id);
    // Edit mode: the incident's facts to change; the playbook stays the one it started from.
    void editIncident(const Incident &incident);
    IncidentStart request() const;
    // Adds the device with this id (as if found and added), for the dialog's callers and tests.
    void addDevice(qint64 id, const QString &label);
    void accept() override;

private:
    void showPlaybook();
    void searchDevices();
    void addFoundDevice();
    void showTriggersNote();

    std::unique_ptr<Ui::StartIncidentDialog> m_ui;
    IncidentDocument &m_document;
    QList<PlaybookEntry> m_playbooks;
};

} // namespace mamori
