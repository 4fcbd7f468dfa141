#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// incident start|log|evidence|step|clock|add-clock|update|list|show|close|ppc-draft.
QList<CliCommand> incidentCommands();

} // namespace mamori::cli
