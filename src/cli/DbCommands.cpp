#include "DbCommands.h"

#include "storage/Database.h"
#include "storage/DatabaseInspector.h"
#include "storage/SafetyCopyStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)
};

// Inspecting verbs never write: they report on the file as it is.
Result<std::unique_ptr<Database>> openForReading(const QString &path)
{
    DatabaseOpenOptions options;
    options.readOnly = true;
    return Database::open(path, options);
}

ExitCode init(CliContext &context)
{
    // The one verb that may make an empty file (a failed copy, say) into a new database.
    DatabaseOpenOptions options;
    options.initializeEmptyFile = true;
    auto database = Database::open(context.databasePath(), options);
    if (!database)
        return context.fail(database.error());
    const Database &db = **database;
    const QJsonObject json{{QStringLiteral("path"), db.path()},
                           {QStringLiteral("schema_version"), db.schemaVersion()},
                           {QStringLiteral("created"), db.wasCreated()}};
    const QString text = db.wasCreated()
                             ? Text::tr("Created the database %1 (schema version %2).")
                             : Text::tr("The database %1 is ready (schema version %2).");
    return context.succeed(json, text.arg(db.path()).arg(db.schemaVersion()));
}

ExitCode check(CliContext &context)
{
    auto database = openForReading(context.databasePath());
    if (!database)
        return context.fail(database.error());
    auto problems = DatabaseInspector(**database).integrityProblems();
    if (!problems)
        return context.fail(problems.error());
    if (!problems->isEmpty()) {
        return context.fail(Error(ErrorKind::Damaged,
                                  Text::tr("The database %1 is damaged.").arg((*database)->path()),
                                  problems->join(QLatin1Char('\n'))));
    }
    const QJsonObject json{{QStringLiteral("path"), (*database)->path()},
                           {QStringLiteral("ok"), true},
                           {QStringLiteral("problems"), QJsonArray()}};
    return context.succeed(json, Text::tr("The database %1 is sound.").arg((*database)->path()));
}

QCommandLineOption outOption()
{
    return {QStringLiteral("out"), Text::tr("File to write the backup to."), Text::tr("FILE")};
}

QCommandLineOption forceOption()
{
    return {QStringLiteral("force"), Text::tr("Replace FILE if it already exists.")};
}

ExitCode backup(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(UsageError, Text::tr("db backup needs --out FILE."));
    const QFileInfo target(out);
    if (target.exists() && !parser.isSet(QStringLiteral("force"))) {
        return context.fail(InvalidInput,
                            Text::tr("%1 already exists; use --force to replace it.").arg(out));
    }
    if (ExitCode failure = Success; !context.outputFolderExists(out, &failure))
        return failure;
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(context.databasePath()).absoluteFilePath())
        return context.fail(InvalidInput,
                            Text::tr("The backup cannot replace the database itself."));
    // A backup reads through its own connection and needs no lock, so it works while the
    // application has the database open.
    if (Result<int> usable = Database::checkFile(context.databasePath()); !usable)
        return context.fail(usable.error());
    auto written = SafetyCopyStore(context.databasePath()).copyNow(target.absoluteFilePath());
    if (!written)
        return context.fail(written.error());
    const QJsonObject json{
        {QStringLiteral("path"), QFileInfo(context.databasePath()).absoluteFilePath()},
        {QStringLiteral("backup"), *written},
        {QStringLiteral("size_bytes"), QFileInfo(*written).size()}};
    return context.succeed(json, Text::tr("Backup written to %1.").arg(*written));
}

ExitCode info(CliContext &context)
{
    auto database = openForReading(context.databasePath());
    if (!database)
        return context.fail(database.error());
    auto facts = DatabaseInspector(**database).info();
    if (!facts)
        return context.fail(facts.error());
    QJsonObject tables;
    QString text = Text::tr("Path: %1\nSchema version: %2\nSize: %3 bytes\nRows:")
                       .arg(facts->path)
                       .arg(facts->schemaVersion)
                       .arg(facts->sizeBytes);
    for (const auto &[table, rows] : std::as_const(facts->rowCounts)) {
        tables.insert(table, rows);
        text += QStringLiteral("\n  %1: %2").arg(table).arg(rows);
    }
    const QJsonObject json{{QStringLiteral("path"), facts->path},
                           {QStringLiteral("schema_version"), facts->schemaVersion},
                           {QStringLiteral("size_bytes"), facts->sizeBytes},
                           {QStringLiteral("tables"), tables}};
    return context.succeed(json, text);
}

} // namespace

QList<CliCommand> dbCommands()
{
    return {
        {{QStringLiteral("db"), QStringLiteral("init")},
         {},
         Text::tr("Create the database, or bring an existing one up to date."),
         {},
         init},
        {{QStringLiteral("db"), QStringLiteral("check")},
         {},
         Text::tr("Check the database's integrity (exit 0 when sound)."),
         {},
         check},
        {{QStringLiteral("db"), QStringLiteral("backup")},
         QStringLiteral("--out FILE [--force]"),
         Text::tr("Write a consistent copy of the database, even while Mamori is open."),
         {outOption(), forceOption()},
         backup},
        {{QStringLiteral("db"), QStringLiteral("info")},
         {},
         Text::tr("Show the path, schema version, size and row counts."),
         {},
         info},
    };
}

} // namespace mamori::cli
