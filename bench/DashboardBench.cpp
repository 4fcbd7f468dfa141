// Chart goal from the dashboard issue (target in docs/performance.md): the posture chart of ten
// years of daily snapshots (3,650 days, the score and its five components) set and drawn in
// under 100 ms. Each iteration does what the Dashboard does when its facts arrive — setHistory()
// with the stored history, as DashboardPage::showAll calls it — then lets the chart lay itself
// out (posted events) and draws the chart view into an image at the size the page gives it.
// Counters: set_ms (setHistory and its posted events) and draw_ms (the drawing), means.

#include "Clock.h"
#include "TenYearsHistory.h"
#include "dashboard/PostureHistoryChart.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QLayout>
#include <QLineSeries>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {

using mamori::PostureHistoryChart;
using Span = PostureHistoryChart::Span;

// About the chart's share of the Dashboard page in a 1366×768 and a 1920×1080 window (the
// history group beside the score, from the GUI tests' screenshots); the chart view gets 750×260
// and 1300×373 of it.
constexpr QSize smallScreenChart(750, 300);
constexpr QSize fullHdChart(1300, 420);

struct ChartFixture
{
    QList<mamori::PostureSnapshot> history;
    std::unique_ptr<PostureHistoryChart> chart;
    QImage image;
};

ChartFixture &fixture(Span span, QSize size)
{
    static std::map<std::tuple<int, int, int>, std::unique_ptr<ChartFixture>> made;
    auto &slot = made[{int(span), size.width(), size.height()}];
    if (!slot) {
        slot = std::make_unique<ChartFixture>();
        slot->history = mamori::bench::tenYearsHistory(mamori::Clock::today());
        slot->chart = std::make_unique<PostureHistoryChart>();
        slot->chart->setSpan(span);
        slot->chart->resize(size);
        slot->chart->setHistory(slot->history); // the chart view is hidden while empty
        slot->chart->show();
        slot->chart->layout()->activate(); // gives the chart view its share of the size now
        QCoreApplication::processEvents();
        slot->image = QImage(slot->chart->chartView()->size() * slot->chart->devicePixelRatioF(),
                             QImage::Format_ARGB32_Premultiplied);
    }
    return *slot;
}

// One iteration: from an empty chart (as at startup) to ten years drawn.
struct Timing
{
    double setMs = 0;
    double drawMs = 0;
};

Timing setAndDraw(ChartFixture &data)
{
    data.chart->setHistory({});
    QCoreApplication::processEvents();
    data.image.fill(Qt::white);
    QElapsedTimer timer;
    timer.start();
    data.chart->setHistory(data.history);
    // The chart lays out its items in posted events (the axis range, the series' geometry).
    QCoreApplication::processEvents();
    Timing timing;
    timing.setMs = timer.nsecsElapsed() / 1e6;
    QChartView *view = data.chart->chartView();
    data.image.setDevicePixelRatio(view->devicePixelRatioF());
    QPainter painter(&data.image);
    view->render(&painter);
    painter.end();
    timing.drawMs = timer.nsecsElapsed() / 1e6 - timing.setMs;
    return timing;
}

void BM_HistoryChartTenYears(benchmark::State &state, Span span, QSize size)
{
    ChartFixture &data = fixture(span, size);
    setAndDraw(data); // the first drawing fills the glyph and pen caches
    double setMs = 0, drawMs = 0;
    for (auto _ : state) {
        const Timing timing = setAndDraw(data);
        setMs += timing.setMs;
        drawMs += timing.drawMs;
        state.SetIterationTime((timing.setMs + timing.drawMs) / 1000.0);
    }
    const double iterations = double(state.iterations());
    state.counters["set_ms"] = setMs / iterations;
    state.counters["draw_ms"] = drawMs / iterations;
    state.counters["score_points"] = data.chart->scoreSeries()->count();
}
BENCHMARK_CAPTURE(BM_HistoryChartTenYears, all, Span::All, smallScreenChart)
    ->UseManualTime()
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_HistoryChartTenYears, one_year, Span::OneYear, smallScreenChart)
    ->UseManualTime()
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_HistoryChartTenYears, all_full_hd, Span::All, fullHdChart)
    ->UseManualTime()
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform warns on every top-level resize; the figures are what matters here.
    static const QtMessageHandler defaultHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")))
                defaultHandler(type, context, message);
        });
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
