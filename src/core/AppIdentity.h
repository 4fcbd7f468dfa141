#pragma once

#include <QString>

namespace mamori {

// Names shared by the GUI and the CLI so both find the same settings and default database.
void applyAppIdentity();
QString defaultDatabasePath();
QString appVersion();

} // namespace mamori
