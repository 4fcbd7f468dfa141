#pragma once

#include <QString>

namespace mamori {

// Names shared by the GUI and the CLI so both find the same settings and default database.
void applyAppIdentity();
QString defaultDatabasePath();
QString appVersion();
// The database the GUI opened last, reopened at the next start; empty when none.
QString rememberedDatabasePath();
void rememberDatabasePath(const QString &path);

} // namespace mamori
