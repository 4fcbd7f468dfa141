#include "DiagnosisPanel.h"

#include "ActionDocument.h"
#include "Clock.h"
#include "DiagnosisItemWidget.h"
#include "Dialogs.h"
#include "LocaleDateEdit.h"
#include "action/DiagnosisResult.h"

#include "ui_DiagnosisPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mamori {

namespace {

// Soft backgrounds that keep black text readable: good, partly, not done, don't know.
QColor answerColor(int answer)
{
    switch (answer) {
    case diagnosis::done:
        return QColor(0xd8, 0xf0, 0xd8);
    case diagnosis::partly:
        return QColor(0xff, 0xf1, 0xc6);
    case diagnosis::notDone:
        return QColor(0xf7, 0xd4, 0xd4);
    default:
        return QColor(0xe4, 0xe4, 0xe8);
    }
}

QString itemList(const QList<int> &items)
{
    QStringList numbers;
    for (const int item : items)
        numbers << QString::number(item);
    return numbers.join(QStringLiteral(", "));
}

} // namespace

DiagnosisPanel::DiagnosisPanel(ActionDocument &document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DiagnosisPanel>()), m_document(document)
{
    m_ui->setupUi(this);
    QFont bigger = m_ui->scoreLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
    bigger.setBold(true);
    m_ui->scoreLabel->setFont(bigger);
    QFont bold = m_ui->bandLabel->font();
    bold.setBold(true);
    m_ui->bandLabel->setFont(bold);
    m_ui->saveDraftPushButton->setShortcut(QKeySequence::Save);

    connect(m_ui->newPushButton, &QPushButton::clicked, this, &DiagnosisPanel::startNewSession);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &DiagnosisPanel::deleteDraft);
    connect(m_ui->saveDraftPushButton, &QPushButton::clicked, this, &DiagnosisPanel::saveDraft);
    connect(m_ui->completePushButton, &QPushButton::clicked, this, &DiagnosisPanel::complete);
    connect(m_ui->sessionComboBox, &QComboBox::activated, this, &DiagnosisPanel::sessionSelected);
    const auto markDirty = [this] {
        if (m_filling)
            return;
        m_dirty = true;
        updateState();
    };
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, markDirty);
    connect(m_ui->departmentLineEdit, &QLineEdit::textEdited, this, markDirty);
    // Saved, completed, deleted, undone or redone: the lists follow (answers being given stay).
    connect(&m_document, &ActionDocument::diagnosesChanged, this, &DiagnosisPanel::reload);
    loadContent();
    retranslate();
    startNewSession();
}

DiagnosisPanel::~DiagnosisPanel() = default;

DiagnosisItemWidget *DiagnosisPanel::itemWidget(int item) const
{
    for (DiagnosisItemWidget *widget : m_items) {
        if (widget->item() == item)
            return widget;
    }
    return nullptr;
}

void DiagnosisPanel::loadContent()
{
    auto content = SelfDiagnosisContent::load(currentUiLanguage());
    if (!content) {
        Dialogs::showError(this, tr("Self-diagnosis"), content.error());
        return;
    }
    m_content = std::move(*content);
    buildItems();
}

void DiagnosisPanel::buildItems()
{
    m_items.clear();
    // A fresh container: setWidget() deletes the old questions and shows the new ones.
    auto *container = new QWidget;
    container->setObjectName(QStringLiteral("itemsWidget"));
    auto *layout = new QVBoxLayout(container);
    for (const SelfDiagnosisContent::Part &part : m_content->parts()) {
        auto *heading = new QLabel(tr("Part %1: %2").arg(part.number).arg(part.title), container);
        heading->setTextFormat(Qt::PlainText);
        QFont font = heading->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        heading->setFont(font);
        layout->addWidget(heading);
        auto *description = new QLabel(part.description, container);
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        layout->addWidget(description);
        for (const int number : part.items) {
            const SelfDiagnosisContent::Item *item = m_content->item(number);
            if (!item)
                continue;
            auto *widget = new DiagnosisItemWidget(*m_content, *item, container);
            connect(widget, &DiagnosisItemWidget::answerChanged, this, [this] {
                if (m_filling)
                    return;
                m_dirty = true;
                collectAnswers();
                updateResult();
                updateState();
            });
            layout->addWidget(widget);
            m_items.append(widget);
        }
    }
    layout->addStretch();
    m_ui->itemsScrollArea->setWidget(container);
}

void DiagnosisPanel::reload()
{
    if (!m_content)
        return;
    auto sessions = m_document.diagnoses();
    if (!sessions) {
        Dialogs::showError(this, tr("Self-diagnosis"), sessions.error());
        return;
    }
    m_sessions = *sessions;
    fillSessionList();
    fillComparison();
    if (m_dirty)
        return; // keep what is being typed
    const auto same =
        std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                     [this](const DiagnosisSession &s) { return s.id == m_current.id; });
    if (m_current.id != 0 && same != m_sessions.cend()) {
        showSession(*same);
        return;
    }
    // Open the newest draft, else the latest completed diagnosis, else a new one.
    const auto draft = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                    [](const DiagnosisSession &s) { return !s.completed; });
    if (draft != m_sessions.cend())
        showSession(*draft);
    else if (!m_sessions.isEmpty())
        showSession(m_sessions.constFirst());
    else
        showSession(m_current.id == 0 ? m_current : DiagnosisSession{});
}

void DiagnosisPanel::setEvidence(const InventoryEvidence &evidence)
{
    m_evidence = evidence;
    m_suggestions = InventoryAdvisor::suggestAnswers(evidence);
}

void DiagnosisPanel::showSession(const DiagnosisSession &session)
{
    m_filling = true;
    m_current = session;
    if (!m_current.answeredOn.isValid())
        m_current.answeredOn = Clock::today();
    m_ui->dateEdit->setDate(m_current.answeredOn);
    m_ui->departmentLineEdit->setText(m_current.department);
    m_ui->dateEdit->setReadOnly(m_current.completed);
    m_ui->departmentLineEdit->setReadOnly(m_current.completed);
    for (DiagnosisItemWidget *widget : std::as_const(m_items)) {
        const int item = widget->item();
        widget->setAnswer(m_current.answers.contains(item)
                              ? std::optional<int>(m_current.answers.value(item))
                              : std::nullopt);
        std::optional<AnswerSuggestion> suggestion;
        for (const AnswerSuggestion &candidate : std::as_const(m_suggestions)) {
            if (candidate.item == item && !m_current.completed)
                suggestion = candidate;
        }
        widget->setSuggestion(suggestion);
        widget->setReadOnly(m_current.completed);
    }
    m_filling = false;
    fillSessionList();
    m_dirty = false;
    updateResult();
    updateState();
}

bool DiagnosisPanel::confirmDiscard()
{
    if (!m_dirty)
        return true;
    return Dialogs::confirm(this, tr("Unsaved answers"),
                            tr("This diagnosis has answers that are not saved. Discard them?"),
                            tr("Discard"));
}

void DiagnosisPanel::startNewSession()
{
    if (!confirmDiscard())
        return;
    DiagnosisSession fresh;
    fresh.answeredOn = Clock::today();
    showSession(fresh);
}

void DiagnosisPanel::sessionSelected(int index)
{
    const qint64 id = m_ui->sessionComboBox->itemData(index).toLongLong();
    const auto chosen = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                     [id](const DiagnosisSession &s) { return s.id == id; });
    if (chosen == m_sessions.cend() || id == m_current.id)
        return;
    if (!confirmDiscard()) {
        fillSessionList(); // back to the session being edited
        return;
    }
    showSession(*chosen);
}

void DiagnosisPanel::collectAnswers()
{
    m_current.answeredOn = m_ui->dateEdit->date();
    m_current.department = m_ui->departmentLineEdit->text().trimmed();
    m_current.answers.clear();
    for (DiagnosisItemWidget *widget : std::as_const(m_items)) {
        if (const auto answer = widget->answer())
            m_current.answers.insert(widget->item(), *answer);
    }
}

void DiagnosisPanel::updateResult()
{
    if (!m_content)
        return;
    const DiagnosisSummary summary = DiagnosisSummary::of(*m_content, m_current.answers);
    if (summary.complete) {
        m_ui->scoreLabel->setText(tr("%1 points out of 100").arg(summary.total));
        m_ui->bandLabel->setText(summary.bandTitle);
    } else {
        m_ui->scoreLabel->setText(tr("%1 points so far").arg(summary.total));
        m_ui->bandLabel->setText(
            tr("%1 of %2 items answered. The band is shown once every item has an answer.")
                .arg(summary.answered)
                .arg(diagnosis::itemCount));
    }
    // Rich text built from our own content and numbers; escaped all the same.
    QString html;
    if (!summary.bandMeaning.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(summary.bandMeaning.toHtmlEscaped());
    html += QStringLiteral("<p>");
    for (const DiagnosisSummary::PartLine &part : summary.parts) {
        html += tr("Part %1 (%2): %3 of %4")
                    .arg(part.number)
                    .arg(part.title.toHtmlEscaped())
                    .arg(part.points)
                    .arg(part.maximum) +
                QStringLiteral("<br>");
    }
    html += QStringLiteral("</p>");
    if (!summary.unknownItems.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Answered “don't know”: %1. Find out and answer these.")
                             .arg(itemList(summary.unknownItems))
                             .toHtmlEscaped());
    }
    QString steps;
    for (const DiagnosisSummary::NextStep &step : summary.nextSteps) {
        steps += QStringLiteral("<li><b>%1. %2</b><br>%3</li>")
                     .arg(step.item)
                     .arg(step.keyword.toHtmlEscaped(), step.step.toHtmlEscaped());
    }
    if (!steps.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                    .arg(tr("Start with these").toHtmlEscaped(), steps);
    }
    m_ui->resultTextBrowser->setHtml(html);
}

void DiagnosisPanel::updateState()
{
    const bool open = m_document.isOpen();
    const bool editable = open && !m_current.completed;
    const bool complete = diagnosis::score(m_current.answers).complete();
    QString state;
    if (m_current.completed) {
        state = tr("Completed diagnosis of %1. It is read-only; start a new diagnosis to answer "
                   "again.")
                    .arg(QLocale().toString(m_current.answeredOn, QLocale::LongFormat));
    } else if (m_current.id == 0) {
        state = tr("New diagnosis, not saved yet. Save it as a draft at any time and complete it "
                   "once every item has an answer.");
    } else {
        state = m_dirty ? tr("Draft with unsaved changes.")
                        : tr("Draft saved. Complete it once every item has an answer.");
    }
    m_ui->stateLabel->setText(state);
    m_ui->saveDraftPushButton->setEnabled(editable);
    m_ui->completePushButton->setEnabled(editable && complete);
    m_ui->deletePushButton->setEnabled(open && !m_current.completed && m_current.id != 0);
    m_ui->newPushButton->setEnabled(open);
}

DiagnosisSession DiagnosisPanel::editedSession()
{
    collectAnswers();
    return m_current;
}

void DiagnosisPanel::saveDraft()
{
    if (m_current.completed)
        return;
    const qint64 id = m_document.saveDiagnosisDraft(editedSession());
    if (id == 0)
        return; // the failure is shown by the main window
    m_current.id = id;
    m_dirty = false;
    reload();
}

void DiagnosisPanel::complete()
{
    collectAnswers();
    if (m_current.completed || !diagnosis::score(m_current.answers).complete())
        return;
    if (!Dialogs::confirm(this, tr("Complete the diagnosis"),
                          tr("A completed diagnosis can no longer be changed. Complete the "
                             "diagnosis of %1?")
                              .arg(QLocale().toString(m_current.answeredOn, QLocale::LongFormat)),
                          tr("Complete"))) {
        return;
    }
    const auto id = m_document.completeDiagnosis(editedSession());
    if (!id) {
        Dialogs::showError(this, tr("Self-diagnosis"), id.error());
        return;
    }
    m_current.id = *id;
    m_dirty = false;
    reload();
}

void DiagnosisPanel::deleteDraft()
{
    if (m_current.completed || m_current.id == 0)
        return;
    if (!Dialogs::confirm(this, tr("Delete draft"),
                          tr("Delete this draft diagnosis and its answers? Edit → Undo brings "
                             "it back."),
                          tr("Delete"))) {
        return;
    }
    const qint64 id = m_current.id;
    m_dirty = false;
    m_current = {};
    if (!m_document.removeDiagnosisDraft(id))
        reload();
}

void DiagnosisPanel::fillSessionList()
{
    QComboBox *list = m_ui->sessionComboBox;
    list->clear();
    if (m_current.id == 0)
        list->addItem(tr("New diagnosis (not saved)"), qint64(0));
    for (const DiagnosisSession &session : std::as_const(m_sessions)) {
        const diagnosis::Score score = diagnosis::score(session.answers);
        QStringList parts{QLocale().toString(session.answeredOn, QLocale::ShortFormat),
                          DiagnosisComparison::departmentName(session.department),
                          session.completed ? tr("Completed") : tr("Draft")};
        if (score.complete())
            parts << tr("%1 points").arg(score.total);
        list->addItem(parts.join(QStringLiteral(" · ")), session.id);
    }
    list->setCurrentIndex(list->findData(m_current.id));
}

void DiagnosisPanel::fillComparison()
{
    QTableWidget *table = m_ui->comparisonTableWidget;
    table->clear();
    if (!m_content)
        return;
    const auto departments = m_document.latestCompletedPerDepartment();
    if (!departments) {
        table->setColumnCount(0);
        table->setRowCount(0);
        Dialogs::showError(this, tr("Self-diagnosis"), departments.error());
        return;
    }
    const DiagnosisComparison comparison =
        DiagnosisComparison::of(*m_content, m_sessions, *departments);
    QStringList headers;
    for (const DiagnosisComparison::Column &column : comparison.columns)
        headers << column.heading;
    table->setColumnCount(int(comparison.columns.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(diagnosis::itemCount + 2);
    QStringList rowLabels;
    for (const DiagnosisComparison::Row &row : comparison.rows)
        rowLabels << row.label;
    rowLabels << tr("Total") << tr("Band");
    table->setVerticalHeaderLabels(rowLabels);
    for (int column = 0; column < comparison.columns.size(); ++column) {
        const DiagnosisComparison::Column &shown = comparison.columns[column];
        for (const DiagnosisComparison::Row &row : comparison.rows) {
            const int answer = shown.answers.value(row.item, diagnosis::dontKnow);
            auto *cell = new QTableWidgetItem(m_content->answerLabel(answer));
            cell->setBackground(answerColor(answer));
            cell->setForeground(QColor(Qt::black));
            table->setItem(row.item - 1, column, cell);
        }
        table->setItem(diagnosis::itemCount, column,
                       new QTableWidgetItem(QString::number(shown.total)));
        table->setItem(diagnosis::itemCount + 1, column, new QTableWidgetItem(shown.bandTitle));
    }
    table->resizeColumnsToContents();
}

void DiagnosisPanel::retranslate()
{
    showLocaleShortDates(m_ui->dateEdit);
}

void DiagnosisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // The questions come from the content file of the new language.
        if (m_evidence) // the reasons are sentences in the new language
            m_suggestions = InventoryAdvisor::suggestAnswers(*m_evidence);
        const DiagnosisSession shown = m_current;
        const bool dirty = m_dirty;
        loadContent();
        fillSessionList();
        fillComparison();
        showSession(shown);
        m_dirty = dirty;
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori
