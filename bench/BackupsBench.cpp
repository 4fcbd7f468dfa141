// Backups and reminders goals from the backups issue, on a fictional company of 100,000 devices
// (DemoCompany) with 50 daily backup plans and ten years of runs each (182,500 runs). Targets
// are in docs/performance.md:
// - every reminder collected (loadReminders, what the Reminders list and the tray read), and
//   `mamori-cli reminders` as a whole process: median under 200 ms;
// - recording one backup run (BackupRepository::recordRun with its audit row), and
//   `mamori-cli backup record` as a whole process: median under 50 ms for the record itself.
//   The process figure includes opening the database (BM_CliOpenOnly measures that alone).

#include "Clock.h"
#include "services/DemoCompany.h"
#include "services/Reminders.h"
#include "storage/BackupRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

constexpr int deviceCount = 100000;
constexpr int planCount = 50;
constexpr int yearsOfRuns = 10;

// Ten years of nightly runs for every plan, written in one statement as the sqlite3 shell
// would: the repository's one-run-at-a-time path is what BM_RecordRun measures.
bool fillRuns(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray sql =
        QStringLiteral("WITH RECURSIVE day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day "
                       "WHERE n < %1) "
                       "INSERT INTO backup_run (plan_id, started_at, ended_at, result, "
                       "size_bytes, recorded_by) "
                       "SELECT p.id, strftime('%Y-%m-%dT17:00:00Z', 'now', '-' || n || ' days'), "
                       "strftime('%Y-%m-%dT17:20:00Z', 'now', '-' || n || ' days'), "
                       "CASE WHEN n % 97 = 5 THEN 'failed' ELSE 'ok' END, 1000000000, 'backup' "
                       "FROM backup_plan p, day")
            .arg(yearsOfRuns * 365 - 1)
            .toUtf8();
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

struct Fixture
{
    QTemporaryDir dir;
    QString databasePath = dir.filePath(QStringLiteral("backups.sqlite"));
    qint64 firstPlan = 0;
    bool ready = false;

    Fixture()
    {
        {
            auto database = mamori::Database::open(databasePath);
            if (!database || !mamori::DemoCompany::fill(**database, deviceCount))
                return;
            mamori::BackupRepository plans(**database);
            for (int number = 1; number <= planCount; ++number) {
                mamori::BackupPlan plan;
                plan.name = QStringLiteral("Plan %1").arg(number);
                plan.destination = QStringLiteral("NAS");
                plan.schedule.at = QTime(2, 0);
                plan.protects = {{mamori::ProtectedItem::Kind::MamoriDatabase, 0, {}}};
                plan.createdAt = mamori::Clock::nowUtc().addYears(-yearsOfRuns);
                auto id = plans.addPlan(plan);
                if (!id)
                    return;
                if (firstPlan == 0)
                    firstPlan = *id;
            }
        }
        ready = fillRuns(databasePath);
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

void BM_LoadReminders(benchmark::State &state)
{
    Fixture &data = fixture();
    auto database = mamori::Database::open(data.databasePath);
    if (!data.ready || !database) {
        state.SkipWithError("cannot prepare the database");
        return;
    }
    qsizetype count = 0;
    for (auto _ : state) {
        auto reminders = mamori::loadReminders(**database, mamori::Clock::today());
        if (!reminders) {
            state.SkipWithError("cannot read the reminders");
            return;
        }
        count = reminders->size();
    }
    state.counters["reminders"] = double(count);
}

void BM_RecordRun(benchmark::State &state)
{
    Fixture &data = fixture();
    auto database = mamori::Database::open(data.databasePath);
    if (!data.ready || !database) {
        state.SkipWithError("cannot prepare the database");
        return;
    }
    mamori::BackupRepository repository(**database);
    for (auto _ : state) {
        mamori::BackupRun run;
        run.planId = data.firstPlan;
        run.startedAt = run.endedAt = mamori::Clock::nowUtc();
        run.recordedBy = QStringLiteral("bench");
        if (!repository.recordRun(run)) {
            state.SkipWithError("cannot record the run");
            return;
        }
    }
}

// `dayOffset` > 0 runs each iteration on a later day than the last (MAMORI_CLOCK), so every run
// is the first of its day: it checks the whole file and takes the day's posture snapshot.
void runCli(benchmark::State &state, const QStringList &arguments, int dayOffset = 0)
{
    Fixture &data = fixture();
    if (!data.ready) {
        state.SkipWithError("cannot prepare the database");
        return;
    }
    for (auto _ : state) {
        QProcess process;
        if (dayOffset > 0) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("MAMORI_CLOCK"),
                               mamori::Clock::nowUtc().addDays(dayOffset++).toString(Qt::ISODate));
            process.setProcessEnvironment(environment);
        }
        process.start(QStringLiteral(MAMORI_CLI_PATH),
                      QStringList{QStringLiteral("--db"), data.databasePath} + arguments);
        if (!process.waitForFinished(60000) || process.exitCode() > 4) {
            state.SkipWithError(process.readAllStandardError().constData());
            return;
        }
    }
}

void BM_CliReminders(benchmark::State &state)
{
    runCli(state, {QStringLiteral("reminders")});
}

void BM_CliBackupRecord(benchmark::State &state)
{
    runCli(state, {QStringLiteral("backup"), QStringLiteral("record"), QStringLiteral("--plan"),
                   QStringLiteral("Plan 2"), QStringLiteral("--result"), QStringLiteral("ok")});
}

// The first verb of a day: the whole-file check, then the day's snapshot (a scan of the devices),
// then the reminders. Runs last: it leaves snapshots of later days behind.
void BM_CliRemindersFirstOfTheDay(benchmark::State &state)
{
    static int daysAhead = 0; // across repetitions: each one is a new day
    daysAhead += int(state.max_iterations);
    runCli(state, {QStringLiteral("reminders")}, daysAhead - int(state.max_iterations) + 1);
}

// Opening the file (with its quick_check) and answering the cheapest verb: the floor under
// both CLI figures.
void BM_CliOpenOnly(benchmark::State &state)
{
    runCli(state, {QStringLiteral("db"), QStringLiteral("info")});
}

} // namespace

BENCHMARK(BM_LoadReminders)->Unit(benchmark::kMillisecond)->Repetitions(7)->ReportAggregatesOnly();
BENCHMARK(BM_RecordRun)->Unit(benchmark::kMillisecond)->Repetitions(7)->ReportAggregatesOnly();
BENCHMARK(BM_CliReminders)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(7)
    ->ReportAggregatesOnly();
BENCHMARK(BM_CliBackupRecord)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(7)
    ->ReportAggregatesOnly();
BENCHMARK(BM_CliOpenOnly)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(7)
    ->ReportAggregatesOnly();
BENCHMARK(BM_CliRemindersFirstOfTheDay)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(7)
    ->ReportAggregatesOnly();
