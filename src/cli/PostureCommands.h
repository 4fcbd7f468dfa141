#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// posture snapshot, posture show, posture history, posture explain.
QList<CliCommand> postureCommands();

} // namespace mamori::cli
