#pragma once

#include "action/DiagnosisSession.h"
#include "action/InventoryEvidence.h"
#include "action/SelfDiagnosis.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DiagnosisPanel;
}

namespace mamori {

class ActionDocument;
class DiagnosisItemWidget;

// The 25-item self-diagnosis: sessions (drafts and completed ones), answering with live score
// and band, suggestions from the inventory, and completed sessions side by side.
class DiagnosisPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosisPanel(ActionDocument &document, QWidget *parent = nullptr);
    ~DiagnosisPanel() override;

    // What the inventory says, for suggested answers; takes effect at the next reload().
    void setEvidence(const InventoryEvidence &evidence);
    // Reads the sessions again (the page calls this when shown).
    void reload();
    bool hasUnsavedChanges() const { return m_dirty; }
    // Asks whether to discard unsaved answers; true when it is fine to move on.
    bool confirmDiscard();
    DiagnosisItemWidget *itemWidget(int item) const;
    const DiagnosisSession &currentSession() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadContent();
    void buildItems();
    void showSession(const DiagnosisSession &session);
    void startNewSession();
    void sessionSelected(int index);
    void collectAnswers();
    void updateResult();
    void updateState();
    void saveDraft();
    void complete();
    void deleteDraft();
    void fillSessionList();
    void fillComparison();
    void retranslate();
    // The answers shown, as a session to save.
    DiagnosisSession editedSession();

    std::unique_ptr<Ui::DiagnosisPanel> m_ui;
    ActionDocument &m_document;
    std::optional<SelfDiagnosisContent> m_content;
    QList<DiagnosisItemWidget *> m_items;
    QList<DiagnosisSession> m_sessions;
    std::optional<InventoryEvidence> m_evidence;
    QList<AnswerSuggestion> m_suggestions;
    DiagnosisSession m_current;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace mamori
