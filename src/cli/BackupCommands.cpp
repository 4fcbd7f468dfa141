#include "BackupCommands.h"

#include "Clock.h"
#include "OsUser.h"
#include "backups/ThreeTwoOne.h"
#include "io/FileDigest.h"
#include "services/Reminders.h"
#include "storage/BackupRepository.h"
#include "storage/Database.h"
#include "storage/ReminderRepository.h"

#include <QFileInfo>
#include <QJsonArray>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

const auto nameOption = QStringLiteral("name");
const auto frequencyOption = QStringLiteral("frequency");
const auto daysOption = QStringLiteral("days");
const auto atOption = QStringLiteral("at");
const auto destinationOption = QStringLiteral("destination");
const auto offlineOption = QStringLiteral("offline");
const auto offsiteOption = QStringLiteral("offsite");
const auto immutableOption = QStringLiteral("immutable");
const auto methodOption = QStringLiteral("method");
const auto graceOption = QStringLiteral("grace");
const auto responsibleOption = QStringLiteral("responsible");
const auto generationsOption = QStringLiteral("generations");
const auto restoreDaysOption = QStringLiteral("restore-test-days");
const auto protectsOption = QStringLiteral("protects");
const auto planOption = QStringLiteral("plan");
const auto resultOption = QStringLiteral("result");
const auto sizeOption = QStringLiteral("size");
const auto noteOption = QStringLiteral("note");
const auto evidenceOption = QStringLiteral("evidence");
const auto byOption = QStringLiteral("by");
const auto minutesOption = QStringLiteral("minutes");
const auto whatOption = QStringLiteral("what");
const auto toOption = QStringLiteral("to");
const auto untilOption = QStringLiteral("until");

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : Text::tr("never");
}

QJsonObject runJson(const BackupRun &run)
{
    return {
        {QStringLiteral("id"), run.id},
        {QStringLiteral("started_at"), timeOrNull(run.startedAt)},
        {QStringLiteral("ended_at"), timeOrNull(run.endedAt)},
        {QStringLiteral("result"), runs::code(run.result)},
        {QStringLiteral("size_bytes"), run.sizeBytes ? QJsonValue(*run.sizeBytes) : QJsonValue()},
        {QStringLiteral("recorded_by"), run.recordedBy},
        {QStringLiteral("note"), run.note},
        {QStringLiteral("evidence_path"), run.evidencePath},
        {QStringLiteral("evidence_sha256"), run.evidenceSha256}};
}

QJsonObject planJson(const PlanOverview &overview)
{
    const BackupPlan &plan = overview.plan;
    const PlanStatus &status = overview.status;
    QJsonArray protects;
    for (const ProtectedItem &item : plan.protects)
        protects.append(QJsonObject{{QStringLiteral("kind"), BackupPlans::code(item.kind)},
                                    {QStringLiteral("id"), item.id},
                                    {QStringLiteral("label"), item.label}});
    QString days;
    if (plan.schedule.frequency == BackupFrequency::Weekly)
        days = BackupPlans::weekdayCodes(plan.schedule.weekdays);
    else if (plan.schedule.frequency == BackupFrequency::Monthly)
        days = plan.schedule.monthDay <= 0 ? QStringLiteral("last")
                                           : QString::number(plan.schedule.monthDay);
    else if (plan.schedule.frequency == BackupFrequency::EveryNDays)
        days = QString::number(plan.schedule.everyDays);
    return {
        {QStringLiteral("id"), plan.id},
        {QStringLiteral("name"), plan.name},
        {QStringLiteral("method"), BackupPlans::code(plan.method)},
        {QStringLiteral("destination"), plan.destination},
        {QStringLiteral("offline"), plan.offline},
        {QStringLiteral("offsite"), plan.offsite},
        {QStringLiteral("immutable"), plan.immutable},
        {QStringLiteral("frequency"), BackupPlans::code(plan.schedule.frequency)},
        {QStringLiteral("days"), days},
        {QStringLiteral("at"), plan.schedule.at.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("schedule"), BackupPlans::describe(plan.schedule)},
        {QStringLiteral("grace_hours"), plan.graceHours},
        {QStringLiteral("responsible"), plan.responsible},
        {QStringLiteral("generations"), plan.generations},
        {QStringLiteral("restore_test_days"), plan.restoreTestDays},
        {QStringLiteral("protects"), protects},
        {QStringLiteral("state"), BackupRules::code(status.state)},
        {QStringLiteral("late"), status.late},
        {QStringLiteral("next_due"), timeOrNull(status.nextDue)},
        {QStringLiteral("late_at"), timeOrNull(status.lateAt)},
        {QStringLiteral("last_run"), overview.history.latestRun
                                         ? QJsonValue(runJson(*overview.history.latestRun))
                                         : QJsonValue()},
        {QStringLiteral("last_success"), overview.history.latestSuccess
                                             ? timeOrNull(overview.history.latestSuccess->startedAt)
                                             : QJsonValue()},
        {QStringLiteral("restore_state"), BackupRules::code(status.restore)},
        {QStringLiteral("restore_due"), dateOrNull(status.restoreDue)},
        {QStringLiteral("needs_attention"), status.needsAttention()},
    };
}

QString planLine(const PlanOverview &overview)
{
    const PlanStatus &status = overview.status;
    QString line = QStringLiteral("%1  %2  [%3]  %4")
                       .arg(overview.plan.name, BackupRules::label(status.state),
                            BackupPlans::describe(overview.plan.schedule),
                            Text::tr("next due %1").arg(localTime(status.nextDue)));
    if (status.restore != RestoreState::Ok)
        line += QStringLiteral("  ") + BackupRules::label(status.restore);
    return line;
}

// Reads --at (ISO 8601; without an offset it is local time), default now.
bool timeOption(CliContext &context, const QString &name, QDateTime *time, ExitCode *failure)
{
    if (!context.parser().isSet(name)) {
        *time = Clock::nowUtc();
        return true;
    }
    const QDateTime parsed =
        QDateTime::fromString(context.parser().value(name).trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        *failure = context.fail(UsageError,
                                Text::tr("--%1 must be an ISO 8601 time like 2026-04-01T02:30 or "
                                         "2026-04-01T02:30:00+09:00.")
                                    .arg(name));
        return false;
    }
    *time = parsed.toUTC();
    return true;
}

bool numberOption(CliContext &context, const QString &name, qint64 minimum, qint64 maximum,
                  std::optional<qint64> *value, ExitCode *failure)
{
    if (!context.parser().isSet(name))
        return true;
    bool ok = false;
    const qint64 number = context.parser().value(name).trimmed().toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        *failure = context.fail(UsageError, Text::tr("--%1 must be a whole number from %2 to %3.")
                                                .arg(name)
                                                .arg(minimum)
                                                .arg(maximum));
        return false;
    }
    *value = number;
    return true;
}

bool resultOptionValue(CliContext &context, RunResult *result, ExitCode *failure)
{
    const auto parsed = runs::resultFromCode(context.parser().value(resultOption).trimmed());
    if (!context.parser().isSet(resultOption) || !parsed) {
        *failure = context.fail(UsageError, Text::tr("--result must be ok, failed or partial."));
        return false;
    }
    *result = *parsed;
    return true;
}

// The plan --plan names; reports an unknown plan as invalid input (exit 2, nothing written).
std::optional<BackupPlan> namedPlan(CliContext &context, Database &database, ExitCode *failure)
{
    if (!context.parser().isSet(planOption)) {
        *failure = context.fail(UsageError, Text::tr("--plan is required: a plan's name or id."));
        return std::nullopt;
    }
    const QString wanted = context.parser().value(planOption);
    auto plan = BackupRepository(database).findPlan(wanted);
    if (!plan) {
        *failure = context.fail(plan.error());
        return std::nullopt;
    }
    if (!*plan) {
        *failure = context.fail(
            InvalidInput,
            Text::tr("There is no backup plan named “%1”; `mamori-cli backup plans` lists them.")
                .arg(wanted));
        return std::nullopt;
    }
    return **plan;
}

ExitCode addPlan(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    if (!parser.isSet(nameOption) || parser.value(nameOption).trimmed().isEmpty())
        return context.fail(UsageError, Text::tr("--name is required."));
    BackupPlan plan;
    plan.name = parser.value(nameOption).trimmed();
    const auto frequency = BackupPlans::frequencyFromCode(parser.value(frequencyOption).trimmed());
    if (!parser.isSet(frequencyOption) || !frequency)
        return context.fail(
            UsageError, Text::tr("--frequency must be daily, weekly, monthly or every-n-days."));
    plan.schedule.frequency = *frequency;
    const QString days = parser.value(daysOption).trimmed();
    switch (*frequency) {
    case BackupFrequency::Daily:
        break;
    case BackupFrequency::Weekly: {
        const auto weekdays = BackupPlans::weekdaysFromCodes(days);
        if (!weekdays || weekdays->isEmpty())
            return context.fail(
                UsageError, Text::tr("A weekly plan needs --days with weekdays, e.g. mon,thu."));
        plan.schedule.weekdays = *weekdays;
        break;
    }
    case BackupFrequency::Monthly: {
        bool ok = true;
        plan.schedule.monthDay = days.isEmpty()                  ? 1
                                 : days == QLatin1String("last") ? 0
                                                                 : days.toInt(&ok);
        if (!ok || plan.schedule.monthDay < 0 || plan.schedule.monthDay > 31)
            return context.fail(UsageError,
                                Text::tr("A monthly plan takes --days N (1–31) or --days last."));
        break;
    }
    case BackupFrequency::EveryNDays: {
        bool ok = false;
        plan.schedule.everyDays = days.toInt(&ok);
        if (!ok || plan.schedule.everyDays < 1 || plan.schedule.everyDays > 366)
            return context.fail(UsageError,
                                Text::tr("An every-n-days plan needs --days N (1–366)."));
        plan.schedule.anchor = Clock::today();
        break;
    }
    }
    if (parser.isSet(atOption)) {
        plan.schedule.at =
            QTime::fromString(parser.value(atOption).trimmed(), QStringLiteral("H:mm"));
        if (!plan.schedule.at.isValid())
            return context.fail(UsageError, Text::tr("--at must be a time of day like 02:00."));
    }
    if (parser.isSet(methodOption)) {
        const auto method = BackupPlans::methodFromCode(parser.value(methodOption).trimmed());
        if (!method)
            return context.fail(UsageError,
                                Text::tr("--method must be nas_copy, external_disk, "
                                         "cloud_service, tape, application_export or other."));
        plan.method = *method;
    } else {
        plan.method = BackupMethod::Other;
    }
    plan.destination = parser.value(destinationOption).trimmed();
    plan.offline = parser.isSet(offlineOption);
    plan.offsite = parser.isSet(offsiteOption);
    plan.immutable = parser.isSet(immutableOption);
    plan.responsible = parser.value(responsibleOption).trimmed();
    ExitCode failure = Success;
    std::optional<qint64> grace, generations, restoreDays;
    if (!numberOption(context, graceOption, 0, 1440, &grace, &failure) ||
        !numberOption(context, generationsOption, 1, 10000, &generations, &failure) ||
        !numberOption(context, restoreDaysOption, 1, 3660, &restoreDays, &failure))
        return failure;
    plan.graceHours = int(grace.value_or(plan.graceHours));
    plan.generations = int(generations.value_or(plan.generations));
    plan.restoreTestDays = int(restoreDays.value_or(plan.restoreTestDays));
    plan.createdAt = Clock::nowUtc();

    QStringList items;
    for (const QString &value : parser.values(protectsOption))
        items += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!context.operands().isEmpty()) {
        if (!parser.isSet(protectsOption))
            return context.fail(
                UsageError,
                Text::tr("Unexpected argument: %1").arg(context.operands().constFirst()));
        items += context.operands();
    }

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    BackupRepository repository(**database);
    for (const QString &text : std::as_const(items)) {
        auto item = repository.resolveItem(text);
        if (!item)
            return context.fail(item.error());
        plan.protects << *item;
    }
    auto id = repository.addPlan(plan);
    if (!id)
        return context.fail(id.error());
    auto stored = repository.overviews(Clock::nowUtc());
    if (!stored)
        return context.fail(stored.error());
    for (const PlanOverview &overview : std::as_const(*stored)) {
        if (overview.plan.id == *id)
            return context.succeed(planJson(overview),
                                   Text::tr("Added backup plan “%1” (id %2): %3, next due %4.")
                                       .arg(overview.plan.name)
                                       .arg(*id)
                                       .arg(BackupPlans::describe(overview.plan.schedule),
                                            localTime(overview.status.nextDue)));
    }
    return Success;
}

ExitCode listPlans(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto overviews = BackupRepository(**database).overviews(Clock::nowUtc());
    if (!overviews)
        return context.fail(overviews.error());
    QJsonArray plans;
    QStringList lines;
    for (const PlanOverview &overview : std::as_const(*overviews)) {
        plans.append(planJson(overview));
        lines << planLine(overview);
    }
    if (lines.isEmpty())
        lines << Text::tr("No backup plans yet: add one with `mamori-cli backup plan add`.");
    return context.succeed({{QStringLiteral("plans"), plans}}, lines.join(QLatin1Char('\n')));
}

ExitCode record(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    ExitCode failure = Success;
    BackupRun run;
    std::optional<qint64> size;
    if (!resultOptionValue(context, &run.result, &failure) ||
        !timeOption(context, atOption, &run.startedAt, &failure) ||
        !numberOption(context, sizeOption, 0, std::numeric_limits<qint64>::max(), &size, &failure))
        return failure;
    run.endedAt = run.startedAt;
    run.sizeBytes = size;
    run.note = parser.value(noteOption);
    run.recordedBy =
        parser.isSet(byOption) ? parser.value(byOption).trimmed() : currentOsUserName();
    if (parser.isSet(evidenceOption)) {
        const QString path = QFileInfo(parser.value(evidenceOption)).absoluteFilePath();
        auto digest = sha256OfFile(path);
        if (!digest)
            return context.fail(digest.error());
        run.evidencePath = path;
        run.evidenceSha256 = *digest;
    }
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    const std::optional<BackupPlan> plan = namedPlan(context, **database, &failure);
    if (!plan)
        return failure;
    run.planId = plan->id;
    auto id = BackupRepository(**database).recordRun(run);
    if (!id)
        return context.fail(id.error());
    run.id = *id;
    QJsonObject json = runJson(run);
    json.insert(QStringLiteral("plan"), plan->name);
    return context.succeed(json,
                           Text::tr("Recorded a backup run of “%1”: %2 at %3.")
                               .arg(plan->name, runs::label(run.result), localTime(run.startedAt)));
}

ExitCode restoreTest(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    ExitCode failure = Success;
    RestoreTest test;
    std::optional<qint64> minutes;
    if (!resultOptionValue(context, &test.result, &failure) ||
        !timeOption(context, atOption, &test.testedAt, &failure) ||
        !numberOption(context, minutesOption, 0, 100000, &minutes, &failure))
        return failure;
    if (minutes)
        test.minutes = int(*minutes);
    test.whatRestored = parser.value(whatOption);
    test.restoredTo = parser.value(toOption);
    test.note = parser.value(noteOption);
    test.recordedBy =
        parser.isSet(byOption) ? parser.value(byOption).trimmed() : currentOsUserName();
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    const std::optional<BackupPlan> plan = namedPlan(context, **database, &failure);
    if (!plan)
        return failure;
    test.planId = plan->id;
    auto id = BackupRepository(**database).recordRestoreTest(test);
    if (!id)
        return context.fail(id.error());
    const QJsonObject json{
        {QStringLiteral("id"), *id},
        {QStringLiteral("plan"), plan->name},
        {QStringLiteral("tested_at"), timeOrNull(test.testedAt)},
        {QStringLiteral("result"), runs::code(test.result)},
        {QStringLiteral("minutes"), test.minutes ? QJsonValue(*test.minutes) : QJsonValue()}};
    return context.succeed(
        json,
        Text::tr("Recorded a restore test of “%1”: %2.").arg(plan->name, runs::label(test.result)));
}

ExitCode due(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto overviews = BackupRepository(**database).overviews(Clock::nowUtc());
    if (!overviews)
        return context.fail(overviews.error());
    QJsonArray plans;
    QStringList lines;
    for (const PlanOverview &overview : std::as_const(*overviews)) {
        if (!overview.status.needsAttention())
            continue;
        plans.append(planJson(overview));
        lines << planLine(overview);
    }
    const bool attention = !plans.isEmpty();
    if (!attention)
        lines << Text::tr("No backup is late or failed.");
    context.succeed({{QStringLiteral("attention"), attention}, {QStringLiteral("plans"), plans}},
                    lines.join(QLatin1Char('\n')));
    return attention ? NeedsAttention : Success;
}

ExitCode check(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto assets = BackupRepository(**database).protectedAssets();
    if (!assets)
        return context.fail(assets.error());
    QJsonArray results;
    QStringList lines;
    for (const ProtectedAsset &asset : std::as_const(*assets)) {
        const ThreeTwoOneResult result = ThreeTwoOne::check(asset);
        results.append(
            QJsonObject{{QStringLiteral("kind"), BackupPlans::code(asset.item.kind)},
                        {QStringLiteral("id"), asset.item.id},
                        {QStringLiteral("name"), asset.name},
                        {QStringLiteral("copies"), result.copies},
                        {QStringLiteral("media_kinds"), result.mediaKinds},
                        {QStringLiteral("offsite"), result.offsite},
                        {QStringLiteral("offline_or_immutable"), result.offlineOrImmutable},
                        {QStringLiteral("verdict"), ThreeTwoOne::code(result.verdict)},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(result.reasons)}});
        lines << QStringLiteral("%1: %2").arg(asset.name, ThreeTwoOne::label(result.verdict));
        if (!result.reasons.isEmpty())
            lines.last() += QStringLiteral(" — ") + result.reasons.join(Text::tr("; "));
    }
    if (lines.isEmpty())
        lines << Text::tr("Nothing is protected by a plan yet, and no information asset of "
                          "importance 3 is recorded.");
    return context.succeed({{QStringLiteral("assets"), results}}, lines.join(QLatin1Char('\n')));
}

QJsonObject reminderJson(const Reminder &reminder)
{
    return {{QStringLiteral("key"), reminder.key},
            {QStringLiteral("source"), reminder.source},
            {QStringLiteral("title"), reminder.title},
            {QStringLiteral("detail"), reminder.detail},
            {QStringLiteral("due"), dateOrNull(reminder.due)},
            {QStringLiteral("record"), reminder.record},
            {QStringLiteral("state"), reminders::code(reminder.state)},
            {QStringLiteral("snoozed_until"), dateOrNull(reminder.snoozedUntil)}};
}

ExitCode listReminders(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto all = loadReminders(**database, Clock::today());
    if (!all)
        return context.fail(all.error());
    QJsonArray array;
    QStringList lines;
    for (const Reminder &reminder : std::as_const(*all)) {
        array.append(reminderJson(reminder));
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(reminder.due.toString(Qt::ISODate),
                                reminders::label(reminder.state).leftJustified(10), reminder.title);
        if (reminder.state == ReminderState::Snoozed)
            line += QLatin1Char(' ') +
                    Text::tr("(until %1)").arg(reminder.snoozedUntil.toString(Qt::ISODate));
        lines << line;
    }
    if (lines.isEmpty())
        lines << Text::tr("No reminders.");
    return context.succeed({{QStringLiteral("reminders"), array}}, lines.join(QLatin1Char('\n')));
}

// reminders snooze KEY --until DATE / reminders done KEY: stored per reminder.
ExitCode markReminder(CliContext &context, bool done)
{
    const QString key = context.operands().value(0).trimmed();
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto all = loadReminders(**database, Clock::today());
    if (!all)
        return context.fail(all.error());
    const auto found = std::find_if(all->cbegin(), all->cend(),
                                    [&key](const Reminder &r) { return r.key == key; });
    if (found == all->cend())
        return context.fail(InvalidInput,
                            Text::tr("There is no reminder “%1”; `mamori-cli reminders` lists "
                                     "their keys.")
                                .arg(key));
    ReminderMark mark{key, {}, {}};
    if (done) {
        mark.doneFor = found->due;
    } else {
        QDate until = Clock::today().addDays(7);
        if (ExitCode failure = Success; !context.dateOption(untilOption, &until, &failure))
            return failure;
        mark.snoozedUntil = until;
    }
    if (Status saved = ReminderMarkRepository(**database).set(mark); !saved)
        return context.fail(saved.error());
    const QJsonObject json{{QStringLiteral("key"), key},
                           {QStringLiteral("snoozed_until"), dateOrNull(mark.snoozedUntil)},
                           {QStringLiteral("done_for"), dateOrNull(mark.doneFor)}};
    return context.succeed(json,
                           done ? Text::tr("Marked “%1” done.").arg(found->title)
                                : Text::tr("Snoozed “%1” until %2.")
                                      .arg(found->title, mark.snoozedUntil.toString(Qt::ISODate)));
}

ExitCode exportCalendarFile(CliContext &context)
{
    const QString file = context.operands().value(0);
    ExitCode failure = Success;
    if (!context.outputFolderExists(file, &failure))
        return failure;
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    if (Status written = exportCalendar(**database, file, Clock::today(), Clock::nowUtc());
        !written)
        return context.fail(written.error());
    return context.succeed({{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()}},
                           Text::tr("Wrote the calendar %1.").arg(file));
}

} // namespace

QList<CliCommand> backupCommands()
{
    CliCommand add{
        {QStringLiteral("backup"), QStringLiteral("plan"), QStringLiteral("add")},
        QStringLiteral("--name NAME --frequency daily|weekly|monthly|every-n-days [--days "
                       "mon,thu|N] [--at HH:MM] [--destination TEXT] [--offline] [--offsite] "
                       "[--protects ASSET_NUMBER…]"),
        Text::tr("Add a backup plan."),
        {{nameOption, Text::tr("The plan's name (unique)."), Text::tr("NAME")},
         {frequencyOption, Text::tr("daily, weekly, monthly or every-n-days."),
          Text::tr("FREQUENCY")},
         {daysOption,
          Text::tr("Weekly: weekdays such as mon,thu. Monthly: day N or last. Every N days: N."),
          Text::tr("DAYS")},
         {atOption, Text::tr("Local time of day (default 02:00)."), Text::tr("HH:MM")},
         {destinationOption, Text::tr("Where the copy goes."), Text::tr("TEXT")},
         {offlineOption, Text::tr("The destination is disconnected between runs.")},
         {offsiteOption, Text::tr("The destination is off-site.")},
         {immutableOption, Text::tr("Copies cannot be changed or deleted once written.")},
         {methodOption,
          Text::tr("nas_copy, external_disk, cloud_service, tape, application_export or other "
                   "(default)."),
          Text::tr("METHOD")},
         {graceOption, Text::tr("Hours after the due time before it is late (default 24)."),
          Text::tr("HOURS")},
         {responsibleOption, Text::tr("Who sees to it."), Text::tr("NAME")},
         {generationsOption, Text::tr("Copies kept (default 7)."), Text::tr("N")},
         {restoreDaysOption, Text::tr("Days between restore tests (default 180)."), Text::tr("N")},
         {protectsOption,
          Text::tr("What it protects: device asset numbers or information asset names "
                   "(several, or comma-separated); mamori for Mamori's own database."),
          Text::tr("ASSET_NUMBER")}},
        addPlan,
        0};
    add.moreOperands = true;
    return {
        add,
        {{QStringLiteral("backup"), QStringLiteral("plans")},
         QStringLiteral("[--json]"),
         Text::tr("List the backup plans with their state and next due time."),
         {},
         listPlans,
         0},
        {{QStringLiteral("backup"), QStringLiteral("record")},
         QStringLiteral("--plan NAME_OR_ID --result ok|failed|partial [--size BYTES] [--note "
                        "TEXT] [--at ISO8601] [--evidence FILE]"),
         Text::tr("Record a backup run (from a backup script, or attested by a person)."),
         {{planOption, Text::tr("The plan's name or id."), Text::tr("NAME_OR_ID")},
          {resultOption, Text::tr("ok, failed or partial."), Text::tr("RESULT")},
          {sizeOption, Text::tr("Size of the copy in bytes."), Text::tr("BYTES")},
          {noteOption, Text::tr("A note."), Text::tr("TEXT")},
          {atOption, Text::tr("When it ran (ISO 8601; default now)."), Text::tr("ISO8601")},
          {evidenceOption, Text::tr("A file showing the run (its SHA-256 is kept, not the file)."),
           Text::tr("FILE")},
          {byOption, Text::tr("Who attests it (default: the logged-in user)."), Text::tr("NAME")}},
         record,
         0},
        {{QStringLiteral("backup"), QStringLiteral("restore-test")},
         QStringLiteral("--plan NAME_OR_ID --result ok|failed|partial [--minutes N] [--what "
                        "TEXT] [--to TEXT] [--at ISO8601]"),
         Text::tr("Record a restore test."),
         {{planOption, Text::tr("The plan's name or id."), Text::tr("NAME_OR_ID")},
          {resultOption, Text::tr("ok, failed or partial."), Text::tr("RESULT")},
          {minutesOption, Text::tr("Minutes the restore took."), Text::tr("N")},
          {whatOption, Text::tr("What was restored."), Text::tr("TEXT")},
          {toOption, Text::tr("Where it was restored to."), Text::tr("TEXT")},
          {noteOption, Text::tr("A note."), Text::tr("TEXT")},
          {atOption, Text::tr("When it was tested (ISO 8601; default now)."), Text::tr("ISO8601")},
          {byOption, Text::tr("Who tested it (default: the logged-in user)."), Text::tr("NAME")}},
         restoreTest,
         0},
        {{QStringLiteral("backup"), QStringLiteral("due")},
         QStringLiteral("[--json]"),
         Text::tr("List late or failed backups and restore tests; exit 4 when there are any."),
         {},
         due,
         0},
        {{QStringLiteral("backup"), QStringLiteral("check")},
         QStringLiteral("[--json]"),
         Text::tr("The 3-2-1 check for every protected asset."),
         {},
         check,
         0},
    };
}

QList<CliCommand> reminderCommands()
{
    return {
        {{QStringLiteral("reminders")},
         QStringLiteral("[--json]"),
         Text::tr("List every reminder: backups, restore tests, SECURITY ACTION, inventory "
                  "dates."),
         {},
         listReminders,
         0},
        {{QStringLiteral("reminders"), QStringLiteral("snooze")},
         QStringLiteral("KEY [--until YYYY-MM-DD]"),
         Text::tr("Snooze a reminder (default: for a week)."),
         {{untilOption, Text::tr("The last day it stays hidden."), Text::tr("DATE")}},
         [](CliContext &context) { return markReminder(context, false); },
         1},
        {{QStringLiteral("reminders"), QStringLiteral("done")},
         QStringLiteral("KEY"),
         Text::tr("Mark a reminder done for its current due date."),
         {},
         [](CliContext &context) { return markReminder(context, true); },
         1},
        {{QStringLiteral("calendar"), QStringLiteral("export")},
         QStringLiteral("FILE.ics"),
         Text::tr("Write the reminders and backup schedules as an iCalendar file."),
         {},
         exportCalendarFile,
         1},
    };
}

} // namespace mamori::cli
