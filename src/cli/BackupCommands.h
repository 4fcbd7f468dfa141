#pragma once

#include "CliCommand.h"

namespace mamori::cli {

// backup plan add, backup plans, backup record, backup restore-test, backup due, backup check.
QList<CliCommand> backupCommands();
// reminders, reminders snooze, reminders done, calendar export.
QList<CliCommand> reminderCommands();

} // namespace mamori::cli
