#include "TestEnvironment.h"

#include "inventory/AssetImporter.h"
#include "inventory/AssetRecords.h"
#include "inventory/ImportSummary.h"
#include "io/TextDecoding.h"
#include "services/AssetExporter.h"
#include "services/AssetImportService.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ImportPresetRepository.h"
#include "storage/detail/SqlSupport.h"

#include <algorithm>

using namespace mamori;

class AssetImportTest : public mamori::test::DatabaseTest
{
protected:
    QString writeCsv(const QString &name, const QString &text, TextEncoding encoding)
    {
        auto bytes = TextDecoding::encode(text, encoding, false);
        EXPECT_TRUE(mamori::test::isOk(bytes));
        const QString path = tempPath(name);
        mamori::test::writeAll(path, *bytes);
        return path;
    }

    ParsedImport parseFile(const QString &path, const ImportOptions &options = {})
    {
        auto table = AssetImporter::readFile(path);
        EXPECT_TRUE(mamori::test::isOk(table));
        auto kind = AssetImporter::detectKind(*table);
        EXPECT_TRUE(mamori::test::isOk(kind));
        auto parsed =
            AssetImporter::parse(*table, kind.ok() ? *kind : AssetKind::Devices, {}, {}, options);
        EXPECT_TRUE(mamori::test::isOk(parsed));
        return parsed.ok() ? *parsed : ParsedImport();
    }
};

const QString japaneseDeviceList = QStringLiteral(
    "管理番号,機器名,種別,利用者,部署,OS,OSバージョン,購入日,ウイルス対策,リース会社\r\n"
    "PC-001,経理用PC,パソコン,山田 太郎,経理部,Windows 10 "
    "Pro,22H2,令和2年4月1日,あり,みらいリース\r\n"
    "PC-002,\"営業用ノート, 2台目\",ノートPC,佐藤 花子,営業部,Windows 11 "
    "Pro,24H2,2024/4/1,なし,\r\n"
    "SV-001,ファイルサーバー,サーバー,,総務部,Windows Server 2016,,H31.4.30,○,みらいリース\r\n");

TEST_F(AssetImportTest, ShiftJisDeviceListImportsWithEveryValue)
{
    const QString path =
        writeCsv(QStringLiteral("devices.csv"), japaneseDeviceList, TextEncoding::Cp932);
    const ParsedImport parsed = parseFile(path);
    ASSERT_EQ(parsed.kind, AssetKind::Devices);
    ASSERT_TRUE(parsed.problems.isEmpty()) << parsed.problems.constFirst().text().toStdString();
    auto counts = AssetImportService::write(*m_db, parsed);
    ASSERT_TRUE(mamori::test::isOk(counts));
    EXPECT_EQ(counts->created, 3);

    Device key;
    key.assetNumber = QStringLiteral("PC-001");
    const Device pc = **DeviceRepository(*m_db).findByKey(key);
    EXPECT_EQ(pc.category, DeviceCategory::Pc);
    EXPECT_EQ(pc.assignedUser, QStringLiteral("山田 太郎"));
    EXPECT_EQ(pc.purchaseDate, QDate(2020, 4, 1));
    EXPECT_EQ(pc.antivirus, Coverage::Yes);
    EXPECT_EQ(pc.endOfSupport, QDate(2025, 10, 14)); // from the bundled catalogue
    EXPECT_FALSE(pc.endOfSupportOverridden);
    EXPECT_EQ(pc.customFields.value(QStringLiteral("リース会社")), QStringLiteral("みらいリース"));

    key.assetNumber = QStringLiteral("PC-002");
    const Device laptop = **DeviceRepository(*m_db).findByKey(key);
    EXPECT_EQ(laptop.name, QStringLiteral("営業用ノート, 2台目"));
    EXPECT_EQ(laptop.category, DeviceCategory::Laptop);
    EXPECT_EQ(laptop.antivirus, Coverage::No);
    key.assetNumber = QStringLiteral("SV-001");
    EXPECT_EQ((*DeviceRepository(*m_db).findByKey(key))->purchaseDate, QDate(2019, 4, 30));
}

TEST_F(AssetImportTest, AnErrorInTheLastRowWritesNothingAndSaysWhere)
{
    const QString text =
        japaneseDeviceList + QStringLiteral("PC-003,予備機,パソコン,,,,,2024年2月30日,あり,\r\n");
    const QString path = writeCsv(QStringLiteral("bad.csv"), text, TextEncoding::Utf8);
    const ParsedImport parsed = parseFile(path);
    ASSERT_EQ(parsed.problems.size(), 1);
    const ImportProblem &problem = parsed.problems.constFirst();
    EXPECT_EQ(problem.row, 5); // header is row 1
    EXPECT_EQ(problem.columnLetter(), QStringLiteral("H"));
    EXPECT_TRUE(problem.text().contains(QStringLiteral("購入日"))) << problem.text().toStdString();
    auto counts = AssetImportService::write(*m_db, parsed);
    ASSERT_FALSE(counts);
    EXPECT_EQ(counts.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(*DeviceRepository(*m_db).count(), 0);
}

TEST_F(AssetImportTest, MissingRequiredValuesAndDuplicateKeysAreProblems)
{
    const QString text =
        QStringLiteral("資産番号,名称,種別\nA-1,机上PC,パソコン\nA-1,重複,パソコン\n"
                       ",番号なし,パソコン\nA-3,,謎の機器\n");
    const ParsedImport parsed =
        parseFile(writeCsv(QStringLiteral("dup.csv"), text, TextEncoding::Utf8));
    QStringList texts;
    for (const ImportProblem &problem : parsed.problems)
        texts << problem.text();
    ASSERT_EQ(parsed.problems.size(), 3) << texts.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(parsed.problems[0].row, 3); // duplicate of row 2
    EXPECT_EQ(parsed.problems[0].kind, QStringLiteral("duplicate"));
    EXPECT_EQ(parsed.problems[1].row, 4); // no asset number
    EXPECT_EQ(parsed.problems[1].kind, QStringLiteral("required"));
    EXPECT_EQ(parsed.problems[2].row, 5); // no name
    // An unknown category is not a problem: the device is Other and keeps the word.
    ASSERT_EQ(parsed.values.size(), 1);
    EXPECT_EQ(parsed.values[0].text, QStringLiteral("謎の機器"));
    EXPECT_EQ(parsed.values[0].reading, ValueReading::Unknown);
    EXPECT_EQ(parsed.values[0].code, QStringLiteral("other"));
    EXPECT_EQ(parsed.values[0].rows, 1);
    EXPECT_EQ(parsed.devices[3].category, DeviceCategory::Other);
    EXPECT_EQ(parsed.devices[3].categoryLabel, QStringLiteral("謎の機器"));
    // Strict mode, for scripts: the unknown value is a problem again.
    ImportOptions strict;
    strict.strict = true;
    const ParsedImport strictly =
        parseFile(writeCsv(QStringLiteral("dup.csv"), text, TextEncoding::Utf8), strict);
    ASSERT_EQ(strictly.problems.size(), 4);
    EXPECT_EQ(strictly.problems[2].kind, QStringLiteral("unknown_value"));
    EXPECT_EQ(strictly.problems[2].text(),
              QStringLiteral("row 5, column C (種別): not a known value: 謎の機器"));
}

TEST_F(AssetImportTest, ReimportUpdatesByAssetNumberInsteadOfDuplicating)
{
    const QString path =
        writeCsv(QStringLiteral("devices.csv"), japaneseDeviceList, TextEncoding::Utf8);
    ASSERT_TRUE(AssetImportService::write(*m_db, parseFile(path)));
    QString changed = japaneseDeviceList;
    changed.replace(QStringLiteral("経理用PC"), QStringLiteral("経理用PC（更新）"));
    const QString second = writeCsv(QStringLiteral("devices2.csv"), changed, TextEncoding::Utf8);
    auto counts = AssetImportService::write(*m_db, parseFile(second));
    ASSERT_TRUE(mamori::test::isOk(counts));
    EXPECT_EQ(counts->created, 0);
    EXPECT_EQ(counts->updated, 1);
    EXPECT_EQ(counts->unchanged, 2);
    EXPECT_EQ(*DeviceRepository(*m_db).count(), 3);
}

TEST_F(AssetImportTest, SnipeItExportImportsWithWarrantyMonths)
{
    const QString text = QStringLiteral(
        "Asset Tag,Name,Category,Manufacturer,Model,Model Number,Serial,Location,Status,"
        "Purchase Date,Purchase Cost,Warranty,Asset EOL Date,Asset Notes,Company,Supplier,"
        "Order Number\n"
        "LT-0042,Design laptop,Laptops,Lenovo,ThinkPad X1,21HM,PF3ABCDE,Tokyo HQ,Deployed,"
        "2023-05-10,\"248,000\",36 months,,Spare battery,Mamori Demo KK,Vendor A,PO-77\n");
    const ParsedImport parsed =
        parseFile(writeCsv(QStringLiteral("snipe.csv"), text, TextEncoding::Utf8));
    ASSERT_TRUE(parsed.problems.isEmpty()) << parsed.problems.constFirst().text().toStdString();
    ASSERT_TRUE(mamori::test::isOk(AssetImportService::write(*m_db, parsed)));
    Device key;
    key.assetNumber = QStringLiteral("LT-0042");
    const Device device = **DeviceRepository(*m_db).findByKey(key);
    EXPECT_EQ(device.category, DeviceCategory::Laptop);
    EXPECT_EQ(device.status, DeviceStatus::InUse);
    EXPECT_EQ(device.modelNumber, QStringLiteral("21HM"));
    EXPECT_EQ(device.purchaseCost, DecimalAmount{QStringLiteral("248000")});
    EXPECT_EQ(device.purchaseCurrency.code, QStringLiteral("JPY"));
    EXPECT_EQ(device.warrantyEnd, QDate(2026, 5, 10));
    EXPECT_EQ(device.orderNumber, QStringLiteral("PO-77"));
    EXPECT_EQ(device.customFields.value(QStringLiteral("Company")),
              QStringLiteral("Mamori Demo KK"));
}

TEST_F(AssetImportTest, IpaLedgerIsRecognisedAsInformationAssets)
{
    const QString text = QStringLiteral(
        "業務分類,情報資産名称,備考,利用者範囲,管理部署,媒体・保存先,個人情報の種類,機密性,完全性,"
        "可用性,重要度,登録日\n"
        "総務,給与台帳,,総務部のみ,総務部,給与ソフト,特定個人情報,3,3,2,3,R6.4.1\n"
        "営業,顧客名簿,,営業部,営業部,kintone,個人情報,3,2,2,2,2024/04/01\n");
    const ParsedImport parsed =
        parseFile(writeCsv(QStringLiteral("ledger.csv"), text, TextEncoding::Utf8));
    ASSERT_EQ(parsed.kind, AssetKind::Information);
    ASSERT_TRUE(parsed.problems.isEmpty()) << parsed.problems.constFirst().text().toStdString();
    ASSERT_TRUE(mamori::test::isOk(AssetImportService::write(*m_db, parsed)));
    const QList<InformationAsset> assets = *InformationAssetRepository(*m_db).all();
    ASSERT_EQ(assets.size(), 2);
    EXPECT_EQ(assets[0].personalData, PersonalData::MyNumber);
    EXPECT_FALSE(assets[0].importanceOverride.has_value()); // 3 = max(C, I, A)
    EXPECT_EQ(assets[1].importanceOverride, 2);             // below max(C, I, A): kept
    EXPECT_EQ(assets[1].registeredOn, QDate(2024, 4, 1));
}

TEST_F(AssetImportTest, ExportThenImportGivesBackTheSameRecords)
{
    const QString path =
        writeCsv(QStringLiteral("devices.csv"), japaneseDeviceList, TextEncoding::Utf8);
    ASSERT_TRUE(AssetImportService::write(*m_db, parseFile(path)));
    Device tricky = **DeviceRepository(*m_db).find(1);
    tricky.notes = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
    tricky.location = QStringLiteral("+81-3-0000-0000");
    tricky.model = QStringLiteral("@model\nsecond line");
    ASSERT_TRUE(DeviceRepository(*m_db).update(tricky));
    const QList<Device> before = *DeviceRepository(*m_db).all();

    for (const auto &[name, format] : {std::pair{QStringLiteral("out.csv"), ExportFormat::Csv},
                                       std::pair{QStringLiteral("out.xlsx"), ExportFormat::Xlsx}}) {
        const QString exported = tempPath(name);
        ASSERT_TRUE(mamori::test::isOk(
            AssetExporter::writeFile(*m_db, AssetKind::Devices, exported, format)));
        auto other =
            Database::open(tempPath(QStringLiteral("other-") + name + QStringLiteral(".sqlite")));
        ASSERT_TRUE(other);
        const ParsedImport parsed = parseFile(exported);
        ASSERT_TRUE(parsed.problems.isEmpty()) << parsed.problems.constFirst().text().toStdString();
        ASSERT_TRUE(mamori::test::isOk(AssetImportService::write(**other, parsed)));
        const QList<Device> after = *DeviceRepository(**other).all();
        ASSERT_EQ(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            EXPECT_EQ(after[i], before[i]) << name.toStdString() << " row " << i;
    }
}

// Enough rows for the parser to split them between threads: problems must still come out in
// row order, duplicates must be found across the split, and the records must be those of a
// single pass.
TEST_F(AssetImportTest, LargeFilesParseInRowOrderAndWriteEverythingOrNothing)
{
    constexpr int lastRow = 10001; // 10,000 devices below the header
    const auto deviceList = [](const QMap<int, QString> &replaced) {
        QString text = QStringLiteral("管理番号,機器名,種別,購入日,OS,ウイルス対策,リース会社\r\n");
        for (int row = 2; row <= lastRow; ++row) {
            const QString date = row % 3 == 0 ? QStringLiteral("令和%1年4月1日").arg(row % 5 + 2)
                                 : row % 3 == 1 ? QStringLiteral("2024/%1/1").arg(row % 12 + 1)
                                                : QStringLiteral("２０２３－０４－０１");
            const QString line =
                QStringLiteral("PC-%1,端末 %2,%3,%4,Windows 10 Pro,%5,%6\r\n")
                    .arg(row, 5, 10, QLatin1Char('0'))
                    .arg(row)
                    .arg(row % 2 ? QStringLiteral("ノートPC") : QStringLiteral("PC"))
                    .arg(date)
                    .arg(row % 2 ? QStringLiteral("あり") : QStringLiteral("Yes"))
                    .arg(row % 7 ? QString() : QStringLiteral("みらいリース"));
            text += replaced.value(row, line);
        }
        return text;
    };

    // Row 9000 repeats row 10's asset number; row 9001 and the last row have impossible dates.
    const QString broken = deviceList({
        {9000, QStringLiteral("PC-00010,重複,PC,2024-04-01,,,\r\n")},
        {9001, QStringLiteral("PC-09001,端末,PC,2024-02-30,,,\r\n")},
        {lastRow, QStringLiteral("PC-10001,端末,PC,令和6年2月30日,,,\r\n")},
    });
    const ParsedImport bad =
        parseFile(writeCsv(QStringLiteral("bad.csv"), broken, TextEncoding::Utf8));
    QStringList texts;
    for (const ImportProblem &problem : bad.problems)
        texts << problem.text();
    EXPECT_EQ(texts, (QStringList{
                         QStringLiteral("row 9000: the same asset number is already on row 10"),
                         QStringLiteral("row 9001, column D (購入日): no such day: 2024-02-30"),
                         QStringLiteral("row 10001, column D (購入日): no such day: 2024-02-30"),
                     }));
    ASSERT_FALSE(AssetImportService::write(*m_db, bad));
    EXPECT_EQ(*DeviceRepository(*m_db).count(), 0);
    EXPECT_TRUE(
        AuditLog(*m_db).entriesFor(QStringLiteral("device"), QStringLiteral("1"))->isEmpty());

    const QString path = writeCsv(QStringLiteral("good.csv"), deviceList({}), TextEncoding::Utf8);
    const ParsedImport parsed = parseFile(path);
    ASSERT_TRUE(parsed.problems.isEmpty()) << parsed.problems.constFirst().text().toStdString();
    ASSERT_EQ(parsed.devices.size(), lastRow - 1);
    // Progress counts rows up to all of them; a progress that says stop cancels the parse.
    QList<qint64> reported;
    auto counted = AssetImporter::parse(*AssetImporter::readFile(path), AssetKind::Devices, {},
                                        [&reported](qint64 done, qint64 total) {
                                            reported << done;
                                            return total == lastRow - 1;
                                        });
    ASSERT_TRUE(mamori::test::isOk(counted));
    EXPECT_EQ(counted->devices, parsed.devices);
    ASSERT_FALSE(reported.isEmpty());
    EXPECT_TRUE(std::is_sorted(reported.cbegin(), reported.cend()));
    EXPECT_LE(reported.constLast(), lastRow - 1);
    EXPECT_GT(reported.constFirst(), 0);
    int calls = 0;
    auto stopped = AssetImporter::parse(*AssetImporter::readFile(path), AssetKind::Devices, {},
                                        [&calls](qint64, qint64) { return ++calls < 1; });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(calls, 1);

    // The first rows alone are parsed in one pass: the same records.
    auto table = AssetImporter::readFile(path);
    ASSERT_TRUE(table);
    table->rows.resize(1000);
    const ParsedImport firstRows = *AssetImporter::parse(*table, AssetKind::Devices);
    EXPECT_EQ(firstRows.devices, parsed.devices.first(1000));
    const Device &row9996 = parsed.devices[9994];
    EXPECT_EQ(row9996.assetNumber, QStringLiteral("PC-09996"));
    EXPECT_EQ(row9996.purchaseDate, QDate(2021, 4, 1)); // 令和3年
    EXPECT_EQ(row9996.customFields.value(QStringLiteral("リース会社")),
              QStringLiteral("みらいリース"));
    EXPECT_EQ(row9996.endOfSupport, QDate(2025, 10, 14)); // from the catalogue
    EXPECT_EQ(parsed.devices.constLast().purchaseDate, QDate(2023, 4, 1));

    auto counts = AssetImportService::write(*m_db, parsed);
    ASSERT_TRUE(mamori::test::isOk(counts));
    EXPECT_EQ(counts->created, lastRow - 1);
    const QList<Device> stored = *DeviceRepository(*m_db).all();
    ASSERT_EQ(stored.size(), parsed.devices.size());
    for (qsizetype i = 0; i < stored.size(); i += 997) {
        Device expected = parsed.devices[i];
        expected.id = stored[i].id;
        EXPECT_EQ(stored[i], expected) << "row " << i + 2;
        const auto history =
            AuditLog(*m_db).entriesFor(QStringLiteral("device"), QString::number(stored[i].id));
        ASSERT_EQ(history->size(), 1);
        EXPECT_EQ(history->at(0).change.field, QStringLiteral("import"));
        EXPECT_EQ(history->at(0).change.newValue, QStringLiteral("good.csv"));
    }

    // Importing the same file again changes nothing and records nothing.
    auto again = AssetImportService::write(*m_db, parseFile(path));
    ASSERT_TRUE(mamori::test::isOk(again));
    EXPECT_EQ(again->unchanged, lastRow - 1);
    EXPECT_EQ(*AssetImportService::countExisting(*m_db, parsed), lastRow - 1);
    EXPECT_EQ(AuditLog(*m_db).entriesFor(QStringLiteral("device"), QStringLiteral("5"))->size(), 1);
}

// parseAndWrite() writes while it parses: the same records and problems as parse() + write(),
// and nothing kept when a problem turns up after rows were already written.
TEST_F(AssetImportTest, ParseAndWriteMatchesParseThenWriteAndKeepsNothingOnAProblem)
{
    constexpr int lastRow = 6001; // several chunks
    const auto deviceList = [](const QMap<int, QString> &replaced) {
        QString text = QStringLiteral("管理番号,機器名,種別,購入日,部署\r\n");
        for (int row = 2; row <= lastRow; ++row) {
            text +=
                replaced.value(row, QStringLiteral("NB-%1,端末 %1,ノートPC,2024/4/%2,営業部\r\n")
                                        .arg(row, 5, 10, QLatin1Char('0'))
                                        .arg(row % 28 + 1));
        }
        return text;
    };
    const QString badPath =
        writeCsv(QStringLiteral("bad.csv"),
                 deviceList({{5000, QStringLiteral("NB-00010,重複,PC,,\r\n")},
                             {lastRow, QStringLiteral("X,端末,PC,令和6年2月30日,\r\n")}}),
                 TextEncoding::Utf8);
    auto badTable = AssetImporter::readFile(badPath);
    ASSERT_TRUE(mamori::test::isOk(badTable));
    // The CSV file as the CLI opens it: rows cut out of the text on the parsing threads.
    auto badSource = AssetImporter::openFile(badPath);
    ASSERT_TRUE(mamori::test::isOk(badSource));
    ASSERT_TRUE(std::holds_alternative<CsvDocument>(badSource->content));
    auto bad = AssetImportService::parseAndWrite(*m_db, std::move(*badSource), AssetKind::Devices);
    ASSERT_TRUE(mamori::test::isOk(bad));
    QStringList texts;
    for (const ImportProblem &problem : bad->problems)
        texts << problem.text();
    QStringList expected;
    const auto parsedBad = AssetImporter::parse(*badTable, AssetKind::Devices);
    ASSERT_TRUE(mamori::test::isOk(parsedBad));
    for (const ImportProblem &problem : parsedBad->problems)
        expected << problem.text();
    EXPECT_EQ(texts, expected);
    EXPECT_EQ(texts.size(), 2);
    EXPECT_EQ(*DeviceRepository(*m_db).count(), 0); // rows before row 5000 were rolled back
    EXPECT_EQ(*sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log"),
                           QStringLiteral("test")),
              0);

    const QString path = writeCsv(QStringLiteral("good.csv"), deviceList({}), TextEncoding::Utf8);
    auto table = AssetImporter::readFile(path);
    ASSERT_TRUE(mamori::test::isOk(table));
    QList<int> progress;
    // A table read already, as an XLSX file is.
    auto outcome =
        AssetImportService::parseAndWrite(*m_db, ImportSource::of(*table), AssetKind::Devices, {},
                                          [&progress](qint64 done, qint64 parts) {
                                              progress << int(done) << int(parts);
                                              return true;
                                          });
    ASSERT_TRUE(mamori::test::isOk(outcome));
    EXPECT_TRUE(outcome->problems.isEmpty());
    EXPECT_EQ(outcome->rowCount, lastRow - 1);
    EXPECT_EQ(outcome->counts.created, lastRow - 1);
    ASSERT_EQ(progress.size(), 2 * 6); // 6,000 rows: six parts of up to 1,024 rows
    EXPECT_EQ(progress.mid(progress.size() - 2), (QList<int>{6, 6}));
    const ParsedImport parsed = *AssetImporter::parse(*table, AssetKind::Devices);
    const QList<Device> stored = *DeviceRepository(*m_db).all();
    ASSERT_EQ(stored.size(), parsed.devices.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        Device expectedDevice = parsed.devices[i];
        expectedDevice.id = stored[i].id;
        ASSERT_EQ(stored[i], expectedDevice) << "row " << i + 2;
    }

    // Again, with one row changed: updated, not duplicated; the rest unchanged.
    QString changed = deviceList({});
    changed.replace(QStringLiteral("NB-00100,端末 00100,ノートPC,2024/4/17,営業部"),
                    QStringLiteral("NB-00100,端末 00100,ノートPC,2024/4/17,総務部"));
    mamori::test::writeAll(path, changed.toUtf8());
    auto again = AssetImporter::openFile(path);
    ASSERT_TRUE(mamori::test::isOk(again));
    auto second = AssetImportService::parseAndWrite(*m_db, std::move(*again), AssetKind::Devices);
    ASSERT_TRUE(mamori::test::isOk(second));
    EXPECT_EQ(second->counts.created, 0);
    EXPECT_EQ(second->counts.updated, 1);
    EXPECT_EQ(second->counts.unchanged, lastRow - 2);
    EXPECT_EQ((**DeviceRepository(*m_db).findByKey(parsed.devices[98])).department,
              QStringLiteral("総務部"));

    // A cancel leaves the database as it was.
    auto cancelled =
        AssetImportService::parseAndWrite(*m_db, ImportSource::of(*table), AssetKind::Devices, {},
                                          [](qint64, qint64) { return false; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(*DeviceRepository(*m_db).count(), lastRow - 1);
}

// A preset keeps the firm's value words and the date order with the column mapping.
TEST_F(AssetImportTest, PresetsKeepValueMapsAndTheDateOrder)
{
    ImportPreset preset;
    preset.name = QStringLiteral("Snipe-IT");
    preset.fieldByHeader.insert(QStringLiteral("Asset Tag"), QStringLiteral("asset_number"));
    preset.values.set(QStringLiteral("category"), QStringLiteral("Storage"),
                      QStringLiteral("server"));
    preset.values.set(QStringLiteral("status"), QStringLiteral("Lost/Stolen"),
                      QStringLiteral("retired"));
    preset.dateOrder = DateOrder::Mdy;
    ImportPresetRepository presets(*m_db);
    ASSERT_TRUE(mamori::test::isOk(presets.save(preset)));
    auto loaded = presets.load(preset.name);
    ASSERT_TRUE(mamori::test::isOk(loaded));
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ((*loaded)->dateOrder, DateOrder::Mdy);
    EXPECT_EQ((*loaded)->values.codeFor(QStringLiteral("category"), QStringLiteral(" storage ")),
              QStringLiteral("server"));
    EXPECT_EQ((*loaded)->values.codeFor(QStringLiteral("status"), QStringLiteral("Lost/Stolen")),
              QStringLiteral("retired"));
    EXPECT_EQ((*loaded)->values.codeFor(QStringLiteral("status"), QStringLiteral("Storage")),
              std::nullopt);
    EXPECT_EQ((*loaded)->fieldByHeader, preset.fieldByHeader);
}

TEST(ValueMapTest, RemovingAValueForgetsOnlyThatValue)
{
    ValueMap map;
    map.set(QStringLiteral("category"), QStringLiteral("Storage"), QStringLiteral("server"));
    map.set(QStringLiteral("category"), QStringLiteral("Monitors"), QStringLiteral("other"));
    map.set(QStringLiteral("status"), QStringLiteral("Storage"), QStringLiteral("spare"));
    map.remove(QStringLiteral("category"), QStringLiteral(" STORAGE "));
    EXPECT_EQ(map.codeFor(QStringLiteral("category"), QStringLiteral("Storage")), std::nullopt);
    EXPECT_EQ(map.codeFor(QStringLiteral("category"), QStringLiteral("Monitors")),
              QStringLiteral("other"));
    EXPECT_EQ(map.codeFor(QStringLiteral("status"), QStringLiteral("Storage")),
              QStringLiteral("spare"));
    map.set(QStringLiteral("category"), QStringLiteral("Monitors"), QStringLiteral("pc"));
    EXPECT_EQ(map.entries().size(), 2);
}

TEST(ImportSummaryTest, AGroupIsOneLineNamingItsFirstRows)
{
    QList<ImportProblem> problems;
    for (int row = 2; row <= 10; ++row)
        problems.append({row, 3, QStringLiteral("購入日"), QStringLiteral("not a date")});
    const QList<ProblemGroup> groups = ImportSummary::group(problems);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(ImportSummary::groupLine(groups[0], 3),
              QStringLiteral("row 2, column D (購入日): not a date — and 8 more row(s) like it: "
                             "3, 4, 5, …"));
    EXPECT_EQ(ImportSummary::lines(problems, 2).constLast(),
              QStringLiteral("… and 7 more like these"));
}
