#include "DiagnosisPanel.h"

#include "DatabaseSession.h"
#include "DiagnosisItemWidget.h"
#include "Dialogs.h"
#include "LocaleDateEdit.h"
#include "storage/ActionRepository.h"

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

DiagnosisPanel::DiagnosisPanel(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DiagnosisPanel>()), m_session(session)
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
    Database *database = m_session.database();
    if (!database || !m_content)
        return;
    DiagnosisRepository repository(*database);
    auto sessions = repository.all();
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
        m_current.answeredOn = QDate::currentDate();
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
    fresh.answeredOn = QDate::currentDate();
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
    const diagnosis::Score score = diagnosis::score(m_current.answers);
    const int answered = diagnosis::itemCount - int(score.unansweredItems.size());
    if (score.complete()) {
        m_ui->scoreLabel->setText(tr("%1 points out of 100").arg(score.total));
        const SelfDiagnosisContent::Band *band = m_content->bandFor(score.total);
        m_ui->bandLabel->setText(band ? band->title : QString());
    } else {
        m_ui->scoreLabel->setText(tr("%1 points so far").arg(score.total));
        m_ui->bandLabel->setText(
            tr("%1 of %2 items answered. The band is shown once every item has an answer.")
                .arg(answered)
                .arg(diagnosis::itemCount));
    }
    // Rich text built from our own content and numbers; escaped all the same.
    QString html;
    if (score.complete()) {
        if (const SelfDiagnosisContent::Band *band = m_content->bandFor(score.total))
            html += QStringLiteral("<p>%1</p>").arg(band->meaning.toHtmlEscaped());
    }
    html += QStringLiteral("<p>");
    for (const SelfDiagnosisContent::Part &part : m_content->parts()) {
        html += tr("Part %1 (%2): %3 of %4")
                    .arg(part.number)
                    .arg(part.title.toHtmlEscaped())
                    .arg(score.partSubtotals.value(part.number))
                    .arg(int(part.items.size()) * diagnosis::done) +
                QStringLiteral("<br>");
    }
    html += QStringLiteral("</p>");
    if (!score.unknownItems.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Answered “don't know”: %1. Find out and answer these.")
                             .arg(itemList(score.unknownItems))
                             .toHtmlEscaped());
    }
    QString steps;
    for (const int item : diagnosis::weakestItems(m_current.answers, 5)) {
        if (m_current.answers.value(item) >= diagnosis::done)
            continue;
        if (const SelfDiagnosisContent::Item *content = m_content->item(item)) {
            steps += QStringLiteral("<li><b>%1. %2</b><br>%3</li>")
                         .arg(item)
                         .arg(content->keyword.toHtmlEscaped(), content->nextStep.toHtmlEscaped());
        }
    }
    if (!steps.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                    .arg(tr("Start with these").toHtmlEscaped(), steps);
    }
    m_ui->resultTextBrowser->setHtml(html);
}

void DiagnosisPanel::updateState()
{
    const bool open = m_session.isOpen();
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

Status DiagnosisPanel::persistDraft()
{
    Database *database = m_session.database();
    if (!database)
        return Error(ErrorKind::Io, tr("No database is open."));
    collectAnswers();
    auto id = DiagnosisRepository(*database).saveDraft(m_current);
    if (!id)
        return id.error();
    m_current.id = *id;
    m_dirty = false;
    return {};
}

void DiagnosisPanel::saveDraft()
{
    if (m_current.completed)
        return;
    if (Status saved = persistDraft(); !saved) {
        Dialogs::showError(this, tr("Self-diagnosis"), saved.error());
        return;
    }
    reload();
    emit changed();
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
    Status done = persistDraft();
    if (done)
        done = DiagnosisRepository(*m_session.database()).complete(m_current.id);
    if (!done) {
        Dialogs::showError(this, tr("Self-diagnosis"), done.error());
        return;
    }
    reload();
    emit changed();
}

void DiagnosisPanel::deleteDraft()
{
    if (m_current.completed || m_current.id == 0 || !m_session.database())
        return;
    if (!Dialogs::confirm(this, tr("Delete draft"),
                          tr("Delete this draft diagnosis and its answers?"), tr("Delete"))) {
        return;
    }
    if (Status removed = DiagnosisRepository(*m_session.database()).removeDraft(m_current.id);
        !removed) {
        Dialogs::showError(this, tr("Self-diagnosis"), removed.error());
        return;
    }
    m_dirty = false;
    m_current = {};
    reload();
    emit changed();
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
                          session.department.isEmpty() ? tr("Whole company") : session.department,
                          session.completed ? tr("Completed") : tr("Draft")};
        if (score.complete())
            parts << tr("%1 points").arg(score.total);
        list->addItem(parts.join(QStringLiteral(" · ")), session.id);
    }
    list->setCurrentIndex(list->findData(m_current.id));
}

void DiagnosisPanel::fillComparison()
{
    QList<DiagnosisSession> columns;
    QStringList headers;
    for (const DiagnosisSession &session : std::as_const(m_sessions)) {
        if (!session.completed)
            continue;
        columns << session;
        headers << QStringLiteral("%1\n%2").arg(
            QLocale().toString(session.answeredOn, QLocale::ShortFormat),
            session.department.isEmpty() ? tr("Whole company") : session.department);
    }
    if (Database *database = m_session.database()) {
        auto latest = DiagnosisRepository(*database).latestCompletedPerDepartment();
        if (latest && latest->size() > 1) {
            QList<diagnosis::Answers> answers;
            for (const DiagnosisSession &session : std::as_const(*latest))
                answers << session.answers;
            DiagnosisSession combined;
            combined.answers = diagnosis::combine(answers);
            columns.prepend(combined);
            headers.prepend(tr("Combined\n(%n departments)", nullptr, int(latest->size())));
        }
    }
    QTableWidget *table = m_ui->comparisonTableWidget;
    table->clear();
    table->setColumnCount(int(columns.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(diagnosis::itemCount + 2);
    QStringList rowLabels;
    for (int item = 1; item <= diagnosis::itemCount; ++item) {
        const SelfDiagnosisContent::Item *content = m_content ? m_content->item(item) : nullptr;
        rowLabels << QStringLiteral("%1. %2").arg(item).arg(content ? content->keyword : QString());
    }
    rowLabels << tr("Total") << tr("Band");
    table->setVerticalHeaderLabels(rowLabels);
    for (int column = 0; column < columns.size(); ++column) {
        const diagnosis::Answers &answers = columns[column].answers;
        for (int item = 1; item <= diagnosis::itemCount; ++item) {
            const int answer = answers.value(item, diagnosis::dontKnow);
            auto *cell = new QTableWidgetItem(m_content ? m_content->answerLabel(answer)
                                                        : QString::number(answer));
            cell->setBackground(answerColor(answer));
            cell->setForeground(QColor(Qt::black));
            table->setItem(item - 1, column, cell);
        }
        const int total = diagnosis::score(answers).total;
        table->setItem(diagnosis::itemCount, column, new QTableWidgetItem(QString::number(total)));
        const SelfDiagnosisContent::Band *band = m_content ? m_content->bandFor(total) : nullptr;
        table->setItem(diagnosis::itemCount + 1, column,
                       new QTableWidgetItem(band ? band->title : QString()));
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
