#include "CliApplication.h"

#include "ActionCommands.h"
#include "AppIdentity.h"
#include "AssetCommands.h"
#include "BackupCommands.h"
#include "DbCommands.h"
#include "DiagnosisCommands.h"
#include "IncidentCommands.h"
#include "PlaybookCommands.h"
#include "PolicyCommands.h"
#include "PostureCommands.h"
#include "ReportCommands.h"

#include <QTextStream>

#include <cstdio>

namespace mamori::cli {

CliApplication::CliApplication()
    : m_commands(dbCommands() + assetCommands() + diagnosisCommands() + actionCommands() +
                 policyCommands() + playbookCommands() + incidentCommands() + reportCommands() +
                 backupCommands() + reminderCommands() + postureCommands()),
      m_databaseOption(QStringLiteral("db"),
                       tr("Database file (default: %1).").arg(defaultDatabasePath()), tr("PATH")),
      m_jsonOption(QStringLiteral("json"), tr("Print results as JSON.")),
      m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
      m_versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."))
{}

const CliCommand *CliApplication::find(const QStringList &positionals) const
{
    // The longest match: `reminders snooze KEY` is not `reminders` with an operand.
    const CliCommand *found = nullptr;
    for (const CliCommand &command : m_commands) {
        if (positionals.mid(0, command.words.size()) == command.words &&
            (!found || command.words.size() > found->words.size()))
            found = &command;
    }
    return found;
}

QString CliApplication::usage() const
{
    QString text;
    QTextStream stream(&text);
    stream << tr("Usage: mamori-cli [--db PATH] [--json] COMMAND [OPTIONS]") << "\n\n"
           << tr("Global options:") << '\n'
           << "  --db " << tr("PATH") << "  " << m_databaseOption.description() << '\n'
           << "  --json     " << m_jsonOption.description() << '\n'
           << "  -h, --help " << m_helpOption.description() << '\n'
           << "  -v, --version " << m_versionOption.description() << "\n\n"
           << tr("Commands:") << '\n';
    for (const CliCommand &command : m_commands) {
        const QString synopsis =
            (command.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + command.arguments).trimmed();
        stream << "  " << synopsis.leftJustified(32) << ' ' << command.summary << '\n';
    }
    stream << '\n'
           << tr("Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written), "
                 "3 database error (missing, damaged, locked or newer version), "
                 "4 something needs attention (backup due: a backup late or failed).")
           << '\n';
    return text;
}

QString CliApplication::commandUsage(const CliCommand &command) const
{
    QString text;
    QTextStream stream(&text);
    stream << tr("Usage: mamori-cli [--db PATH] [--json] %1 %2")
                  .arg(command.words.join(QLatin1Char(' ')), command.arguments)
                  .trimmed()
           << "\n\n"
           << command.summary << '\n';
    for (const QCommandLineOption &option : command.options) {
        QString name = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            name += QLatin1Char(' ') + option.valueName();
        stream << "  " << name.leftJustified(16) << ' ' << option.description() << '\n';
    }
    return text;
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions({m_databaseOption, m_jsonOption, m_helpOption, m_versionOption});
    CliContext globalContext(global, QString(), arguments.contains(QLatin1String("--json")));
    if (!global.parse(arguments))
        return globalContext.fail(UsageError, global.errorText() + QLatin1Char('\n') + usage());
    if (global.isSet(m_versionOption)) {
        out << "mamori-cli " << appVersion() << Qt::endl;
        return Success;
    }
    const QStringList positionals = global.positionalArguments();
    if (positionals.isEmpty()) {
        if (global.isSet(m_helpOption)) {
            out << usage();
            return Success;
        }
        return globalContext.fail(UsageError,
                                  tr("No command given.") + QLatin1Char('\n') + usage());
    }
    const CliCommand *command = find(positionals);
    if (!command) {
        return globalContext.fail(
            UsageError, tr("Unknown command: %1").arg(positionals.join(QLatin1Char(' '))) +
                            QLatin1Char('\n') + usage());
    }

    QCommandLineParser parser;
    parser.addOptions({m_databaseOption, m_jsonOption, m_helpOption});
    parser.addOptions(command->options);
    const QStringList rest = positionals.mid(command->words.size());
    if (!parser.parse(QStringList{arguments.constFirst()} + rest)) {
        return globalContext.fail(UsageError,
                                  parser.errorText() + QLatin1Char('\n') + commandUsage(*command));
    }
    if (global.isSet(m_helpOption) || parser.isSet(m_helpOption)) {
        out << commandUsage(*command);
        return Success;
    }
    const QStringList operands = parser.positionalArguments();
    if (operands.size() > command->positionalCount && !command->moreOperands) {
        return globalContext.fail(
            UsageError, tr("Unexpected argument: %1").arg(operands.at(command->positionalCount)) +
                            QLatin1Char('\n') + commandUsage(*command));
    }
    if (operands.size() < command->positionalCount) {
        return globalContext.fail(UsageError, tr("Missing argument.") + QLatin1Char('\n') +
                                                  commandUsage(*command));
    }
    QString databasePath = defaultDatabasePath();
    if (parser.isSet(m_databaseOption))
        databasePath = parser.value(m_databaseOption);
    else if (global.isSet(m_databaseOption))
        databasePath = global.value(m_databaseOption);
    CliContext context(parser, databasePath,
                       global.isSet(m_jsonOption) || parser.isSet(m_jsonOption));
    return command->run(context);
}

} // namespace mamori::cli
