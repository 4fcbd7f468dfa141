#pragma once

#include "Result.h"
#include "action/Declaration.h"
#include "action/FiveRules.h"
#include "action/InventoryEvidence.h"
#include "action/Readiness.h"

#include <QList>

#include <optional>

namespace mamori {

class Database;

// The five rules' status (always five entries: rules never saved read as "not yet").
class FiveRuleRepository
{
public:
    explicit FiveRuleRepository(Database &database) : m_database(database) {}
    Result<QList<FiveRuleStatus>> loadAll() const;
    Status save(const FiveRuleStatus &status); // audited per changed field

private:
    Database &m_database;
};

// SECURITY ACTION declarations, newest first. Audited.
class DeclarationRepository
{
public:
    explicit DeclarationRepository(Database &database) : m_database(database) {}
    Result<QList<Declaration>> all() const;
    Result<std::optional<Declaration>> current() const; // latest declared and not withdrawn
    Result<qint64> add(const Declaration &declaration);
    Status update(const Declaration &declaration); // e.g. setting withdrawnOn
    Status remove(qint64 id);                      // for mistakes

private:
    Database &m_database;
};

// Reminder intervals, stored in app_setting.
class ActionSettingsRepository
{
public:
    explicit ActionSettingsRepository(Database &database) : m_database(database) {}
    Result<ActionIntervals> intervals() const;              // defaults when never saved
    Status saveIntervals(const ActionIntervals &intervals); // 1–60 months each

private:
    Database &m_database;
};

// Counts the inventory facts the advisor needs, in SQL.
Result<InventoryEvidence> loadInventoryEvidence(Database &database, const QDate &today);
// Everything the readiness rules and reminders need, read in one read transaction.
Result<ActionSnapshot> loadActionSnapshot(Database &database, const QDate &today);

} // namespace mamori
