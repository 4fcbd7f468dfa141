#include "BackupsPage.h"

#include "Clock.h"
#include "Dialogs.h"
#include "OsUser.h"
#include "WrappingItemDelegate.h"
#include "backups/BackupDocument.h"
#include "backups/BackupPlanDialog.h"
#include "backups/RemindersWidget.h"
#include "backups/RunRecordDialog.h"

#include "ui_BackupsPage.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace mamori {

namespace {

constexpr int recentRuns = 20;
constexpr int choiceLimit = 2000;

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : BackupsPage::tr("never");
}

QString sizeText(const std::optional<qint64> &bytes)
{
    return bytes ? QLocale().formattedDataSize(*bytes) : QString();
}

QString protectsText(const BackupPlan &plan)
{
    QStringList labels;
    for (const ProtectedItem &item : plan.protects)
        labels << item.label;
    return labels.join(BackupsPage::tr(", "));
}

} // namespace

BackupsPage::BackupsPage(BackupDocument &document, AttentionMonitor &attention,
                         std::function<void(Page)> showPage, QWidget *parent)
    : PageFrame(Page::Backups, Scrolling::ContentScrollsItself, parent),
      m_ui(std::make_unique<Ui::BackupsPage>()), m_document(document),
      m_showPage(std::move(showPage))
{
    m_ui->setupUi(content());
    m_reminders = new RemindersWidget(m_document, attention, m_ui->remindersTab);
    m_ui->remindersTabLayout->addWidget(m_reminders);
    m_addPlan = new QPushButton(this);
    m_addPlan->setObjectName(QStringLiteral("addPlanButton"));
    addHeaderWidget(m_addPlan);
    // Names, what is protected, destinations, notes and reasons wrap; states, times and counts
    // are never cut.
    WrappingItemDelegate::install(m_ui->plansTable, {0, 1, 2, 3});
    WrappingItemDelegate::install(m_ui->runsTable, {1, 5});
    WrappingItemDelegate::install(m_ui->ruleTable, {0, 6});
    m_ui->plansSplitter->setStretchFactor(0, 3);
    m_ui->plansSplitter->setStretchFactor(1, 2);

    connect(m_addPlan, &QPushButton::clicked, this, &BackupsPage::addPlan);
    connect(m_ui->editPlanButton, &QPushButton::clicked, this, &BackupsPage::editPlan);
    connect(m_ui->removePlanButton, &QPushButton::clicked, this, &BackupsPage::removePlan);
    connect(m_ui->recordOkButton, &QPushButton::clicked, this, &BackupsPage::recordOkRun);
    connect(m_ui->recordRunButton, &QPushButton::clicked, this, &BackupsPage::recordRun);
    connect(m_ui->restoreTestButton, &QPushButton::clicked, this, &BackupsPage::recordRestoreTest);
    connect(m_ui->plansTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showRuns();
        updateButtons();
    });
    connect(m_ui->plansTable, &QTableWidget::itemActivated, this, &BackupsPage::editPlan);
    connect(m_reminders, &RemindersWidget::recordActivated, this, &BackupsPage::openRecord);
    // Hidden, the page is read when shown (showEvent), not on every change while another page
    // is in front: opening a database sends several.
    for (auto signal : {&BackupDocument::plansChanged, &BackupDocument::runsChanged}) {
        connect(&m_document, signal, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    retranslate();
    refresh();
}

BackupsPage::~BackupsPage() = default;

void BackupsPage::showEvent(QShowEvent *event)
{
    refresh(); // lateness follows the clock
    PageFrame::showEvent(event);
}

void BackupsPage::refresh()
{
    const qint64 keep = selectedPlan() ? selectedPlan()->plan.id : 0;
    auto overviews = m_document.overviews(Clock::nowUtc());
    m_overviews = overviews ? *overviews : QList<PlanOverview>();
    m_readError = overviews ? QString() : overviews.error().fullText();
    showPlans();
    if (keep != 0)
        selectPlan(keep);
    else if (!m_overviews.isEmpty())
        m_ui->plansTable->selectRow(0);
    showRuns();
    showRule();
    showState();
    updateButtons();
}

void BackupsPage::showPlans()
{
    QTableWidget *table = m_ui->plansTable;
    const QSignalBlocker quiet(table);
    table->setRowCount(int(m_overviews.size()));
    for (int row = 0; row < m_overviews.size(); ++row) {
        const PlanOverview &overview = m_overviews.at(row);
        const BackupPlan &plan = overview.plan;
        const PlanStatus &status = overview.status;
        QString destination =
            plan.destination.isEmpty() ? BackupPlans::label(plan.method) : plan.destination;
        destination += QStringLiteral(" (%1)").arg(BackupPlans::describeDestination(plan));
        QString lastRun = tr("never");
        if (overview.history.latestRun)
            lastRun = tr("%1, %2").arg(when(overview.history.latestRun->startedAt),
                                       runs::label(overview.history.latestRun->result));
        const QString restore =
            status.restore == RestoreState::Ok
                ? tr("next by %1").arg(QLocale().toString(status.restoreDue, QLocale::ShortFormat))
                : BackupRules::label(status.restore);
        const QStringList cells{plan.name,
                                protectsText(plan),
                                BackupPlans::describe(plan.schedule),
                                destination,
                                BackupRules::label(status.state),
                                when(status.nextDue),
                                lastRun,
                                restore};
        const bool attention = status.needsAttention();
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (attention && (column == 4 || column == 7)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (column == 4 && status.late)
                item->setToolTip(tr("Late since %1").arg(when(status.lateAt)));
            table->setItem(row, column, item);
        }
        table->item(row, 0)->setData(Qt::UserRole, plan.id);
    }
}

void BackupsPage::showRuns()
{
    QTableWidget *table = m_ui->runsTable;
    table->setRowCount(0);
    const PlanOverview *overview = selectedPlan();
    if (!overview)
        return;
    auto runs = m_document.runs(overview->plan.id, recentRuns);
    auto tests = m_document.restoreTests(overview->plan.id, recentRuns);
    struct Line
    {
        QDateTime at;
        QStringList cells;
        QString toolTip;
    };
    QList<Line> lines;
    if (runs) {
        for (const BackupRun &run : std::as_const(*runs)) {
            QString toolTip;
            if (!run.evidencePath.isEmpty())
                toolTip = tr("Evidence: %1\nSHA-256: %2").arg(run.evidencePath, run.evidenceSha256);
            lines.append({run.startedAt,
                          {when(run.startedAt), tr("Backup"), runs::label(run.result),
                           sizeText(run.sizeBytes), run.recordedBy, run.note},
                          toolTip});
        }
    }
    if (tests) {
        for (const RestoreTest &test : std::as_const(*tests)) {
            QString what = tr("Restore test");
            if (!test.whatRestored.isEmpty())
                what += QStringLiteral(": ") + test.whatRestored;
            lines.append({test.testedAt,
                          {when(test.testedAt), what, runs::label(test.result),
                           test.minutes ? tr("%n minute(s)", nullptr, *test.minutes) : QString(),
                           test.recordedBy, test.note},
                          test.restoredTo});
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.at > b.at; });
    table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        for (int column = 0; column < lines.at(row).cells.size(); ++column) {
            auto *item = new QTableWidgetItem(lines.at(row).cells.at(column));
            item->setToolTip(lines.at(row).toolTip);
            table->setItem(row, column, item);
        }
    }
}

void BackupsPage::showRule()
{
    QTableWidget *table = m_ui->ruleTable;
    auto results = m_document.threeTwoOne();
    const QList<ThreeTwoOneResult> all = results ? *results : QList<ThreeTwoOneResult>();
    table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const ThreeTwoOneResult &result = all.at(row);
        const QStringList cells{result.asset.name,
                                QString::number(result.copies),
                                QString::number(result.mediaKinds),
                                result.offsite ? tr("yes") : tr("no"),
                                result.offlineOrImmutable ? tr("yes") : tr("no"),
                                ThreeTwoOne::label(result.verdict),
                                result.reasons.join(tr("; "))};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void BackupsPage::showState()
{
    if (!m_document.isOpen()) {
        setState(tr("No database open."));
        return;
    }
    if (!m_readError.isEmpty()) {
        setState(tr("The backup plans cannot be read."), m_readError);
        return;
    }
    if (m_overviews.isEmpty()) {
        setState(tr("No backup plan yet: add one for each place your data is copied to."));
        return;
    }
    int late = 0;
    int failed = 0;
    int restore = 0;
    QStringList lines;
    for (const PlanOverview &overview : std::as_const(m_overviews)) {
        const PlanStatus &status = overview.status;
        if (status.state == BackupState::Failed || status.state == BackupState::Partial)
            ++failed;
        else if (status.state == BackupState::Late)
            ++late;
        if (status.restore != RestoreState::Ok)
            ++restore;
        lines << QStringLiteral("%1: %2").arg(overview.plan.name, BackupRules::label(status.state));
    }
    QStringList parts{tr("%n plan(s)", nullptr, int(m_overviews.size()))};
    if (late > 0)
        parts << tr("%n late", nullptr, late);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (restore > 0)
        parts << tr("%n restore test(s) to do", nullptr, restore);
    if (late == 0 && failed == 0 && restore == 0)
        parts << tr("all up to date");
    setState(parts.join(QStringLiteral(" — ")), lines.join(QLatin1Char('\n')));
}

const PlanOverview *BackupsPage::selectedPlan() const
{
    const auto rows = m_ui->plansTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.first().row();
    return row < m_overviews.size() ? &m_overviews.at(row) : nullptr;
}

void BackupsPage::selectPlan(qint64 id)
{
    for (int row = 0; row < m_overviews.size(); ++row) {
        if (m_overviews.at(row).plan.id == id) {
            m_ui->plansTable->selectRow(row);
            return;
        }
    }
}

void BackupsPage::addPlan()
{
    auto choices = m_document.protectableItems(choiceLimit);
    BackupPlan plan;
    plan.name = m_overviews.isEmpty() ? tr("NAS copy") : QString();
    BackupPlanDialog dialog(plan, choices ? *choices : QList<ProtectedItem>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 id = m_document.addPlan(dialog.plan()))
        selectPlan(id);
}

void BackupsPage::editPlan()
{
    const PlanOverview *overview = selectedPlan();
    if (!overview)
        return;
    auto choices = m_document.protectableItems(choiceLimit);
    QList<ProtectedItem> all = choices ? *choices : QList<ProtectedItem>();
    for (const ProtectedItem &item : overview->plan.protects) {
        if (!all.contains(item))
            all << item;
    }
    BackupPlanDialog dialog(overview->plan, all, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document.updatePlan(dialog.plan());
}

void BackupsPage::removePlan()
{
    const PlanOverview *overview = selectedPlan();
    if (!overview)
        return;
    const BackupPlan plan = overview->plan;
    if (!Dialogs::confirm(this, tr("Delete Backup Plan"),
                          tr("Delete the plan “%1” with its recorded runs and restore tests? "
                             "Edit → Undo brings it back.")
                              .arg(plan.name),
                          tr("Delete")))
        return;
    m_document.removePlan(plan.id);
}

// The two-click record: the plan is selected, this button attests a successful run now.
void BackupsPage::recordOkRun()
{
    const PlanOverview *overview = selectedPlan();
    if (!overview)
        return;
    BackupRun run;
    run.planId = overview->plan.id;
    run.startedAt = Clock::nowUtc();
    run.endedAt = run.startedAt;
    run.result = RunResult::Ok;
    run.recordedBy = currentOsUserName();
    m_document.recordRun(run);
}

void BackupsPage::recordRun()
{
    const PlanOverview *overview = selectedPlan();
    if (!overview)
        return;
    RunRecordDialog dialog(RunRecordDialog::Kind::BackupRun, overview->plan.id, overview->plan.name,
                           this);
    if (dialog.exec() == QDialog::Accepted)
        m_document.recordRun(dialog.run());
}

void BackupsPage::recordRestoreTest()
{
    const PlanOverview *overview = selectedPlan();
    if (!overview)
        return;
    RunRecordDialog dialog(RunRecordDialog::Kind::RestoreTest, overview->plan.id,
                           overview->plan.name, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document.recordRestoreTest(dialog.restoreTest());
}

void BackupsPage::showReminder(const QString &key)
{
    // The list shown is the one the tray notified from: the reminder is in it.
    m_ui->sectionTabWidget->setCurrentWidget(m_ui->remindersTab);
    m_reminders->select(key);
}

void BackupsPage::openRecord(const QString &record)
{
    if (record.startsWith(QLatin1String("backup_plan:"))) {
        m_ui->sectionTabWidget->setCurrentWidget(m_ui->plansTab);
        selectPlan(record.section(QLatin1Char(':'), 1).toLongLong());
    } else if (record.startsWith(QLatin1String("action:"))) {
        m_showPage(Page::SecurityAction);
    } else if (record.startsWith(QLatin1String("inventory:"))) {
        m_showPage(Page::Assets);
    }
}

void BackupsPage::showSection(const QString &section)
{
    m_ui->sectionTabWidget->setCurrentWidget(
        section == QLatin1String("three_two_one") ? m_ui->ruleTab : m_ui->plansTab);
}

void BackupsPage::updateButtons()
{
    const bool open = m_document.isOpen();
    const bool selected = open && selectedPlan() != nullptr;
    m_addPlan->setEnabled(open);
    for (QPushButton *button :
         {m_ui->recordOkButton, m_ui->recordRunButton, m_ui->restoreTestButton,
          m_ui->editPlanButton, m_ui->removePlanButton})
        button->setEnabled(selected);
}

void BackupsPage::retranslate()
{
    m_addPlan->setText(tr("Add Plan…"));
    m_ui->recordOkButton->setToolTip(
        tr("Records that the selected plan's backup ran successfully just now, attested by you "
           "(%1).")
            .arg(currentOsUserName()));
}

void BackupsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(content());
        retranslate();
        refresh();
    }
    PageFrame::changeEvent(event);
}

} // namespace mamori
