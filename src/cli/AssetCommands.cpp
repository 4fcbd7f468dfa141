#include "AssetCommands.h"

#include "inventory/AssetImporter.h"
#include "inventory/AssetRecords.h"
#include "services/AssetExporter.h"
#include "services/AssetImportService.h"
#include "services/DemoCompany.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/ImportPresetRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace mamori::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AssetCommands)
};

const auto kindName = QStringLiteral("kind");
const auto encodingName = QStringLiteral("encoding");
const auto sheetName = QStringLiteral("sheet");
const auto presetName = QStringLiteral("preset");
const auto dryRunName = QStringLiteral("dry-run");
const auto formatName = QStringLiteral("format");
const auto assetsName = QStringLiteral("assets");

QCommandLineOption kindOption()
{
    return {kindName, Text::tr("devices or information."), Text::tr("KIND")};
}

QCommandLineOption encodingOption(bool withAuto)
{
    return {encodingName,
            withAuto ? Text::tr("CSV encoding: auto (default), utf-8 or cp932.")
                     : Text::tr("CSV encoding: utf-8 (default, with BOM) or cp932."),
            Text::tr("ENCODING")};
}

// Reads --kind; `given` is false when the option is absent.
std::optional<AssetKind> parseKind(const QString &value, bool *valid)
{
    *valid = true;
    if (value.isEmpty())
        return std::nullopt;
    if (value == QLatin1String("devices"))
        return AssetKind::Devices;
    if (value == QLatin1String("information"))
        return AssetKind::Information;
    *valid = false;
    return std::nullopt;
}

QJsonArray problemsJson(const QList<ImportProblem> &problems)
{
    QJsonArray array;
    for (const ImportProblem &problem : problems) {
        array.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                 {QStringLiteral("column"), problem.columnLetter()},
                                 {QStringLiteral("header"), problem.header},
                                 {QStringLiteral("message"), problem.message}});
    }
    return array;
}

ExitCode importAssets(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QString file = context.operands().constFirst();
    bool kindValid = false;
    std::optional<AssetKind> kind = parseKind(parser.value(kindName), &kindValid);
    if (!kindValid)
        return context.fail(UsageError, Text::tr("--kind must be devices or information."));
    ImportFileOptions options;
    const auto encoding = TextDecoding::fromName(
        parser.value(encodingName).isEmpty() ? QStringLiteral("auto") : parser.value(encodingName));
    if (!encoding)
        return context.fail(UsageError, Text::tr("--encoding must be auto, utf-8 or cp932."));
    options.encoding = *encoding;
    options.sheet = parser.value(sheetName);

    // A dry run parses the whole table it reads; an import opens the file for parseAndWrite(),
    // which cuts a CSV file's rows out of the text on the parsing threads.
    const bool dryRun = parser.isSet(dryRunName);
    Result<ImportSource> source = [&]() -> Result<ImportSource> {
        if (!dryRun)
            return AssetImporter::openFile(file, options);
        auto table = AssetImporter::readFile(file, options);
        if (!table)
            return table.error();
        return ImportSource::of(std::move(*table));
    }();
    if (!source)
        return context.fail(
            Error(ErrorKind::InvalidInput, source.error().message, source.error().detail));

    auto database = Database::open(context.databasePath());
    if (!database)
        return context.fail(database.error());

    QStringList mapping;
    if (parser.isSet(presetName)) {
        auto preset = ImportPresetRepository(**database).load(parser.value(presetName));
        if (!preset)
            return context.fail(preset.error());
        if (!preset->has_value()) {
            return context.fail(
                InvalidInput,
                Text::tr("There is no import preset named %1.").arg(parser.value(presetName)));
        }
        if (!kind)
            kind = (*preset)->kind;
        mapping = (*preset)->mappingFor(source->header);
    }
    if (!kind) {
        auto detected = AssetImporter::detectKind(source->header, source->sourceName);
        if (!detected)
            return context.fail(detected.error());
        kind = *detected;
    }

    const QString shownFile = QFileInfo(file).fileName();
    const auto failWithProblems = [&](const QList<ImportProblem> &problems) {
        QStringList lines;
        for (const ImportProblem &problem : problems)
            lines << shownFile + QStringLiteral(": ") + problem.text();
        const Error error(ErrorKind::InvalidInput,
                          Text::tr("%1: %2 problem(s) found; nothing was imported.")
                              .arg(shownFile)
                              .arg(problems.size()));
        return context.fail(error, lines,
                            QJsonObject{{QStringLiteral("problems"), problemsJson(problems)}});
    };
    QJsonObject json{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                     {QStringLiteral("kind"), AssetFields::kindName(*kind)},
                     {QStringLiteral("encoding"), source->encodingName}};
    if (dryRun) {
        auto result = AssetImporter::parse(std::get<Table>(source->content), *kind, mapping);
        if (!result)
            return context.fail(result.error());
        const ParsedImport &parsed = *result;
        json.insert(QStringLiteral("rows"), parsed.rowCount());
        if (!parsed.problems.isEmpty())
            return failWithProblems(parsed.problems);
        auto existing = AssetImportService::countExisting(**database, parsed);
        if (!existing)
            return context.fail(existing.error());
        json.insert(QStringLiteral("dry_run"), true);
        json.insert(QStringLiteral("created"), parsed.rowCount() - *existing);
        json.insert(QStringLiteral("updated"), *existing);
        return context.succeed(json, Text::tr("%1: %2 rows are valid; an import would create %3 "
                                              "and update up to %4. Nothing was written.")
                                         .arg(shownFile)
                                         .arg(parsed.rowCount())
                                         .arg(parsed.rowCount() - *existing)
                                         .arg(*existing));
    }
    // Rows are written while later ones are parsed; any problem rolls everything back.
    auto outcome =
        AssetImportService::parseAndWrite(**database, std::move(*source), *kind, mapping);
    if (!outcome)
        return context.fail(outcome.error());
    if (!outcome->problems.isEmpty())
        return failWithProblems(outcome->problems);
    json.insert(QStringLiteral("rows"), outcome->rowCount);
    const UpsertCounts &counts = outcome->counts;
    json.insert(QStringLiteral("dry_run"), false);
    json.insert(QStringLiteral("created"), counts.created);
    json.insert(QStringLiteral("updated"), counts.updated);
    json.insert(QStringLiteral("unchanged"), counts.unchanged);
    return context.succeed(json, Text::tr("%1: %2 created, %3 updated, %4 unchanged.")
                                     .arg(shownFile)
                                     .arg(counts.created)
                                     .arg(counts.updated)
                                     .arg(counts.unchanged));
}

ExitCode exportAssets(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QString file = context.operands().constFirst();
    bool kindValid = false;
    const auto kind = parseKind(parser.value(kindName), &kindValid);
    if (!kindValid)
        return context.fail(UsageError, Text::tr("--kind must be devices or information."));
    QString format = parser.value(formatName).toLower();
    if (format.isEmpty())
        format = QFileInfo(file).suffix().toLower() == QLatin1String("xlsx")
                     ? QStringLiteral("xlsx")
                     : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return context.fail(UsageError, Text::tr("--format must be csv or xlsx."));
    const QString encodingText =
        parser.value(encodingName).isEmpty() ? QStringLiteral("utf-8") : parser.value(encodingName);
    const auto encoding = TextDecoding::fromName(encodingText);
    if (!encoding || *encoding == TextEncoding::Auto)
        return context.fail(UsageError, Text::tr("--encoding must be utf-8 or cp932."));
    if (ExitCode failure = Success; !context.outputFolderExists(file, &failure))
        return failure;

    auto database = Database::open(context.databasePath());
    if (!database)
        return context.fail(database.error());
    const AssetKind chosen = kind.value_or(AssetKind::Devices);
    const Status written = AssetExporter::writeFile(
        **database, chosen, file,
        format == QLatin1String("xlsx") ? ExportFormat::Xlsx : ExportFormat::Csv, *encoding);
    if (!written)
        return context.fail(written.error());
    const QJsonObject json{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                           {QStringLiteral("kind"), AssetFields::kindName(chosen)},
                           {QStringLiteral("format"), format}};
    return context.succeed(json, Text::tr("Exported to %1.").arg(file));
}

ExitCode listAssets(CliContext &context)
{
    bool kindValid = false;
    const auto kind = parseKind(context.parser().value(kindName), &kindValid);
    if (!kindValid)
        return context.fail(UsageError, Text::tr("--kind must be devices or information."));
    auto database = Database::open(context.databasePath());
    if (!database)
        return context.fail(database.error());
    const AssetKind chosen = kind.value_or(AssetKind::Devices);

    QJsonArray array;
    QStringList lines;
    const auto collect = [&](const auto &records, const QStringList &columns) {
        for (const auto &record : records) {
            array.append(AssetRecords::toJson(record));
            QStringList cells;
            for (const QString &column : columns)
                cells << AssetRecords::displayText(record, column);
            lines << cells.join(QLatin1Char('\t'));
        }
    };
    if (chosen == AssetKind::Devices) {
        auto records = DeviceRepository(**database).all();
        if (!records)
            return context.fail(records.error());
        collect(*records, {QStringLiteral("asset_number"), QStringLiteral("category"),
                           QStringLiteral("name"), QStringLiteral("status"),
                           QStringLiteral("department"), QStringLiteral("assigned_user")});
    } else {
        auto records = InformationAssetRepository(**database).all();
        if (!records)
            return context.fail(records.error());
        collect(*records, {QStringLiteral("business_area"), QStringLiteral("name"),
                           QStringLiteral("importance"), QStringLiteral("risk")});
    }
    if (context.json()) {
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return Success;
    }
    return context.succeed({}, lines.join(QLatin1Char('\n')));
}

ExitCode demo(CliContext &context)
{
    bool isNumber = false;
    const int devices = context.parser().value(assetsName).toInt(&isNumber);
    if (!isNumber || devices < 1 || devices > 1000000)
        return context.fail(UsageError, Text::tr("--assets must be a number from 1 to 1000000."));
    auto database = Database::open(context.databasePath());
    if (!database)
        return context.fail(database.error());
    auto filled = DemoCompany::fill(**database, devices);
    if (!filled)
        return context.fail(filled.error());
    const QJsonObject json{{QStringLiteral("devices"), filled->devices},
                           {QStringLiteral("information_assets"), filled->informationAssets},
                           {QStringLiteral("links"), filled->links}};
    return context.succeed(json, Text::tr("Added a fictional company: %1 devices, %2 information "
                                          "assets, %3 links.")
                                     .arg(filled->devices)
                                     .arg(filled->informationAssets)
                                     .arg(filled->links));
}

} // namespace

QList<CliCommand> assetCommands()
{
    return {
        {{QStringLiteral("assets"), QStringLiteral("import")},
         QStringLiteral("FILE [--kind K] [--encoding E] [--sheet S] [--preset P] [--dry-run]"),
         Text::tr("Import devices or information assets from CSV or XLSX, all or nothing."),
         {kindOption(),
          encodingOption(true),
          {sheetName, Text::tr("XLSX sheet to read (default: the first)."), Text::tr("NAME")},
          {presetName, Text::tr("Saved column mapping to use."), Text::tr("NAME")},
          {dryRunName, Text::tr("Check every row and report; write nothing.")}},
         importAssets,
         1},
        {{QStringLiteral("assets"), QStringLiteral("export")},
         QStringLiteral("FILE [--kind K] [--format csv|xlsx] [--encoding E]"),
         Text::tr("Export devices or information assets to CSV or XLSX."),
         {kindOption(),
          encodingOption(false),
          {formatName, Text::tr("csv or xlsx (default: from the file name)."), Text::tr("FORMAT")}},
         exportAssets,
         1},
        {{QStringLiteral("assets"), QStringLiteral("list")},
         QStringLiteral("[--kind K]"),
         Text::tr("List devices or information assets (JSON with --json)."),
         {kindOption()},
         listAssets},
        {{QStringLiteral("demo")},
         QStringLiteral("--assets N"),
         Text::tr("Fill the database with a fictional small company of N devices."),
         {{assetsName, Text::tr("Number of devices."), Text::tr("N")}},
         demo},
    };
}

} // namespace mamori::cli
