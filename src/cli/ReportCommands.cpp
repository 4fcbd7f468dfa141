#include "ReportCommands.h"

#include "Clock.h"
#include "Language.h"
#include "report/ContactsSheetPdf.h"
#include "services/IncidentService.h"
#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"

#include <QJsonObject>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

const auto outName = QStringLiteral("out");
const auto langName = QStringLiteral("lang");

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

ExitCode contactsSheet(CliContext &context)
{
    const QString file = context.parser().value(outName);
    if (file.isEmpty())
        return context.fail(UsageError, Text::tr("--out FILE.pdf is required."));
    UiLanguage language = UiLanguage::Japanese;
    if (ExitCode failure = Success; !languageOption(context, &language, &failure) ||
                                    !context.outputFolderExists(file, &failure))
        return failure;
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto contacts = PlaybookLibrary::contacts(**database);
    if (!contacts)
        return context.fail(contacts.error());
    auto profile = CompanyProfileRepository(**database).load();
    if (!profile)
        return context.fail(profile.error());
    // The sheet's words in the language asked for, whatever the configured one.
    Translations translations;
    translations.install(language);
    const Status written = ContactsSheetPdf::write(*contacts, profile->value_or(CompanyProfile()),
                                                   language, Clock::nowUtc(), file);
    if (!written)
        return context.fail(
            Error(ErrorKind::InvalidInput, written.error().message, written.error().detail));
    return context.succeed({{QStringLiteral("file"), file},
                            {QStringLiteral("report"), QStringLiteral("contacts")},
                            {QStringLiteral("pages"), 1},
                            {QStringLiteral("contacts"), int(contacts->size())}},
                           Text::tr("Wrote the contacts sheet to %1.").arg(file));
}

} // namespace

QList<CliCommand> reportCommands()
{
    return {
        {{QStringLiteral("report"), QStringLiteral("contacts")},
         QStringLiteral("--out FILE.pdf [--lang ja|en]"),
         Text::tr("Write the incident contacts on one A4 page as a PDF."),
         {{outName, Text::tr("The PDF file to write."), Text::tr("FILE")},
          {langName, Text::tr("Language of the sheet: ja or en."), Text::tr("LANG")}},
         contactsSheet,
         0},
    };
}

} // namespace mamori::cli
