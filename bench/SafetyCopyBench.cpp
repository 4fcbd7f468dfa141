// Throughput of the online backup (SQLite backup API, fsync, rename) used by Backup now, the
// daily backup, `mamori-cli db backup` and the copy saved before a migration.
// Target (docs/performance.md): at least 100 MB/s for a 64 MB database on the reference machine.

#include "storage/Database.h"
#include "storage/SafetyCopyStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

bool fill(const QString &path, int megabytes)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray sql = QStringLiteral("CREATE TABLE filler (payload BLOB);"
                                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                          "FROM n WHERE i < %1) INSERT INTO filler "
                                          "SELECT randomblob(1024) FROM n;")
                               .arg(megabytes * 1024)
                               .toUtf8();
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

void BM_SafetyCopyNow(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    if (!mamori::Database::open(path) || !fill(path, int(state.range(0)))) {
        state.SkipWithError("cannot prepare the database");
        return;
    }
    const mamori::SafetyCopyStore store(path);
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    for (auto _ : state) {
        QFile::remove(target);
        if (!store.copyNow(target)) {
            state.SkipWithError("backup failed");
            return;
        }
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}
BENCHMARK(BM_SafetyCopyNow)->Arg(64)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
