#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// report contacts (the other reports of issue 16 join here).
QList<CliCommand> reportCommands();

} // namespace mamori::cli
