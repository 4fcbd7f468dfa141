#pragma once

#include "Result.h"
#include "action/Readiness.h"

namespace mamori {

class Database;

// The SECURITY ACTION reminder intervals, stored in app_setting. Audited.
class ActionSettingsRepository
{
public:
    explicit ActionSettingsRepository(Database &database) : m_database(database) {}
    Result<ActionIntervals> intervals() const;              // defaults when never saved
    Status saveIntervals(const ActionIntervals &intervals); // 1–60 months each

private:
    Database &m_database;
};

} // namespace mamori
