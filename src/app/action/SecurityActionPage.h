#pragma once

#include "PageFrame.h"
#include "action/Readiness.h"

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class SecurityActionPage;
}

namespace mamori {

class ActionDocument;
class AttentionMonitor;
class BackgroundTask;
class DeclarationsWidget;
class DiagnosisPanel;
class FiveRulesPanel;
class PolicyEditorWidget;
class SettingsDocument;

// SECURITY ACTION: the declared level, the rules in place and the reminders due in the state
// line; a strip saying what ★ and ★★ still need, each item a link to where it is done; the five
// rules, the self-diagnosis, the basic policy and the declarations in tabs below.
class SecurityActionPage : public PageFrame, public PageWithUnsavedEdits
{
    Q_OBJECT

public:
    enum class Section
    {
        FiveRules,
        Diagnosis,
        Policy,
        Declarations
    };

    // The state line's reminders are the reminder service's (`attention`), snooze and done
    // applied, so the page and its navigation badge agree.
    SecurityActionPage(ActionDocument &document, SettingsDocument &settings,
                       AttentionMonitor &attention, QWidget *parent = nullptr);
    ~SecurityActionPage() override;

    void showSection(Section section);
    // The sections exist once the page has been shown (or showSection() was called).
    FiveRulesPanel *fiveRulesPanel() const { return m_fiveRules; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnosis; }
    PolicyEditorWidget *policyEditor() const { return m_policy; }
    DeclarationsWidget *declarationsWidget() const { return m_declarations; }
    const Readiness &readiness() const { return m_readiness; }
    // Unsaved edits in any section; asks whether to discard them. True when fine to leave.
    bool confirmDiscard() override;
    // The inventory is being counted for the hints and suggestions (off the GUI thread).
    bool isCountingInventory() const { return m_counting != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createSections();
    void reload();
    // Counts the inventory on a worker; the hints and suggestions follow when it is done.
    void countInventory();
    void refreshSummary();
    void showState(const ActionSnapshot &snapshot);
    void retranslate();

    std::unique_ptr<Ui::SecurityActionPage> m_ui;
    ActionDocument &m_document;
    SettingsDocument &m_settings;
    AttentionMonitor &m_attention;
    std::optional<ActionSnapshot> m_lastSnapshot; // what the state line was last shown for
    QPushButton *m_startDiagnosis;
    BackgroundTask *m_counting = nullptr;
    bool m_countAgain = false; // the inventory changed while it was being counted
    FiveRulesPanel *m_fiveRules = nullptr;
    DiagnosisPanel *m_diagnosis = nullptr;
    PolicyEditorWidget *m_policy = nullptr;
    DeclarationsWidget *m_declarations = nullptr;
    Readiness m_readiness;
    bool m_loaded = false; // nothing is read before the page is first shown
};

} // namespace mamori
