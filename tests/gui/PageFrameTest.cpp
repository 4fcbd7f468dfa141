#include "GuiTestSupport.h"

#include "AttentionMonitor.h"
#include "Clock.h"
#include "NavigationDelegate.h"
#include "PageFrame.h"
#include "action/ActionDocument.h"
#include "action/FiveRulesPanel.h"
#include "action/SecurityActionPage.h"
#include "assets/AssetListWidget.h"
#include "assets/AssetTableModel.h"
#include "dashboard/DashboardPage.h"
#include "services/ActionSnapshotLoader.h"
#include "services/DemoCompany.h"
#include "services/Reminders.h"
#include "storage/InventoryEvidenceQuery.h"

#include <QAbstractScrollArea>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

using namespace mamori;

namespace {

const QList<QSize> windowSizes{QSize(1366, 768), QSize(1920, 1080)};

// A scroll area scrolls unless both its bars are off: a table or text box sized to its content
// with its bars off (the five rules, the policy's growing text fields) is only a frame.
bool scrolls(const QAbstractScrollArea *area)
{
    return area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff ||
           area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff;
}

// Every scrolling area inside another scrolling area of the same window (popups, such as a
// combo box's list, are windows of their own and do not count).
QStringList nestedScrollAreas(QWidget *page)
{
    QStringList nested;
    for (QAbstractScrollArea *area : page->findChildren<QAbstractScrollArea *>()) {
        if (!scrolls(area))
            continue;
        for (QWidget *parent = area->parentWidget(); parent && !parent->isWindow();
             parent = parent->parentWidget()) {
            auto *outer = qobject_cast<QAbstractScrollArea *>(parent);
            if (outer && scrolls(outer)) {
                nested << QStringLiteral("%1 (%2) inside %3 (%4)")
                              .arg(area->objectName(),
                                   QString::fromLatin1(area->metaObject()->className()),
                                   outer->objectName(),
                                   QString::fromLatin1(outer->metaObject()->className()));
                break;
            }
        }
    }
    return nested;
}

// Shown whole: no part of it is clipped by its parents or lies outside the window.
bool shownWhole(QWidget *widget)
{
    if (!widget->isVisible())
        return false;
    const QRect inWindow(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return widget->visibleRegion().boundingRect() == widget->rect() &&
           widget->window()->rect().contains(inWindow);
}

} // namespace

class PageFrameTest : public mamori::test::MainWindowFixture
{
protected:
    // The demo company's inventory, two rules in place and a ★ declaration a month ago.
    void fillDemoCompany()
    {
        ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 300)));
        m_window->inventory().changedOutside(QStringLiteral("demo data"));
        for (const int rule : {1, 2}) {
            FiveRuleStatus status;
            status.rule = rule;
            status.state = RuleState::InPlace;
            status.owner = QStringLiteral("佐藤");
            status.confirmedOn = Clock::today().addDays(-20);
            ASSERT_TRUE(m_window->action().saveRule(status));
        }
        Declaration declaration;
        declaration.level = 1;
        declaration.declaredOn = Clock::today().addDays(-30);
        declaration.declarationId = QStringLiteral("2026-000123");
        ASSERT_NE(m_window->action().addDeclaration(declaration), 0);
        waitForTheCounts();
    }

    void waitForTheCounts()
    {
        // The inventory is counted and the reminders read on workers.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->attention().isCounting() &&
                                     !m_window->attention().isReading() &&
                                     m_window->attention().evidence().has_value(),
                                 20000);
    }

    QListWidget *navigation() const
    {
        return m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    }

    int badge(Page page) const
    {
        return navigation()->item(int(page))->data(NavigationDelegate::badgeRole).toInt();
    }

    // Every page at both sizes in both languages: no nested scrolling, the title and the page's
    // least size fit, the main list is on screen; a screenshot of each.
    void checkEveryPage(const QString &database)
    {
        for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
            m_window->applyLanguage(language);
            // The menu bar and the forms lay out again a few turns after the switch.
            QTest::qWait(500);
            for (const QSize &size : windowSizes) {
                m_window->resize(size);
                for (const Page page : allPages()) {
                    m_window->showPage(page);
                    QTest::qWait(20);
                    if (auto *action = qobject_cast<SecurityActionPage *>(
                            m_window->pageWidget(page))) // its hints are counted on a worker
                        QTRY_VERIFY(!action->isCountingInventory());
                    checkPage(page);
                    ASSERT_TRUE(m_window->grab().save(
                        screenshotPath(QStringLiteral("frame-%1-%2-%3x%4-%5")
                                           .arg(database, languageCode(language))
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(pageName(page)))));
                }
            }
        }
    }

    void checkPage(Page page)
    {
        auto *frame = qobject_cast<PageFrame *>(m_window->pageWidget(page));
        ASSERT_TRUE(frame) << pageName(page).toStdString() << " is not built in the page frame";
        const QString where = QStringLiteral("%1 at %2×%3")
                                  .arg(pageName(page))
                                  .arg(m_window->width())
                                  .arg(m_window->height());
        EXPECT_EQ(nestedScrollAreas(frame), QStringList()) << where.toStdString();
        auto *title = frame->findChild<QLabel *>(QStringLiteral("pageTitleLabel"));
        ASSERT_TRUE(title);
        EXPECT_EQ(title->text(), pageTitle(page));
        EXPECT_GE(title->width(), title->sizeHint().width()) << where.toStdString();
        EXPECT_FALSE(frame->state().isEmpty()) << where.toStdString() << ": no state line";
        // The layouts are never squeezed below what the page needs.
        EXPECT_GE(frame->height(), frame->minimumSizeHint().height()) << where.toStdString();
        EXPECT_GE(frame->width(), frame->minimumSizeHint().width()) << where.toStdString();
        if (page == Page::Assets) {
            auto *list = frame->findChild<AssetListWidget *>(QStringLiteral("deviceListWidget"));
            ASSERT_TRUE(list);
            auto *stack = list->findChild<QStackedWidget *>(QStringLiteral("tableStackedWidget"));
            EXPECT_TRUE(shownWhole(stack->currentWidget())) << where.toStdString();
        }
    }
};

TEST_F(PageFrameTest, EveryPageOfADemoDatabaseFitsWithoutNestedScrolling)
{
    fillDemoCompany();
    checkEveryPage(QStringLiteral("demo"));
}

TEST_F(PageFrameTest, EveryPageOfANewDatabaseFitsWithoutNestedScrolling)
{
    waitForTheCounts();
    checkEveryPage(QStringLiteral("new"));
}

TEST_F(PageFrameTest, SecurityActionShowsAllFiveRulesAndTheEditorWithoutScrolling)
{
    fillDemoCompany();
    m_window->resize(1366, 768);
    m_window->showPage(Page::SecurityAction);
    auto *page = m_window->findChild<SecurityActionPage *>();
    ASSERT_TRUE(page);
    page->showSection(SecurityActionPage::Section::FiveRules);
    FiveRulesPanel *rules = page->fiveRulesPanel();
    auto *table = rules->findChild<QTableWidget *>(QStringLiteral("rulesTableWidget"));
    auto *editor = rules->findChild<QGroupBox *>(QStringLiteral("ruleGroupBox"));
    auto *save = rules->findChild<QPushButton *>(QStringLiteral("savePushButton"));
    ASSERT_TRUE(table && editor && save);
    EXPECT_TRUE(rules->findChild<QSplitter *>(QStringLiteral("rulesSplitter")));
    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        QTest::qWait(500);
        rules->selectRule(3);
        QTest::qWait(20);
        const std::string code = languageCode(language).toStdString();
        ASSERT_EQ(table->rowCount(), 5);
        EXPECT_TRUE(shownWhole(table)) << code;
        EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << code;
        EXPECT_FALSE(table->verticalScrollBar()->isVisible()) << code;
        for (int row = 0; row < 5; ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QRect cell = table->visualRect(table->model()->index(row, column));
                EXPECT_TRUE(table->viewport()->rect().contains(cell))
                    << code << " rule " << row + 1 << " column " << column;
            }
        }
        EXPECT_TRUE(editor->title().startsWith(
            language == UiLanguage::Japanese ? QStringLiteral("第3条") : QStringLiteral("Rule 3")))
            << editor->title().toStdString();
        EXPECT_TRUE(shownWhole(editor)) << code;
        EXPECT_TRUE(shownWhole(save)) << code;
        ASSERT_TRUE(m_window->grab().save(screenshotPath(
            QStringLiteral("frame-security-action-1366x768-%1").arg(languageCode(language)))));
    }
}

TEST_F(PageFrameTest, BadgesShowWhatTheCoreCounts)
{
    fillDemoCompany();
    const QDate today = Clock::today();
    auto evidence = loadInventoryEvidence(*m_session.database(), today);
    ASSERT_TRUE(evidence);
    ASSERT_GT(evidence->unsupportedOs, 0) << "the demo company has PCs past end of support";
    EXPECT_EQ(badge(Page::Assets), evidence->unsupportedOs + evidence->noRecentUpdate);
    auto snapshot = loadActionSnapshot(*m_session.database(), today);
    ASSERT_TRUE(snapshot);
    int due = 0;
    for (const ActionReminder &reminder : ActionRules::reminders(*snapshot))
        due += reminder.overdue(today) ? 1 : 0;
    ASSERT_GT(due, 0);
    EXPECT_EQ(badge(Page::SecurityAction), due);
    // Incidents counts its open clocks and the exercise when one is due, as the reminders say.
    auto reminders = loadReminders(*m_session.database(), today);
    ASSERT_TRUE(reminders);
    int incidentsDue = 0;
    for (const Reminder &reminder : *reminders)
        incidentsDue += reminder.source == QLatin1String("incidents") && reminder.needsAction();
    EXPECT_EQ(badge(Page::Incidents), incidentsDue);
    for (const Page page : {Page::Dashboard, Page::Backups, Page::Reports, Page::Settings})
        EXPECT_EQ(badge(page), 0) << pageName(page).toStdString();
    // The tooltip names the shortcut and what the badge counts.
    const QString assets = navigation()->item(int(Page::Assets))->toolTip();
    EXPECT_TRUE(assets.contains(QStringLiteral("Ctrl+2"))) << assets.toStdString();
    EXPECT_TRUE(assets.contains(QStringLiteral("past end of support"))) << assets.toStdString();
    EXPECT_FALSE(navigation()->item(int(Page::Dashboard))->icon().isNull());

    // A device past end of support that is disposed of leaves the count.
    const int before = badge(Page::Assets);
    auto *list = m_window->pageWidget(Page::Assets)
                     ->findChild<AssetListWidget *>(QStringLiteral("deviceListWidget"));
    m_window->showPage(Page::Assets);
    AssetTableModel *model = list->model();
    AssetFilter ended;
    ended.check = DeviceCheck::SupportEnded;
    model->setFilter(ended);
    ASSERT_EQ(model->rowCount(), evidence->unsupportedOs);
    const auto first = m_window->inventory().find(AssetKind::Devices, model->idAt(0));
    ASSERT_TRUE(first && first->has_value());
    Device retired = std::get<Device>(**first);
    retired.status = DeviceStatus::Disposed;
    retired.disposalMethod = QStringLiteral("物理破壊");
    m_window->inventory().edit(**first, retired);
    waitForTheCounts();
    auto after = loadInventoryEvidence(*m_session.database(), today);
    ASSERT_TRUE(after);
    EXPECT_EQ(badge(Page::Assets), after->unsupportedOs + after->noRecentUpdate);
    EXPECT_LT(badge(Page::Assets), before);
}

TEST_F(PageFrameTest, AssetRowsCarryAnIconAndALegendBesideTheirColour)
{
    fillDemoCompany();
    m_window->showPage(Page::Assets);
    auto *list = m_window->pageWidget(Page::Assets)
                     ->findChild<AssetListWidget *>(QStringLiteral("deviceListWidget"));
    AssetTableModel *model = list->model();
    const int name = int(model->fields().indexOf(QStringLiteral("name")));
    ASSERT_GE(name, 0);
    for (const DeviceCheck check :
         {DeviceCheck::SupportEnded, DeviceCheck::SupportEndsSoon, DeviceCheck::NoRecentUpdate}) {
        AssetFilter filter;
        filter.check = check;
        model->setFilter(filter);
        ASSERT_GT(model->rowCount(), 0) << DeviceChecks::label(check).toStdString();
        const QModelIndex cell = model->index(0, name);
        EXPECT_FALSE(cell.data(Qt::DecorationRole).isNull());
        EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(DeviceChecks::label(check)));
    }
    auto *legend = list->findChild<QWidget *>(QStringLiteral("legendWidget"));
    ASSERT_TRUE(legend);
    EXPECT_TRUE(legend->isVisible());
    QStringList texts;
    for (QLabel *label : legend->findChildren<QLabel *>())
        texts << label->text();
    for (const DeviceCheck check : AssetTableModel::markedChecks())
        EXPECT_TRUE(texts.contains(DeviceChecks::label(check))) << texts.join(u'|').toStdString();
}

TEST_F(PageFrameTest, ANewDatabaseSaysWhatToDoFirstAndTicksTheStepsAsDataAppears)
{
    m_window->showPage(Page::Dashboard);
    auto *dashboard = qobject_cast<DashboardPage *>(m_window->pageWidget(Page::Dashboard));
    ASSERT_TRUE(dashboard);
    EXPECT_TRUE(dashboard->isDone(DashboardPage::Step::CompanyProfile));
    EXPECT_FALSE(dashboard->isDone(DashboardPage::Step::DeviceList));
    EXPECT_FALSE(dashboard->isDone(DashboardPage::Step::FiveRules));
    EXPECT_FALSE(dashboard->isDone(DashboardPage::Step::SelfDiagnosis));
    EXPECT_FALSE(dashboard->isDone(DashboardPage::Step::BackupPlan));
    EXPECT_EQ(dashboard->state(), QStringLiteral("First steps: 1 of 5 done."));

    // The Assets page says what it is for and offers to start it.
    m_window->showPage(Page::Assets);
    auto *devices = m_window->pageWidget(Page::Assets)
                        ->findChild<AssetListWidget *>(QStringLiteral("deviceListWidget"));
    ASSERT_TRUE(devices);
    auto *empty = devices->findChild<QWidget *>(QStringLiteral("emptyStateWidget"));
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isVisible());
    auto *import = empty->findChild<QPushButton *>(QStringLiteral("emptyImportPushButton"));
    auto *add = empty->findChild<QPushButton *>(QStringLiteral("emptyAddPushButton"));
    ASSERT_TRUE(import && add);
    EXPECT_EQ(import->text(), QStringLiteral("Import Your Device List…"));
    EXPECT_EQ(add->text(), QStringLiteral("Add a Device…"));
    // SECURITY ACTION starts with the self-diagnosis.
    m_window->showPage(Page::SecurityAction);
    auto *start = m_window->pageWidget(Page::SecurityAction)
                      ->findChild<QPushButton *>(QStringLiteral("startDiagnosisPushButton"));
    ASSERT_TRUE(start);
    EXPECT_EQ(start->text(), QStringLiteral("Start the Self-Diagnosis"));

    ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 20)));
    m_window->inventory().changedOutside(QStringLiteral("demo data"));
    for (int rule = 1; rule <= 5; ++rule) {
        FiveRuleStatus status;
        status.rule = rule;
        status.state = RuleState::InPlace;
        status.confirmedOn = Clock::today();
        ASSERT_TRUE(m_window->action().saveRule(status));
    }
    m_window->showPage(Page::Dashboard);
    EXPECT_TRUE(dashboard->isDone(DashboardPage::Step::DeviceList));
    EXPECT_TRUE(dashboard->isDone(DashboardPage::Step::FiveRules));
    EXPECT_FALSE(dashboard->isDone(DashboardPage::Step::SelfDiagnosis));
    EXPECT_FALSE(dashboard->isDone(DashboardPage::Step::BackupPlan)) << "not available yet";
    EXPECT_EQ(dashboard->state(), QStringLiteral("First steps: 3 of 5 done."));
    ASSERT_TRUE(m_window->grab().save(screenshotPath(QStringLiteral("frame-getting-started-en"))));
}

TEST_F(PageFrameTest, StatusBarShowsTheFileTheLastBackupAndTheIntegrityCheck)
{
    auto *backup = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("safetyCopyLabel"));
    auto *integrity = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("integrityLabel"));
    ASSERT_TRUE(backup && integrity);
    EXPECT_EQ(backup->text(), QStringLiteral("No safety copy saved yet"));
    EXPECT_TRUE(integrity->text().startsWith(QStringLiteral("Integrity check passed")))
        << integrity->text().toStdString();
    m_window->safetyCopies().copyNow();
    EXPECT_TRUE(backup->text().startsWith(QStringLiteral("Last safety copy: ")))
        << backup->text().toStdString();
}
