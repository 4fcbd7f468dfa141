#include "TestEnvironment.h"

#include "io/TextDecoding.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mamori;

namespace {

using CliResult = mamori::test::ProgramRun;

CliResult cli(const QStringList &arguments)
{
    return mamori::test::runProgram(QStringLiteral(MAMORI_CLI_PATH), arguments);
}

} // namespace

class AssetCliTest : public mamori::test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        m_db = tempPath(QStringLiteral("cli.sqlite"));
    }
    CliResult run(const QStringList &arguments) const
    {
        return cli(QStringList{QStringLiteral("--db"), m_db} + arguments);
    }
    QString csv(const QString &name, const QString &text,
                TextEncoding encoding = TextEncoding::Utf8)
    {
        const QString path = tempPath(name);
        mamori::test::writeAll(path, *TextDecoding::encode(text, encoding, false));
        return path;
    }
    QString m_db;
};

TEST_F(AssetCliTest, ImportListExportRoundTrip)
{
    const QString file =
        csv(QStringLiteral("devices.csv"),
            QStringLiteral("資産番号,名称,種別,購入日\r\nPC-1,受付PC,パソコン,R6.4.1\r\n"
                           "PC-2,会議室PC,パソコン,2024/5/1\r\n"),
            TextEncoding::Cp932);
    const CliResult imported =
        run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("created")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("kind")).toString(), QStringLiteral("devices"));

    const CliResult listed =
        run({QStringLiteral("assets"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray devices = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(devices.size(), 2);
    const QJsonObject first = devices.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("asset_number")).toString(), QStringLiteral("PC-1"));
    EXPECT_EQ(first.value(QStringLiteral("category")).toString(), QStringLiteral("pc"));
    EXPECT_EQ(first.value(QStringLiteral("purchase_date")).toString(),
              QStringLiteral("2024-04-01"));

    const QString out = tempPath(QStringLiteral("out.xlsx"));
    const CliResult exported = run({QStringLiteral("assets"), QStringLiteral("export"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(QFileInfo(out).size() > 0);

    const CliResult again =
        run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("import"), file});
    EXPECT_EQ(QJsonDocument::fromJson(again.out.toUtf8())
                  .object()
                  .value(QStringLiteral("unchanged"))
                  .toInt(),
              2);
}

TEST_F(AssetCliTest, RowErrorsExitTwoListEveryProblemAndWriteNothing)
{
    const QString file =
        csv(QStringLiteral("bad.csv"),
            QStringLiteral("資産番号,名称,種別,購入日\nPC-1,受付PC,パソコン,2024/2/30\n"
                           "PC-2,,パソコン,2024/5/1\n"));
    const CliResult imported = run({QStringLiteral("assets"), QStringLiteral("import"), file});
    EXPECT_EQ(imported.exitCode, 2);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("row 2, column D")))
        << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("row 3, column B")))
        << imported.err.toStdString();
    const CliResult listed =
        run({QStringLiteral("assets"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);

    const CliResult json =
        run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("import"), file});
    const QJsonArray problems = QJsonDocument::fromJson(json.err.toUtf8())
                                    .object()
                                    .value(QStringLiteral("problems"))
                                    .toArray();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("row")).toInt(), 2);
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("column")).toString(),
              QStringLiteral("D"));
}

TEST_F(AssetCliTest, DryRunWritesNothing)
{
    const QString file =
        csv(QStringLiteral("ok.csv"), QStringLiteral("資産番号,名称,種別\nPC-1,受付PC,パソコン\n"));
    const CliResult dry = run(
        {QStringLiteral("assets"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const CliResult listed =
        run({QStringLiteral("assets"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

// The firm's own words: not an error by default, listed with counts, mapped with --map, refused
// again with --strict.
TEST_F(AssetCliTest, UnknownValuesAreListedMappedOrRefusedWithStrict)
{
    const QString file = csv(QStringLiteral("snipe.csv"),
                             QStringLiteral("Asset Tag,Asset Name,Category,Purchase Date,Purchase "
                                            "Cost\nS-1,NAS 1,Storage,1/23/23,2266.13\n"
                                            "S-2,NAS 2,Storage,2/1/23,$748.00\n"
                                            "S-3,Shelf,Network Storage,3/14/21,1499\n"));
    const QStringList import{QStringLiteral("assets"), QStringLiteral("import"), file};

    // Auto order: two-digit years need an order; nothing is written.
    const CliResult refused = run(import);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--date-order"))) << refused.err.toStdString();

    const CliResult strict =
        run(import + QStringList{QStringLiteral("--date-order"), QStringLiteral("mdy"),
                                 QStringLiteral("--strict")});
    EXPECT_EQ(strict.exitCode, 2);
    EXPECT_TRUE(strict.err.contains(QStringLiteral("not a known value: Storage")))
        << strict.err.toStdString();
    const CliResult none =
        run({QStringLiteral("assets"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);

    const CliResult dry =
        run(import + QStringList{QStringLiteral("--date-order"), QStringLiteral("mdy"),
                                 QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("“Storage” in 2 rows, not a known word, "
                                                "read as Other")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("“Network Storage” in 1 row, guessed as "
                                                "Server")))
        << dry.out.toStdString();

    const CliResult mapped =
        run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("import"), file,
             QStringLiteral("--date-order"), QStringLiteral("mdy"), QStringLiteral("--map"),
             QStringLiteral("category:Storage=server")});
    ASSERT_EQ(mapped.exitCode, 0) << mapped.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(mapped.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("created")).toInt(), 3);
    EXPECT_EQ(summary.value(QStringLiteral("date_order")).toString(), QStringLiteral("mdy"));
    const QJsonArray values = summary.value(QStringLiteral("values")).toArray();
    ASSERT_EQ(values.size(), 2);
    EXPECT_EQ(values[0].toObject().value(QStringLiteral("value")).toString(),
              QStringLiteral("Storage"));
    EXPECT_EQ(values[0].toObject().value(QStringLiteral("how")).toString(),
              QStringLiteral("mapped"));
    EXPECT_EQ(values[0].toObject().value(QStringLiteral("rows")).toInt(), 2);
    EXPECT_EQ(values[1].toObject().value(QStringLiteral("how")).toString(),
              QStringLiteral("guessed"));

    const CliResult listed =
        run({QStringLiteral("assets"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray devices = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(devices.size(), 3);
    const QJsonObject first = devices[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("category")).toString(), QStringLiteral("server"));
    EXPECT_EQ(first.value(QStringLiteral("category_label")).toString(), QStringLiteral("Storage"));
    EXPECT_EQ(first.value(QStringLiteral("purchase_cost")).toString(), QStringLiteral("2266.13"));
    EXPECT_EQ(first.value(QStringLiteral("purchase_date")).toString(),
              QStringLiteral("2023-01-23"));
    EXPECT_EQ(devices[1].toObject().value(QStringLiteral("purchase_currency")).toString(),
              QStringLiteral("USD"));

    const CliResult badMap =
        run(import + QStringList{QStringLiteral("--map"), QStringLiteral("category:Storage=nas")});
    EXPECT_EQ(badMap.exitCode, 1);
    EXPECT_TRUE(badMap.err.contains(QStringLiteral("use one of"))) << badMap.err.toStdString();
}

// A file with one bad column in every row prints a few lines per kind, not one per row.
TEST_F(AssetCliTest, ProblemLinesStopAtTwentyPerKind)
{
    QString text = QStringLiteral("資産番号,名称,種別,購入日\n");
    for (int row = 1; row <= 500; ++row)
        text += QStringLiteral("PC-%1,PC %1,PC,2024/2/30\n").arg(row);
    const CliResult imported = run({QStringLiteral("assets"), QStringLiteral("import"),
                                    csv(QStringLiteral("many.csv"), text)});
    EXPECT_EQ(imported.exitCode, 2);
    EXPECT_EQ(imported.err.count(QStringLiteral("no such day")), 20) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("… and 480 more like these")))
        << imported.err.toStdString();
    const CliResult json = run({QStringLiteral("--json"), QStringLiteral("assets"),
                                QStringLiteral("import"), csv(QStringLiteral("many.csv"), text)});
    EXPECT_EQ(QJsonDocument::fromJson(json.err.toUtf8())
                  .object()
                  .value(QStringLiteral("problems"))
                  .toArray()
                  .size(),
              500);
}

// Excel's 「Unicode テキスト」, a GLPI file with semicolons and a ledger with a title line.
TEST_F(AssetCliTest, ReadsUtf16SemicolonsAndATitleAboveTheHeader)
{
    const QString utf16 =
        csv(QStringLiteral("unicode.txt"),
            QStringLiteral("資産番号\t名称\t種別\r\nU-1\t受付PC\tPC\r\n"), TextEncoding::Utf16);
    const CliResult first =
        run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("import"), utf16});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(first.out.toUtf8())
                  .object()
                  .value(QStringLiteral("encoding"))
                  .toString(),
              QStringLiteral("UTF-16LE")); // no BOM: known by its NUL bytes
    const QString titled =
        csv(QStringLiteral("titled.csv"), QStringLiteral("機器台帳;;\n作成日;2026/11/30;\n;;\n"
                                                         "資産番号;名称;種別\nT-1;会議室PC;PC\n"));
    const QString semicolons =
        csv(QStringLiteral("glpi.csv"),
            QStringLiteral("機器台帳\n\n資産番号;名称;種別\nG-1;会議室PC;PC\n"));
    const CliResult second = run(
        {QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("import"), semicolons});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(second.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    EXPECT_EQ(summary.value(QStringLiteral("header_row")).toInt(), 3);
    const CliResult third =
        run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("import"), titled,
             QStringLiteral("--delimiter"), QStringLiteral("semicolon"),
             QStringLiteral("--header-row"), QStringLiteral("4")});
    ASSERT_EQ(third.exitCode, 0) << third.err.toStdString();
    const CliResult listed =
        run({QStringLiteral("assets"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 3);
}

TEST_F(AssetCliTest, UsageAndInputErrors)
{
    EXPECT_EQ(run({QStringLiteral("assets"), QStringLiteral("import")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("assets"), QStringLiteral("list"), QStringLiteral("--kind"),
                   QStringLiteral("cars")})
                  .exitCode,
              1);
    EXPECT_EQ(run({QStringLiteral("assets"), QStringLiteral("import"),
                   tempPath(QStringLiteral("missing.csv"))})
                  .exitCode,
              2);
    const QString unknown = csv(QStringLiteral("unknown.csv"), QStringLiteral("foo,bar\n1,2\n"));
    EXPECT_EQ(run({QStringLiteral("assets"), QStringLiteral("import"), unknown}).exitCode, 2);
    EXPECT_EQ(
        run({QStringLiteral("demo"), QStringLiteral("--assets"), QStringLiteral("zero")}).exitCode,
        1);
}

TEST_F(AssetCliTest, DemoFillsARealisticCompany)
{
    const CliResult demo = run({QStringLiteral("--json"), QStringLiteral("demo"),
                                QStringLiteral("--assets"), QStringLiteral("120")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(demo.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("devices")).toInt(), 120);
    EXPECT_GE(summary.value(QStringLiteral("information_assets")).toInt(), 12);
    EXPECT_GT(summary.value(QStringLiteral("links")).toInt(), 0);
    const CliResult info =
        run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("list"),
             QStringLiteral("--kind"), QStringLiteral("information")});
    EXPECT_GE(QJsonDocument::fromJson(info.out.toUtf8()).array().size(), 12);
}
