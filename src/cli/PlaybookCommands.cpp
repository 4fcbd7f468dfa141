#include "PlaybookCommands.h"

#include "Language.h"
#include "incidents/ContactDirectory.h"
#include "services/IncidentService.h"
#include "storage/Database.h"

#include <QJsonArray>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookCommands)
};

QJsonArray localizedReports(const QList<ReportKind> &reports)
{
    QJsonArray array;
    for (ReportKind report : reports)
        array.append(reportCode(report));
    return array;
}

ExitCode playbookList(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto entries = PlaybookLibrary::entries(**database);
    if (!entries)
        return context.fail(entries.error());
    const UiLanguage language = currentUiLanguage();
    QJsonArray array;
    QStringList lines;
    for (const PlaybookEntry &entry : *entries) {
        array.append(QJsonObject{{QStringLiteral("id"), entry.playbook.id},
                                 {QStringLiteral("title"), entry.playbook.title.in(language)},
                                 {QStringLiteral("version"), entry.playbook.version},
                                 {QStringLiteral("steps"), int(entry.playbook.steps.size())},
                                 {QStringLiteral("firm_copy"), entry.firmCopy},
                                 {QStringLiteral("bundled_newer"), entry.bundledNewer}});
        QString line = QStringLiteral("%1  %2").arg(entry.playbook.id.leftJustified(20),
                                                    entry.playbook.title.in(language));
        if (entry.firmCopy)
            line += QLatin1Char(' ') + Text::tr("(the firm's copy)");
        lines << line;
    }
    return context.succeedWithList(array, lines.join(u'\n'));
}

ExitCode playbookShow(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto playbook = PlaybookLibrary::effective(**database, context.operands().constFirst());
    if (!playbook)
        return context.fail(playbook.error());
    auto contacts = PlaybookLibrary::contacts(**database);
    if (!contacts)
        return context.fail(contacts.error());
    const UiLanguage language = currentUiLanguage();
    QJsonArray steps;
    QStringList lines{playbook->title.in(language), playbook->summary.in(language)};
    std::optional<IncidentPhase> phase;
    for (int i = 0; i < playbook->steps.size(); ++i) {
        const PlaybookStep &step = playbook->steps.at(i);
        steps.append(playbookStepJson(i + 1, step, language));
        if (phase != step.phase) {
            phase = step.phase;
            lines << QString() << QStringLiteral("## ") + phaseLabel(step.phase);
        }
        lines << QStringLiteral("%1. %2%3")
                     .arg(i + 1)
                     .arg(step.decision ? Text::tr("[Decision] ") : QString(),
                          step.text.in(language));
        lines << QStringLiteral("   ") + Text::tr("Why: %1").arg(step.why.in(language));
        if (step.decision)
            lines << QStringLiteral("   ") +
                         Text::tr("Criteria: %1").arg(step.criteria.in(language));
        if (const PlaybookRoles::Role *role = PlaybookRoles::bundled().role(step.role))
            lines << QStringLiteral("   ") + Text::tr("Who: %1").arg(role->label.in(language));
        if (const Contact *contact = ContactDirectory::find(*contacts, step.contact))
            lines << QStringLiteral("   ") +
                         Text::tr("Contact: %1").arg(ContactDirectory::line(*contact, language));
        if (!step.reports.isEmpty()) {
            QStringList reports;
            for (ReportKind report : step.reports)
                reports << reportLabel(report);
            lines << QStringLiteral("   ") +
                         Text::tr("Reports: %1").arg(reports.join(QStringLiteral(", ")));
        }
    }
    const QJsonObject json{{QStringLiteral("id"), playbook->id},
                           {QStringLiteral("title"), playbook->title.in(language)},
                           {QStringLiteral("summary"), playbook->summary.in(language)},
                           {QStringLiteral("version"), playbook->version},
                           {QStringLiteral("steps"), steps}};
    return context.succeed(json, lines.join(u'\n'));
}

ExitCode contactList(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto contacts = PlaybookLibrary::contacts(**database);
    if (!contacts)
        return context.fail(contacts.error());
    const UiLanguage language = currentUiLanguage();
    QJsonArray array;
    QStringList lines;
    for (const Contact &contact : *contacts) {
        array.append(QJsonObject{{QStringLiteral("key"), contact.key},
                                 {QStringLiteral("kind"), contactKindCode(contact.kind)},
                                 {QStringLiteral("name"), contact.name.in(language)},
                                 {QStringLiteral("organisation"), contact.organisation},
                                 {QStringLiteral("person"), contact.person},
                                 {QStringLiteral("phone"), contact.phone},
                                 {QStringLiteral("email"), contact.email},
                                 {QStringLiteral("url"), contact.url},
                                 {QStringLiteral("notes"), contact.notes},
                                 {QStringLiteral("checked"), contact.checked}});
        QString line = QStringLiteral("%1  %2").arg(contact.key.leftJustified(20),
                                                    ContactDirectory::line(contact, language));
        if (!contact.url.isEmpty())
            line += QStringLiteral("  ") + contact.url;
        if (!contact.checked)
            line += QLatin1Char(' ') + Text::tr("(check before use)");
        lines << line;
    }
    return context.succeedWithList(array, lines.join(u'\n'));
}

} // namespace

QJsonObject playbookStepJson(int number, const PlaybookStep &step, UiLanguage language)
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("phase"), phaseCode(step.phase)},
            {QStringLiteral("decision"), step.decision},
            {QStringLiteral("text"), step.text.in(language)},
            {QStringLiteral("why"), step.why.in(language)},
            {QStringLiteral("criteria"),
             step.decision ? QJsonValue(step.criteria.in(language)) : QJsonValue()},
            {QStringLiteral("role"), step.role},
            {QStringLiteral("contact"), step.contact.isEmpty() ? QJsonValue() : step.contact},
            {QStringLiteral("reports"), localizedReports(step.reports)},
            {QStringLiteral("required"), step.required}};
}

QList<CliCommand> playbookCommands()
{
    return {
        {{QStringLiteral("playbook"), QStringLiteral("list")},
         QString(),
         Text::tr("List the incident playbooks (bundled, and the firm's copies)."),
         {},
         playbookList,
         0},
        {{QStringLiteral("playbook"), QStringLiteral("show")},
         QStringLiteral("ID"),
         Text::tr("Show a playbook's steps, decisions, roles, contacts and reports."),
         {},
         playbookShow,
         1},
        {{QStringLiteral("incident"), QStringLiteral("contacts")},
         QString(),
         Text::tr("List the incident contacts: the firm's roles and public bodies."),
         {},
         contactList,
         0},
    };
}

} // namespace mamori::cli
