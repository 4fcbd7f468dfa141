#include "SafetyCopyRuns.h"

#include "backups/BackupPlan.h"
#include "backups/BackupRun.h"
#include "storage/BackupRepository.h"

#include <QDir>
#include <QFileInfo>

namespace mamori {

BackupPlan SafetyCopyRuns::builtinPlan(const QDateTime &nowUtc)
{
    BackupPlan plan;
    plan.name = tr("Mamori's safety copies");
    plan.protects = {{ProtectedItem::Kind::MamoriDatabase, 0, {}}};
    plan.method = BackupMethod::ApplicationExport;
    plan.destination = tr("The backups folder beside the database");
    plan.schedule.frequency = BackupFrequency::EveryNDays;
    plan.schedule.everyDays = 7;
    plan.schedule.anchor = nowUtc.toLocalTime().date();
    plan.schedule.at = QTime(9, 0);
    plan.graceHours = 24;
    plan.responsible = QStringLiteral("Mamori");
    plan.generations = 26; // 14 daily and 12 monthly copies are kept
    plan.notes = tr("Added by Mamori: its automatic daily copy and File → Backup Now are "
                    "recorded here. The copies are on the same disk as the database; copy the "
                    "backups folder to a disk that is not always connected.");
    plan.createdAt = nowUtc;
    return plan;
}

Result<qint64> SafetyCopyRuns::record(Database &database, const QString &copyPath,
                                      const QDateTime &savedAtUtc, const QString &by)
{
    BackupRun run;
    run.startedAt = run.endedAt = savedAtUtc;
    run.result = RunResult::Ok;
    run.sizeBytes = QFileInfo(copyPath).size();
    run.recordedBy = by;
    run.note = QDir::toNativeSeparators(copyPath);
    return BackupRepository(database).recordSafetyCopy(builtinPlan(savedAtUtc), run);
}

} // namespace mamori
