#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// assets import, assets export, assets list, demo.
QList<CliCommand> assetCommands();

} // namespace mamori::cli
