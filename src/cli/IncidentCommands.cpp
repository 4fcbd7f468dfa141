#include "IncidentCommands.h"

#include "PlaybookCommands.h"

#include "Clock.h"
#include "Language.h"
#include "OsUser.h"
#include "incidents/ContactDirectory.h"
#include "incidents/IncidentRules.h"
#include "incidents/PpcReportDraft.h"
#include "inventory/Device.h"
#include "io/FileDigest.h"
#include "services/IncidentService.h"
#include "storage/AssetRepository.h"
#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCommands)
};

const auto playbookName = QStringLiteral("playbook");
const auto titleName = QStringLiteral("title");
const auto exerciseName = QStringLiteral("exercise");
const auto awareAtName = QStringLiteral("aware-at");
const auto detectedAtName = QStringLiteral("detected-at");
const auto severityName = QStringLiteral("severity");
const auto statusName = QStringLiteral("status");
const auto deviceName = QStringLiteral("device");
const auto reporterName = QStringLiteral("reporter");
const auto triggerName = QStringLiteral("trigger");
const auto peopleName = QStringLiteral("people");
const auto participantsName = QStringLiteral("participants");
const auto kindName = QStringLiteral("kind");
const auto atName = QStringLiteral("at");
const auto byName = QStringLiteral("by");
const auto decidedByName = QStringLiteral("decided-by");
const auto whyName = QStringLiteral("why");
const auto contactName = QStringLiteral("contact");
const auto correctsName = QStringLiteral("corrects");
const auto stepName = QStringLiteral("step");
const auto doneName = QStringLiteral("done");
const auto naName = QStringLiteral("na");
const auto openName = QStringLiteral("open");
const auto allName = QStringLiteral("all");
const auto causeName = QStringLiteral("cause");
const auto impactName = QStringLiteral("impact");
const auto changesName = QStringLiteral("changes");
const auto changedName = QStringLiteral("changed");
const auto overrideName = QStringLiteral("override");
const auto hoursName = QStringLiteral("hours");
const auto lessonsName = QStringLiteral("lessons");
const auto noteName = QStringLiteral("note");

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString author(CliContext &context)
{
    const QString given = context.parser().value(byName).trimmed();
    return given.isEmpty() ? currentOsUserName() : given;
}

// An ISO 8601 time; one without an offset is local time. False (and a usage error) otherwise.
bool timeOption(CliContext &context, const QString &name, QDateTime *time, ExitCode *failure)
{
    if (!context.parser().isSet(name))
        return true;
    const QString text = context.parser().value(name).trimmed();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        *failure = context.fail(UsageError, Text::tr("--%1 must be an ISO 8601 time such as "
                                                     "2026-04-01T09:30 or "
                                                     "2026-04-01T09:30:00+09:00, not \"%2\".")
                                                .arg(name, text));
        return false;
    }
    *time = parsed.toUTC();
    return true;
}

bool idOperand(CliContext &context, int index, const QString &what, qint64 *id, ExitCode *failure)
{
    bool ok = false;
    *id = context.operands().value(index).toLongLong(&ok);
    if (!ok || *id < 1) {
        *failure = context.fail(UsageError, Text::tr("%1 must be a number, not \"%2\".")
                                                .arg(what, context.operands().value(index)));
        return false;
    }
    return true;
}

QString clockStateCode(ReportingClock::State state)
{
    switch (state) {
    case ReportingClock::State::Running:
        return QStringLiteral("running");
    case ReportingClock::State::Overdue:
        return QStringLiteral("overdue");
    case ReportingClock::State::Done:
        return QStringLiteral("done");
    case ReportingClock::State::Open:
        break;
    }
    return QStringLiteral("open");
}

QJsonArray clocksJson(const QList<ReportingClock> &clocks)
{
    QJsonArray array;
    for (const ReportingClock &clock : clocks)
        array.append(QJsonObject{{QStringLiteral("key"), clock.key},
                                 {QStringLiteral("title"), clock.title},
                                 {QStringLiteral("legal"), clock.legal},
                                 {QStringLiteral("due_at"), timeOrNull(clock.dueAt)},
                                 {QStringLiteral("state"), clockStateCode(clock.state)},
                                 {QStringLiteral("alerts"), clock.alerts},
                                 {QStringLiteral("done_at"), timeOrNull(clock.doneAt)},
                                 {QStringLiteral("guideline"), clock.guideline}});
    return array;
}

QString clockLine(const ReportingClock &clock)
{
    QString state;
    switch (clock.state) {
    case ReportingClock::State::Running:
        state = Text::tr("due %1").arg(localTime(clock.dueAt));
        break;
    case ReportingClock::State::Overdue:
        state = Text::tr("OVERDUE since %1").arg(localTime(clock.dueAt));
        break;
    case ReportingClock::State::Done:
        state = Text::tr("done %1").arg(localTime(clock.doneAt));
        break;
    case ReportingClock::State::Open:
        state = Text::tr("promptly");
        break;
    }
    return QStringLiteral("%1 [%2]: %3").arg(clock.title, clock.key, state);
}

QJsonObject triggersJson(const ReportingTriggers &t)
{
    return {{QStringLiteral("personal_data"), t.personalData},
            {QStringLiteral("sensitive"), t.sensitive},
            {QStringLiteral("financial_damage"), t.financialDamage},
            {QStringLiteral("unauthorised_purpose"), t.unauthorisedPurpose},
            {QStringLiteral("more_than_thousand"), t.moreThanThousand},
            {QStringLiteral("strongly_encrypted"), t.stronglyEncrypted},
            {QStringLiteral("people_affected"),
             t.peopleAffected ? QJsonValue(*t.peopleAffected) : QJsonValue()},
            {QStringLiteral("report_required"), t.reportRequired()}};
}

QJsonObject incidentJson(const Incident &incident, const QList<ReportingClock> &clocks)
{
    return {{QStringLiteral("id"), incident.id},
            {QStringLiteral("title"), incident.title},
            {QStringLiteral("status"), IncidentValues::code(incident.status)},
            {QStringLiteral("severity"), IncidentValues::code(incident.severity)},
            {QStringLiteral("exercise"), incident.exercise},
            {QStringLiteral("playbook"), incident.playbookId},
            {QStringLiteral("detected_at"), timeOrNull(incident.detectedAt)},
            {QStringLiteral("aware_at"), timeOrNull(incident.awareAt)},
            {QStringLiteral("clocks"), clocksJson(clocks)}};
}

// Applies --trigger NAME=yes|no and --people N to the triggers. False on a usage error.
bool applyTriggers(CliContext &context, ReportingTriggers *triggers, ExitCode *failure)
{
    for (const QString &argument : context.parser().values(triggerName)) {
        const QString name = argument.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = argument.section(QLatin1Char('='), 1).trimmed().toLower();
        const bool on = value.isEmpty() || value == QLatin1String("yes");
        if (!value.isEmpty() && value != QLatin1String("yes") && value != QLatin1String("no")) {
            *failure = context.fail(
                UsageError, Text::tr("--trigger %1: the value must be yes or no.").arg(name));
            return false;
        }
        if (name == QLatin1String("personal_data"))
            triggers->personalData = on;
        else if (name == QLatin1String("sensitive"))
            triggers->sensitive = on;
        else if (name == QLatin1String("financial_damage"))
            triggers->financialDamage = on;
        else if (name == QLatin1String("unauthorised_purpose"))
            triggers->unauthorisedPurpose = on;
        else if (name == QLatin1String("more_than_thousand"))
            triggers->moreThanThousand = on;
        else if (name == QLatin1String("strongly_encrypted"))
            triggers->stronglyEncrypted = on;
        else {
            *failure = context.fail(
                UsageError,
                Text::tr("Unknown trigger \"%1\". Use personal_data, sensitive, financial_damage, "
                         "unauthorised_purpose, more_than_thousand or strongly_encrypted.")
                    .arg(name));
            return false;
        }
    }
    if (context.parser().isSet(peopleName)) {
        bool ok = false;
        const int people = context.parser().value(peopleName).toInt(&ok);
        if (!ok || people < 0) {
            *failure = context.fail(UsageError, Text::tr("--people must be a number of people."));
            return false;
        }
        triggers->peopleAffected = people;
        if (people > 0)
            triggers->personalData = true;
        triggers->moreThanThousand = people > 1000;
    }
    return true;
}

// The device ids for the --device asset numbers; an unknown number is an error (exit 2).
bool devicesFor(CliContext &context, Database &database, QList<qint64> *ids, ExitCode *failure)
{
    AssetRepository<Device> devices(database);
    for (const QString &number : context.parser().values(deviceName)) {
        Device key;
        key.assetNumber = number.trimmed();
        auto found = devices.findByKey(key);
        if (!found) {
            *failure = context.fail(found.error());
            return false;
        }
        if (!*found) {
            *failure = context.fail(
                Error(ErrorKind::InvalidInput,
                      Text::tr("There is no device with asset number \"%1\".").arg(number)));
            return false;
        }
        ids->append((*found)->id);
    }
    return true;
}

ExitCode incidentStart(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    if (!parser.isSet(playbookName) || parser.value(titleName).trimmed().isEmpty())
        return context.fail(UsageError, Text::tr("--playbook ID and --title TEXT are required."));
    IncidentStart request;
    request.playbookId = parser.value(playbookName).trimmed();
    request.title = parser.value(titleName).trimmed();
    request.exercise = parser.isSet(exerciseName);
    request.reporter = parser.value(reporterName).trimmed();
    request.participants = parser.value(participantsName).trimmed();
    if (ExitCode failure = Success;
        !timeOption(context, awareAtName, &request.awareAt, &failure) ||
        !timeOption(context, detectedAtName, &request.detectedAt, &failure) ||
        !applyTriggers(context, &request.triggers, &failure))
        return failure;
    if (!request.detectedAt.isValid())
        request.detectedAt = request.awareAt.isValid() ? request.awareAt : Clock::nowUtc();
    if (request.awareAt.isValid() && request.awareAt < request.detectedAt)
        return context.fail(UsageError, Text::tr("--aware-at cannot be before --detected-at."));
    if (parser.isSet(severityName)) {
        const auto severity = IncidentValues::severityFromCode(parser.value(severityName));
        if (!severity)
            return context.fail(UsageError,
                                Text::tr("--severity must be low, medium, high or critical."));
        request.severity = *severity;
    }
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    if (ExitCode failure = Success; !devicesFor(context, **database, &request.deviceIds, &failure))
        return failure;
    auto id = IncidentService::start(**database, request, author(context));
    if (!id)
        return context.fail(id.error());
    auto file = IncidentService::load(**database, *id, Clock::nowUtc());
    if (!file)
        return context.fail(file.error());
    QStringList lines{request.exercise
                          ? Text::tr("Started exercise %1: %2").arg(*id).arg(request.title)
                          : Text::tr("Started incident %1: %2").arg(*id).arg(request.title)};
    const UiLanguage language = currentUiLanguage();
    for (const IncidentStep &step : file->steps) {
        if (step.step.phase != IncidentPhase::Detect)
            break;
        lines << QStringLiteral("  %1. %2").arg(step.number).arg(step.step.text.in(language));
    }
    for (const ReportingClock &clock : file->clocks)
        lines << Text::tr("Clock: %1").arg(clockLine(clock));
    return context.succeed(incidentJson(file->incident, file->clocks), lines.join(u'\n'));
}

ExitCode incidentLog(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    QCommandLineParser &parser = context.parser();
    TimelineEntry entry;
    entry.incidentId = id;
    entry.text = context.operands().value(1);
    if (parser.isSet(kindName)) {
        const auto kind = IncidentValues::entryKindFromCode(parser.value(kindName));
        if (!kind || *kind == EntryKind::Evidence)
            return context.fail(UsageError, Text::tr("--kind must be note, action, decision or "
                                                     "contact (evidence: use incident evidence)."));
        entry.kind = *kind;
    }
    if (ExitCode failure = Success; !timeOption(context, atName, &entry.occurredAt, &failure))
        return failure;
    entry.author = author(context);
    entry.decidedBy = parser.value(decidedByName).trimmed();
    entry.reason = parser.value(whyName).trimmed();
    entry.contactKey = parser.value(contactName).trimmed();
    entry.stepNumber = parser.value(stepName).toInt();
    if (parser.isSet(correctsName)) {
        bool ok = false;
        entry.corrects = parser.value(correctsName).toLongLong(&ok);
        if (!ok)
            return context.fail(UsageError, Text::tr("--corrects must be an entry id."));
    }
    if (entry.kind == EntryKind::Decision && entry.decidedBy.isEmpty())
        entry.decidedBy = entry.author;
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto entryId = IncidentRepository(**database).addEntry(entry);
    if (!entryId)
        return context.fail(entryId.error());
    return context.succeed({{QStringLiteral("incident"), id}, {QStringLiteral("entry"), *entryId}},
                           Text::tr("Logged entry %1 in incident %2.").arg(*entryId).arg(id));
}

ExitCode incidentEvidence(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    const QString path = QFileInfo(context.operands().value(1)).absoluteFilePath();
    auto digest = sha256OfFile(path);
    if (!digest)
        return context.fail(
            Error(ErrorKind::InvalidInput, digest.error().message, digest.error().detail));
    TimelineEntry entry;
    entry.incidentId = id;
    entry.kind = EntryKind::Evidence;
    entry.evidencePath = path;
    entry.evidenceSha256 = *digest;
    entry.text = context.parser().value(noteName).trimmed();
    if (entry.text.isEmpty())
        entry.text = QFileInfo(path).fileName();
    entry.author = author(context);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto entryId = IncidentRepository(**database).addEntry(entry);
    if (!entryId)
        return context.fail(entryId.error());
    return context.succeed({{QStringLiteral("incident"), id},
                            {QStringLiteral("entry"), *entryId},
                            {QStringLiteral("sha256"), entry.evidenceSha256}},
                           Text::tr("Recorded evidence %1 (SHA-256 %2) in incident %3.")
                               .arg(path, entry.evidenceSha256)
                               .arg(id));
}

ExitCode incidentStep(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    bool ok = false;
    const int number = context.operands().value(1).toInt(&ok);
    if (!ok || number < 1)
        return context.fail(UsageError, Text::tr("STEP_NUMBER must be a step number like 3."));
    QCommandLineParser &parser = context.parser();
    const int chosen =
        int(parser.isSet(doneName)) + int(parser.isSet(naName)) + int(parser.isSet(openName));
    if (chosen != 1)
        return context.fail(UsageError, Text::tr("Give one of --done, --na REASON or --open."));
    const StepState state = parser.isSet(doneName) ? StepState::Done
                            : parser.isSet(naName) ? StepState::NotApplicable
                                                   : StepState::Open;
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    if (Status set = IncidentRepository(**database)
                         .setStep(id, number, state, author(context), parser.value(naName));
        !set)
        return context.fail(set.error());
    return context.succeed({{QStringLiteral("incident"), id},
                            {QStringLiteral("step"), number},
                            {QStringLiteral("state"), IncidentValues::code(state)}},
                           Text::tr("Step %1 of incident %2: %3")
                               .arg(number)
                               .arg(id)
                               .arg(IncidentValues::label(state)));
}

ExitCode incidentClock(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    QCommandLineParser &parser = context.parser();
    if (parser.isSet(doneName) == parser.isSet(openName))
        return context.fail(UsageError, Text::tr("Give one of --done or --open."));
    const QString key = context.operands().value(1);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    if (Status set = IncidentRepository(**database)
                         .setClockDone(id, key, parser.isSet(doneName), author(context));
        !set)
        return context.fail(set.error());
    return context.succeed(
        {{QStringLiteral("incident"), id},
         {QStringLiteral("clock"), key},
         {QStringLiteral("done"), parser.isSet(doneName)}},
        parser.isSet(doneName)
            ? Text::tr("Marked clock %1 of incident %2 as done.").arg(key).arg(id)
            : Text::tr("Opened clock %1 of incident %2 again.").arg(key).arg(id));
}

ExitCode incidentAddClock(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    OwnClock clock;
    clock.title = context.parser().value(titleName).trimmed();
    bool ok = false;
    clock.hours = context.parser().value(hoursName).toInt(&ok);
    if (clock.title.isEmpty() || !ok)
        return context.fail(UsageError, Text::tr("--title TEXT and --hours N are required."));
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto clockId = IncidentRepository(**database).addOwnClock(id, clock);
    if (!clockId)
        return context.fail(clockId.error());
    const QString key = ReportingClocks::ownKey(*clockId);
    return context.succeed({{QStringLiteral("incident"), id}, {QStringLiteral("clock"), key}},
                           Text::tr("Added clock %1 to incident %2.").arg(key).arg(id));
}

ExitCode incidentUpdate(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    IncidentRepository incidents(**database);
    auto incident = incidents.find(id);
    if (!incident)
        return context.fail(incident.error());
    Incident changed = *incident;
    QCommandLineParser &parser = context.parser();
    if (parser.isSet(titleName))
        changed.title = parser.value(titleName).trimmed();
    if (parser.isSet(statusName)) {
        const auto status = IncidentValues::statusFromCode(parser.value(statusName));
        if (!status || *status == IncidentStatus::Closed)
            return context.fail(UsageError, Text::tr("--status must be open, contained or "
                                                     "recovered (use incident close to close)."));
        if (changed.isClosed())
            return context.fail(
                Error(ErrorKind::InvalidInput, Text::tr("Incident %1 is closed.").arg(id)));
        changed.status = *status;
    }
    if (parser.isSet(severityName)) {
        const auto severity = IncidentValues::severityFromCode(parser.value(severityName));
        if (!severity)
            return context.fail(UsageError,
                                Text::tr("--severity must be low, medium, high or critical."));
        changed.severity = *severity;
    }
    if (parser.isSet(participantsName))
        changed.participants = parser.value(participantsName).trimmed();
    if (parser.isSet(lessonsName))
        changed.lessons = parser.value(lessonsName).trimmed();
    if (ExitCode failure = Success;
        !timeOption(context, awareAtName, &changed.awareAt, &failure) ||
        !timeOption(context, detectedAtName, &changed.detectedAt, &failure) ||
        !applyTriggers(context, &changed.triggers, &failure))
        return failure;
    if (Status updated = incidents.update(changed); !updated)
        return context.fail(updated.error());
    if (parser.isSet(deviceName)) {
        QList<qint64> devices;
        if (ExitCode failure = Success; !devicesFor(context, **database, &devices, &failure))
            return failure;
        if (Status set = IncidentService::setDevices(**database, id, devices); !set)
            return context.fail(set.error());
    }
    return context.succeed({{QStringLiteral("incident"), id}},
                           Text::tr("Updated incident %1.").arg(id));
}

ExitCode incidentList(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto summaries = IncidentService::list(**database, Clock::nowUtc());
    if (!summaries)
        return context.fail(summaries.error());
    const bool all = context.parser().isSet(allName);
    QJsonArray array;
    QStringList lines;
    for (const IncidentSummary &summary : *summaries) {
        if (!all && summary.incident.isClosed())
            continue;
        array.append(incidentJson(summary.incident, summary.clocks));
        QString line =
            QStringLiteral("%1  %2  %3  %4")
                .arg(summary.incident.id, 4)
                .arg(IncidentValues::label(summary.incident.status),
                     IncidentValues::label(summary.incident.severity), summary.incident.title);
        if (summary.incident.exercise)
            line += QLatin1Char(' ') + Text::tr("(exercise)");
        if (const ReportingClock *next = ReportingClocks::next(summary.clocks))
            line += QStringLiteral("  — ") + clockLine(*next);
        lines << line;
    }
    if (lines.isEmpty())
        lines << (all ? Text::tr("No incidents recorded.") : Text::tr("No open incidents."));
    return context.succeedWithList(array, lines.join(u'\n'));
}

ExitCode incidentShow(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto file = IncidentService::load(**database, id, Clock::nowUtc());
    if (!file)
        return context.fail(file.error());
    const UiLanguage language = currentUiLanguage();
    const Incident &incident = file->incident;
    QJsonObject json = incidentJson(incident, file->clocks);
    json.insert(QStringLiteral("description"), incident.description);
    json.insert(QStringLiteral("reporter"), incident.reporter);
    json.insert(QStringLiteral("triggers"), triggersJson(incident.triggers));
    json.insert(QStringLiteral("participants"), incident.participants);
    json.insert(QStringLiteral("lessons"), incident.lessons);
    QJsonArray checklist;
    QStringList lines{
        QStringLiteral("%1 %2%3")
            .arg(incident.id)
            .arg(incident.title,
                 incident.exercise ? QLatin1Char(' ') + Text::tr("(exercise)") : QString()),
        Text::tr("Status: %1, severity: %2")
            .arg(IncidentValues::label(incident.status), IncidentValues::label(incident.severity)),
        Text::tr("Detected: %1, became aware: %2")
            .arg(localTime(incident.detectedAt), localTime(incident.awareAt))};
    for (const ReportingClock &clock : file->clocks)
        lines << Text::tr("Clock: %1").arg(clockLine(clock));
    if (!file->exposed.isEmpty()) {
        lines << Text::tr("Information at risk:");
        QJsonArray exposed;
        for (const ExposedAsset &asset : file->exposed) {
            exposed.append(QJsonObject{
                {QStringLiteral("id"), asset.id},
                {QStringLiteral("name"), asset.name},
                {QStringLiteral("personal_data"), AssetValues::code(asset.personalData)},
                {QStringLiteral("importance"), asset.importance},
                {QStringLiteral("devices"), QJsonArray::fromStringList(asset.deviceNames)}});
            lines << QStringLiteral("  %1 (%2)")
                         .arg(asset.name, AssetValues::label(asset.personalData));
        }
        json.insert(QStringLiteral("exposed_assets"), exposed);
    } else {
        json.insert(QStringLiteral("exposed_assets"), QJsonArray());
    }
    lines << Text::tr("Checklist:");
    for (const IncidentStep &step : file->steps) {
        QJsonObject object = playbookStepJson(step.number, step.step, language);
        object.insert(QStringLiteral("state"), IncidentValues::code(step.state));
        object.insert(QStringLiteral("done_at"), timeOrNull(step.doneAt));
        object.insert(QStringLiteral("done_by"), step.doneBy);
        object.insert(QStringLiteral("reason"), step.reason);
        checklist.append(object);
        const QString mark = step.state == StepState::Done            ? QStringLiteral("[x]")
                             : step.state == StepState::NotApplicable ? QStringLiteral("[-]")
                                                                      : QStringLiteral("[ ]");
        lines << QStringLiteral("  %1 %2. %3")
                     .arg(mark)
                     .arg(step.number)
                     .arg(step.step.text.in(language));
    }
    json.insert(QStringLiteral("checklist"), checklist);
    QJsonArray timeline;
    lines << Text::tr("Timeline:");
    for (const TimelineEntry &entry : file->timeline) {
        timeline.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                    {QStringLiteral("kind"), IncidentValues::code(entry.kind)},
                                    {QStringLiteral("at"), timeOrNull(entry.occurredAt)},
                                    {QStringLiteral("recorded_at"), timeOrNull(entry.recordedAt)},
                                    {QStringLiteral("text"), entry.text},
                                    {QStringLiteral("author"), entry.author},
                                    {QStringLiteral("decided_by"), entry.decidedBy},
                                    {QStringLiteral("why"), entry.reason},
                                    {QStringLiteral("contact"), entry.contactKey},
                                    {QStringLiteral("evidence_path"), entry.evidencePath},
                                    {QStringLiteral("evidence_sha256"), entry.evidenceSha256},
                                    {QStringLiteral("step"), entry.stepNumber},
                                    {QStringLiteral("corrects"),
                                     entry.corrects ? QJsonValue(*entry.corrects) : QJsonValue()}});
        QString line =
            QStringLiteral("  #%1 %2 [%3] %4")
                .arg(entry.id)
                .arg(localTime(entry.occurredAt), IncidentValues::label(entry.kind), entry.text);
        if (entry.corrects)
            line += QLatin1Char(' ') + Text::tr("(corrects #%1)").arg(*entry.corrects);
        lines << line;
    }
    json.insert(QStringLiteral("timeline"), timeline);
    if (incident.isClosed()) {
        json.insert(
            QStringLiteral("close_out"),
            QJsonObject{{QStringLiteral("cause"), incident.closeOut.cause},
                        {QStringLiteral("impact"), incident.closeOut.impact},
                        {QStringLiteral("changes"), incident.closeOut.changesAfter},
                        {QStringLiteral("changed_records"),
                         QJsonArray::fromStringList(incident.closeOut.changedRecords)},
                        {QStringLiteral("override_reason"), incident.closeOut.overrideReason},
                        {QStringLiteral("closed_at"), timeOrNull(incident.closeOut.closedAt)}});
        lines << Text::tr("Cause: %1").arg(incident.closeOut.cause)
              << Text::tr("Impact: %1").arg(incident.closeOut.impact);
    }
    return context.succeed(json, lines.join(u'\n'));
}

ExitCode incidentClose(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    QCommandLineParser &parser = context.parser();
    CloseOut closeOut;
    closeOut.cause = parser.value(causeName).trimmed();
    closeOut.impact = parser.value(impactName).trimmed();
    closeOut.changesAfter = parser.value(changesName).trimmed();
    closeOut.overrideReason = parser.value(overrideName).trimmed();
    for (const QString &link : parser.values(changedName))
        closeOut.changedRecords << link.trimmed();
    closeOut.closedBy = author(context);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    if (Status closed = IncidentService::close(**database, id, closeOut, Clock::nowUtc()); !closed)
        return context.fail(closed.error());
    return context.succeed(
        {{QStringLiteral("incident"), id}, {QStringLiteral("status"), QStringLiteral("closed")}},
        Text::tr("Closed incident %1.").arg(id));
}

ExitCode incidentPpcDraft(CliContext &context)
{
    qint64 id = 0;
    if (ExitCode failure = Success; !idOperand(context, 0, Text::tr("ID"), &id, &failure))
        return failure;
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto file = IncidentService::load(**database, id, Clock::nowUtc());
    if (!file)
        return context.fail(file.error());
    auto profile = CompanyProfileRepository(**database).load();
    const QString companyName = profile && *profile ? (*profile)->name : QString();
    PpcReportDraft::Inputs inputs{file->incident, file->steps,  file->timeline,
                                  file->exposed,  file->clocks, companyName};
    const PpcReportDraft draft = PpcReportDraft::build(inputs);
    QJsonArray items;
    for (const PpcReportDraft::Item &item : draft.items())
        items.append(QJsonObject{{QStringLiteral("key"), item.key},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("text"), item.text},
                                 {QStringLiteral("to_complete"), item.toComplete}});
    return context.succeed({{QStringLiteral("incident"), id},
                            {QStringLiteral("notice"), draft.notice()},
                            {QStringLiteral("items"), items}},
                           draft.toPlainText());
}

} // namespace

QList<CliCommand> incidentCommands()
{
    const QCommandLineOption by{byName, Text::tr("Who did it (default: the signed-in user)."),
                                Text::tr("NAME")};
    const QCommandLineOption awareAt{
        awareAtName, Text::tr("When the firm became aware (ISO 8601; the law counts from here)."),
        Text::tr("TIME")};
    const QCommandLineOption detectedAt{
        detectedAtName, Text::tr("When it was detected (ISO 8601)."), Text::tr("TIME")};
    const QCommandLineOption severity{severityName, Text::tr("low, medium, high or critical."),
                                      Text::tr("LEVEL")};
    const QCommandLineOption device{deviceName,
                                    Text::tr("An affected device's asset number (repeatable)."),
                                    Text::tr("ASSET_NUMBER")};
    const QCommandLineOption trigger{
        triggerName,
        Text::tr("A reporting trigger: personal_data, sensitive, financial_damage, "
                 "unauthorised_purpose, more_than_thousand or strongly_encrypted, with =yes or "
                 "=no (repeatable)."),
        Text::tr("NAME=yes|no")};
    const QCommandLineOption people{peopleName, Text::tr("Number of people affected."),
                                    Text::tr("N")};
    const QCommandLineOption participants{participantsName, Text::tr("Who took part (exercises)."),
                                          Text::tr("TEXT")};
    return {
        {{QStringLiteral("incident"), QStringLiteral("start")},
         QStringLiteral("--playbook ID --title T [--exercise] [--aware-at ISO8601]"),
         Text::tr("Start an incident (or an exercise) from a playbook."),
         {{playbookName, Text::tr("The playbook's id (see playbook list)."), Text::tr("ID")},
          {titleName, Text::tr("A short title."), Text::tr("TEXT")},
          {exerciseName, Text::tr("A tabletop exercise, not a real incident.")},
          awareAt,
          detectedAt,
          severity,
          device,
          {reporterName, Text::tr("Who reported it."), Text::tr("NAME")},
          trigger,
          people,
          participants,
          by},
         incidentStart,
         0},
        {{QStringLiteral("incident"), QStringLiteral("log")},
         QStringLiteral("ID TEXT [--kind note|action|decision|contact]"),
         Text::tr("Add an entry to an incident's timeline."),
         {{kindName, Text::tr("note, action, decision or contact (default: note)."),
           Text::tr("KIND")},
          {atName, Text::tr("When it happened (ISO 8601; default: now)."), Text::tr("TIME")},
          {decidedByName, Text::tr("Who decided (decisions)."), Text::tr("NAME")},
          {whyName, Text::tr("Why (decisions)."), Text::tr("TEXT")},
          {contactName, Text::tr("Whom (contacts): a key of incident contacts."), Text::tr("KEY")},
          {correctsName, Text::tr("The id of the entry this one corrects."), Text::tr("ENTRY")},
          {stepName, Text::tr("The checklist step it belongs to."), Text::tr("N")},
          by},
         incidentLog,
         2},
        {{QStringLiteral("incident"), QStringLiteral("evidence")},
         QStringLiteral("ID FILE [--note TEXT]"),
         Text::tr("Record a file as evidence: its path and SHA-256 (the file is not copied)."),
         {{noteName, Text::tr("What the file shows."), Text::tr("TEXT")}, by},
         incidentEvidence,
         2},
        {{QStringLiteral("incident"), QStringLiteral("step")},
         QStringLiteral("ID STEP_NUMBER --done|--na REASON|--open"),
         Text::tr("Tick a checklist step, mark it not applicable, or open it again."),
         {{doneName, Text::tr("The step is done.")},
          {naName, Text::tr("The step does not apply, and why."), Text::tr("REASON")},
          {openName, Text::tr("Open the step again.")},
          by},
         incidentStep,
         2},
        {{QStringLiteral("incident"), QStringLiteral("clock")},
         QStringLiteral("ID KEY --done|--open"),
         Text::tr("Mark a reporting clock's report as sent, or open it again."),
         {{doneName, Text::tr("The report was sent.")},
          {openName, Text::tr("Open the clock again.")},
          by},
         incidentClock,
         2},
        {{QStringLiteral("incident"), QStringLiteral("add-clock")},
         QStringLiteral("ID --title T --hours N"),
         Text::tr("Add the firm's own clock, e.g. a customer to tell within 24 hours."),
         {{titleName, Text::tr("What must be done."), Text::tr("TEXT")},
          {hoursName, Text::tr("Hours from awareness."), Text::tr("N")}},
         incidentAddClock,
         1},
        {{QStringLiteral("incident"), QStringLiteral("update")},
         QStringLiteral("ID [--status S] [--severity S] [--device N]… [--trigger NAME=yes|no]…"),
         Text::tr("Change an incident's status, severity, times, devices or triggers."),
         {{titleName, Text::tr("A new title."), Text::tr("TEXT")},
          {statusName, Text::tr("open, contained or recovered."), Text::tr("STATUS")},
          severity,
          awareAt,
          detectedAt,
          device,
          trigger,
          people,
          participants,
          {lessonsName, Text::tr("Lessons learned (exercises)."), Text::tr("TEXT")}},
         incidentUpdate,
         1},
        {{QStringLiteral("incident"), QStringLiteral("list")},
         QStringLiteral("[--all]"),
         Text::tr("List the open incidents and exercises (with --all, the closed ones too)."),
         {{allName, Text::tr("Include closed incidents.")}},
         incidentList,
         0},
        {{QStringLiteral("incident"), QStringLiteral("show")},
         QStringLiteral("ID"),
         Text::tr("Show an incident with its clocks, checklist and timeline."),
         {},
         incidentShow,
         1},
        {{QStringLiteral("incident"), QStringLiteral("close")},
         QStringLiteral("ID --cause T --impact T [--changes T] [--override REASON]"),
         Text::tr("Close an incident with its cause and impact."),
         {{causeName, Text::tr("What caused it."), Text::tr("TEXT")},
          {impactName, Text::tr("What it affected."), Text::tr("TEXT")},
          {changesName, Text::tr("What changed afterwards (policy, rules, assets)."),
           Text::tr("TEXT")},
          {changedName,
           Text::tr("A record changed afterwards: policy, rule:N, device:ASSET_NUMBER or "
                    "information:NAME (repeatable)."),
           Text::tr("LINK")},
          {overrideName, Text::tr("Why to close while required steps or clocks are open."),
           Text::tr("REASON")},
          by},
         incidentClose,
         1},
        {{QStringLiteral("incident"), QStringLiteral("ppc-draft")},
         QStringLiteral("ID"),
         Text::tr("Print a draft of the PPC report from the incident's records (Mamori files "
                  "nothing)."),
         {},
         incidentPpcDraft,
         1},
    };
}

} // namespace mamori::cli
