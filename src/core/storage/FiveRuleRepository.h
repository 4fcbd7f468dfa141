#pragma once

#include "Result.h"
#include "action/FiveRules.h"

#include <QList>

namespace mamori {

class Database;

// The five rules' status (always five entries: rules never saved read as "not yet"). Audited
// per changed field.
class FiveRuleRepository
{
public:
    explicit FiveRuleRepository(Database &database) : m_database(database) {}
    Result<QList<FiveRuleStatus>> loadAll() const;
    Status save(const FiveRuleStatus &status);

private:
    Database &m_database;
};

} // namespace mamori
