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
