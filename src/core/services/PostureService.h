#pragma once

#include "Result.h"
#include "posture/PostureExplain.h"
#include "posture/PostureInputs.h"
#include "posture/PostureReport.h"
#include "posture/PostureScore.h"
#include "posture/TopActions.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mamori {

class Database;

class PostureService
{
    Q_DECLARE_TR_FUNCTIONS(PostureService)

public:
    // Everything the score looks at, at `nowUtc` (its local day for the day-based rules): the
    // inventory counts in SQL, the backup plans, incidents, playbooks, contacts and SECURITY
    // ACTION records (a handful of rows each).
    static Result<PostureInputs> gather(Database &database, const QDateTime &nowUtc);
    // The first open of each local day (Clock::today()): stores the day's snapshot unless one
    // exists. True when this call stored it. Cheap when it exists (one indexed read).
    static Result<bool> takeDailySnapshot(Database &database);
    // The same on its own connection to a file this process has open (Database::openWriter),
    // for a worker thread: the GUI calls it off the GUI thread after the first paint.
    static Result<bool> takeDailySnapshot(const QString &databasePath);
    // Whether today's snapshot is already stored (then takeDailySnapshot would do nothing).
    static Result<bool> hasDailySnapshot(Database &database);
    static Result<PostureReport> show(Database &database);
    // Oldest first; invalid dates leave an end open.
    static Result<QList<PostureSnapshot>> history(Database &database, const QDate &from,
                                                  const QDate &to);
    // What moved the score between the snapshots of two days (each the latest on or before the
    // day), with the audit log's changes between the times they were taken. An InvalidInput
    // error when there is no snapshot on or before `from`, or `to` is before `from`.
    static Result<PostureExplanation> explain(Database &database, const QDate &from,
                                              const QDate &to);
};

} // namespace mamori
