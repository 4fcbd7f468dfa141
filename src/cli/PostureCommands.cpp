#include "PostureCommands.h"

#include "Clock.h"
#include "services/PostureService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostureCommands)
};

const auto fromOption = QStringLiteral("from");
const auto toOption = QStringLiteral("to");

QJsonValue intOrNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue tenthOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue();
}

QString scoreText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : Text::tr("not recorded");
}

QString signedText(double points)
{
    return (points > 0 ? QStringLiteral("+") : QString()) + QString::number(points, 'f', 1);
}

std::optional<int> changeSince(const PostureScore &score,
                               const std::optional<PostureSnapshot> &then)
{
    if (!then || !then->score || !score.points())
        return std::nullopt;
    return *score.points() - *then->score;
}

QJsonObject snapshotJson(const PostureSnapshot &snapshot)
{
    QJsonObject json{{QStringLiteral("date"), snapshot.date.toString(Qt::ISODate)},
                     {QStringLiteral("score"), intOrNull(snapshot.score)}};
    for (const PostureComponent component : PostureRules::components())
        json.insert(PostureRules::code(component), intOrNull(snapshot.component(component)));
    return json;
}

ExitCode takeSnapshot(CliContext &context)
{
    // Not openDatabase(): this verb reports whether it took the snapshot itself.
    auto database = Database::open(context.databasePath());
    if (!database)
        return context.fail(database.error());
    auto taken = PostureService::takeDailySnapshot(**database);
    if (!taken)
        return context.fail(taken.error());
    const QDate today = Clock::today();
    auto stored = PostureService::history(**database, today, today);
    if (!stored)
        return context.fail(stored.error());
    // -1: no score (nothing recorded); an optional here trips GCC's maybe-uninitialized.
    const int score = stored->isEmpty() ? -1 : stored->constFirst().score.value_or(-1);
    const QString scoreWords = score < 0 ? Text::tr("not recorded") : QString::number(score);
    QJsonObject json{{QStringLiteral("date"), today.toString(Qt::ISODate)},
                     {QStringLiteral("taken"), *taken},
                     {QStringLiteral("score"), score < 0 ? QJsonValue() : QJsonValue(score)}};
    return context.succeed(
        json, *taken ? Text::tr("Took the posture snapshot of %1: score %2.")
                           .arg(today.toString(Qt::ISODate), scoreWords)
                     : Text::tr("The posture snapshot of %1 was already taken: score %2.")
                           .arg(today.toString(Qt::ISODate), scoreWords));
}

ExitCode show(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto report = PostureService::show(**database);
    if (!report)
        return context.fail(report.error());
    const PostureScore &score = report->score;

    QJsonArray components;
    QStringList lines{Text::tr("Posture score on %1: %2 (out of 100)")
                          .arg(report->today.toString(Qt::ISODate), scoreText(score.points()))};
    const std::optional<int> month = changeSince(score, report->monthAgo);
    const std::optional<int> year = changeSince(score, report->yearAgo);
    if (month)
        lines << Text::tr("Change against 30 days ago: %1").arg(signedText(*month));
    if (year)
        lines << Text::tr("Change against 365 days ago: %1").arg(signedText(*year));
    if (score.value && score.recordedWeight < 100)
        lines << Text::tr("Based on %1 of 100 weight points: components not recorded are left "
                          "out.")
                     .arg(score.recordedWeight);
    lines << QString() << Text::tr("Components:");
    for (const ComponentScore &component : score.components) {
        QJsonArray parts;
        for (const PosturePart &part : component.parts) {
            parts << QJsonObject{
                {QStringLiteral("part"), part.key},
                {QStringLiteral("label"), PostureRules::partLabel(part.key)},
                {QStringLiteral("weight"), part.weight},
                {QStringLiteral("value"),
                 tenthOrNull(part.value ? std::optional(*part.value * 100) : std::nullopt)},
                {QStringLiteral("fact"), part.fact},
                {QStringLiteral("points_lost"), std::round(part.pointsLost * 10) / 10}};
        }
        QJsonObject json{{QStringLiteral("component"), PostureRules::code(component.component)},
                         {QStringLiteral("label"), PostureRules::label(component.component)},
                         {QStringLiteral("weight"), component.weight},
                         {QStringLiteral("value"), intOrNull(component.points())},
                         {QStringLiteral("recorded"), component.recorded()},
                         {QStringLiteral("parts"), parts}};
        if (!component.recorded())
            json.insert(QStringLiteral("not_recorded_reason"),
                        PostureRules::notRecordedReason(component.component));
        components << json;
        lines << Text::tr("  %1 (weight %2): %3")
                     .arg(PostureRules::label(component.component))
                     .arg(component.weight)
                     .arg(component.recorded()
                              ? QString::number(*component.points())
                              : Text::tr("not recorded — %1")
                                    .arg(PostureRules::notRecordedReason(component.component)));
    }

    QJsonArray pulling;
    const QList<PosturePart> down = score.pullingDown();
    if (!down.isEmpty())
        lines << QString() << Text::tr("What pulls the score down:");
    for (const PosturePart &part : down) {
        pulling << QJsonObject{
            {QStringLiteral("component"), PostureRules::code(part.component)},
            {QStringLiteral("part"), part.key},
            {QStringLiteral("fact"), part.fact},
            {QStringLiteral("points_lost"), std::round(part.pointsLost * 10) / 10}};
        lines << Text::tr("  %1 (−%2)").arg(part.fact, QString::number(part.pointsLost, 'f', 1));
    }

    QJsonArray actions;
    if (!report->actions.isEmpty())
        lines << QString() << Text::tr("Top actions:");
    int rank = 0;
    for (const PostureAction &action : std::as_const(report->actions)) {
        ++rank;
        actions << QJsonObject{{QStringLiteral("rank"), rank},
                               {QStringLiteral("kind"), TopActions::code(action.kind)},
                               {QStringLiteral("reference"), action.target.reference()},
                               {QStringLiteral("count"), action.count},
                               {QStringLiteral("points"), action.points},
                               {QStringLiteral("gain"), std::round(action.gain * 10) / 10},
                               {QStringLiteral("label"), action.label}};
        lines << Text::tr("  %1. %2").arg(rank).arg(action.label);
    }

    const QJsonObject json{{QStringLiteral("date"), report->today.toString(Qt::ISODate)},
                           {QStringLiteral("score"), intOrNull(score.points())},
                           {QStringLiteral("recorded_weight"), score.recordedWeight},
                           {QStringLiteral("change_30_days"), intOrNull(month)},
                           {QStringLiteral("change_365_days"), intOrNull(year)},
                           {QStringLiteral("components"), components},
                           {QStringLiteral("pulling_down"), pulling},
                           {QStringLiteral("actions"), actions},
                           {QStringLiteral("facts"), report->inputs.toJson()}};
    return context.succeed(json, lines.join(QLatin1Char('\n')));
}

ExitCode history(CliContext &context)
{
    QDate from;
    QDate to;
    ExitCode failure = Success;
    if (!context.dateOption(fromOption, &from, &failure) ||
        !context.dateOption(toOption, &to, &failure))
        return failure;
    if (from.isValid() && to.isValid() && to < from)
        return context.fail(UsageError, Text::tr("--to must not be before --from."));
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto snapshots = PostureService::history(**database, from, to);
    if (!snapshots)
        return context.fail(snapshots.error());
    if (context.json()) {
        QJsonArray array;
        for (const PostureSnapshot &snapshot : std::as_const(*snapshots))
            array << snapshotJson(snapshot);
        return context.succeedWithList(array, QString());
    }
    QStringList header{Text::tr("date"), Text::tr("score")};
    for (const PostureComponent component : PostureRules::components())
        header << PostureRules::label(component);
    QStringList lines{header.join(QLatin1Char('\t'))};
    for (const PostureSnapshot &snapshot : std::as_const(*snapshots)) {
        QStringList row{snapshot.date.toString(Qt::ISODate),
                        snapshot.score ? QString::number(*snapshot.score) : QStringLiteral("-")};
        for (const PostureComponent component : PostureRules::components()) {
            const std::optional<int> value = snapshot.component(component);
            row << (value ? QString::number(*value) : QStringLiteral("-"));
        }
        lines << row.join(QLatin1Char('\t'));
    }
    if (snapshots->isEmpty())
        lines << Text::tr("No posture snapshots in this period.");
    return context.succeed({}, lines.join(QLatin1Char('\n')));
}

ExitCode explain(CliContext &context)
{
    if (!context.parser().isSet(fromOption) || !context.parser().isSet(toOption))
        return context.fail(UsageError,
                            Text::tr("posture explain needs --from DATE and --to DATE."));
    QDate from;
    QDate to;
    ExitCode failure = Success;
    if (!context.dateOption(fromOption, &from, &failure) ||
        !context.dateOption(toOption, &to, &failure))
        return failure;
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto explanation = PostureService::explain(**database, from, to);
    if (!explanation)
        return context.fail(explanation.error());

    QStringList lines{
        Text::tr("Posture score from %1 to %2: %3 → %4")
            .arg(explanation->from.toString(Qt::ISODate), explanation->to.toString(Qt::ISODate),
                 explanation->scoreBefore ? QString::number(*explanation->scoreBefore, 'f', 1)
                                          : Text::tr("not recorded"),
                 explanation->scoreAfter ? QString::number(*explanation->scoreAfter, 'f', 1)
                                         : Text::tr("not recorded"))};
    QJsonArray changes;
    if (explanation->changes.isEmpty())
        lines << Text::tr("Nothing the score looks at changed.");
    for (const ExplainedChange &change : std::as_const(explanation->changes)) {
        changes << QJsonObject{{QStringLiteral("component"), PostureRules::code(change.component)},
                               {QStringLiteral("part"), change.part},
                               {QStringLiteral("label"), PostureRules::partLabel(change.part)},
                               {QStringLiteral("before"), change.before},
                               {QStringLiteral("after"), change.after},
                               {QStringLiteral("points"), change.points}};
        lines << Text::tr("  %1: %2 → %3 (%4)")
                     .arg(PostureRules::partLabel(change.part), change.before, change.after,
                          signedText(change.points));
    }
    QJsonArray activity;
    if (!explanation->activity.isEmpty())
        lines << QString() << Text::tr("Records changed in between:");
    for (const ChangeActivity &entry : std::as_const(explanation->activity)) {
        activity << QJsonObject{
            {QStringLiteral("entity"), entry.entity},
            {QStringLiteral("label"), PostureExplain::entityLabel(entry.entity)},
            {QStringLiteral("inserted"), entry.inserted},
            {QStringLiteral("updated"), entry.updated},
            {QStringLiteral("deleted"), entry.deleted}};
        lines << QStringLiteral("  ") + PostureExplain::describe(entry);
    }
    const QJsonObject json{{QStringLiteral("from"), explanation->from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), explanation->to.toString(Qt::ISODate)},
                           {QStringLiteral("score_before"), tenthOrNull(explanation->scoreBefore)},
                           {QStringLiteral("score_after"), tenthOrNull(explanation->scoreAfter)},
                           {QStringLiteral("change"), tenthOrNull(explanation->change())},
                           {QStringLiteral("changes"), changes},
                           {QStringLiteral("activity"), activity}};
    return context.succeed(json, lines.join(QLatin1Char('\n')));
}

} // namespace

QList<CliCommand> postureCommands()
{
    const QCommandLineOption from{fromOption, Text::tr("First day, YYYY-MM-DD."), Text::tr("DATE")};
    const QCommandLineOption to{toOption, Text::tr("Last day, YYYY-MM-DD."), Text::tr("DATE")};
    return {
        {{QStringLiteral("posture"), QStringLiteral("snapshot")},
         {},
         Text::tr("Take today's posture snapshot unless it was taken already."),
         {},
         takeSnapshot},
        {{QStringLiteral("posture"), QStringLiteral("show")},
         {},
         Text::tr("Show today's posture score, its components, what pulls it down and the top "
                  "actions."),
         {},
         show},
        {{QStringLiteral("posture"), QStringLiteral("history")},
         QStringLiteral("[--from DATE] [--to DATE]"),
         Text::tr("List the daily posture snapshots, oldest first."),
         {from, to},
         history},
        {{QStringLiteral("posture"), QStringLiteral("explain")},
         QStringLiteral("--from DATE --to DATE"),
         Text::tr("Explain what moved the posture score between two days."),
         {from, to},
         explain},
    };
}

} // namespace mamori::cli
