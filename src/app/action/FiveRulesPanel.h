#pragma once

#include "action/FiveRules.h"
#include "action/InventoryEvidence.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class FiveRulesPanel;
}

namespace mamori {

class ActionDocument;

// The five basic rules as a checklist: status, owner, how it is done, evidence and the date
// last confirmed, with what the inventory knows shown beside rules 1, 2 and 4.
class FiveRulesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FiveRulesPanel(ActionDocument &document, QWidget *parent = nullptr);
    ~FiveRulesPanel() override;

    // What the inventory says beside rules 1, 2 and 4; takes effect at the next reload().
    void setEvidence(const InventoryEvidence &evidence);
    void reload();
    bool hasUnsavedChanges() const { return m_dirty; }
    bool confirmDiscard();
    void selectRule(int rule);
    const QList<FiveRuleStatus> &statuses() const { return m_statuses; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTable();
    void showRule(int rule);
    void ruleSelected();
    FiveRuleStatus editedStatus() const;
    void save();
    void revert();
    void markDirty();
    void updateButtons();
    void retranslate();
    void loadContent();
    QString hintFor(int rule) const;

    std::unique_ptr<Ui::FiveRulesPanel> m_ui;
    ActionDocument &m_document;
    std::optional<FiveRulesContent> m_content;
    QList<FiveRuleStatus> m_statuses;
    std::optional<InventoryEvidence> m_evidence;
    QList<RuleHint> m_hints;
    int m_rule = 1;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace mamori
