// The data-driven import cases in tests/data/import (see its README.md): each folder's input is
// imported into a fresh database as `mamori-cli assets import` does, and what was stored, the
// problems, the warnings and the values read as guesses or as Other must be what expected.json
// says. A folder without expected.json fails; MAMORI_WRITE_IMPORT_CASES=1 writes it from what
// the importer does now, for a person to check before committing.

#include "TestEnvironment.h"

#include "inventory/AssetImporter.h"
#include "inventory/AssetRecords.h"
#include "inventory/ImportSummary.h"
#include "services/AssetExporter.h"
#include "services/AssetImportService.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace mamori;

namespace {

QString casesFolder()
{
    return QStringLiteral(MAMORI_TEST_SOURCE_DIR) + QStringLiteral("/tests/data/import");
}

QStringList caseNames()
{
    return QDir(casesFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(mamori::test::readAll(path)).object();
}

QJsonArray texts(const QStringList &lines)
{
    return QJsonArray::fromStringList(lines);
}

QStringList problemTexts(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &problem : problems)
        lines << problem.text();
    return lines;
}

// The records as stored, without their ids (which say nothing about the import).
template<typename Record> QJsonArray storedRecords(Database &database)
{
    QJsonArray records;
    if constexpr (std::is_same_v<Record, Device>) {
        auto all = DeviceRepository(database).all();
        EXPECT_TRUE(mamori::test::isOk(all));
        for (const Device &device : all.ok() ? *all : QList<Device>()) {
            QJsonObject object = AssetRecords::toJson(device);
            object.remove(QStringLiteral("id"));
            records.append(object);
        }
    } else {
        auto all = InformationAssetRepository(database).all();
        EXPECT_TRUE(mamori::test::isOk(all));
        for (const InformationAsset &asset : all.ok() ? *all : QList<InformationAsset>()) {
            QJsonObject object = AssetRecords::toJson(asset);
            object.remove(QStringLiteral("id"));
            records.append(object);
        }
    }
    return records;
}

struct CaseInput
{
    QString path;
    ImportFileOptions file;
    ImportOptions read;
    std::optional<AssetKind> kind;
};

CaseInput inputOf(const QString &folder)
{
    CaseInput input;
    const QStringList inputs = QDir(folder).entryList({QStringLiteral("input.*")}, QDir::Files);
    EXPECT_EQ(inputs.size(), 1) << "one input.* file per case";
    input.path = inputs.isEmpty() ? QString() : folder + QLatin1Char('/') + inputs.first();
    const QJsonObject options = readJson(folder + QStringLiteral("/options.json"));
    if (options.contains(QStringLiteral("encoding")))
        input.file.encoding =
            TextDecoding::fromName(options.value(QStringLiteral("encoding")).toString())
                .value_or(TextEncoding::Auto);
    input.file.headerRow = options.value(QStringLiteral("header_row")).toInt();
    input.read.dateOrder =
        parse::dateOrderFromName(options.value(QStringLiteral("date_order")).toString())
            .value_or(DateOrder::Auto);
    input.read.strict = options.value(QStringLiteral("strict")).toBool();
    if (options.value(QStringLiteral("kind")).toString() == QLatin1String("information"))
        input.kind = AssetKind::Information;
    const QJsonArray maps = options.value(QStringLiteral("map")).toArray();
    for (const QJsonValue &map : maps) {
        QString error;
        const auto entry = ValueMap::parseArgument(input.kind.value_or(AssetKind::Devices),
                                                   map.toString(), &error);
        EXPECT_TRUE(entry.has_value()) << error.toStdString();
        if (entry)
            input.read.values.set(entry->field, entry->value, entry->code);
    }
    return input;
}

class ImportCasesTest : public mamori::test::DatabaseTest
{
protected:
    // What importing the case's input did, in expected.json's shape.
    QJsonObject importCase(const QString &folder)
    {
        const CaseInput input = inputOf(folder);
        auto source = AssetImporter::openFile(input.path, input.file);
        if (!source)
            return {{QStringLiteral("error"), source.error().message}};
        AssetKind kind = input.kind.value_or(AssetKind::Devices);
        if (!input.kind) {
            auto detected = AssetImporter::detectKind(source->header, source->sourceName);
            if (!detected)
                return {{QStringLiteral("error"), detected.error().message}};
            kind = *detected;
        }
        const QString encoding = source->encodingName;
        auto outcome =
            AssetImportService::parseAndWrite(*m_db, std::move(*source), kind, {}, {}, input.read);
        if (!outcome)
            return {{QStringLiteral("error"), outcome.error().message}};
        return {
            {QStringLiteral("kind"), AssetFields::kindName(kind)},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("problems"), texts(problemTexts(outcome->problems))},
            {QStringLiteral("warnings"), texts(problemTexts(outcome->warnings))},
            {QStringLiteral("values"), texts(ImportSummary::valueLines(outcome->values, kind))},
            {QStringLiteral("records"), kind == AssetKind::Devices
                                            ? storedRecords<Device>(*m_db)
                                            : storedRecords<InformationAsset>(*m_db)},
        };
    }
};

TEST_F(ImportCasesTest, EveryCaseImportsAsExpected)
{
    const QStringList names = caseNames();
    ASSERT_GE(names.size(), 8) << casesFolder().toStdString();
    const bool writeExpected = qEnvironmentVariableIntValue("MAMORI_WRITE_IMPORT_CASES") == 1;
    for (const QString &name : names) {
        SCOPED_TRACE(name.toStdString());
        const QString folder = casesFolder() + QLatin1Char('/') + name;
        const QString expectedPath = folder + QStringLiteral("/expected.json");
        // Each case in its own database, so records of one never meet another's.
        m_db.reset();
        QFile::remove(tempPath(QStringLiteral("case.sqlite")));
        auto database = Database::open(tempPath(QStringLiteral("case.sqlite")));
        ASSERT_TRUE(mamori::test::isOk(database));
        m_db = std::move(*database);
        const QJsonObject actual = importCase(folder);
        if (writeExpected) {
            mamori::test::writeAll(expectedPath, QJsonDocument(actual).toJson());
            continue;
        }
        ASSERT_TRUE(QFileInfo::exists(expectedPath)) << "missing " << expectedPath.toStdString();
        const QJsonObject expected = readJson(expectedPath);
        for (const QString &key :
             {QStringLiteral("error"), QStringLiteral("kind"), QStringLiteral("encoding"),
              QStringLiteral("problems"), QStringLiteral("warnings"), QStringLiteral("values")}) {
            EXPECT_EQ(actual.value(key), expected.value(key))
                << key.toStdString() << ": "
                << QJsonDocument(QJsonObject{{key, actual.value(key)}}).toJson().toStdString();
        }
        const QJsonArray actualRecords = actual.value(QStringLiteral("records")).toArray();
        const QJsonArray expectedRecords = expected.value(QStringLiteral("records")).toArray();
        ASSERT_EQ(actualRecords.size(), expectedRecords.size());
        for (qsizetype i = 0; i < actualRecords.size(); ++i) {
            EXPECT_EQ(actualRecords[i], expectedRecords[i])
                << QJsonDocument(actualRecords[i].toObject()).toJson().toStdString();
        }
    }
}

// Export and import again: the firm's words, the exact amounts and the dates come back as they
// were stored.
TEST_F(ImportCasesTest, ExportThenImportGivesBackLabelsAmountsAndDates)
{
    const QString folder = casesFolder() + QStringLiteral("/snipeit-export");
    const QJsonObject first = importCase(folder);
    ASSERT_TRUE(first.value(QStringLiteral("problems")).toArray().isEmpty());
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16}) {
            if (format == ExportFormat::Xlsx && encoding != TextEncoding::Utf8)
                continue;
            SCOPED_TRACE(int(format) * 10 + int(encoding));
            const QString exported =
                tempPath(format == ExportFormat::Csv ? QStringLiteral("export.csv")
                                                     : QStringLiteral("export.xlsx"));
            ASSERT_TRUE(mamori::test::isOk(
                AssetExporter::writeFile(*m_db, AssetKind::Devices, exported, format, encoding)));
            auto again = Database::open(
                tempPath(QStringLiteral("again%1%2.sqlite").arg(int(format)).arg(int(encoding))));
            ASSERT_TRUE(mamori::test::isOk(again));
            auto source = AssetImporter::openFile(exported);
            ASSERT_TRUE(mamori::test::isOk(source));
            auto outcome =
                AssetImportService::parseAndWrite(**again, std::move(*source), AssetKind::Devices);
            ASSERT_TRUE(mamori::test::isOk(outcome));
            EXPECT_TRUE(outcome->problems.isEmpty())
                << problemTexts(outcome->problems).join(QLatin1Char('\n')).toStdString();
            // Every value now names its built-in kind beside the firm's word: nothing to guess.
            EXPECT_TRUE(ImportSummary::valueLines(outcome->values, AssetKind::Devices).isEmpty())
                << ImportSummary::valueLines(outcome->values, AssetKind::Devices)
                       .join(QLatin1Char('\n'))
                       .toStdString();
            EXPECT_EQ(storedRecords<Device>(**again), first.value(QStringLiteral("records")));
        }
    }
}

} // namespace
