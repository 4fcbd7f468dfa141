#include "GuiTestSupport.h"

#include "assets/AssetListWidget.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsPage.h"
#include "dashboard/DashboardDocument.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DeviceStatusChart.h"
#include "dashboard/FittedTreeWidget.h"
#include "dashboard/PostureHistoryChart.h"
#include "services/DemoCompany.h"
#include "services/PostureService.h"
#include "storage/Database.h"

#include <QBarSet>
#include <QChartView>
#include <QDateEdit>
#include <QHorizontalStackedBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>

using namespace mamori;

namespace {

constexpr int loadTimeoutMs = 30000;

} // namespace

class DashboardPageTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_window->resize(1366, 768);
    }

    // The demo firm with its eighteen months of history, then the dashboard read from it.
    void fillDemo()
    {
        ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 300)));
        ASSERT_TRUE(mamori::test::isOk(DemoCompany::fillHistory(*m_session.database())));
        m_window->inventory().changedOutside(QStringLiteral("demo data"));
    }

    DashboardPage *showDashboard()
    {
        m_window->showPage(Page::Dashboard);
        auto *page = qobject_cast<DashboardPage *>(m_window->pageWidget(Page::Dashboard));
        if (page)
            waitForLoad(page);
        return page;
    }

    static void waitForLoad(DashboardPage *page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!page->document().isLoading() && page->document().facts(),
                                 loadTimeoutMs);
    }

    template<typename T> static T *child(QWidget *page, const char *name)
    {
        return page->findChild<T *>(QString::fromLatin1(name));
    }

    QList<PostureSnapshot> storedHistory()
    {
        auto history = PostureService::history(*m_session.database(), {}, {});
        EXPECT_TRUE(history);
        return history ? *history : QList<PostureSnapshot>();
    }

    // The content of the page's scroll area, whole: what a manager scrolls through.
    static QImage wholePage(DashboardPage *page)
    {
        auto *area = page->findChild<QScrollArea *>();
        QWidget *content = area ? area->widget() : page->content();
        return content->grab().toImage();
    }
};

TEST_F(DashboardPageTest, TheChartDrawsExactlyTheStoredHistory)
{
    fillDemo();
    DashboardPage *page = showDashboard();
    ASSERT_TRUE(page);
    const QList<PostureSnapshot> history = storedHistory();
    ASSERT_GT(history.size(), 365) << "the demo stores eighteen months of days";

    PostureHistoryChart *chart = page->historyChart();
    QLineSeries *score = chart->scoreSeries();
    QList<PostureSnapshot> scored;
    for (const PostureSnapshot &snapshot : history) {
        if (snapshot.score)
            scored << snapshot;
    }
    ASSERT_EQ(score->count(), scored.size());
    for (int index = 0; index < scored.size(); ++index) {
        EXPECT_EQ(score->at(index).y(), *scored.at(index).score) << index;
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(score->at(index).x())).date(),
                  scored.at(index).date);
    }
    ASSERT_EQ(chart->componentSeries().size(), PostureRules::components().size());
    for (int c = 0; c < PostureRules::components().size(); ++c) {
        const PostureComponent component = PostureRules::components().at(c);
        QList<int> expected;
        for (const PostureSnapshot &snapshot : history) {
            if (const auto value = snapshot.component(component))
                expected << *value;
        }
        QLineSeries *series = chart->componentSeries().at(c);
        ASSERT_EQ(series->count(), expected.size()) << PostureRules::code(component).toStdString();
        for (int index = 0; index < expected.size(); ++index)
            EXPECT_EQ(series->at(index).y(), expected.at(index));
    }

    // What `posture history --json` prints is what the chart draws (the CLI needs the file to
    // itself).
    m_session.close();
    QProcess cli;
    cli.start(QStringLiteral(MAMORI_CLI_PATH),
              {QStringLiteral("--db"), m_databasePath, QStringLiteral("posture"),
               QStringLiteral("history"), QStringLiteral("--json")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const QJsonArray days = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    ASSERT_GE(days.size(), scored.size()); // the CLI's open may have stored today's as well
    int point = 0;
    for (const QJsonValue &day : days) {
        const QJsonObject object = day.toObject();
        if (point >= score->count() || object.value(QStringLiteral("score")).isNull())
            continue;
        EXPECT_EQ(QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate),
                  QDateTime::fromMSecsSinceEpoch(qint64(score->at(point).x())).date());
        EXPECT_EQ(object.value(QStringLiteral("score")).toInt(), int(score->at(point).y()));
        ++point;
    }
    EXPECT_EQ(point, score->count());

    // The spans move the axis, not the points.
    chart->setSpan(PostureHistoryChart::Span::ThreeMonths);
    EXPECT_EQ(chart->firstShownDay(), history.constLast().date.addMonths(-3));
    chart->setSpan(PostureHistoryChart::Span::All);
    EXPECT_EQ(chart->firstShownDay(), history.constFirst().date);
    EXPECT_EQ(score->count(), scored.size());
    // Hovering a day shows its values.
    const QString hover = chart->valuesText(scored.constLast().date);
    EXPECT_TRUE(hover.contains(QStringLiteral("Score: %1").arg(*scored.constLast().score)))
        << hover.toStdString();
}

TEST_F(DashboardPageTest, TheScoreItsChangesAndTheRankedActionsComeFromThePostureService)
{
    fillDemo();
    DashboardPage *page = showDashboard();
    ASSERT_TRUE(page);
    auto report = PostureService::show(*m_session.database());
    ASSERT_TRUE(report);
    ASSERT_TRUE(report->score.points());
    EXPECT_EQ(child<QLabel>(page, "scoreValueLabel")->text(),
              QString::number(*report->score.points()));
    ASSERT_TRUE(report->monthAgo && report->monthAgo->score);
    const int monthChange = *report->score.points() - *report->monthAgo->score;
    const QString change = child<QLabel>(page, "scoreChangeLabel")->text();
    EXPECT_TRUE(change.contains(monthChange > 0   ? QStringLiteral("+%1").arg(monthChange)
                                : monthChange < 0 ? QStringLiteral("\u2212%1").arg(-monthChange)
                                                  : QStringLiteral("\u00b10")))
        << change.toStdString();
    EXPECT_TRUE(page->state().startsWith(
        QStringLiteral("Posture score %1 of 100").arg(*report->score.points())))
        << page->state().toStdString();

    auto *actions = child<FittedTreeWidget>(page, "actionsTreeWidget");
    ASSERT_EQ(actions->topLevelItemCount(), report->actions.size());
    ASSERT_GT(report->actions.size(), 0);
    EXPECT_LE(report->actions.size(), 10);
    for (int row = 0; row < report->actions.size(); ++row) {
        const PostureAction &action = report->actions.at(row);
        EXPECT_EQ(actions->topLevelItem(row)->text(0), action.description);
        if (action.points > 0) {
            EXPECT_EQ(actions->topLevelItem(row)->text(1),
                      QStringLiteral("+%1").arg(action.points));
        }
        // Done, the action raises the score by what the row shows.
        const auto before = PostureRules::compute(report->inputs).points();
        const auto after =
            PostureRules::compute(TopActions::applied(report->inputs, action)).points();
        EXPECT_EQ(*after - *before, action.points) << action.label.toStdString();
    }
    // The lists never scroll inside the page.
    EXPECT_GE(
        actions->height(),
        actions->visualItemRect(actions->topLevelItem(actions->topLevelItemCount() - 1)).bottom());

    // Each device action opens exactly the devices it counts.
    int opened = 0;
    for (int row = 0; row < report->actions.size(); ++row) {
        const PostureAction &action = report->actions.at(row);
        if (action.target.page != QLatin1String("assets"))
            continue;
        m_window->showPage(Page::Dashboard);
        page->openAction(row);
        ASSERT_EQ(m_window->currentPage(), Page::Assets);
        auto *assets = qobject_cast<AssetsPage *>(m_window->pageWidget(Page::Assets));
        ASSERT_TRUE(assets);
        QTRY_COMPARE(assets->currentList()->model()->rowCount(), action.count);
        ++opened;
    }
    EXPECT_GT(opened, 0) << "the demo has device actions";
    // And another action leads to its page.
    for (int row = 0; row < report->actions.size(); ++row) {
        if (report->actions.at(row).target.page == QLatin1String("backups")) {
            m_window->showPage(Page::Dashboard);
            page->openAction(row);
            EXPECT_EQ(m_window->currentPage(), Page::Backups);
            break;
        }
    }
}

TEST_F(DashboardPageTest, ExplainsLastMonthAtOnceAndAnyTwoDaysPickedOnTheChart)
{
    fillDemo();
    DashboardPage *page = showDashboard();
    ASSERT_TRUE(page);
    const QList<PostureSnapshot> history = storedHistory();
    auto *summary = child<QLabel>(page, "explainSummaryLabel");
    auto *changes = child<FittedTreeWidget>(page, "explainTreeWidget");
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("From ")), loadTimeoutMs);
    const QDate last = history.constLast().date;
    EXPECT_EQ(child<QDateEdit>(page, "explainToDateEdit")->date(), last);
    EXPECT_EQ(child<QDateEdit>(page, "explainFromDateEdit")->date(), last.addDays(-30));

    // Two days a year apart on the chart: the demo's firm changed a lot in between.
    const QDate from = history.at(30).date;
    const QDate to = history.at(400).date;
    page->historyChart()->pickDay(to);
    page->historyChart()->pickDay(from);
    EXPECT_EQ(child<QDateEdit>(page, "explainFromDateEdit")->date(), from);
    EXPECT_EQ(child<QDateEdit>(page, "explainToDateEdit")->date(), to);
    auto expected = PostureService::explain(*m_session.database(), from, to);
    ASSERT_TRUE(expected);
    ASSERT_GT(expected->changes.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(changes->topLevelItemCount(), expected->changes.size(),
                              loadTimeoutMs);
    EXPECT_TRUE(summary->text().contains(QLocale().toString(from, QLocale::ShortFormat)))
        << summary->text().toStdString();
    const ExplainedChange &largest = expected->changes.constFirst();
    EXPECT_TRUE(changes->topLevelItem(0)->text(0).contains(largest.after))
        << changes->topLevelItem(0)->text(0).toStdString();
}

TEST_F(DashboardPageTest, DevicesByCategoryAndStatusAddUpAndOpenTheirDevices)
{
    fillDemo();
    DashboardPage *page = showDashboard();
    ASSERT_TRUE(page);
    DeviceStatusChart *devices = page->deviceChart();
    auto *series = devices->chartView()->chart()->series().value(0);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series);
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->barSets().size(), devices->statuses().size());
    qreal total = 0;
    for (QBarSet *set : bars->barSets())
        total += set->sum();
    EXPECT_EQ(int(total), 300);
    // Clicking "PCs in use" opens exactly those.
    const int pc = int(devices->categories().indexOf(DeviceCategory::Pc));
    const int inUse = int(devices->statuses().indexOf(DeviceStatus::InUse));
    ASSERT_GE(pc, 0);
    ASSERT_GE(inUse, 0);
    // The bars are drawn bottom-up, so the first category is the last bar.
    const int bar = int(devices->categories().size()) - 1 - pc;
    const int count = int(bars->barSets().at(inUse)->at(bar));
    ASSERT_GT(count, 0);
    emit bars->clicked(bar, bars->barSets().at(inUse));
    ASSERT_EQ(m_window->currentPage(), Page::Assets);
    auto *assets = qobject_cast<AssetsPage *>(m_window->pageWidget(Page::Assets));
    QTRY_COMPARE(assets->currentList()->model()->rowCount(), count);
}

TEST_F(DashboardPageTest, ANewDatabaseSaysWhatIsNotRecordedRatherThanAScoreOfZero)
{
    DashboardPage *page = showDashboard();
    ASSERT_TRUE(page);
    EXPECT_TRUE(child<QWidget>(page, "gettingStartedContainer")->isVisible());
    EXPECT_EQ(page->state(), QStringLiteral("First steps: 1 of 5 done."));
    auto *components = child<FittedTreeWidget>(page, "componentsTreeWidget");
    ASSERT_EQ(components->topLevelItemCount(), 5);
    int notRecorded = 0;
    for (int row = 0; row < 5; ++row)
        notRecorded += components->topLevelItem(row)->text(2) == QStringLiteral("not recorded");
    EXPECT_GE(notRecorded, 3);
    EXPECT_TRUE(child<QLabel>(page, "historyEmptyLabel")->isVisible());
}

TEST_F(DashboardPageTest, ScreenshotsInBothLanguages)
{
    fillDemo();
    DashboardPage *page = showDashboard();
    ASSERT_TRUE(page);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(page, "explainSummaryLabel")->text().startsWith(QStringLiteral("From ")),
        loadTimeoutMs);
    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Japanese}) {
        QSignalSpy explained(&page->document(), &DashboardDocument::explained);
        QSignalSpy loaded(&page->document(), &DashboardDocument::loaded);
        m_window->applyLanguage(language);
        const QString code =
            language == UiLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
        // The facts hold sentences in the language they were read in: a change reads them again.
        if (language != UiLanguage::English) {
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, loadTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(explained.count() > 0, loadTimeoutMs);
            auto *actions = child<FittedTreeWidget>(page, "actionsTreeWidget");
            ASSERT_GT(actions->topLevelItemCount(), 0);
            EXPECT_NE(actions->topLevelItem(0)->text(0).toLatin1(),
                      actions->topLevelItem(0)->text(0).toUtf8())
                << "the actions are in Japanese";
        }
        QTest::qWait(50);
        ASSERT_TRUE(m_window->grab().save(screenshotPath(QStringLiteral("dashboard-") + code)));
        ASSERT_TRUE(
            wholePage(page).save(screenshotPath(QStringLiteral("dashboard-whole-") + code)));
    }
    m_window->applyLanguage(UiLanguage::English);
}
