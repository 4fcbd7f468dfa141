#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mamori {

class Database;
struct BackupPlan;

// Mamori's safety copies (the first-start-of-the-day copy and File → Backup Now) as runs of the
// built-in plan "Mamori's safety copies": it protects Mamori's own database, is kept in the
// backups folder beside it (online, on the same disk, so the 3-2-1 check asks for a copy
// elsewhere), and is due every 7 days because a copy is made only on the days Mamori runs.
class SafetyCopyRuns
{
    Q_DECLARE_TR_FUNCTIONS(SafetyCopyRuns)

public:
    // The plan as it is added the first time (the firm may edit or remove it afterwards).
    static BackupPlan builtinPlan(const QDateTime &nowUtc);
    // Records the copy at `copyPath` (its size; the time it was saved). The run's id, or 0
    // when the firm has removed the built-in plan.
    static Result<qint64> record(Database &database, const QString &copyPath,
                                 const QDateTime &savedAtUtc, const QString &by);
};

} // namespace mamori
