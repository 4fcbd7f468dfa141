// Posture goal from the dashboard issue (target in docs/performance.md): computing today's score
// with 100,000 devices — gathering every fact (the device counts are SQL aggregates, never a list
// of devices), the formula and the top ten actions — in under 300 ms. The company has the demo's
// eighteen months of history (plans, runs, incidents, SECURITY ACTION records).

#include "Clock.h"
#include "posture/PostureScore.h"
#include "posture/TopActions.h"
#include "services/DemoCompany.h"
#include "services/PostureService.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int deviceCount = 100000;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<mamori::Database> database;

    Fixture()
    {
        auto opened = mamori::Database::open(dir.filePath(QStringLiteral("posture.sqlite")));
        if (!opened)
            return;
        database = std::move(*opened);
        if (!mamori::DemoCompany::fill(*database, deviceCount) ||
            !mamori::DemoCompany::fillHistory(*database))
            database.reset();
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

void BM_TodaysScore100k(benchmark::State &state)
{
    if (!fixture().database) {
        state.SkipWithError("could not build the demo company");
        return;
    }
    for (auto _ : state) {
        auto inputs = mamori::PostureService::gather(*fixture().database, mamori::Clock::nowUtc());
        if (!inputs) {
            state.SkipWithError("gather failed");
            return;
        }
        const mamori::PostureScore score = mamori::PostureRules::compute(*inputs);
        benchmark::DoNotOptimize(score);
        benchmark::DoNotOptimize(mamori::TopActions::rank(*inputs));
    }
}
BENCHMARK(BM_TodaysScore100k)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace
