#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// playbook list|show, incident start|log|evidence|step|clock|add-clock|update|list|show|close|
// ppc-draft, incident contacts.
QList<CliCommand> incidentCommands();

} // namespace mamori::cli
