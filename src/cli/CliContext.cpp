#include "CliContext.h"

#include "services/PostureService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace mamori::cli {

CliContext::CliContext(QCommandLineParser &parser, QString databasePath, bool json)
    : m_parser(parser), m_databasePath(std::move(databasePath)), m_json(json), m_out(stdout),
      m_err(stderr)
{}

Result<std::unique_ptr<Database>> CliContext::openDatabase(Access access)
{
    if (access == Access::Read) {
        DatabaseOpenOptions options;
        options.readOnly = true;
        options.skipQuickCheck = true;
        auto reader = Database::open(m_databasePath, options);
        if (reader && (*reader)->hasLatestSchema()) {
            if (auto present = PostureService::hasDailySnapshot(**reader); !present)
                return present.error();
            else if (*present)
                return reader;
        }
        // Anything else (missing, locked, unfinished write, older schema, no snapshot yet) is
        // the writing open's to report or to mend.
    }
    auto database = Database::open(m_databasePath);
    if (!database)
        return database;
    if (auto taken = PostureService::takeDailySnapshot(**database); !taken) {
        m_err << QCoreApplication::translate("CliContext",
                                             "Warning: today's posture snapshot was not taken: %1")
                     .arg(taken.error().fullText())
              << Qt::endl;
    }
    return database;
}

ExitCode CliContext::succeed(const QJsonObject &json, const QString &text)
{
    return print(QJsonDocument(json), text);
}

ExitCode CliContext::succeedWithList(const QJsonArray &json, const QString &text)
{
    return print(QJsonDocument(json), text);
}

ExitCode CliContext::print(const QJsonDocument &json, const QString &text)
{
    if (m_json)
        m_out << json.toJson(QJsonDocument::Indented);
    else
        m_out << text << Qt::endl;
    m_out.flush();
    return Success;
}

ExitCode CliContext::fail(const Error &error, const QStringList &lines, const QJsonObject &extra)
{
    const ExitCode code = exitCodeFor(error);
    if (m_json) {
        QJsonObject root{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), error.kindName()},
                                                  {QStringLiteral("message"), error.message},
                                                  {QStringLiteral("detail"), error.detail}}},
            {QStringLiteral("exit_code"), int(code)}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            root.insert(it.key(), it.value());
        m_err << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        for (const QString &line : lines)
            m_err << line << Qt::endl;
        m_err << error.fullText() << Qt::endl;
    }
    m_err.flush();
    return code;
}

ExitCode CliContext::fail(const Error &error)
{
    const ExitCode code = exitCodeFor(error);
    if (m_json) {
        const QJsonObject body{{QStringLiteral("kind"), error.kindName()},
                               {QStringLiteral("message"), error.message},
                               {QStringLiteral("detail"), error.detail}};
        const QJsonObject root{{QStringLiteral("error"), body},
                               {QStringLiteral("exit_code"), int(code)}};
        m_err << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_err << error.fullText() << Qt::endl;
    }
    m_err.flush();
    return code;
}

bool CliContext::outputFolderExists(const QString &file, ExitCode *failure)
{
    const QFileInfo info(file);
    if (info.absoluteDir().exists())
        return true;
    *failure = fail(InvalidInput,
                    QCoreApplication::translate("CliContext", "The folder %1 does not exist.")
                        .arg(info.absolutePath()));
    return false;
}

bool CliContext::dateOption(const QString &name, QDate *date, ExitCode *failure)
{
    if (!m_parser.isSet(name))
        return true;
    // Not Qt::ISODate: it also accepts 2026/04/01.
    const QDate parsed = QDate::fromString(m_parser.value(name), QStringLiteral("yyyy-MM-dd"));
    if (!parsed.isValid()) {
        *failure =
            fail(UsageError,
                 QCoreApplication::translate("CliContext", "--%1 must be a date like 2026-04-01.")
                     .arg(name));
        return false;
    }
    *date = parsed;
    return true;
}

ExitCode CliContext::fail(ExitCode code, const QString &message)
{
    Error error(code == InvalidInput ? ErrorKind::InvalidInput : ErrorKind::None, message);
    if (m_json) {
        const QJsonObject body{{QStringLiteral("kind"),
                                code == UsageError ? QStringLiteral("usage") : error.kindName()},
                               {QStringLiteral("message"), message}};
        m_err << QJsonDocument(QJsonObject{{QStringLiteral("error"), body},
                                           {QStringLiteral("exit_code"), int(code)}})
                     .toJson(QJsonDocument::Indented);
    } else {
        m_err << message << Qt::endl;
    }
    m_err.flush();
    return code;
}

} // namespace mamori::cli
