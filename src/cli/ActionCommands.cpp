#include "ActionCommands.h"

#include "Clock.h"
#include "action/Readiness.h"
#include "action/SelfDiagnosis.h"
#include "services/ActionSnapshotLoader.h"
#include "storage/Database.h"
#include "storage/DeclarationRepository.h"

#include <QJsonArray>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionCommands)
};

const auto levelName = QStringLiteral("level");
const auto dateName = QStringLiteral("date");
const auto idName = QStringLiteral("id");
const auto gbizName = QStringLiteral("gbiz");

QString stars(int level)
{
    return QString(level, QChar(0x2605)); // ★
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject readinessJson(bool ready, const QStringList &missing)
{
    return {{QStringLiteral("ready"), ready},
            {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}};
}

void appendReadiness(QStringList &lines, int level, const QStringList &missing)
{
    if (missing.isEmpty()) {
        lines << Text::tr("%1: ready").arg(stars(level));
        return;
    }
    lines << Text::tr("%1: missing").arg(stars(level));
    for (const QString &sentence : missing)
        lines << QStringLiteral("  - ") + sentence;
}

ExitCode status(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    const QDate today = Clock::today();
    auto snapshot = loadActionSnapshot(**database, today);
    if (!snapshot)
        return context.fail(snapshot.error());
    const Readiness readiness = ActionRules::readiness(*snapshot);
    const QList<ActionReminder> reminders = ActionRules::reminders(*snapshot);
    const std::optional<Declaration> &declaration = snapshot->currentDeclaration;
    const std::optional<DiagnosisSession> &latest = snapshot->latestDiagnosis;

    QJsonObject json{
        {QStringLiteral("declared_level"), declaration ? declaration->level : 0},
        {QStringLiteral("declaration_id"),
         declaration ? QJsonValue(declaration->declarationId) : QJsonValue()},
        {QStringLiteral("declared_on"),
         declaration ? dateOrNull(declaration->declaredOn) : QJsonValue()},
        {QStringLiteral("one_star"),
         readinessJson(readiness.oneStarReady(), readiness.missingForOneStar)},
        {QStringLiteral("two_stars"),
         readinessJson(readiness.twoStarsReady(), readiness.missingForTwoStars)},
    };
    QStringList lines;
    if (declaration) {
        const QString id = declaration->declarationId.isEmpty() ? Text::tr("not recorded")
                                                                : declaration->declarationId;
        lines << Text::tr("Declared level: %1 (declared on %2, self-declaration ID %3)")
                     .arg(stars(declaration->level), declaration->declaredOn.toString(Qt::ISODate),
                          id);
    } else {
        lines << Text::tr("Declared level: none");
    }
    appendReadiness(lines, 1, readiness.missingForOneStar);
    appendReadiness(lines, 2, readiness.missingForTwoStars);

    if (latest) {
        const diagnosis::Score score = diagnosis::score(latest->answers);
        const int band = diagnosis::bandOf(score.total);
        json.insert(QStringLiteral("latest_diagnosis"),
                    QJsonObject{{QStringLiteral("date"), dateOrNull(latest->answeredOn)},
                                {QStringLiteral("score"), score.total},
                                {QStringLiteral("band"), band},
                                {QStringLiteral("unknown_items"), int(score.unknownItems.size())}});
        lines << Text::tr("Latest self-diagnosis: %1, %2 points (band %3)")
                     .arg(latest->answeredOn.toString(Qt::ISODate))
                     .arg(score.total)
                     .arg(band);
    } else {
        json.insert(QStringLiteral("latest_diagnosis"), QJsonValue());
        lines << Text::tr("Latest self-diagnosis: none");
    }

    QJsonArray reminderArray;
    lines << Text::tr("Reminders:");
    for (const ActionReminder &reminder : reminders) {
        const bool overdue = reminder.overdue(today);
        reminderArray.append(QJsonObject{{QStringLiteral("key"), reminder.key},
                                         {QStringLiteral("title"), reminder.title},
                                         {QStringLiteral("due"), dateOrNull(reminder.due)},
                                         {QStringLiteral("overdue"), overdue}});
        const QString line =
            QStringLiteral("  %1  %2").arg(reminder.due.toString(Qt::ISODate), reminder.title);
        lines << (overdue ? line + QLatin1Char(' ') + Text::tr("(due now)") : line);
    }
    json.insert(QStringLiteral("reminders"), reminderArray);
    return context.succeed(json, lines.join(QLatin1Char('\n')));
}

ExitCode declare(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    if (!parser.isSet(levelName))
        return context.fail(UsageError, Text::tr("--level is required: 1 for ★, 2 for ★★."));
    const QString levelText = parser.value(levelName);
    if (levelText != QLatin1String("1") && levelText != QLatin1String("2"))
        return context.fail(UsageError, Text::tr("--level must be 1 (★) or 2 (★★)."));
    QDate date = Clock::today();
    if (ExitCode failure = Success; !context.dateOption(dateName, &date, &failure))
        return failure;
    Declaration declaration;
    declaration.level = levelText.toInt();
    declaration.declaredOn = date;
    declaration.declarationId = parser.value(idName).trimmed();
    declaration.gbizAccount = parser.value(gbizName).trimmed();

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto id = DeclarationRepository(**database).add(declaration);
    if (!id)
        return context.fail(id.error());
    const QJsonObject json{{QStringLiteral("record_id"), *id},
                           {QStringLiteral("level"), declaration.level},
                           {QStringLiteral("declared_on"), date.toString(Qt::ISODate)},
                           {QStringLiteral("declaration_id"), declaration.declarationId},
                           {QStringLiteral("gbiz_account"), declaration.gbizAccount}};
    return context.succeed(json, Text::tr("Recorded the %1 SECURITY ACTION declaration of %2.")
                                     .arg(stars(declaration.level), date.toString(Qt::ISODate)));
}

} // namespace

QList<CliCommand> actionCommands()
{
    return {
        {{QStringLiteral("action"), QStringLiteral("status")},
         QString(),
         Text::tr("Show the SECURITY ACTION level, what is missing for ★ and ★★, the latest "
                  "self-diagnosis and the reminders."),
         {},
         status,
         0},
        {{QStringLiteral("action"), QStringLiteral("declare")},
         QStringLiteral("--level 1|2 [--date YYYY-MM-DD] [--id TEXT] [--gbiz TEXT]"),
         Text::tr("Record a SECURITY ACTION self-declaration made on IPA's site."),
         {{levelName, Text::tr("Level declared: 1 for ★, 2 for ★★."), Text::tr("LEVEL")},
          {dateName, Text::tr("Date of the declaration (default: today)."), Text::tr("DATE")},
          {idName, Text::tr("Self-declaration ID (自己宣言ID), as received."), Text::tr("TEXT")},
          {gbizName, Text::tr("gBizID account used (optional)."), Text::tr("TEXT")}},
         declare,
         0},
    };
}

} // namespace mamori::cli
