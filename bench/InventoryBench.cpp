// Inventory goals from the inventory issue, measured on a fictional company of 100,000 devices
// (DemoCompany). Targets are in docs/performance.md:
// - import of a 100,000-row CSV: at most 1.5x the sqlite3 shell's `.import` of the same file
//   into a plain table (the ratio is reported as the counter `vs_sqlite3_import`);
// - one keystroke in the Assets filter (count + first page, as AssetTableModel does): < 50 ms.

#include "inventory/AssetExporter.h"
#include "inventory/AssetImporter.h"
#include "inventory/DemoCompany.h"
#include "storage/AssetQuery.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int deviceCount = 100000;

// One populated database and its CSV export, made once for all benchmarks.
struct Fixture
{
    QTemporaryDir dir;
    QString databasePath = dir.filePath(QStringLiteral("demo.sqlite"));
    QString csvPath = dir.filePath(QStringLiteral("devices.csv"));
    bool ready = false;

    Fixture()
    {
        auto database = mamori::Database::open(databasePath);
        ready = database && mamori::DemoCompany::fill(**database, deviceCount) &&
                mamori::AssetExporter::writeFile(**database, mamori::AssetKind::Devices, csvPath,
                                                 mamori::ExportFormat::Csv);
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

double sqliteShellImportSeconds(const QString &csv, const QString &scratch)
{
    QFile::remove(scratch);
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"),
                {scratch, QStringLiteral(".import --csv %1 plain").arg(csv)});
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

void BM_ImportCsv100k(benchmark::State &state)
{
    Fixture &data = fixture();
    if (!data.ready) {
        state.SkipWithError("cannot build the demo data");
        return;
    }
    const double shell =
        sqliteShellImportSeconds(data.csvPath, data.dir.filePath(QStringLiteral("plain.sqlite")));
    double total = 0;
    for (auto _ : state) {
        const QString target = data.dir.filePath(QStringLiteral("import.sqlite"));
        for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
        auto database = mamori::Database::open(target);
        QElapsedTimer timer;
        timer.start();
        auto table = mamori::AssetImporter::readFile(data.csvPath);
        if (!database || !table) {
            state.SkipWithError("cannot read the CSV");
            return;
        }
        const auto parsed = mamori::AssetImporter::parse(*table, mamori::AssetKind::Devices);
        if (!mamori::AssetImporter::write(**database, parsed)) {
            state.SkipWithError("import failed");
            return;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        total += seconds;
        state.SetIterationTime(seconds);
    }
    state.counters["sqlite3_import_s"] = shell;
    state.counters["vs_sqlite3_import"] =
        shell > 0 ? total / double(state.iterations()) / shell : -1;
}
BENCHMARK(BM_ImportCsv100k)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_FilterKeystroke100k(benchmark::State &state)
{
    Fixture &data = fixture();
    auto database = mamori::Database::open(data.databasePath);
    if (!data.ready || !database) {
        state.SkipWithError("cannot open the demo data");
        return;
    }
    const QStringList typed{QStringLiteral("N"),     QStringLiteral("NB"),
                            QStringLiteral("NB-"),   QStringLiteral("NB-0"),
                            QStringLiteral("NB-01"), QStringLiteral("佐藤")};
    mamori::AssetQuery<mamori::Device> query(**database);
    int i = 0;
    for (auto _ : state) {
        mamori::AssetFilter filter;
        filter.text = typed.at(i++ % typed.size());
        const auto rows = query.count(filter);
        const auto page = query.page(filter, {}, 0, 200);
        benchmark::DoNotOptimize(rows.ok() && page.ok());
    }
}
BENCHMARK(BM_FilterKeystroke100k)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace
