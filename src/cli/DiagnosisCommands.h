#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// diagnosis import, diagnosis export.
QList<CliCommand> diagnosisCommands();

} // namespace mamori::cli
