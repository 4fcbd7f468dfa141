#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace mamori {

class AuditLog;
class Database;

namespace sql {

// One value of the app_setting table: none when it was never saved.
Result<std::optional<QString>> readAppSetting(Database &database, const QString &key,
                                              const QString &what);
// Saves `value` under `key` and records the change in the audit log (nothing when it is the
// stored value already). The caller's transaction holds both.
Status writeAppSetting(Database &database, AuditLog &audit, const QString &key,
                       const QString &value, const QString &what);

} // namespace sql
} // namespace mamori
