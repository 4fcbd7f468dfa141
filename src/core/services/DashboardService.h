#pragma once

#include "Progress.h"
#include "Result.h"
#include "posture/DashboardFacts.h"

#include <QDateTime>

namespace mamori {

class Database;

class DashboardService
{
public:
    // `progress` is asked between the steps; false stops the load (ErrorKind::Cancelled).
    static Result<DashboardFacts> load(Database &database, const QDateTime &nowUtc,
                                       const ProgressCallback &progress = {});
};

} // namespace mamori
