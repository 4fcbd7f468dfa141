#include "DashboardPage.h"

#include "Clock.h"
#include "DatabaseSession.h"
#include "LocaleDateEdit.h"
#include "SettingsDocument.h"
#include "action/ActionDocument.h"
#include "assets/InventoryDocument.h"
#include "backups/BackupDocument.h"
#include "dashboard/DashboardDocument.h"
#include "dashboard/DeviceStatusChart.h"
#include "dashboard/PostureHistoryChart.h"
#include "incidents/IncidentDocument.h"

#include "ui_DashboardPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace mamori {

namespace {

constexpr int shortListRows = 8; // the due lists show the soonest; their pages show the rest
constexpr int explainDaysBack = 30;

// "+3", "−2" (a real minus sign), "±0".
QString signedPoints(int points)
{
    if (points > 0)
        return QStringLiteral("+%1").arg(points);
    if (points < 0)
        return QStringLiteral("\u2212%1").arg(-points);
    return QStringLiteral("\u00b10");
}

QString signedTenths(double points)
{
    const double rounded = std::round(points * 10) / 10;
    const QString number = QLocale().toString(std::abs(rounded), 'f', 1);
    if (rounded > 0)
        return QLatin1Char('+') + number;
    if (rounded < 0)
        return QStringLiteral("\u2212") + number;
    return QStringLiteral("\u00b1") + number;
}

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

std::optional<Page> pageOfTarget(const QString &name)
{
    if (name == QLatin1String("assets"))
        return Page::Assets;
    if (name == QLatin1String("backups"))
        return Page::Backups;
    if (name == QLatin1String("incidents"))
        return Page::Incidents;
    if (name == QLatin1String("security_action"))
        return Page::SecurityAction;
    return std::nullopt;
}

void setColumnsToContents(QTreeWidget *tree)
{
    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < tree->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

} // namespace

DashboardPage::DashboardPage(const PageContext &context, QWidget *parent)
    : PageFrame(Page::Dashboard, Scrolling::FrameScrolls, parent),
      m_ui(std::make_unique<Ui::DashboardPage>()), m_context(context),
      m_document(new DashboardDocument(context.session, this)),
      m_gettingStarted(new GettingStartedWidget(context, this)),
      m_history(new PostureHistoryChart(this)), m_devices(new DeviceStatusChart(this))
{
    m_ui->setupUi(content());
    m_ui->gettingStartedLayout->addWidget(m_gettingStarted);
    m_ui->historyLayout->addWidget(m_history);
    m_ui->devicesLayout->insertWidget(0, m_devices, 1);
    m_history->setObjectName(QStringLiteral("postureHistoryChart"));
    m_devices->setObjectName(QStringLiteral("deviceStatusChart"));

    QFont big = m_ui->scoreValueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_ui->scoreValueLabel->setFont(big);
    for (QTreeWidget *tree : {static_cast<QTreeWidget *>(m_ui->componentsTreeWidget),
                              static_cast<QTreeWidget *>(m_ui->actionsTreeWidget),
                              static_cast<QTreeWidget *>(m_ui->explainTreeWidget),
                              static_cast<QTreeWidget *>(m_ui->backupsTreeWidget),
                              static_cast<QTreeWidget *>(m_ui->incidentsTreeWidget),
                              static_cast<QTreeWidget *>(m_ui->remindersTreeWidget)})
        setColumnsToContents(tree);
    showLocaleShortDates(m_ui->explainFromDateEdit);
    showLocaleShortDates(m_ui->explainToDateEdit);

    connect(m_document, &DashboardDocument::loaded, this, &DashboardPage::showAll);
    connect(m_document, &DashboardDocument::loadFailed, this, &DashboardPage::showState);
    connect(m_document, &DashboardDocument::explained, this, &DashboardPage::showExplanation);
    connect(m_document, &DashboardDocument::explainFailed, this, [this](const QString &error) {
        m_ui->explainSummaryLabel->setText(error);
        m_ui->explainTreeWidget->clear();
        m_ui->explainTreeWidget->fitToRows();
        m_ui->explainActivityLabel->clear();
    });
    connect(m_gettingStarted, &GettingStartedWidget::stepsRead, this, [this] {
        m_ui->gettingStartedContainer->setVisible(m_gettingStarted->doneCount() <
                                                  m_gettingStarted->stepCount());
        showState();
    });
    connect(m_history, &PostureHistoryChart::daysChosen, this,
            [this](const QDate &from, const QDate &to) {
                m_ui->explainFromDateEdit->setDate(from);
                m_ui->explainToDateEdit->setDate(to);
                explainChosenDays();
            });
    connect(m_devices, &DeviceStatusChart::devicesRequested, this,
            [this](DeviceCategory category, DeviceStatus status) {
                AssetFilter filter;
                filter.category = category;
                filter.status = status;
                m_context.showDevices(filter);
            });
    connect(m_ui->explainPushButton, &QPushButton::clicked, this,
            &DashboardPage::explainChosenDays);
    connect(m_ui->actionsTreeWidget, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) {
                openAction(m_ui->actionsTreeWidget->indexOfTopLevelItem(item));
            });
    for (auto [tree, source] : {std::pair{m_ui->backupsTreeWidget, QStringLiteral("backups")},
                                std::pair{m_ui->remindersTreeWidget, QString()}}) {
        connect(tree, &QTreeWidget::itemActivated, this,
                [this, tree, source](QTreeWidgetItem *item) {
                    openReminderAt(tree->indexOfTopLevelItem(item), source);
                });
    }
    connect(m_ui->incidentsTreeWidget, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) {
                m_context.openRecord(item->data(0, Qt::UserRole).toString());
            });
    connect(m_ui->openSecurityActionPushButton, &QPushButton::clicked, this,
            [this] { m_context.showPage(Page::SecurityAction); });
    connectChanges();
    showAll();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::connectChanges()
{
    connect(&m_context.session, &DatabaseSession::databaseChanged, this, [this] {
        m_explainedOnce = false;
        refreshIfShown();
    });
    connect(&m_context.session, &DatabaseSession::postureSnapshotTaken, this,
            &DashboardPage::refreshIfShown);
    connect(&m_context.settings, &SettingsDocument::companyProfileChanged, this,
            &DashboardPage::refreshIfShown);
    connect(&m_context.settings, &SettingsDocument::reminderIntervalsChanged, this,
            &DashboardPage::refreshIfShown);
    connect(&m_context.inventory, &InventoryDocument::assetsChanged, this,
            &DashboardPage::refreshIfShown);
    for (auto signal : {&ActionDocument::fiveRulesChanged, &ActionDocument::declarationsChanged,
                        &ActionDocument::diagnosesChanged, &ActionDocument::policyChanged})
        connect(&m_context.action, signal, this, &DashboardPage::refreshIfShown);
    for (auto signal : {&BackupDocument::plansChanged, &BackupDocument::runsChanged,
                        &BackupDocument::remindersChanged})
        connect(&m_context.backups, signal, this, &DashboardPage::refreshIfShown);
    for (auto signal : {&IncidentDocument::incidentsChanged, &IncidentDocument::playbooksChanged,
                        &IncidentDocument::contactsChanged})
        connect(&m_context.incidents, signal, this, &DashboardPage::refreshIfShown);
}

void DashboardPage::refresh()
{
    m_gettingStarted->refresh();
    m_document->reload();
    showState();
}

void DashboardPage::refreshIfShown()
{
    if (isVisible())
        refresh();
}

bool DashboardPage::isDone(Step step) const
{
    return m_gettingStarted->isDone(step);
}

void DashboardPage::showAll()
{
    const auto &facts = m_document->facts();
    showScore();
    m_history->setHistory(facts ? facts->history : QList<PostureSnapshot>());
    m_devices->setCounts(facts ? facts->devices : DeviceStatusChart::Counts());
    showActions();
    showSecurityAction();
    showBackups();
    showIncidents();
    showReminders();
    showState();
    if (facts && !m_explainedOnce && !facts->history.isEmpty()) {
        // What moved the score last month, without asking: the manager's first question.
        m_explainedOnce = true;
        const QDate last = facts->history.constLast().date;
        const QDate first =
            std::max(facts->history.constFirst().date, last.addDays(-explainDaysBack));
        m_ui->explainFromDateEdit->setDate(first);
        m_ui->explainToDateEdit->setDate(last);
        explainChosenDays();
    }
    const bool hasHistory = facts && !facts->history.isEmpty();
    m_ui->explainPushButton->setEnabled(hasHistory);
    if (!hasHistory) {
        m_ui->explainSummaryLabel->setText(
            tr("Mamori keeps one score for each day it is opened; once there are two days, this "
               "says what changed between them and how many points each change moved."));
        m_ui->explainTreeWidget->clear();
        m_ui->explainTreeWidget->hide();
        m_ui->explainActivityLabel->clear();
    }
}

void DashboardPage::showState()
{
    const auto &facts = m_document->facts();
    if (!m_document->loadError().isEmpty()) {
        setState(tr("The dashboard cannot be read: %1").arg(m_document->loadError()));
        return;
    }
    if (!m_context.session.isOpen()) {
        setState(tr("No database open."));
        return;
    }
    if (m_gettingStarted->doneCount() < m_gettingStarted->stepCount()) {
        setState(m_gettingStarted->stateText());
        return;
    }
    if (!facts) {
        setState(tr("Reading the posture…"));
        return;
    }
    const auto points = facts->posture.score.points();
    if (!points) {
        setState(tr("No posture score yet: nothing it looks at is recorded."));
        return;
    }
    if (facts->posture.monthAgo && facts->posture.monthAgo->score) {
        const int change = *points - *facts->posture.monthAgo->score;
        setState(change == 0  ? tr("Posture score %1 of 100, the same as 30 days ago.").arg(*points)
                 : change > 0 ? tr("Posture score %1 of 100, %2 points higher than 30 days ago.")
                                    .arg(*points)
                                    .arg(change)
                              : tr("Posture score %1 of 100, %2 points lower than 30 days ago.")
                                    .arg(*points)
                                    .arg(-change));
        return;
    }
    setState(tr("Posture score %1 of 100.").arg(*points));
}

void DashboardPage::showScore()
{
    const auto &facts = m_document->facts();
    auto *components = m_ui->componentsTreeWidget;
    components->clear();
    if (!facts) {
        m_ui->scoreValueLabel->setText(QStringLiteral("–"));
        m_ui->scoreChangeLabel->setText(m_document->isLoading() ? tr("Reading…") : QString());
        m_ui->scoreBasisLabel->clear();
        components->fitToRows();
        return;
    }
    const PostureReport &posture = facts->posture;
    const auto points = posture.score.points();
    m_ui->scoreValueLabel->setText(points ? QString::number(*points) : QStringLiteral("–"));
    QStringList changes;
    const auto change = [&](const std::optional<PostureSnapshot> &then, const QString &known,
                            const QString &unknown) {
        if (points && then && then->score)
            changes << known.arg(signedPoints(*points - *then->score));
        else
            changes << unknown;
    };
    change(posture.monthAgo, tr("%1 against 30 days ago"), tr("no score from 30 days ago yet"));
    change(posture.yearAgo, tr("%1 against a year ago"), tr("no score from a year ago yet"));
    m_ui->scoreChangeLabel->setText(changes.join(QLatin1Char('\n')));

    QStringList missing;
    for (const ComponentScore &component : posture.score.components) {
        auto *item = new QTreeWidgetItem(components);
        item->setText(0, PostureRules::label(component.component));
        item->setText(1, QString::number(component.weight));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (const auto value = component.points()) {
            item->setText(2, QString::number(*value));
            QStringList facts;
            for (const PosturePart &part : component.parts) {
                if (part.value && !part.fact.isEmpty())
                    facts << part.fact;
            }
            item->setToolTip(0, facts.join(QLatin1Char('\n')));
        } else {
            item->setText(2, tr("not recorded"));
            item->setToolTip(0, PostureRules::notRecordedReason(component.component));
            item->setForeground(2, palette().placeholderText());
            missing << PostureRules::label(component.component);
        }
    }
    components->fitToRows();
    if (!points)
        m_ui->scoreBasisLabel->setText(
            tr("Record devices, a self-diagnosis, backups or the five rules to get a score."));
    else if (missing.isEmpty())
        m_ui->scoreBasisLabel->setText(tr("All five parts are recorded."));
    else
        m_ui->scoreBasisLabel->setText(
            tr("Based on %1 of the 100 points of weight: %2 not recorded yet, so left out.")
                .arg(posture.score.recordedWeight)
                .arg(QLocale().createSeparatedList(missing)));
}

void DashboardPage::showActions()
{
    auto *actions = m_ui->actionsTreeWidget;
    actions->clear();
    const auto &facts = m_document->facts();
    if (facts) {
        for (const PostureAction &action : facts->posture.actions) {
            auto *item = new QTreeWidgetItem(actions);
            item->setText(0, action.description);
            item->setText(1, action.points > 0 ? signedPoints(action.points) : tr("< 1"));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, action.label);
        }
    }
    const bool none = !facts || facts->posture.actions.isEmpty();
    m_ui->actionsIntroLabel->setText(
        none ? (facts ? tr("Nothing recorded would raise the score now.") : QString())
             : tr("Ranked by how much each would raise the score. Double-click one, or press "
                  "Enter, to open the records behind it."));
    actions->setVisible(!none);
    actions->fitToRows();
}

void DashboardPage::openAction(int row)
{
    const auto &facts = m_document->facts();
    if (!facts || row < 0 || row >= facts->posture.actions.size())
        return;
    const PostureActionTarget &target = facts->posture.actions.at(row).target;
    const std::optional<Page> page = pageOfTarget(target.page);
    if (!page)
        return;
    if (*page == Page::Assets) {
        AssetFilter filter;
        filter.anyOfChecks = target.deviceChecks;
        filter.category = target.category;
        filter.osName = target.osName;
        m_context.showDevices(filter);
        return;
    }
    m_context.showSection(*page, target.section);
}

void DashboardPage::showSecurityAction()
{
    const auto &facts = m_document->facts();
    if (!facts) {
        m_ui->securityActionLevelLabel->clear();
        m_ui->securityActionReadinessLabel->clear();
        return;
    }
    if (const auto &declaration = facts->action.currentDeclaration) {
        QString text = tr("Declared: %1 on %2")
                           .arg(Declaration::levelLabel(declaration->level),
                                shortDate(declaration->declaredOn));
        if (!declaration->declarationId.isEmpty())
            text +=
                QLatin1Char('\n') + tr("Self-declaration ID: %1").arg(declaration->declarationId);
        m_ui->securityActionLevelLabel->setText(text);
    } else {
        m_ui->securityActionLevelLabel->setText(tr("Not declared yet."));
    }
    const Readiness &readiness = facts->readiness;
    const auto lines = [](const QString &heading, const QStringList &missing) {
        QStringList text{heading};
        for (const QString &item : missing)
            text << QStringLiteral("• ") + item;
        return text.join(QLatin1Char('\n'));
    };
    QStringList parts;
    parts << (readiness.oneStarReady()
                  ? tr("%1: ready").arg(Declaration::levelLabel(1))
                  : lines(tr("%1 still needs:").arg(Declaration::levelLabel(1)),
                          readiness.missingForOneStar));
    parts << (readiness.twoStarsReady()
                  ? tr("%1: ready").arg(Declaration::levelLabel(2))
                  : lines(tr("%1 still needs:").arg(Declaration::levelLabel(2)),
                          readiness.missingForTwoStars));
    m_ui->securityActionReadinessLabel->setText(parts.join(QStringLiteral("\n\n")));
}

namespace {

void fillReminderRows(FittedTreeWidget *tree, const QList<Reminder> &reminders)
{
    tree->clear();
    for (const Reminder &reminder : reminders.mid(0, shortListRows)) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, reminder.title);
        item->setToolTip(0, reminder.detail);
        item->setText(1, shortDate(reminder.due));
        item->setText(2, reminders::label(reminder.state));
        if (reminder.needsAction()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < tree->columnCount(); ++column)
                item->setFont(column, bold);
        }
    }
    tree->setVisible(!reminders.isEmpty());
    tree->fitToRows();
}

QString moreText(qsizetype shown, qsizetype total)
{
    return total > shown ? DashboardPage::tr("The first %1 of %2.").arg(shown).arg(total)
                         : QString();
}

} // namespace

void DashboardPage::showBackups()
{
    const auto &facts = m_document->facts();
    const QList<Reminder> backups =
        facts ? facts->remindersOf(QStringLiteral("backups")) : QList<Reminder>();
    fillReminderRows(m_ui->backupsTreeWidget, backups);
    const auto late = std::count_if(backups.cbegin(), backups.cend(), [](const Reminder &reminder) {
        return reminder.needsAction();
    });
    QString summary;
    if (!facts)
        summary.clear();
    else if (backups.isEmpty())
        summary = tr("No backup plan yet: record what is copied where, and Mamori says when a "
                     "copy is late or a restore test is due.");
    else if (late == 0)
        summary = tr("Nothing late or failed.");
    else
        summary = tr("%n backup(s) or restore test(s) need attention.", nullptr, int(late));
    if (const QString more = moreText(shortListRows, backups.size()); !more.isEmpty())
        summary += QLatin1Char(' ') + more;
    m_ui->backupsSummaryLabel->setText(summary);
}

void DashboardPage::showIncidents()
{
    auto *tree = m_ui->incidentsTreeWidget;
    tree->clear();
    const auto &facts = m_document->facts();
    int running = 0;
    if (facts) {
        for (const IncidentSummary &summary : facts->openIncidents) {
            auto *item = new QTreeWidgetItem(tree);
            const QString record = QStringLiteral("incident:%1").arg(summary.incident.id);
            item->setData(0, Qt::UserRole, record);
            item->setText(0, summary.incident.exercise
                                 ? tr("%1 (exercise)").arg(summary.incident.title)
                                 : summary.incident.title);
            item->setText(1, IncidentValues::label(summary.incident.status));
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (const ReportingClock &clock : summary.clocks) {
                if (clock.state == ReportingClock::State::Done)
                    continue;
                ++running;
                auto *clockItem = new QTreeWidgetItem(tree);
                clockItem->setData(0, Qt::UserRole, record);
                clockItem->setText(0, QStringLiteral("    ") + clock.title);
                clockItem->setToolTip(0, clock.guideline);
                clockItem->setText(
                    1, clock.dueAt.isValid()
                           ? QLocale().toString(clock.dueAt.toLocalTime(), QLocale::ShortFormat)
                           : tr("promptly"));
                if (clock.state == ReportingClock::State::Overdue && clock.alerts) {
                    clockItem->setText(1, tr("%1 (overdue)").arg(clockItem->text(1)));
                    QFont overdue = clockItem->font(1);
                    overdue.setBold(true);
                    clockItem->setFont(1, overdue);
                }
            }
        }
    }
    const qsizetype open = facts ? facts->openIncidents.size() : 0;
    m_ui->incidentsSummaryLabel->setText(
        !facts      ? QString()
        : open == 0 ? tr("No open incidents.")
                    : tr("%1, %2").arg(tr("%n open incident(s)", nullptr, int(open)),
                                       tr("%n reporting clock(s) running.", nullptr, running)));
    tree->setVisible(open > 0);
    tree->fitToRows();
}

void DashboardPage::showReminders()
{
    const auto &facts = m_document->facts();
    QList<Reminder> others;
    if (facts) {
        for (const Reminder &reminder : facts->reminders) {
            if (reminder.source != QLatin1String("backups"))
                others << reminder;
        }
    }
    fillReminderRows(m_ui->remindersTreeWidget, others);
    QString summary = !facts ? QString()
                      : others.isEmpty()
                          ? tr("Nothing coming up.")
                          : tr("Reviews, renewals and support ends, the soonest first.");
    if (const QString more = moreText(shortListRows, others.size()); !more.isEmpty())
        summary += QLatin1Char(' ') + more;
    m_ui->remindersSummaryLabel->setText(summary);
}

void DashboardPage::openReminderAt(int row, const QString &source)
{
    const auto &facts = m_document->facts();
    if (!facts || row < 0)
        return;
    QList<Reminder> shown;
    for (const Reminder &reminder : facts->reminders) {
        if (source.isEmpty() ? reminder.source != QLatin1String("backups")
                             : reminder.source == source)
            shown << reminder;
    }
    if (row < shown.size())
        m_context.openRecord(shown.at(row).record);
}

void DashboardPage::explainChosenDays()
{
    const QDate from = m_ui->explainFromDateEdit->date();
    const QDate to = m_ui->explainToDateEdit->date();
    if (to < from) {
        m_ui->explainSummaryLabel->setText(tr("The second day must not be before the first."));
        return;
    }
    m_ui->explainSummaryLabel->setText(tr("Comparing…"));
    m_document->explain(from, to);
}

void DashboardPage::showExplanation(const PostureExplanation &explanation)
{
    auto *tree = m_ui->explainTreeWidget;
    tree->clear();
    const auto shown = [](const std::optional<double> &score) {
        return score ? QString::number(int(std::lround(*score))) : tr("no score");
    };
    QString summary = tr("From %1 to %2 the score went from %3 to %4.")
                          .arg(shortDate(explanation.from), shortDate(explanation.to),
                               shown(explanation.scoreBefore), shown(explanation.scoreAfter));
    if (const auto change = explanation.change())
        summary += QLatin1Char(' ') + tr("Change: %1 points.").arg(signedTenths(*change));
    if (explanation.changes.isEmpty())
        summary += QLatin1Char(' ') + tr("Nothing the score looks at changed between these days.");
    m_ui->explainSummaryLabel->setText(summary);
    for (const ExplainedChange &change : explanation.changes) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0,
                      tr("%1 — %2: %3 → %4")
                          .arg(PostureRules::label(change.component),
                               PostureRules::partLabel(change.part), change.before, change.after));
        item->setText(1, signedTenths(change.points));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    tree->setVisible(!explanation.changes.isEmpty());
    tree->fitToRows();
    QStringList activity;
    for (const ChangeActivity &kind : explanation.activity)
        activity << PostureExplain::describe(kind);
    m_ui->explainActivityLabel->setText(
        activity.isEmpty()
            ? QString()
            : tr("Recorded in between: %1").arg(activity.join(QStringLiteral("; "))));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    PageFrame::showEvent(event);
    refresh();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(content());
        showLocaleShortDates(m_ui->explainFromDateEdit);
        showLocaleShortDates(m_ui->explainToDateEdit);
        showAll();
        // The facts and the explanation hold sentences in the language they were read in.
        if (isVisible())
            m_document->reload();
        if (m_explainedOnce)
            explainChosenDays();
    }
    PageFrame::changeEvent(event);
}

} // namespace mamori
