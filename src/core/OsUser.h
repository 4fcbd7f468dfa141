#pragma once

#include <QString>

namespace mamori {

// The operating-system account running this process, recorded in the audit log.
QString currentOsUserName();

} // namespace mamori
