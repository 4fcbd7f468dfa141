#include "AssetCommands.h"

#include "inventory/AssetImporter.h"
#include "inventory/AssetRecords.h"
#include "inventory/ImportSummary.h"
#include "services/AssetExporter.h"
#include "services/AssetImportService.h"
#include "services/DemoCompany.h"
#include "services/PostureService.h"
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
const auto delimiterName = QStringLiteral("delimiter");
const auto headerRowName = QStringLiteral("header-row");
const auto dateOrderName = QStringLiteral("date-order");
const auto mapName = QStringLiteral("map");
const auto strictName = QStringLiteral("strict");
// Problem lines printed per kind and column; JSON has them all.
constexpr int problemLinesPerKind = 20;
const auto formatName = QStringLiteral("format");
const auto assetsName = QStringLiteral("assets");
const auto noHistoryName = QStringLiteral("no-history");

QCommandLineOption kindOption()
{
    return {kindName, Text::tr("devices or information."), Text::tr("KIND")};
}

QCommandLineOption encodingOption(bool withAuto)
{
    return {encodingName,
            withAuto ? Text::tr("CSV encoding: auto (default: UTF-16 with a BOM, UTF-8 or "
                                "Shift_JIS), utf-8, cp932, utf-16 or euc-jp.")
                     : Text::tr("CSV encoding: utf-8 (default, with BOM), cp932, utf-16 or "
                                "euc-jp."),
            Text::tr("ENCODING")};
}

// --delimiter: a name or the character itself.
std::optional<QChar> parseDelimiter(const QString &value)
{
    const QString key = value.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("auto"))
        return QChar();
    if (key == QLatin1String("comma"))
        return QLatin1Char(',');
    if (key == QLatin1String("tab") || value == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (key == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (value.size() == 1)
        return value.front();
    return std::nullopt;
}

QJsonArray valuesJson(const QList<ImportedValue> &values)
{
    QJsonArray array;
    for (const ImportedValue &value : values) {
        const ImportProblem where{value.firstRow, value.column, value.header, {}};
        array.append(QJsonObject{{QStringLiteral("field"), value.field},
                                 {QStringLiteral("column"), where.columnLetter()},
                                 {QStringLiteral("header"), value.header},
                                 {QStringLiteral("value"), value.text},
                                 {QStringLiteral("read_as"), value.code},
                                 {QStringLiteral("how"), ImportSummary::readingName(value.reading)},
                                 {QStringLiteral("rows"), value.rows},
                                 {QStringLiteral("first_row"), value.firstRow}});
    }
    return array;
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
                                 {QStringLiteral("message"), problem.message},
                                 {QStringLiteral("kind"), problem.kind}});
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
    if (!encoding) {
        return context.fail(UsageError,
                            Text::tr("--encoding must be auto, utf-8, cp932, utf-16 or euc-jp."));
    }
    options.encoding = *encoding;
    options.sheet = parser.value(sheetName);
    const auto delimiter = parseDelimiter(parser.value(delimiterName));
    if (!delimiter) {
        return context.fail(UsageError, Text::tr("--delimiter must be comma, tab, semicolon or "
                                                 "one character."));
    }
    options.delimiter = *delimiter;
    if (parser.isSet(headerRowName)) {
        bool ok = false;
        options.headerRow = parser.value(headerRowName).toInt(&ok);
        if (!ok || options.headerRow < 1)
            return context.fail(UsageError, Text::tr("--header-row must be a row number (1 or "
                                                     "more)."));
    }
    std::optional<DateOrder> dateOrder;
    if (parser.isSet(dateOrderName)) {
        dateOrder = parse::dateOrderFromName(parser.value(dateOrderName));
        if (!dateOrder)
            return context.fail(UsageError,
                                Text::tr("--date-order must be auto, ymd, mdy or dmy."));
    }

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

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());

    QStringList mapping;
    ImportOptions readOptions;
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
        readOptions.values = (*preset)->values;
        readOptions.dateOrder = (*preset)->dateOrder;
    }
    if (!kind) {
        auto detected = AssetImporter::detectKind(source->header, source->sourceName);
        if (!detected)
            return context.fail(detected.error());
        kind = *detected;
    }
    if (dateOrder)
        readOptions.dateOrder = *dateOrder;
    readOptions.strict = parser.isSet(strictName);
    for (const QString &argument : parser.values(mapName)) {
        QString why;
        const auto entry = ValueMap::parseArgument(*kind, argument, &why);
        if (!entry)
            return context.fail(UsageError, why);
        readOptions.values.set(entry->field, entry->value, entry->code);
    }

    const QString shownFile = QFileInfo(file).fileName();
    const QString prefix = shownFile + QStringLiteral(": ");
    // What the summary says besides the counts: the values read as guesses or as Other, and the
    // warnings, each kind at most problemLinesPerKind lines.
    const auto notes = [&](const QList<ImportProblem> &warnings,
                           const QList<ImportedValue> &values) {
        return ImportSummary::valueLines(values, *kind, prefix) +
               ImportSummary::lines(warnings, problemLinesPerKind, prefix);
    };
    const auto failWithProblems = [&](const QList<ImportProblem> &problems,
                                      const QList<ImportProblem> &warnings,
                                      const QList<ImportedValue> &values) {
        const Error error(ErrorKind::InvalidInput,
                          Text::tr("%1: %2 problem(s) found; nothing was imported.")
                              .arg(shownFile)
                              .arg(problems.size()));
        return context.fail(error,
                            ImportSummary::lines(problems, problemLinesPerKind, prefix) +
                                notes(warnings, values),
                            QJsonObject{{QStringLiteral("problems"), problemsJson(problems)},
                                        {QStringLiteral("warnings"), problemsJson(warnings)},
                                        {QStringLiteral("values"), valuesJson(values)}});
    };
    const auto withNotes = [](const QString &summary, const QStringList &lines) {
        return lines.isEmpty() ? summary
                               : summary + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    };
    QJsonObject json{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                     {QStringLiteral("kind"), AssetFields::kindName(*kind)},
                     {QStringLiteral("encoding"), source->encodingName},
                     {QStringLiteral("header_row"), source->headerRow},
                     {QStringLiteral("date_order"), parse::dateOrderName(readOptions.dateOrder)}};
    if (const auto *document = std::get_if<CsvDocument>(&source->content))
        json.insert(QStringLiteral("delimiter"), QString(QChar(document->delimiter)));
    else if (std::get<Table>(source->content).delimiter != 0)
        json.insert(QStringLiteral("delimiter"),
                    QString(QChar(std::get<Table>(source->content).delimiter)));
    if (dryRun) {
        auto result =
            AssetImporter::parse(std::get<Table>(source->content), *kind, mapping, {}, readOptions);
        if (!result)
            return context.fail(result.error());
        const ParsedImport &parsed = *result;
        json.insert(QStringLiteral("rows"), parsed.rowCount());
        if (!parsed.problems.isEmpty())
            return failWithProblems(parsed.problems, parsed.warnings, parsed.values);
        json.insert(QStringLiteral("warnings"), problemsJson(parsed.warnings));
        json.insert(QStringLiteral("values"), valuesJson(parsed.values));
        auto existing = AssetImportService::countExisting(**database, parsed);
        if (!existing)
            return context.fail(existing.error());
        json.insert(QStringLiteral("dry_run"), true);
        json.insert(QStringLiteral("created"), parsed.rowCount() - *existing);
        json.insert(QStringLiteral("updated"), *existing);
        return context.succeed(
            json, withNotes(Text::tr("%1: %2 rows are valid; an import would create %3 and "
                                     "update up to %4. Nothing was written.")
                                .arg(shownFile)
                                .arg(parsed.rowCount())
                                .arg(parsed.rowCount() - *existing)
                                .arg(*existing),
                            notes(parsed.warnings, parsed.values)));
    }
    // Rows are written while later ones are parsed; any problem rolls everything back.
    auto outcome = AssetImportService::parseAndWrite(**database, std::move(*source), *kind, mapping,
                                                     {}, readOptions);
    if (!outcome)
        return context.fail(outcome.error());
    if (!outcome->problems.isEmpty())
        return failWithProblems(outcome->problems, outcome->warnings, outcome->values);
    json.insert(QStringLiteral("warnings"), problemsJson(outcome->warnings));
    json.insert(QStringLiteral("values"), valuesJson(outcome->values));
    json.insert(QStringLiteral("rows"), outcome->rowCount);
    const UpsertCounts &counts = outcome->counts;
    json.insert(QStringLiteral("dry_run"), false);
    json.insert(QStringLiteral("created"), counts.created);
    json.insert(QStringLiteral("updated"), counts.updated);
    json.insert(QStringLiteral("unchanged"), counts.unchanged);
    return context.succeed(json, withNotes(Text::tr("%1: %2 created, %3 updated, %4 unchanged.")
                                               .arg(shownFile)
                                               .arg(counts.created)
                                               .arg(counts.updated)
                                               .arg(counts.unchanged),
                                           notes(outcome->warnings, outcome->values)));
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
        return context.fail(UsageError,
                            Text::tr("--encoding must be utf-8, cp932, utf-16 or euc-jp."));
    if (ExitCode failure = Success; !context.outputFolderExists(file, &failure))
        return failure;

    auto database = context.openDatabase(CliContext::Access::Read);
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
    auto database = context.openDatabase(CliContext::Access::Read);
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
    return context.succeedWithList(array, lines.join(QLatin1Char('\n')));
}

ExitCode demo(CliContext &context)
{
    bool isNumber = false;
    const int devices = context.parser().value(assetsName).toInt(&isNumber);
    if (!isNumber || devices < 1 || devices > 1000000)
        return context.fail(UsageError, Text::tr("--assets must be a number from 1 to 1000000."));
    // Not openDatabase(): today's snapshot is taken once the company and its history exist.
    auto database = Database::open(context.databasePath());
    if (!database)
        return context.fail(database.error());
    auto filled = DemoCompany::fill(**database, devices);
    if (!filled)
        return context.fail(filled.error());
    Result<int> history = 0;
    if (!context.parser().isSet(noHistoryName))
        history = DemoCompany::fillHistory(**database);
    if (!history)
        return context.fail(history.error());
    if (auto today = PostureService::takeDailySnapshot(**database); !today)
        return context.fail(today.error());
    const QJsonObject json{{QStringLiteral("devices"), filled->devices},
                           {QStringLiteral("information_assets"), filled->informationAssets},
                           {QStringLiteral("links"), filled->links},
                           {QStringLiteral("posture_snapshots"), *history}};
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
         QStringLiteral("FILE [--kind K] [--encoding E] [--delimiter D] [--header-row N] "
                        "[--sheet S] [--preset P] [--date-order O] [--map FIELD:VALUE=CODE]… "
                        "[--strict] [--dry-run]"),
         Text::tr("Import devices or information assets from CSV or XLSX, all or nothing."),
         {kindOption(),
          encodingOption(true),
          {delimiterName,
           Text::tr("CSV field separator: auto (default: comma, tab or semicolon), comma, tab, "
                    "semicolon or one character."),
           Text::tr("D")},
          {headerRowName,
           Text::tr("The header's row number (default: found among the first rows)."),
           Text::tr("N")},
          {sheetName, Text::tr("XLSX sheet to read (default: the first)."), Text::tr("NAME")},
          {presetName, Text::tr("Saved column mapping to use."), Text::tr("NAME")},
          {dateOrderName,
           Text::tr("Order of dates such as 4/1/24: auto (default), ymd, mdy or dmy."),
           Text::tr("ORDER")},
          {mapName,
           Text::tr("What one of the file's values means, e.g. category:Storage=server "
                    "(repeatable)."),
           Text::tr("FIELD:VALUE=CODE")},
          {strictName, Text::tr("Refuse values that are neither known nor mapped, and short "
                                "rows.")},
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
         QStringLiteral("--assets N [--no-history]"),
         Text::tr("Fill the database with a fictional small company of N devices and 18 months "
                  "of its security work and posture history."),
         {{assetsName, Text::tr("Number of devices."), Text::tr("N")},
          {noHistoryName, Text::tr("Only the inventory: no plans, incidents, SECURITY ACTION "
                                   "records or posture history.")}},
         demo},
    };
}

} // namespace mamori::cli
