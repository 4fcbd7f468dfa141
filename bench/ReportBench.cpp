// Report goals from the reports issue (targets in docs/performance.md), measured in process on
// the demo company (DemoCompany), from an open database to the finished PDF bytes:
// - the management summary of 100,000 devices within 2x the time of 100 devices
//   (BM_ManagementSummary/100 and /100000; it counts in SQL, so it should barely grow);
// - the asset ledger of 100,000 devices at a steady pages-per-second rate with a peak resident
//   memory under 300 MB (BM_AssetLedger100k: counters pages, pages_per_second, peak_rss_mb,
//   the peak measured from a reset after the fixture is built).

#include "Clock.h"
#include "report/ReportRequest.h"
#include "services/DemoCompany.h"
#include "services/PostureService.h"
#include "services/reports/ReportService.h"
#include "storage/Database.h"
#include "storage/DeviceTally.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<mamori::Database> database;

    explicit Fixture(int devices)
    {
        auto opened = mamori::Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
        // Today's posture snapshot, as every open of the application or the CLI takes it: the
        // summary prints its score and ranks its next steps from it.
        if (opened && mamori::DemoCompany::fill(**opened, devices) &&
            mamori::PostureService::takeDailySnapshot(**opened))
            database = std::move(*opened);
    }
};

Fixture &fixture(int devices)
{
    static std::map<int, std::unique_ptr<Fixture>> made;
    auto &slot = made[devices];
    if (!slot)
        slot = std::make_unique<Fixture>(devices);
    return *slot;
}

mamori::report::ReportRequest request(mamori::report::ReportType type)
{
    mamori::report::ReportRequest request;
    request.type = type;
    request.language = mamori::UiLanguage::Japanese;
    request.at = mamori::Clock::nowUtc();
    request.asOf = mamori::Clock::today();
    return request;
}

// Peak resident memory since the last reset, in MB (Linux).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

void BM_ManagementSummary(benchmark::State &state)
{
    Fixture &data = fixture(int(state.range(0)));
    if (!data.database) {
        state.SkipWithError("cannot build the demo database");
        return;
    }
    for (auto _ : state) {
        auto generated = mamori::report::ReportService::generate(
            *data.database, request(mamori::report::ReportType::Management),
            mamori::Clock::nowUtc());
        if (!generated) {
            state.SkipWithError(generated.error().message.toStdString().c_str());
            return;
        }
        state.counters["pages"] = generated->record.pages;
    }
}
BENCHMARK(BM_ManagementSummary)
    ->Arg(100)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3);

// The one scan behind the summary's device counts.
void BM_DeviceTally(benchmark::State &state)
{
    Fixture &data = fixture(int(state.range(0)));
    for (auto _ : state) {
        auto tally = mamori::tallyDevices(
            *data.database,
            {mamori::DeviceCheck::SupportEnded, mamori::DeviceCheck::NoRecentUpdate},
            mamori::Clock::today());
        benchmark::DoNotOptimize(tally);
    }
}
BENCHMARK(BM_DeviceTally)->Arg(100)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_AssetLedger100k(benchmark::State &state)
{
    Fixture &data = fixture(100000);
    if (!data.database) {
        state.SkipWithError("cannot build the demo database");
        return;
    }
    resetPeakRss();
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto generated = mamori::report::ReportService::generate(
            *data.database, request(mamori::report::ReportType::Assets), mamori::Clock::nowUtc());
        if (!generated) {
            state.SkipWithError(generated.error().message.toStdString().c_str());
            return;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        state.counters["pages"] = generated->record.pages;
        state.counters["pages_per_second"] = generated->record.pages / seconds;
        state.counters["pdf_mb"] = generated->pdf.size() / 1048576.0;
    }
    state.counters["peak_rss_mb"] = peakRssMb();
}
BENCHMARK(BM_AssetLedger100k)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the renderer
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
