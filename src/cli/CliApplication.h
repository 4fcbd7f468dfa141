#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace mamori::cli {

// Parses `mamori-cli [--db PATH] [--json] COMMAND …` and runs the matching command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    int run(const QStringList &arguments);

private:
    QString usage() const;
    QString commandUsage(const CliCommand &command) const;
    const CliCommand *find(const QStringList &positionals) const;

    QList<CliCommand> m_commands;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
};

} // namespace mamori::cli
