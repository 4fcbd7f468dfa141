#pragma once

#include "ExitCode.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace mamori {
class Database;
} // namespace mamori

namespace mamori::cli {

// What a command needs: its parsed options, the database path and the output streams.
class CliContext
{
public:
    CliContext(QCommandLineParser &parser, QString databasePath, bool json);

    QCommandLineParser &parser() { return m_parser; }
    // The command's operands, e.g. FILE of `assets import FILE`.
    QStringList operands() const { return m_parser.positionalArguments(); }
    const QString &databasePath() const { return m_databasePath; }
    bool json() const { return m_json; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // What a verb does to the database; see docs/cli.md, "Damaged files".
    enum class Access
    {
        Write, // the whole file is checked (PRAGMA quick_check) before anything is written
        Read,  // opened read-only without the whole-file check: a damaged page met while
               // reading is still reported (exit 3, kind "damaged"), and nothing is written
    };

    // Opens the database and, the first time each local day, takes the day's posture snapshot;
    // a snapshot that fails is reported on stderr and does not stop the command. A reading verb
    // that finds today's snapshot missing (or the file needing a migration or a repair) opens
    // it as a writing verb would, so the snapshot is taken on a checked file.
    Result<std::unique_ptr<Database>> openDatabase(Access access = Access::Write);

    // Prints a JSON object (with --json) or the text lines, and returns Success.
    ExitCode succeed(const QJsonObject &json, const QString &text);
    // For the list verbs, whose JSON is an array rather than an object.
    ExitCode succeedWithList(const QJsonArray &json, const QString &text);
    // Prints the error to stderr (as JSON with --json) and returns its exit code.
    ExitCode fail(const Error &error);
    // As fail(error), with extra lines of text (or extra members of the JSON error object).
    ExitCode fail(const Error &error, const QStringList &lines, const QJsonObject &extra);
    ExitCode fail(ExitCode code, const QString &message);
    // For verbs that write FILE: true when FILE's folder exists; otherwise reports it (exit 2).
    bool outputFolderExists(const QString &file, ExitCode *failure);
    // Reads option `name` as YYYY-MM-DD into *date (left alone when the option is not given);
    // anything else, 2026/04/01 included, is reported as a usage error and returns false.
    bool dateOption(const QString &name, QDate *date, ExitCode *failure);

private:
    ExitCode print(const QJsonDocument &json, const QString &text);

    QCommandLineParser &m_parser;
    QString m_databasePath;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace mamori::cli
