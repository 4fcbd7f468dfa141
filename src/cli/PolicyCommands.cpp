#include "PolicyCommands.h"

#include "Clock.h"
#include "report/PolicyPdf.h"
#include "report/ReportFingerprint.h"
#include "services/reports/ReportService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

#include <QJsonObject>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommands)
};

const auto versionName = QStringLiteral("version");

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

ExitCode exportPolicy(CliContext &context)
{
    const QString file = context.operands().constFirst();
    int wanted = 0; // the latest
    if (context.parser().isSet(versionName)) {
        bool ok = false;
        wanted = context.parser().value(versionName).toInt(&ok);
        if (!ok || wanted < 1)
            return context.fail(UsageError, Text::tr("--version must be a version number like 2."));
    }
    if (ExitCode failure = Success; !context.outputFolderExists(file, &failure))
        return failure;
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto versions = PolicyRepository(**database).all();
    if (!versions)
        return context.fail(versions.error());
    if (versions->isEmpty()) {
        return context.fail(UsageError,
                            Text::tr("No basic security policy has been saved yet. Write one on "
                                     "the SECURITY ACTION page first."));
    }
    const PolicyVersion *chosen = &versions->constFirst(); // newest first
    if (wanted > 0) {
        chosen = nullptr;
        for (const PolicyVersion &version : std::as_const(*versions)) {
            if (version.version == wanted)
                chosen = &version;
        }
        if (!chosen) {
            return context.fail(UsageError,
                                Text::tr("There is no version %1 of the policy; the latest is %2.")
                                    .arg(wanted)
                                    .arg(versions->constFirst().version));
        }
    }
    // An issued report, as from the SECURITY ACTION page: recorded with its fingerprint, which
    // the footer carries and `report verify` checks.
    const report::ReportRequest request = PolicyPdf::exportRequest(*chosen, Clock::nowUtc());
    auto issued = report::ReportService::generateToFile(**database, request, file, request.at);
    if (!issued)
        return context.fail(issued.error());
    const QJsonObject json{{QStringLiteral("file"), file},
                           {QStringLiteral("version"), chosen->version},
                           {QStringLiteral("adopted_on"), isoDate(chosen->adoptedOn)},
                           {QStringLiteral("published_on"), isoDate(chosen->publishedOn)},
                           {QStringLiteral("published_url"), chosen->publishedUrl},
                           {QStringLiteral("fingerprint"), issued->fingerprint},
                           {QStringLiteral("short_fingerprint"),
                            report::ReportFingerprint::shortForm(issued->fingerprint)}};
    return context.succeed(json,
                           Text::tr("Wrote version %1 of the basic security policy (adopted %2) "
                                    "to %3.")
                               .arg(chosen->version)
                               .arg(isoDate(chosen->adoptedOn), file));
}

} // namespace

QList<CliCommand> policyCommands()
{
    return {
        {{QStringLiteral("policy"), QStringLiteral("export")},
         QStringLiteral("FILE.pdf [--version N]"),
         Text::tr("Write the basic security policy (the latest version, or N) as an A4 PDF."),
         {{versionName, Text::tr("Version to write (default: the latest)."), Text::tr("N")}},
         exportPolicy,
         1},
    };
}

bool needsGuiApplication(const QStringList &arguments)
{
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("policy") &&
            arguments.at(i + 1) == QLatin1String("export"))
            return true;
        if (arguments.at(i) == QLatin1String("report"))
            return true;
    }
    return false;
}

} // namespace mamori::cli
