#include "DiagnosisCommands.h"

#include "Clock.h"
#include "action/SelfDiagnosis.h"
#include "storage/Database.h"
#include "storage/DiagnosisRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisCommands)
};

const auto dateName = QStringLiteral("date");
const auto departmentName = QStringLiteral("department");

QJsonObject summary(qint64 id, const QDate &date, const diagnosis::Answers &answers)
{
    const diagnosis::Score score = diagnosis::score(answers);
    return {{QStringLiteral("session_id"), id},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("score"), score.total},
            {QStringLiteral("band"), diagnosis::bandOf(score.total)},
            {QStringLiteral("unknown_items"), int(score.unknownItems.size())}};
}

ExitCode importDiagnosis(CliContext &context)
{
    const QString file = context.operands().constFirst();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return context.fail(InvalidInput, Text::tr("Cannot read %1.").arg(file));
    auto answers = diagnosis::answersFromJson(input.readAll());
    if (!answers) {
        return context.fail(
            Error(ErrorKind::InvalidInput,
                  Text::tr("%1: %2").arg(QFileInfo(file).fileName(), answers.error().message)));
    }
    QDate date = Clock::today();
    if (ExitCode failure = Success; !context.dateOption(dateName, &date, &failure))
        return failure;
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    DiagnosisSession session;
    session.answeredOn = date;
    session.department = context.parser().value(departmentName);
    session.answers = *answers;
    auto id = DiagnosisRepository(**database).addCompleted(session);
    if (!id)
        return context.fail(id.error());
    const QJsonObject json = summary(*id, date, *answers);
    return context.succeed(json, Text::tr("Saved the self-diagnosis of %1: %2 points (band %3).")
                                     .arg(date.toString(Qt::ISODate))
                                     .arg(json.value(QStringLiteral("score")).toInt())
                                     .arg(json.value(QStringLiteral("band")).toInt()));
}

ExitCode exportDiagnosis(CliContext &context)
{
    const QString file = context.operands().constFirst();
    if (ExitCode failure = Success; !context.outputFolderExists(file, &failure))
        return failure;
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto latest = DiagnosisRepository(**database).latestCompleted();
    if (!latest)
        return context.fail(latest.error());
    if (!latest->has_value())
        return context.fail(InvalidInput,
                            Text::tr("There is no completed self-diagnosis to export."));
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) ||
        output.write(diagnosis::answersToJson((*latest)->answers)) < 0 || !output.commit()) {
        return context.fail(
            Error(ErrorKind::Io, Text::tr("Cannot write %1.").arg(file), output.errorString()));
    }
    const QJsonObject json = summary((*latest)->id, (*latest)->answeredOn, (*latest)->answers);
    return context.succeed(json, Text::tr("Exported the self-diagnosis of %1 to %2.")
                                     .arg((*latest)->answeredOn.toString(Qt::ISODate), file));
}

} // namespace

QList<CliCommand> diagnosisCommands()
{
    return {
        {{QStringLiteral("diagnosis"), QStringLiteral("import")},
         QStringLiteral("FILE.json [--date YYYY-MM-DD] [--department NAME]"),
         Text::tr("Save a completed self-diagnosis from {\"1\": 4, …, \"25\": -1}."),
         {{dateName, Text::tr("Date the answers were given (default: today)."), Text::tr("DATE")},
          {departmentName, Text::tr("Department that answered."), Text::tr("NAME")}},
         importDiagnosis,
         1},
        {{QStringLiteral("diagnosis"), QStringLiteral("export")},
         QStringLiteral("FILE.json"),
         Text::tr("Write the latest completed self-diagnosis in the same format."),
         {},
         exportDiagnosis,
         1},
    };
}

} // namespace mamori::cli
