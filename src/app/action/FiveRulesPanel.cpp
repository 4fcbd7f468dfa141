#include "FiveRulesPanel.h"

#include "ActionDocument.h"
#include "Clock.h"
#include "Dialogs.h"
#include "LocaleDateEdit.h"
#include "TintedIcon.h"

#include "ui_FiveRulesPanel.h"

#include <QEvent>
#include <QHeaderView>

namespace mamori {

namespace {

enum RuleColumn
{
    RuleTitleColumn,
    StatusColumn,
    OwnerColumn,
    ConfirmedColumn,
    InventoryColumn,
    RuleColumnCount
};

const QList<RuleState> statesInOrder{RuleState::InPlace, RuleState::Partly, RuleState::NotYet};

QColor stateColor(RuleState state)
{
    switch (state) {
    case RuleState::InPlace:
        return QColor(0xd8, 0xf0, 0xd8);
    case RuleState::Partly:
        return QColor(0xff, 0xf1, 0xc6);
    case RuleState::NotYet:
        break;
    }
    return QColor(0xf7, 0xd4, 0xd4);
}

} // namespace

FiveRulesPanel::FiveRulesPanel(ActionDocument &document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FiveRulesPanel>()), m_document(document)
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->rulesTableWidget;
    table->setColumnCount(RuleColumnCount);
    table->setRowCount(5);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(InventoryColumn, QHeaderView::Stretch);
    // One line per rule, so the table's height is known before it is shown: a long hint is
    // shortened with "…" and said whole in its tooltip and in the rule's guidance below.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->confirmedDateEdit->setDate(Clock::today());
    m_ui->savePushButton->setShortcut(QKeySequence::Save);

    connect(table, &QTableWidget::itemSelectionChanged, this, &FiveRulesPanel::ruleSelected);
    connect(m_ui->statusComboBox, &QComboBox::activated, this, &FiveRulesPanel::markDirty);
    connect(m_ui->ownerLineEdit, &QLineEdit::textEdited, this, &FiveRulesPanel::markDirty);
    connect(m_ui->howDonePlainTextEdit, &QPlainTextEdit::textChanged, this,
            &FiveRulesPanel::markDirty);
    connect(m_ui->evidenceLineEdit, &QLineEdit::textEdited, this, &FiveRulesPanel::markDirty);
    connect(m_ui->confirmedCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        m_ui->confirmedDateEdit->setEnabled(checked);
        markDirty();
    });
    connect(m_ui->confirmedDateEdit, &QDateEdit::dateChanged, this, &FiveRulesPanel::markDirty);
    connect(m_ui->confirmTodayPushButton, &QPushButton::clicked, this, [this] {
        m_ui->confirmedCheckBox->setChecked(true);
        m_ui->confirmedDateEdit->setDate(Clock::today());
        markDirty();
    });
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &FiveRulesPanel::save);
    // Saved, undone or redone: the table follows (edits being typed stay).
    connect(&m_document, &ActionDocument::fiveRulesChanged, this, &FiveRulesPanel::reload);
    connect(m_ui->revertPushButton, &QPushButton::clicked, this, &FiveRulesPanel::revert);
    loadContent();
    retranslate();
    updateButtons();
}

FiveRulesPanel::~FiveRulesPanel() = default;

void FiveRulesPanel::loadContent()
{
    auto content = FiveRulesContent::load(currentUiLanguage());
    if (!content) {
        Dialogs::showError(this, tr("Five basic rules"), content.error());
        return;
    }
    m_content = std::move(*content);
}

void FiveRulesPanel::reload()
{
    auto statuses = m_document.fiveRules();
    if (!statuses) {
        Dialogs::showError(this, tr("Five basic rules"), statuses.error());
        return;
    }
    m_statuses = *statuses;
    fillTable();
    if (!m_dirty)
        showRule(m_rule);
}

void FiveRulesPanel::setEvidence(const InventoryEvidence &evidence)
{
    m_evidence = evidence;
    m_hints = InventoryAdvisor::ruleHints(evidence);
}

QString FiveRulesPanel::hintFor(int rule) const
{
    QStringList texts;
    for (const RuleHint &hint : m_hints) {
        if (hint.rule == rule)
            texts << hint.text;
    }
    return texts.join(QLatin1Char(' '));
}

void FiveRulesPanel::fillTable()
{
    m_filling = true;
    QTableWidget *table = m_ui->rulesTableWidget;
    for (const FiveRuleStatus &status : std::as_const(m_statuses)) {
        const int row = status.rule - 1;
        const FiveRulesContent::Rule *rule = m_content ? m_content->rule(status.rule) : nullptr;
        bool attention = false;
        for (const RuleHint &hint : std::as_const(m_hints))
            attention = attention || (hint.rule == status.rule && hint.attention);
        const QStringList texts{
            QStringLiteral("%1. %2").arg(status.rule).arg(rule ? rule->title : QString()),
            ruleStateLabel(status.state), status.owner,
            status.confirmedOn.isValid()
                ? QLocale().toString(status.confirmedOn, QLocale::ShortFormat)
                : tr("Never"),
            hintFor(status.rule)};
        for (int column = 0; column < RuleColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            if (column == StatusColumn) {
                item->setBackground(stateColor(status.state));
                item->setForeground(QColor(Qt::black));
            }
            if (column == InventoryColumn && attention) {
                // Colour and icon say the same: the inventory shows something to do.
                item->setForeground(QColor(0xa0, 0x30, 0x00));
                item->setIcon(stateIcon(QStringLiteral(":/icons/states/attention.svg")));
                item->setToolTip(tr("Needs attention: %1").arg(texts[column]));
            }
            table->setItem(row, column, item);
        }
    }
    table->selectRow(m_rule - 1);
    // All five rules stay in view: the table is as tall as its rows and never scrolls (both its
    // scroll bars are off); the editor below takes what is left in the splitter.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
    m_filling = false;
}

void FiveRulesPanel::selectRule(int rule)
{
    m_ui->rulesTableWidget->selectRow(rule - 1);
}

void FiveRulesPanel::ruleSelected()
{
    if (m_filling)
        return;
    const QList<QTableWidgetItem *> selected = m_ui->rulesTableWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const int rule = selected.constFirst()->row() + 1;
    if (rule == m_rule && !m_dirty)
        return;
    if (rule != m_rule && !confirmDiscard()) {
        m_filling = true;
        m_ui->rulesTableWidget->selectRow(m_rule - 1);
        m_filling = false;
        return;
    }
    showRule(rule);
}

void FiveRulesPanel::showRule(int rule)
{
    if (rule < 1 || rule > m_statuses.size())
        return;
    m_filling = true;
    m_rule = rule;
    const FiveRuleStatus &status = m_statuses[rule - 1];
    const FiveRulesContent::Rule *content = m_content ? m_content->rule(rule) : nullptr;
    m_ui->ruleGroupBox->setTitle(
        tr("Rule %1: %2").arg(rule).arg(content ? content->title : QString()));
    // Rich text from our own content and the inventory's counts, escaped all the same.
    QString guidance;
    if (content) {
        guidance += QStringLiteral("<p>%1</p><ul>").arg(content->summary.toHtmlEscaped());
        for (const QString &step : content->howTo)
            guidance += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        guidance += QStringLiteral("</ul>");
    }
    const QString hint = hintFor(rule);
    if (!hint.isEmpty()) {
        guidance += QStringLiteral("<p><b>%1</b></p>")
                        .arg(tr("From your inventory: %1").arg(hint).toHtmlEscaped());
    }
    m_ui->guidanceTextBrowser->setHtml(guidance);
    m_ui->statusComboBox->setCurrentIndex(int(statesInOrder.indexOf(status.state)));
    m_ui->ownerLineEdit->setText(status.owner);
    m_ui->howDonePlainTextEdit->setPlainText(status.howDone);
    m_ui->evidenceLineEdit->setText(status.evidence);
    m_ui->confirmedCheckBox->setChecked(status.confirmedOn.isValid());
    m_ui->confirmedDateEdit->setEnabled(status.confirmedOn.isValid());
    m_ui->confirmedDateEdit->setDate(status.confirmedOn.isValid() ? status.confirmedOn
                                                                  : Clock::today());
    m_filling = false;
    m_dirty = false;
    updateButtons();
}

FiveRuleStatus FiveRulesPanel::editedStatus() const
{
    FiveRuleStatus status;
    status.rule = m_rule;
    status.state = statesInOrder.value(m_ui->statusComboBox->currentIndex(), RuleState::NotYet);
    status.owner = m_ui->ownerLineEdit->text().trimmed();
    status.howDone = m_ui->howDonePlainTextEdit->toPlainText().trimmed();
    status.evidence = m_ui->evidenceLineEdit->text().trimmed();
    if (m_ui->confirmedCheckBox->isChecked())
        status.confirmedOn = m_ui->confirmedDateEdit->date();
    return status;
}

void FiveRulesPanel::markDirty()
{
    if (m_filling)
        return;
    m_dirty = true;
    updateButtons();
}

bool FiveRulesPanel::confirmDiscard()
{
    if (!m_dirty)
        return true;
    return Dialogs::confirm(this, tr("Unsaved changes"),
                            tr("Rule %1 has changes that are not saved. Discard them?").arg(m_rule),
                            tr("Discard"));
}

void FiveRulesPanel::save()
{
    if (!m_dirty)
        return;
    const FiveRuleStatus edited = editedStatus();
    m_dirty = false;
    if (!m_document.saveRule(edited)) // the failure is shown by the main window
        m_dirty = true;
    updateButtons();
}

void FiveRulesPanel::revert()
{
    showRule(m_rule);
}

void FiveRulesPanel::updateButtons()
{
    const bool open = m_document.isOpen();
    m_ui->ruleGroupBox->setEnabled(open && !m_statuses.isEmpty());
    m_ui->savePushButton->setEnabled(m_dirty);
    m_ui->revertPushButton->setEnabled(m_dirty);
}

void FiveRulesPanel::retranslate()
{
    m_ui->rulesTableWidget->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Status"), tr("Owner"), tr("Last confirmed"), tr("From the inventory")});
    const int index = m_ui->statusComboBox->currentIndex();
    m_ui->statusComboBox->clear();
    for (const RuleState state : statesInOrder)
        m_ui->statusComboBox->addItem(ruleStateLabel(state));
    m_ui->statusComboBox->setCurrentIndex(qMax(index, 0));
    showLocaleShortDates(m_ui->confirmedDateEdit);
}

void FiveRulesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // The form keeps the label widths of the previous language otherwise.
        m_ui->statusFormLayout->invalidate();
        loadContent();
        if (m_evidence) // the hints are sentences in the new language
            m_hints = InventoryAdvisor::ruleHints(*m_evidence);
        const bool dirty = m_dirty;
        m_filling = true;
        retranslate();
        m_filling = false;
        if (!m_statuses.isEmpty())
            fillTable();
        if (!dirty)
            showRule(m_rule);
        m_dirty = dirty;
    }
    QWidget::changeEvent(event);
}

} // namespace mamori
