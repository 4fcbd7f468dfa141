#include "PlaybookEditorDialog.h"

#include "ui_PlaybookEditorDialog.h"

namespace mamori {

PlaybookEditorDialog::PlaybookEditorDialog(const Playbook &playbook, const QList<Contact> &contacts,
                                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PlaybookEditorDialog>()), m_playbook(playbook),
      m_language(currentUiLanguage())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit the firm's playbook — %1").arg(playbook.title.in(m_language)));
    m_ui->titleLineEdit->setText(playbook.title.in(m_language));
    for (IncidentPhase phase :
         {IncidentPhase::Detect, IncidentPhase::Report, IncidentPhase::Recover})
        m_ui->phaseComboBox->addItem(phaseLabel(phase), int(phase));
    for (const PlaybookRoles::Role &role : PlaybookRoles::bundled().roles())
        m_ui->roleComboBox->addItem(role.label.in(m_language), role.key);
    m_ui->contactComboBox->addItem(tr("(nobody in particular)"), QString());
    for (const Contact &contact : contacts)
        m_ui->contactComboBox->addItem(contact.name.in(m_language), contact.key);
    m_ui->languageNoteLabel->setText(
        m_language == UiLanguage::Japanese
            ? tr("You are editing the Japanese text; the English text of a step stays as it was "
                 "(a new step shows the same text in both).")
            : tr("You are editing the English text; the Japanese text of a step stays as it was "
                 "(a new step shows the same text in both)."));
    QPalette warning = m_ui->problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_ui->problemLabel->setPalette(warning);
    m_ui->problemLabel->hide();

    connect(m_ui->stepsListWidget, &QListWidget::currentRowChanged, this, [this] {
        if (m_filling)
            return;
        storeStep();
        showStep();
    });
    for (QPlainTextEdit *edit :
         {m_ui->textPlainTextEdit, m_ui->whyPlainTextEdit, m_ui->criteriaPlainTextEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (m_filling)
                return;
            storeStep();
            if (m_shown >= 0)
                m_ui->stepsListWidget->item(m_shown)->setText(stepLine(m_shown));
        });
    connect(m_ui->decisionCheckBox, &QCheckBox::toggled, this, [this](bool decision) {
        m_ui->criteriaLabel->setEnabled(decision);
        m_ui->criteriaPlainTextEdit->setEnabled(decision);
        if (!m_filling)
            storeStep();
    });
    connect(m_ui->addStepPushButton, &QPushButton::clicked, this, &PlaybookEditorDialog::addStep);
    connect(m_ui->removeStepPushButton, &QPushButton::clicked, this,
            &PlaybookEditorDialog::removeStep);
    connect(m_ui->upPushButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_ui->downPushButton, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PlaybookEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PlaybookEditorDialog::reject);
    showSteps();
    selectStep(0);
    resize(900, 600);
}

PlaybookEditorDialog::~PlaybookEditorDialog() = default;

QString PlaybookEditorDialog::stepLine(int index) const
{
    const PlaybookStep &step = m_playbook.steps.at(index);
    return QStringLiteral("%1. [%2] %3")
        .arg(index + 1)
        .arg(phaseLabel(step.phase), step.text.in(m_language).section(QLatin1Char('\n'), 0, 0));
}

void PlaybookEditorDialog::showSteps()
{
    m_filling = true;
    m_ui->stepsListWidget->clear();
    for (int i = 0; i < m_playbook.steps.size(); ++i)
        m_ui->stepsListWidget->addItem(stepLine(i));
    m_filling = false;
}

int PlaybookEditorDialog::currentStep() const
{
    return m_ui->stepsListWidget->currentRow();
}

void PlaybookEditorDialog::selectStep(int index)
{
    storeStep();
    m_filling = true;
    m_ui->stepsListWidget->setCurrentRow(index);
    m_filling = false;
    showStep();
}

void PlaybookEditorDialog::showStep()
{
    const int index = currentStep();
    m_shown = index;
    const bool any = index >= 0 && index < m_playbook.steps.size();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->phaseComboBox),
          static_cast<QWidget *>(m_ui->decisionCheckBox),
          static_cast<QWidget *>(m_ui->textPlainTextEdit),
          static_cast<QWidget *>(m_ui->whyPlainTextEdit),
          static_cast<QWidget *>(m_ui->roleComboBox), static_cast<QWidget *>(m_ui->contactComboBox),
          static_cast<QWidget *>(m_ui->requiredCheckBox),
          static_cast<QWidget *>(m_ui->removeStepPushButton)})
        widget->setEnabled(any);
    m_ui->upPushButton->setEnabled(any && index > 0);
    m_ui->downPushButton->setEnabled(any && index + 1 < m_playbook.steps.size());
    if (!any)
        return;
    const PlaybookStep &step = m_playbook.steps.at(index);
    m_filling = true;
    m_ui->phaseComboBox->setCurrentIndex(m_ui->phaseComboBox->findData(int(step.phase)));
    m_ui->decisionCheckBox->setChecked(step.decision);
    m_ui->textPlainTextEdit->setPlainText(step.text.in(m_language));
    m_ui->whyPlainTextEdit->setPlainText(step.why.in(m_language));
    m_ui->criteriaPlainTextEdit->setPlainText(step.criteria.in(m_language));
    m_ui->criteriaLabel->setEnabled(step.decision);
    m_ui->criteriaPlainTextEdit->setEnabled(step.decision);
    m_ui->roleComboBox->setCurrentIndex(qMax(0, m_ui->roleComboBox->findData(step.role)));
    m_ui->contactComboBox->setCurrentIndex(qMax(0, m_ui->contactComboBox->findData(step.contact)));
    m_ui->requiredCheckBox->setChecked(step.required);
    m_filling = false;
}

void PlaybookEditorDialog::storeStep()
{
    if (m_shown < 0 || m_shown >= m_playbook.steps.size())
        return;
    PlaybookStep &step = m_playbook.steps[m_shown];
    step.phase = IncidentPhase(m_ui->phaseComboBox->currentData().toInt());
    step.decision = m_ui->decisionCheckBox->isChecked();
    // Only a changed text is set, so an untouched step keeps both languages exactly.
    const auto setIfChanged = [this](LocalizedText &text, const QString &typed) {
        if (typed != text.in(m_language))
            text.set(m_language, typed);
    };
    setIfChanged(step.text, m_ui->textPlainTextEdit->toPlainText());
    setIfChanged(step.why, m_ui->whyPlainTextEdit->toPlainText());
    setIfChanged(step.criteria,
                 step.decision ? m_ui->criteriaPlainTextEdit->toPlainText() : QString());
    step.role = m_ui->roleComboBox->currentData().toString();
    step.contact = m_ui->contactComboBox->currentData().toString();
    step.required = m_ui->requiredCheckBox->isChecked();
}

void PlaybookEditorDialog::addStep()
{
    storeStep();
    const int index = currentStep() + 1;
    PlaybookStep step;
    if (index > 0)
        step.phase = m_playbook.steps.at(index - 1).phase;
    step.role = m_ui->roleComboBox->itemData(0).toString();
    m_playbook.steps.insert(index, step);
    showSteps();
    m_shown = -1;
    selectStep(index);
    m_ui->textPlainTextEdit->setFocus();
}

void PlaybookEditorDialog::removeStep()
{
    const int index = currentStep();
    if (index < 0)
        return;
    m_playbook.steps.removeAt(index);
    m_shown = -1;
    showSteps();
    selectStep(qMin(index, int(m_playbook.steps.size()) - 1));
}

void PlaybookEditorDialog::moveStep(int by)
{
    storeStep();
    const int index = currentStep();
    const int to = index + by;
    if (index < 0 || to < 0 || to >= m_playbook.steps.size())
        return;
    m_playbook.steps.move(index, to);
    m_shown = -1;
    showSteps();
    selectStep(to);
}

void PlaybookEditorDialog::accept()
{
    storeStep();
    const QString title = m_ui->titleLineEdit->text().trimmed();
    if (title != m_playbook.title.in(m_language))
        m_playbook.title.set(m_language, title);
    // The loader checks a saved copy too; here the problems a person can fix in this form.
    QString problem;
    if (title.isEmpty())
        problem = tr("The playbook needs a title.");
    else if (m_playbook.steps.isEmpty())
        problem = tr("The playbook needs at least one step.");
    for (int i = 0; problem.isEmpty() && i < m_playbook.steps.size(); ++i) {
        const PlaybookStep &step = m_playbook.steps.at(i);
        if (step.text.isEmpty())
            problem = tr("Step %1 has no text.").arg(i + 1);
        else if (step.why.isEmpty())
            problem = tr("Step %1: say why it matters.").arg(i + 1);
        else if (step.decision && step.criteria.isEmpty())
            problem = tr("Step %1 is a decision: write down the criteria in advance.").arg(i + 1);
        else if (i > 0 && int(step.phase) < int(m_playbook.steps.at(i - 1).phase))
            problem = tr("Step %1 is in an earlier phase than the step before it: keep the "
                         "phases in order.")
                          .arg(i + 1);
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace mamori
