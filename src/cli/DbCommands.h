#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// db init, db check, db backup, db info.
QList<CliCommand> dbCommands();

} // namespace mamori::cli
