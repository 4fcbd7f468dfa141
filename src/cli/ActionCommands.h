#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// action status, action declare.
QList<CliCommand> actionCommands();

} // namespace mamori::cli
