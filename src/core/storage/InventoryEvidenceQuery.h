#pragma once

#include "Result.h"
#include "action/InventoryEvidence.h"

#include <QDate>

namespace mamori {

class Database;

// Counts what the inventory says for the SECURITY ACTION hints and suggested answers, in SQL,
// with DeviceChecks' definitions (storage/detail/DeviceCheckSql). About 0.2–0.4 s at 100,000
// devices: read it off the GUI thread for large files.
Result<InventoryEvidence> loadInventoryEvidence(Database &database, const QDate &today);

} // namespace mamori
