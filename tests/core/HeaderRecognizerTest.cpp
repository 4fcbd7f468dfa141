#include "inventory/HeaderRecognizer.h"
#include "Language.h"
#include "TestEnvironment.h"
#include "inventory/HeaderRows.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace mamori;

namespace {

struct Alias
{
    const char *header; // UTF-8
    const char *field;  // empty for a column kept as a custom field
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList utf8List(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(utf8(text));
    return list;
}

void expectFields(AssetKind kind, const QList<Alias> &aliases)
{
    for (const auto &[header, field] : aliases) {
        SCOPED_TRACE(header);
        EXPECT_EQ(HeaderRecognizer::fieldFor(kind, utf8(header)), utf8(field));
    }
}

TEST(HeaderRecognizerTest, NormalizeIgnoresWidthCaseSpacesAndPunctuation)
{
    const QList<Alias> cases{
        {"Asset Tag", "assettag"},
        {"ASSET  TAG", "assettag"},
        {"asset_number", "assetnumber"},
        {"Ａｓｓｅｔ　ｎｕｍｂｅｒ", "assetnumber"},
        {"購入金額（円）", "購入金額円"},
        {"購入金額(円)", "購入金額円"},
        {"OS / firmware", "osfirmware"},
        {"ＯＳ・ファームウェア", "osファームウェア"},
        {"ＯＳ･ﾌｧｰﾑｳｪｱ", "osファームウェア"},
        {"媒体・保存先", "媒体保存先"},
        {"媒体／保存先", "媒体保存先"},
        {"【資産番号】", "資産番号"},
        {"「備考」", "備考"},
        {"[Notes]", "notes"},
        {"※資産番号", "資産番号"},
        {"資産番号*", "資産番号"},
        {"①業務分類", "業務分類"},
        {"⑮リスク値", "リスク値"},
        {"S/N", "sn"},
        {"資産No.", "資産no"},
        {"資産ＮＯ：", "資産no"},
        {"Serial #", "serial"},
        {"Anti-virus", "antivirus"},
        {"　名　称　", "名称"},
        {"2FA", "2fa"},
        {"", ""},
    };
    for (const auto &[header, expected] : cases) {
        SCOPED_TRACE(header);
        EXPECT_EQ(HeaderRecognizer::normalize(utf8(header)), utf8(expected));
    }
}

// The words that make headers different must survive normalisation.
TEST(HeaderRecognizerTest, NormalizeKeepsHeadersThatDifferApart)
{
    const QList<std::pair<const char *, const char *>> pairs{
        {"OS", "OSバージョン"},         {"Model", "Model number"},    {"利用者", "利用者範囲"},
        {"保証期限", "保証期間（月）"}, {"Warranty", "Warranty end"},
    };
    for (const auto &[first, second] : pairs) {
        SCOPED_TRACE(first);
        EXPECT_NE(HeaderRecognizer::normalize(utf8(first)),
                  HeaderRecognizer::normalize(utf8(second)));
    }
}

// Run without a translator, so AssetFields' labels are the English sources.
TEST(HeaderRecognizerTest, EveryCanonicalNameAndEnglishLabelMapsBackToItsField)
{
    for (const AssetKind kind : {AssetKind::Devices, AssetKind::Information}) {
        for (const AssetField &field : AssetFields::of(kind)) {
            SCOPED_TRACE(field.label);
            EXPECT_EQ(HeaderRecognizer::fieldFor(kind, field.name), field.name);
            EXPECT_EQ(HeaderRecognizer::fieldFor(kind, QString::fromUtf8(field.label)), field.name);
            EXPECT_EQ(HeaderRecognizer::fieldFor(kind, field.name.toUpper()), field.name);
        }
    }
}

// A Japanese export imported by the app running in English, and the other way round.
TEST(HeaderRecognizerTest, ExportHeadersInEitherLanguageMapBackUnderJapaneseUi)
{
    const QLocale previousLocale;
    {
        Translations translations;
        ASSERT_TRUE(translations.install(UiLanguage::Japanese));
        for (const AssetKind kind : {AssetKind::Devices, AssetKind::Information}) {
            for (const AssetField &field : AssetFields::of(kind)) {
                SCOPED_TRACE(field.label);
                EXPECT_EQ(HeaderRecognizer::fieldFor(kind, AssetFields::label(field)), field.name);
                EXPECT_EQ(HeaderRecognizer::fieldFor(kind, QString::fromUtf8(field.label)),
                          field.name);
            }
        }
    }
    QLocale::setDefault(previousLocale);
}

TEST(HeaderRecognizerTest, RecognisesTheJapaneseDeviceExportHeaders)
{
    expectFields(AssetKind::Devices, {
                                         {"種別", "category"},
                                         {"資産番号", "asset_number"},
                                         {"名称", "name"},
                                         {"状態", "status"},
                                         {"廃棄日", "disposal_date"},
                                         {"廃棄方法", "disposal_method"},
                                         {"利用者", "assigned_user"},
                                         {"部署", "department"},
                                         {"設置場所", "location"},
                                         {"メーカー", "manufacturer"},
                                         {"機種", "model"},
                                         {"型番", "model_number"},
                                         {"シリアル番号", "serial_number"},
                                         {"OS・ファームウェア", "os_name"},
                                         {"OSバージョン", "os_version"},
                                         {"購入日", "purchase_date"},
                                         {"購入金額（円）", "purchase_cost"},
                                         {"保証期限", "warranty_end"},
                                         {"保証期間（月）", "warranty_months"},
                                         {"サポート終了日", "end_of_support"},
                                         {"最終更新日", "last_update"},
                                         {"ウイルス対策", "antivirus"},
                                         {"多要素認証", "mfa"},
                                         {"ディスク暗号化", "disk_encryption"},
                                         {"購入先", "supplier"},
                                         {"注文番号", "order_number"},
                                         {"備考", "notes"},
                                     });
}

TEST(HeaderRecognizerTest, RecognisesCommonJapaneseDeviceListHeaders)
{
    expectFields(AssetKind::Devices, {
                                         {"管理番号", "asset_number"},
                                         {"備品番号", "asset_number"},
                                         {"資産No", "asset_number"},
                                         {"資産No.", "asset_number"},
                                         {"資産ＮＯ", "asset_number"},
                                         {"機器名", "name"},
                                         {"品名", "name"},
                                         {"端末名", "name"},
                                         {"ホスト名", "name"},
                                         {"分類", "category"},
                                         {"機器種別", "category"},
                                         {"カテゴリ", "category"},
                                         {"使用者", "assigned_user"},
                                         {"担当者", "assigned_user"},
                                         {"使用者名", "assigned_user"},
                                         {"部門", "department"},
                                         {"所属", "department"},
                                         {"場所", "location"},
                                         {"保管場所", "location"},
                                         {"製造元", "manufacturer"},
                                         {"ﾒｰｶｰ", "manufacturer"},
                                         {"モデル", "model"},
                                         {"製造番号", "serial_number"},
                                         {"S/N", "serial_number"},
                                         {"Ｓ／Ｎ", "serial_number"},
                                         {"OS", "os_name"},
                                         {"ＯＳ", "os_name"},
                                         {"導入日", "purchase_date"},
                                         {"取得日", "purchase_date"},
                                         {"購入金額", "purchase_cost"},
                                         {"取得価額", "purchase_cost"},
                                         {"価格", "purchase_cost"},
                                         {"保証終了日", "warranty_end"},
                                         {"EOS", "end_of_support"},
                                         {"EOL", "end_of_support"},
                                         {"最終アップデート日", "last_update"},
                                         {"ウイルス対策ソフト", "antivirus"},
                                         {"アンチウイルス", "antivirus"},
                                         {"二要素認証", "mfa"},
                                         {"2FA", "mfa"},
                                         {"MFA", "mfa"},
                                         {"暗号化", "disk_encryption"},
                                         {"BitLocker", "disk_encryption"},
                                         {"メモ", "notes"},
                                         {"【備考】", "notes"},
                                     });
}

TEST(HeaderRecognizerTest, RecognisesSnipeItExportHeaders)
{
    expectFields(AssetKind::Devices, {
                                         {"Asset Tag", "asset_number"},
                                         {"Name", "name"},
                                         {"Category", "category"},
                                         {"Manufacturer", "manufacturer"},
                                         {"Model", "model"},
                                         {"Model Number", "model_number"},
                                         {"Serial", "serial_number"},
                                         {"Location", "location"},
                                         {"Status", "status"},
                                         {"Purchase Date", "purchase_date"},
                                         {"Purchase Cost", "purchase_cost"},
                                         {"Warranty", "warranty_months"},
                                         {"Asset EOL Date", "end_of_support"},
                                         {"Asset Notes", "notes"},
                                         {"Supplier", "supplier"},
                                         {"Order Number", "order_number"},
                                         {"Checked Out To", "assigned_user"},
                                         {"Assigned To", "assigned_user"},
                                         {"Company", ""},
                                     });
}

TEST(HeaderRecognizerTest, MapsSnipeItsWholeHeaderRowKeepingCompanyCustom)
{
    const QStringList header = utf8List(
        {"Company", "Asset Tag", "Name", "Category", "Manufacturer", "Model", "Model Number",
         "Serial", "Location", "Status", "Purchase Date", "Purchase Cost", "Warranty",
         "Asset EOL Date", "Asset Notes", "Supplier", "Order Number", "Checked Out To"});
    const QStringList expected = utf8List(
        {"", "asset_number", "name", "category", "manufacturer", "model", "model_number",
         "serial_number", "location", "status", "purchase_date", "purchase_cost", "warranty_months",
         "end_of_support", "notes", "supplier", "order_number", "assigned_user"});
    EXPECT_EQ(HeaderRecognizer::mapHeaders(AssetKind::Devices, header), expected);
    EXPECT_EQ(HeaderRecognizer::detectKind(header), AssetKind::Devices);
}

TEST(HeaderRecognizerTest, RecognisesTheInformationLedgerHeaders)
{
    expectFields(AssetKind::Information, {
                                             {"業務分類", "business_area"},
                                             {"情報資産名称", "name"},
                                             {"備考", "notes"},
                                             {"利用者範囲", "users_scope"},
                                             {"管理部署", "owning_department"},
                                             {"媒体・保存先", "media_location"},
                                             {"個人情報の種類", "personal_data"},
                                             {"機密性", "confidentiality"},
                                             {"完全性", "integrity"},
                                             {"可用性", "availability"},
                                             {"重要度", "importance"},
                                             {"登録日", "registered_on"},
                                             {"脅威", "threat"},
                                             {"脆弱性", "vulnerability"},
                                             {"リスク値", "risk"},
                                         });
}

TEST(HeaderRecognizerTest, RecognisesInformationHeaderVariants)
{
    expectFields(AssetKind::Information, {
                                             {"①業務分類", "business_area"},
                                             {"業務", "business_area"},
                                             {"部門", "business_area"},
                                             {"情報資産名", "name"},
                                             {"資産名", "name"},
                                             {"名称", "name"},
                                             {"Name", "name"},
                                             {"Notes", "notes"},
                                             {"脅威の発生頻度", "threat"},
                                             {"脅威レベル", "threat"},
                                             {"脆弱性レベル", "vulnerability"},
                                             {"リスク", "risk"},
                                             {"保存先", "media_location"},
                                             {"媒体", "media_location"},
                                             {"媒体/保存先", "media_location"},
                                             {"更新日", ""},
                                             {"資産番号", ""},
                                         });
}

// The same header can mean different fields, or nothing, depending on the kind.
TEST(HeaderRecognizerTest, EachKindHasItsOwnTable)
{
    EXPECT_EQ(HeaderRecognizer::fieldFor(AssetKind::Devices, utf8("部門")), utf8("department"));
    EXPECT_EQ(HeaderRecognizer::fieldFor(AssetKind::Information, utf8("部門")),
              utf8("business_area"));
    EXPECT_EQ(HeaderRecognizer::fieldFor(AssetKind::Devices, utf8("機密性")), QString());
    EXPECT_EQ(HeaderRecognizer::fieldFor(AssetKind::Information, utf8("シリアル番号")), QString());
    EXPECT_EQ(HeaderRecognizer::fieldFor(AssetKind::Devices, utf8("利用者範囲")), QString());
}

TEST(HeaderRecognizerTest, UnknownAndEmptyHeadersHaveNoField)
{
    for (const char *header : {"", "   ", "Colour", "Company", "色", "・", "()"}) {
        SCOPED_TRACE(header);
        EXPECT_EQ(HeaderRecognizer::fieldFor(AssetKind::Devices, utf8(header)), QString());
        EXPECT_EQ(HeaderRecognizer::fieldFor(AssetKind::Information, utf8(header)), QString());
    }
}

TEST(HeaderRecognizerTest, LaterDuplicateOfAFieldBecomesCustom)
{
    const QStringList header = utf8List({"資産番号", "名称", "管理番号", "名称", "色"});
    const QStringList expected = utf8List({"asset_number", "name", "", "", ""});
    EXPECT_EQ(HeaderRecognizer::mapHeaders(AssetKind::Devices, header), expected);
}

TEST(HeaderRecognizerTest, MapHeadersGivesOneEntryPerHeader)
{
    EXPECT_EQ(HeaderRecognizer::mapHeaders(AssetKind::Devices, {}), QStringList());
    const QStringList header = utf8List({"", "", "備考"});
    EXPECT_EQ(HeaderRecognizer::mapHeaders(AssetKind::Devices, header),
              utf8List({"", "", "notes"}));
}

TEST(HeaderRecognizerTest, DetectsTheIpaLedgerAsInformation)
{
    const QStringList header =
        utf8List({"業務分類", "情報資産名称", "備考", "利用者範囲", "管理部署", "媒体・保存先",
                  "個人情報の種類", "機密性", "完全性", "可用性", "重要度", "登録日", "脅威",
                  "脆弱性", "リスク値"});
    EXPECT_EQ(HeaderRecognizer::detectKind(header), AssetKind::Information);
    const QStringList expected =
        utf8List({"business_area", "name", "notes", "users_scope", "owning_department",
                  "media_location", "personal_data", "confidentiality", "integrity", "availability",
                  "importance", "registered_on", "threat", "vulnerability", "risk"});
    EXPECT_EQ(HeaderRecognizer::mapHeaders(AssetKind::Information, header), expected);
}

TEST(HeaderRecognizerTest, DetectsAJapaneseDeviceListAsDevices)
{
    const QStringList header =
        utf8List({"管理番号", "機器名", "種別", "使用者", "部門", "設置場所", "メーカー", "型番",
                  "シリアル番号", "OS", "購入日", "備考"});
    EXPECT_EQ(HeaderRecognizer::detectKind(header), AssetKind::Devices);
}

TEST(HeaderRecognizerTest, DistinctiveHeadersDecideTheKind)
{
    // Shared headers (名称, 備考, 部門) count for both kinds, so one distinctive header decides.
    EXPECT_EQ(HeaderRecognizer::detectKind(utf8List({"名称", "備考", "部門", "機密性"})),
              AssetKind::Information);
    EXPECT_EQ(HeaderRecognizer::detectKind(utf8List({"名称", "備考", "部門", "Asset Tag"})),
              AssetKind::Devices);
    EXPECT_EQ(HeaderRecognizer::detectKind(utf8List({"資産番号", "機密性", "完全性"})),
              AssetKind::Information);
    EXPECT_EQ(HeaderRecognizer::detectKind(utf8List({"資産番号", "シリアル番号", "可用性"})),
              AssetKind::Devices);
}

TEST(HeaderRecognizerTest, UndecidableHeaderRowsHaveNoKind)
{
    const QList<QStringList> rows{
        utf8List({"名称", "備考"}),
        utf8List({"Name", "Notes", "部門"}),
        utf8List({"資産番号"}),
        utf8List({"資産番号", "資産番号"}),
        utf8List({"資産番号", "機密性"}),
        utf8List({"Colour", "Weight", "Company"}),
        QStringList(),
    };
    for (const QStringList &row : rows) {
        SCOPED_TRACE(row.join(QLatin1Char(',')).toStdString());
        EXPECT_EQ(HeaderRecognizer::detectKind(row), std::nullopt);
    }
}

} // namespace

// Which row is the header: a title and a date above it, and a group heading over a second row.
TEST(HeaderRowsTest, FindsTheHeaderBelowATitleAndReadsTwoRowsAsOne)
{
    const auto row = [](int number, const char *cells) {
        return TableRow{number, QString::fromUtf8(cells).split(QLatin1Char(','))};
    };
    // CSV keeps a merged group name in its first cell only: 購入 spans 購入日付 and 金額.
    const QList<TableRow> leading{
        row(1, "機器台帳,,,,"),
        row(2, "作成日,2026/11/30,,,"),
        row(4, "資産番号,名称,購入,,備考"),
        row(5, ",,日付,金額,"),
        row(6, "A-1,受付PC,2024/4/1,98000,"),
    };
    const auto choice = HeaderRows::choose(leading, {}, 0);
    ASSERT_TRUE(choice.has_value());
    EXPECT_EQ(choice->firstRow, 4);
    EXPECT_EQ(choice->lastRow, 5);
    EXPECT_EQ(HeaderRecognizer::mapHeaders(AssetKind::Devices, choice->header),
              (QStringList{QStringLiteral("asset_number"), QStringLiteral("name"),
                           QStringLiteral("purchase_date"), QStringLiteral("purchase_cost"),
                           QStringLiteral("notes")}));

    // A first row that names its fields stays the header; a named row is taken as given.
    const QList<TableRow> plain{row(1, "資産番号,名称,種別"), row(2, "A-1,受付PC,PC")};
    EXPECT_FALSE(HeaderRows::choose(plain, {}, 0).has_value());
    EXPECT_EQ(HeaderRows::choose(leading, {}, 4)->lastRow, 5);
    EXPECT_FALSE(HeaderRows::choose(leading, {}, 3).has_value());
}
