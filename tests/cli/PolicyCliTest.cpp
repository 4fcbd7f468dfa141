#include "TestEnvironment.h"

#include "action/Policy.h"
#include "storage/CompanyProfileRepository.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mamori;
using mamori::test::isOk;

namespace {

using Outcome = mamori::test::ProgramRun;

Outcome runCli(const QStringList &arguments)
{
    return mamori::test::runProgram(QStringLiteral(MAMORI_CLI_PATH), arguments);
}

} // namespace

class PolicyCliTest : public mamori::test::TempDirTest
{
protected:
    QString databasePath() const { return tempPath(QStringLiteral("p.sqlite")); }
    QStringList db() const { return {QStringLiteral("--db"), databasePath()}; }

    // Two versions: the Japanese template adopted 2026-04-01, then an edit adopted 2027-04-01.
    void saveTwoVersions()
    {
        auto database = Database::open(databasePath());
        ASSERT_TRUE(isOk(database));
        CompanyProfile profile;
        profile.name = QStringLiteral("株式会社みらい精工");
        profile.representative = QStringLiteral("佐藤 花子");
        ASSERT_TRUE(isOk(CompanyProfileRepository(**database).save(profile)));
        auto document = PolicyDocument::fromTemplate(UiLanguage::Japanese, profile.name,
                                                     profile.representative, QDate(2026, 4, 1));
        ASSERT_TRUE(isOk(document));
        PolicyRepository policies(**database);
        ASSERT_TRUE(isOk(policies.saveNewVersion(*document, QDate(2026, 4, 1))));
        document->sections[2].body =
            QStringLiteral("全員が年に一度、情報セキュリティ研修を受けます。");
        ASSERT_TRUE(isOk(policies.saveNewVersion(*document, QDate(2027, 4, 1))));
    }
};

TEST_F(PolicyCliTest, ExportsTheLatestVersionAsPdf)
{
    saveTwoVersions();
    const QString pdf = tempPath(QStringLiteral("policy.pdf"));
    const Outcome run =
        runCli(db() + QStringList{QStringLiteral("--json"), QStringLiteral("policy"),
                                  QStringLiteral("export"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("adopted_on")).toString(), QStringLiteral("2027-04-01"));
    const QString text = mamori::test::pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("情報セキュリティ基本方針")));
    EXPECT_TRUE(text.contains(QStringLiteral("全員が年に一度、情報セキュリティ研修を受けます。")));
    EXPECT_TRUE(text.contains(QStringLiteral("第2版（2027年4月1日改定）")))
        << "the footer is written in the policy's language";

    // Recorded as an issued report, as the SECURITY ACTION page's export is: the footer's
    // fingerprint finds it again.
    const QString shortPrint = json.value(QStringLiteral("short_fingerprint")).toString();
    ASSERT_EQ(shortPrint.size(), 16) << run.out.toStdString();
    EXPECT_TRUE(text.contains(shortPrint));
    const Outcome verified =
        runCli(db() + QStringList{QStringLiteral("--json"), QStringLiteral("report"),
                                  QStringLiteral("verify"), shortPrint});
    ASSERT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    const QJsonObject found = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    EXPECT_EQ(found.value(QStringLiteral("type")).toString(), QStringLiteral("policy"));
    EXPECT_TRUE(found.value(QStringLiteral("same_content")).toBool());
}

TEST_F(PolicyCliTest, ExportsAChosenVersion)
{
    saveTwoVersions();
    const QString pdf = tempPath(QStringLiteral("v1.pdf"));
    // A desktop platform without a display must not matter: the verb draws offscreen.
    const Outcome run = mamori::test::runProgram(
        QStringLiteral("/usr/bin/env"),
        QStringList{QStringLiteral("-u"), QStringLiteral("DISPLAY"), QStringLiteral("-u"),
                    QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM=xcb"),
                    QStringLiteral(MAMORI_CLI_PATH)} +
            db() +
            QStringList{QStringLiteral("policy"), QStringLiteral("export"), pdf,
                        QStringLiteral("--version"), QStringLiteral("1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(pdf));
    const QString text = mamori::test::pdfText(pdf);
    EXPECT_FALSE(text.contains(QStringLiteral("年に一度")));
    EXPECT_TRUE(text.contains(QStringLiteral("第1版（2026年4月1日制定）")));
}

TEST_F(PolicyCliTest, NoPolicyYetOrNoSuchVersionExitsOneAndWritesNothing)
{
    const QString pdf = tempPath(QStringLiteral("none.pdf"));
    const Outcome none =
        runCli(db() + QStringList{QStringLiteral("policy"), QStringLiteral("export"), pdf});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("No basic security policy")))
        << none.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    saveTwoVersions();
    const Outcome missing =
        runCli(db() + QStringList{QStringLiteral("policy"), QStringLiteral("export"), pdf,
                                  QStringLiteral("--version"), QStringLiteral("7")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("the latest is 2")))
        << missing.err.toStdString();
    const Outcome notANumber =
        runCli(db() + QStringList{QStringLiteral("policy"), QStringLiteral("export"), pdf,
                                  QStringLiteral("--version"), QStringLiteral("latest")});
    EXPECT_EQ(notANumber.exitCode, 1);
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST_F(PolicyCliTest, OtherVerbsStillRunWithoutTheGuiPlatform)
{
    // Only `policy export` starts a QGuiApplication; the rest must not need a display or fonts.
    const Outcome run = mamori::test::runProgram(
        QStringLiteral("/usr/bin/env"),
        {QStringLiteral("QT_QPA_PLATFORM=no-such-platform"), QStringLiteral(MAMORI_CLI_PATH),
         QStringLiteral("--db"), databasePath(), QStringLiteral("db"), QStringLiteral("init")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}
