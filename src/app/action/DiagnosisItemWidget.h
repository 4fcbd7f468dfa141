#pragma once

#include "action/InventoryEvidence.h"
#include "action/SelfDiagnosis.h"

#include <QFrame>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace mamori {

// One self-diagnosis question: its four answers, why it matters (on request) and, when the
// inventory can tell, a suggested answer the user may take over with one click.
class DiagnosisItemWidget : public QFrame
{
    Q_OBJECT

public:
    DiagnosisItemWidget(const SelfDiagnosisContent &content, const SelfDiagnosisContent::Item &item,
                        QWidget *parent = nullptr);

    int item() const { return m_item; }
    std::optional<int> answer() const;
    // Sets the buttons without emitting answerChanged.
    void setAnswer(std::optional<int> answer);
    void setSuggestion(const std::optional<AnswerSuggestion> &suggestion);
    void setReadOnly(bool readOnly);
    // The button for an answer value, for keyboard focus and tests.
    QRadioButton *button(int answerValue) const;

signals:
    void answerChanged(int item);

private:
    void retranslate();

    int m_item;
    QButtonGroup *m_answers;
    QList<QRadioButton *> m_buttons; // in the order done, partly, not done, don't know
    QToolButton *m_whyButton;
    QLabel *m_whyLabel;
    QLabel *m_suggestionLabel;
    QPushButton *m_useSuggestionButton;
    std::optional<AnswerSuggestion> m_suggestion;
    bool m_readOnly = false;
};

} // namespace mamori
