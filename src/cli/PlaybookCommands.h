#pragma once

#include "CliCommand.h"
#include "Language.h"

#include <QJsonObject>

namespace mamori {
struct PlaybookStep;
} // namespace mamori

namespace mamori::cli {

// playbook list|show, incident contacts: the playbooks and contacts an incident draws on.
QList<CliCommand> playbookCommands();

// One playbook step as `playbook show --json` and `incident show --json` print it.
QJsonObject playbookStepJson(int number, const PlaybookStep &step, UiLanguage language);

} // namespace mamori::cli
