#pragma once

#include "Result.h"
#include "action/Readiness.h"

#include <QDate>

namespace mamori {

class Database;

// Everything the SECURITY ACTION readiness rules and reminders need, read in one read
// transaction, so the page never sees a declaration from one moment and a policy from another.
Result<ActionSnapshot> loadActionSnapshot(Database &database, const QDate &today);

} // namespace mamori
