#include "ReportCommands.h"

#include "Clock.h"
#include "Language.h"
#include "report/ReportFingerprint.h"
#include "report/ReportPdf.h"
#include "report/ReportRequest.h"
#include "services/reports/ReportService.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

namespace {

using report::ReportRequest;
using report::ReportType;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

const auto outName = QStringLiteral("out");
const auto langName = QStringLiteral("lang");
const auto idName = QStringLiteral("id");
const auto fromName = QStringLiteral("from");
const auto toName = QStringLiteral("to");

// --lang ja|en, or the configured language. False (and a usage error) for anything else.
bool languageOption(CliContext &context, UiLanguage *language, ExitCode *failure)
{
    *language = currentUiLanguage();
    if (!context.parser().isSet(langName))
        return true;
    const QString code = context.parser().value(langName);
    if (code != QLatin1String("ja") && code != QLatin1String("en")) {
        *failure = context.fail(UsageError, Text::tr("--lang must be ja or en."));
        return false;
    }
    *language = languageFromCode(code, UiLanguage::Japanese);
    return true;
}

QJsonObject issuedJson(const report::IssuedReport &issued)
{
    return {{QStringLiteral("id"), issued.id},
            {QStringLiteral("fingerprint"), issued.fingerprint},
            {QStringLiteral("short_fingerprint"),
             report::ReportFingerprint::shortForm(issued.fingerprint)},
            {QStringLiteral("type"), issued.type},
            {QStringLiteral("title"), issued.title},
            {QStringLiteral("issued_at"), issued.issuedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("issued_by"), issued.issuedBy},
            {QStringLiteral("pages"), issued.pages},
            {QStringLiteral("parameters"),
             QJsonDocument::fromJson(issued.parameters.toUtf8()).object()}};
}

ExitCode generate(CliContext &context, ReportType type)
{
    const QString file = context.parser().value(outName);
    if (file.isEmpty())
        return context.fail(UsageError, Text::tr("--out FILE.pdf is required."));
    ReportRequest request;
    request.type = type;
    ExitCode failure = Success;
    if (!languageOption(context, &request.language, &failure) ||
        !context.dateOption(fromName, &request.from, &failure) ||
        !context.dateOption(toName, &request.to, &failure) ||
        !context.outputFolderExists(file, &failure))
        return failure;
    if (context.parser().isSet(idName)) {
        bool ok = false;
        request.incidentId = context.parser().value(idName).toLongLong(&ok);
        if (!ok || request.incidentId <= 0)
            return context.fail(UsageError, Text::tr("--id must be a positive number."));
    }
    const QDateTime now = Clock::nowUtc();
    request.at = now;
    request.asOf = now.toLocalTime().date();
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    // The domain's own labels (readiness lines) in the language asked for.
    Translations translations;
    translations.install(request.language);
    if (Status checked = report::ReportService::check(**database, request); !checked)
        return context.fail(checked.error());
    auto generated = report::ReportService::generate(**database, request, now);
    if (!generated)
        return context.fail(generated.error());
    if (Status saved = report::ReportPdf::save(generated->pdf, file); !saved)
        return context.fail(
            Error(ErrorKind::InvalidInput, saved.error().message, saved.error().detail));
    auto id = report::ReportService::record(**database, generated->record);
    if (!id) {
        QFile::remove(file); // a report that is not recorded could never be verified
        return context.fail(id.error());
    }
    generated->record.id = *id;
    QJsonObject json = issuedJson(generated->record);
    json.insert(QStringLiteral("file"), file);
    json.insert(QStringLiteral("report"), ReportRequest::code(type));
    return context.succeed(
        json,
        Text::tr("Wrote %1 (%n page(s), fingerprint %2) to %3.", nullptr, generated->record.pages)
            .arg(generated->record.title,
                 report::ReportFingerprint::shortForm(generated->record.fingerprint), file));
}

ExitCode listIssued(CliContext &context)
{
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto issued = report::ReportService::issued(**database);
    if (!issued)
        return context.fail(issued.error());
    QJsonArray reports;
    QStringList lines;
    for (const report::IssuedReport &report : std::as_const(*issued)) {
        reports.append(issuedJson(report));
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(
                         report::ReportFingerprint::shortForm(report.fingerprint), report.type,
                         report.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         report.issuedBy, Text::tr("%n page(s)", nullptr, report.pages));
    }
    if (lines.isEmpty())
        lines << Text::tr("No reports have been issued yet.");
    return context.succeed({{QStringLiteral("reports"), reports}}, lines.join(QLatin1Char('\n')));
}

ExitCode verify(CliContext &context)
{
    const QString fingerprint = context.operands().constFirst();
    auto database = context.openDatabase(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto found = report::ReportService::find(**database, fingerprint);
    if (!found)
        return context.fail(found.error());
    // The rebuild prints the domain's labels (readiness lines) in the report's language.
    Translations translations;
    if (auto request = ReportRequest::fromJson(found->parameters))
        translations.install(request->language);
    auto verification = report::ReportService::verify(**database, *found);
    if (!verification)
        return context.fail(verification.error());
    const report::IssuedReport &issued = verification->issued;
    QJsonObject json = issuedJson(issued);
    json.insert(QStringLiteral("current_fingerprint"), verification->currentFingerprint);
    json.insert(QStringLiteral("same_content"), verification->sameContent());
    const QString when = issued.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QStringList lines{
        Text::tr("%1: %2, issued %3 by %4, %n page(s).", nullptr, issued.pages)
            .arg(report::ReportFingerprint::shortForm(issued.fingerprint), issued.title, when,
                 issued.issuedBy),
        verification->sameContent()
            ? Text::tr("Today's data gives the same content.")
            : Text::tr("Today's data gives different content: records changed since it was "
                       "issued.")};
    return context.succeed(json, lines.join(QLatin1Char('\n')));
}

// Every report verb takes the same options; those that do not apply are checked, not refused
// (the contract lists them for all).
CliCommand generator(ReportType type, const QString &summary)
{
    const QList<QCommandLineOption> options{
        {outName, Text::tr("The PDF file to write."), Text::tr("FILE")},
        {langName, Text::tr("Language of the report: ja or en."), Text::tr("LANG")},
        {idName, Text::tr("The incident's id (report incident)."), Text::tr("N")},
        {fromName, Text::tr("First day of the period, YYYY-MM-DD (report management)."),
         Text::tr("DATE")},
        {toName, Text::tr("Last day of the period, YYYY-MM-DD (report management)."),
         Text::tr("DATE")}};
    return {{QStringLiteral("report"), ReportRequest::code(type)},
            QStringLiteral("[--id N] [--from DATE --to DATE] [--lang ja|en] --out FILE.pdf"),
            summary,
            options,
            [type](CliContext &context) { return generate(context, type); },
            0};
}

} // namespace

QList<CliCommand> reportCommands()
{
    return {
        generator(ReportType::Management,
                  Text::tr("Write the management summary (1–3 A4 pages) as a PDF.")),
        generator(ReportType::Evidence,
                  Text::tr("Write the SECURITY ACTION evidence pack, ready to sign, as a PDF.")),
        generator(ReportType::Assets,
                  Text::tr("Write the asset ledger (devices and information assets) as a PDF.")),
        generator(ReportType::Incident,
                  Text::tr("Write the report of one incident or exercise as a PDF.")),
        generator(ReportType::Contacts,
                  Text::tr("Write the incident contacts on one A4 page as a PDF.")),
        {{QStringLiteral("report"), QStringLiteral("list")},
         QString(),
         Text::tr("List the reports issued, newest first, with their fingerprints."),
         {},
         listIssued,
         0},
        {{QStringLiteral("report"), QStringLiteral("verify")},
         QStringLiteral("FINGERPRINT"),
         Text::tr("Say which report a printed fingerprint belongs to and whether today's data "
                  "still gives the same content."),
         {},
         verify,
         1},
    };
}

} // namespace mamori::cli
