#pragma once

#include "PageFrame.h"

#include <memory>

class QPushButton;

namespace Ui {
class IncidentsPage;
}

namespace mamori {

class ContactsWidget;
class IncidentDocument;
class IncidentPanel;
class PlaybookLibraryWidget;

// Incidents: the running incidents and exercises (open first) with the checklist beside the
// timeline, the playbook library and the contacts, in tabs. "Start from playbook…" is in the
// header (Ctrl+Shift+N); Ctrl+L goes to the timeline's entry line from anywhere on the page.
class IncidentsPage : public PageFrame, public PageWithUnsavedEdits
{
    Q_OBJECT

public:
    enum class Section
    {
        Incidents,
        Playbooks,
        Contacts
    };

    explicit IncidentsPage(IncidentDocument &document, QWidget *parent = nullptr);
    ~IncidentsPage() override;

    void showSection(Section section);
    IncidentPanel *incidentPanel() const { return m_incidents; }
    PlaybookLibraryWidget *playbookLibrary() const { return m_playbooks; }
    ContactsWidget *contactsWidget() const { return m_contacts; }
    // Opens the start dialog (with `playbookId` chosen, when given).
    void startFromPlaybook(const QString &playbookId = {});
    bool confirmDiscard() override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshState();
    void retranslate();

    std::unique_ptr<Ui::IncidentsPage> m_ui;
    IncidentDocument &m_document;
    QPushButton *m_start;
    IncidentPanel *m_incidents;
    PlaybookLibraryWidget *m_playbooks;
    ContactsWidget *m_contacts;
    bool m_loaded = false; // nothing is read before the page is first shown
};

} // namespace mamori
