#pragma once

#include "incidents/Contacts.h"
#include "incidents/Playbook.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PlaybookEditorDialog;
}

namespace mamori {

// Edits the firm's copy of a playbook: its title and steps (text, why, criteria, role, contact,
// required), adding, removing and moving steps. Texts are set in the language the user works
// in (LocalizedText::set); the other language keeps its text.
class PlaybookEditorDialog : public QDialog
{
    Q_OBJECT

public:
    PlaybookEditorDialog(const Playbook &playbook, const QList<Contact> &contacts,
                         QWidget *parent = nullptr);
    ~PlaybookEditorDialog() override;

    Playbook playbook() const { return m_playbook; }
    int currentStep() const; // 0-based, -1 for none
    void selectStep(int index);
    void addStep();
    void removeStep();
    void moveStep(int by);
    void accept() override;

private:
    void showSteps();
    void showStep();
    void storeStep(); // the fields into m_playbook's current step
    QString stepLine(int index) const;

    std::unique_ptr<Ui::PlaybookEditorDialog> m_ui;
    Playbook m_playbook;
    UiLanguage m_language;
    int m_shown = -1;
    bool m_filling = false;
};

} // namespace mamori
