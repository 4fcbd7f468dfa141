#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// policy export.
QList<CliCommand> policyCommands();
// True when the command line runs a verb that lays out text for a PDF. Fonts need a
// QGuiApplication; every other verb keeps the lighter QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);

} // namespace mamori::cli
