#include "DiagnosisItemWidget.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace mamori {

namespace {

// QButtonGroup reserves the id −1, so buttons are numbered by position instead.
constexpr int answerValues[] = {diagnosis::done, diagnosis::partly, diagnosis::notDone,
                                diagnosis::dontKnow};

int positionOf(int answerValue)
{
    for (int position = 0; position < 4; ++position) {
        if (answerValues[position] == answerValue)
            return position;
    }
    return -1;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

DiagnosisItemWidget::DiagnosisItemWidget(const SelfDiagnosisContent &content,
                                         const SelfDiagnosisContent::Item &item, QWidget *parent)
    : QFrame(parent), m_item(item.number), m_answers(new QButtonGroup(this)),
      m_whyButton(new QToolButton(this)), m_whyLabel(wrappedLabel(item.why, this)),
      m_suggestionLabel(wrappedLabel(QString(), this)), m_useSuggestionButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("diagnosisItem%1").arg(item.number));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);

    auto *titleLayout = new QHBoxLayout;
    auto *title = wrappedLabel(QStringLiteral("%1. %2").arg(item.number).arg(item.keyword), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    titleLayout->addWidget(title, 1);
    m_whyButton->setCheckable(true);
    m_whyButton->setAutoRaise(true);
    titleLayout->addWidget(m_whyButton);
    layout->addLayout(titleLayout);
    layout->addWidget(wrappedLabel(item.question, this));

    m_whyLabel->setVisible(false);
    m_whyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_whyLabel);
    connect(m_whyButton, &QToolButton::toggled, m_whyLabel, &QLabel::setVisible);

    // Two rows of two: fits beside the result panel even in a narrow window.
    auto *answersLayout = new QGridLayout;
    for (int position = 0; position < 4; ++position) {
        auto *button = new QRadioButton(content.answerLabel(answerValues[position]), this);
        button->setObjectName(QStringLiteral("answer%1").arg(position));
        m_answers->addButton(button, position);
        m_buttons.append(button);
        answersLayout->addWidget(button, position / 2, position % 2);
    }
    answersLayout->setColumnStretch(2, 1);
    layout->addLayout(answersLayout);
    connect(m_answers, &QButtonGroup::idClicked, this, [this] { emit answerChanged(m_item); });

    auto *suggestionLayout = new QHBoxLayout;
    m_suggestionLabel->setVisible(false);
    suggestionLayout->addWidget(m_suggestionLabel, 1);
    m_useSuggestionButton->setVisible(false);
    m_useSuggestionButton->setObjectName(QStringLiteral("useSuggestionButton"));
    suggestionLayout->addWidget(m_useSuggestionButton, 0, Qt::AlignTop);
    layout->addLayout(suggestionLayout);
    connect(m_useSuggestionButton, &QPushButton::clicked, this, [this] {
        if (!m_suggestion)
            return;
        setAnswer(m_suggestion->answer);
        emit answerChanged(m_item);
    });
    retranslate();
}

std::optional<int> DiagnosisItemWidget::answer() const
{
    const int position = m_answers->checkedId();
    if (position < 0)
        return std::nullopt;
    return answerValues[position];
}

void DiagnosisItemWidget::setAnswer(std::optional<int> answer)
{
    // Unchecking needs a non-exclusive group for a moment.
    m_answers->setExclusive(false);
    for (int position = 0; position < 4; ++position)
        m_buttons[position]->setChecked(answer && positionOf(*answer) == position);
    m_answers->setExclusive(true);
}

QRadioButton *DiagnosisItemWidget::button(int answerValue) const
{
    const int position = positionOf(answerValue);
    return position < 0 ? nullptr : m_buttons[position];
}

void DiagnosisItemWidget::setSuggestion(const std::optional<AnswerSuggestion> &suggestion)
{
    m_suggestion = suggestion;
    retranslate();
}

void DiagnosisItemWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QRadioButton *button : std::as_const(m_buttons))
        button->setEnabled(!readOnly);
    m_useSuggestionButton->setVisible(m_suggestion && !readOnly);
}

void DiagnosisItemWidget::retranslate()
{
    m_whyButton->setText(tr("Why?"));
    m_whyButton->setToolTip(tr("Why this matters and what to do"));
    m_useSuggestionButton->setText(tr("Use suggestion"));
    const bool hasSuggestion = m_suggestion.has_value();
    m_suggestionLabel->setVisible(hasSuggestion);
    m_useSuggestionButton->setVisible(hasSuggestion && !m_readOnly);
    if (hasSuggestion) {
        const int position = positionOf(m_suggestion->answer);
        m_suggestionLabel->setText(
            tr("From your records: %1 — %2")
                .arg(position < 0 ? QString() : m_buttons[position]->text(), m_suggestion->reason));
    }
}

} // namespace mamori
