#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using mamori::test::pdfFonts;
using mamori::test::pdfText;
using Outcome = mamori::test::ProgramRun;

namespace {

const QString clockTime = QStringLiteral("2026-11-20T10:00:00+09:00");

QString squeezed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("[ \\t\\n]+")), QStringLiteral(" "));
}

int pageCount(const QString &text)
{
    return int(text.count(QLatin1Char('\f')));
}

} // namespace

// Every report from the demo company (`mamori-cli demo`) with SECURITY ACTION records, an
// incident, an exercise and a backup plan added through the CLI, read back as text.
class ReportCliTest : public mamori::test::TempDirTest
{
protected:
    QString dbPath() const { return tempPath(QStringLiteral("r.sqlite")); }

    Outcome cli(const QStringList &arguments)
    {
        return mamori::test::runProgram(QStringLiteral(MAMORI_CLI_PATH),
                                        QStringList{QStringLiteral("--db"), dbPath()} + arguments,
                                        QStringLiteral("C.UTF-8"),
                                        {{QStringLiteral("MAMORI_CLOCK"), clockTime}});
    }

    void run(const QStringList &arguments)
    {
        const Outcome outcome = cli(arguments);
        ASSERT_EQ(outcome.exitCode, 0) << arguments.join(u' ').toStdString() << "\n"
                                       << outcome.err.toStdString();
    }

    QJsonObject json(const QStringList &arguments)
    {
        const Outcome outcome = cli(arguments + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
        return QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    }

    void SetUp() override
    {
        TempDirTest::SetUp();
        // Without the demo history: the incidents below are numbers 1 and 2.
        run({QStringLiteral("demo"), QStringLiteral("--assets"), QStringLiteral("150"),
             QStringLiteral("--no-history")});
        QString answers = QStringLiteral("{");
        for (int item = 1; item <= 25; ++item)
            answers += QStringLiteral("\"%1\": %2%3")
                           .arg(item)
                           .arg(item % 5 == 0   ? 0
                                : item % 3 == 0 ? 2
                                                : 4)
                           .arg(item < 25 ? QStringLiteral(", ") : QString());
        answers += u'}';
        mamori::test::writeAll(tempPath(QStringLiteral("answers.json")), answers.toUtf8());
        run({QStringLiteral("diagnosis"), QStringLiteral("import"),
             tempPath(QStringLiteral("answers.json")), QStringLiteral("--date"),
             QStringLiteral("2026-10-01")});
        run({QStringLiteral("action"), QStringLiteral("declare"), QStringLiteral("--level"),
             QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-09-15"),
             QStringLiteral("--id"), QStringLiteral("SA-2026-0915")});
        run({QStringLiteral("incident"), QStringLiteral("start"), QStringLiteral("--playbook"),
             QStringLiteral("lost-device"), QStringLiteral("--title"),
             QStringLiteral("<b>営業PC</b> 紛失 <img src=x.png>")});
        run({QStringLiteral("incident"), QStringLiteral("log"), QStringLiteral("1"),
             QStringLiteral("<script>alert(1)</script> 警察に遺失届"), QStringLiteral("--kind"),
             QStringLiteral("decision")});
        run({QStringLiteral("incident"), QStringLiteral("start"), QStringLiteral("--playbook"),
             QStringLiteral("ransomware"), QStringLiteral("--title"),
             QStringLiteral("Tabletop ransomware"), QStringLiteral("--exercise")});
        run({QStringLiteral("backup"), QStringLiteral("plan"), QStringLiteral("add"),
             QStringLiteral("--name"), QStringLiteral("NAS daily"), QStringLiteral("--frequency"),
             QStringLiteral("daily")});
    }

    // Writes the report, checks it with qpdf and pdffonts, and returns its text.
    QString report(const QStringList &arguments, const QString &name, QJsonObject *result = nullptr)
    {
        const QString file = tempPath(name);
        const QJsonObject written = json(QStringList{QStringLiteral("report")} + arguments +
                                         QStringList{QStringLiteral("--out"), file});
        if (result)
            *result = written;
        EXPECT_TRUE(QFile::exists(file)) << name.toStdString();
        const Outcome check =
            mamori::test::runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
        const QStringList fonts = pdfFonts(file).split(u'\n', Qt::SkipEmptyParts).mid(2);
        EXPECT_FALSE(fonts.isEmpty());
        for (const QString &line : fonts) {
            EXPECT_TRUE(line.contains(QStringLiteral("NotoSansCJKjp"))) << line.toStdString();
            const QStringList columns = line.simplified().split(u' ');
            EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
        }
        const QString text = pdfText(file);
        const int pages = pageCount(text);
        EXPECT_EQ(pages, written.value(QStringLiteral("pages")).toInt());
        // pdftotext -layout closes up the narrow spaces of a short right-aligned footer; the
        // reading order (-raw) keeps them.
        const QString raw =
            mamori::test::runProgram(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-raw"), file, QStringLiteral("-")})
                .out;
        for (int page = 1; page <= pages; ++page)
            EXPECT_TRUE(raw.contains(QStringLiteral("%1 / %2").arg(page).arg(pages))) << page;
        // The footer's fingerprint is the recorded one.
        const QString shortPrint = written.value(QStringLiteral("short_fingerprint")).toString();
        EXPECT_EQ(shortPrint.size(), 16);
        EXPECT_EQ(text.count(shortPrint), pages) << "on every page";
        return squeezed(text);
    }
};

TEST_F(ReportCliTest, ManagementSummaryInBothLanguages)
{
    QJsonObject written;
    const QString en =
        report({QStringLiteral("management"), QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                QStringLiteral("2026-12-31")},
               QStringLiteral("management-en.pdf"), &written);
    const int pages = written.value(QStringLiteral("pages")).toInt();
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 3);
    for (const char *expected :
         {"Management summary", "Period 1 January 2026 to 31 December 2026", "★ One star",
          "Self-diagnosis (of 100)", "Devices in use", "Backups", "NAS daily",
          "Incidents and exercises in the period", "Tabletop ransomware", "Exercise"})
        EXPECT_TRUE(en.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                              << en.toStdString();
    const QString ja =
        report({QStringLiteral("management"), QStringLiteral("--lang"), QStringLiteral("ja")},
               QStringLiteral("management-ja.pdf"));
    for (const char *expected : {"経営者向けサマリー", "★ 一つ星", "自社診断", "使用中の機器",
                                 "バックアップ", "期間中のインシデントと訓練"})
        EXPECT_TRUE(ja.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                              << ja.toStdString();
}

// The summary's next steps are the posture's top actions, as `posture show` ranks them, in the
// report's language whatever the interface's.
TEST_F(ReportCliTest, ManagementSummaryNextStepsAreThePosturesTopActions)
{
    const Outcome shown = mamori::test::runProgram(
        QStringLiteral(MAMORI_CLI_PATH),
        {QStringLiteral("--db"), dbPath(), QStringLiteral("posture"), QStringLiteral("show"),
         QStringLiteral("--json")},
        QStringLiteral("ja_JP.UTF-8"), {{QStringLiteral("MAMORI_CLOCK"), clockTime}});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonArray actions = QJsonDocument::fromJson(shown.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    ASSERT_GE(actions.size(), 2) << shown.out.toStdString();

    const QString en =
        report({QStringLiteral("management"), QStringLiteral("--lang"), QStringLiteral("en")},
               QStringLiteral("next-steps-en.pdf"));
    const QString ja =
        report({QStringLiteral("management"), QStringLiteral("--lang"), QStringLiteral("ja")},
               QStringLiteral("next-steps-ja.pdf"));
    for (int rank = 0; rank < std::min<qsizetype>(actions.size(), 5); ++rank) {
        // `posture show` ran in Japanese: its labels are the Japanese summary's lines.
        const QString label = actions.at(rank).toObject().value(QStringLiteral("label")).toString();
        EXPECT_TRUE(ja.contains(squeezed(label))) << label.toStdString() << "\n"
                                                  << ja.toStdString();
    }
    EXPECT_FALSE(en.contains(actions.at(0).toObject().value(QStringLiteral("label")).toString()));
    EXPECT_TRUE(en.contains(QStringLiteral(": +"))) << "English labels with their points";
    EXPECT_FALSE(en.contains(QRegularExpression(
        QStringLiteral("(device|PC|laptop|plan|contact|playbook|asset|report|rule)\\(s\\)"))))
        << "plural forms, not the source's (s)";
}

TEST_F(ReportCliTest, EvidencePackIsASelfDeclarationReadyToSign)
{
    const QString ja =
        report({QStringLiteral("evidence"), QStringLiteral("--lang"), QStringLiteral("ja")},
               QStringLiteral("evidence-ja.pdf"));
    for (const char *expected :
         {"SECURITY ACTION", "SA-2026-0915", "2026年9月15日", "自己宣言", "情報セキュリティ5か条",
          "自社診断", "代表者 署名・押印欄", "印", "株式会社みなと精機（架空）"})
        EXPECT_TRUE(ja.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                              << ja.toStdString();
    for (const char *forbidden : {"認定", "取得", "合格"})
        EXPECT_FALSE(ja.contains(QString::fromUtf8(forbidden))) << forbidden;
    const QString en =
        report({QStringLiteral("evidence"), QStringLiteral("--lang"), QStringLiteral("en")},
               QStringLiteral("evidence-en.pdf"));
    for (const char *expected : {"SECURITY ACTION evidence pack", "SA-2026-0915",
                                 "15 September 2026", "not a certification", "Seal"})
        EXPECT_TRUE(en.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(en.contains(QStringLiteral("certified")));
}

TEST_F(ReportCliTest, AssetLedgerListsEveryDeviceOnLandscapePages)
{
    QJsonObject written;
    const QString en =
        report({QStringLiteral("assets"), QStringLiteral("--lang"), QStringLiteral("en")},
               QStringLiteral("assets-en.pdf"), &written);
    EXPECT_TRUE(en.contains(QStringLiteral("Asset ledger")));
    EXPECT_TRUE(en.contains(QStringLiteral("Information assets")));
    // Every asset number, first and last.
    EXPECT_TRUE(en.contains(QStringLiteral("00001")));
    EXPECT_TRUE(en.contains(QStringLiteral("00150")));
    EXPECT_GE(written.value(QStringLiteral("pages")).toInt(), 5);
    const Outcome info = mamori::test::runProgram(QStringLiteral("pdfinfo"),
                                                  {tempPath(QStringLiteral("assets-en.pdf"))});
    EXPECT_TRUE(info.out.contains(QStringLiteral("842 x 595 pts")))
        << "landscape A4: " << info.out.toStdString();
    const QString ja =
        report({QStringLiteral("assets"), QStringLiteral("--lang"), QStringLiteral("ja")},
               QStringLiteral("assets-ja.pdf"));
    EXPECT_TRUE(ja.contains(QStringLiteral("資産台帳")));
    EXPECT_TRUE(ja.contains(QStringLiteral("情報資産")));
}

TEST_F(ReportCliTest, IncidentReportPrintsMarkupAsTypedAndMarksExercises)
{
    const QString en = report({QStringLiteral("incident"), QStringLiteral("--id"),
                               QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en")},
                              QStringLiteral("incident-en.pdf"));
    EXPECT_TRUE(en.contains(QStringLiteral("<b>営業PC</b> 紛失 <img src=x.png>")))
        << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("<script>alert(1)</script> 警察に遺失届")));
    for (const char *expected :
         {"Summary", "Reporting clocks", "Checklist", "Timeline", "Decisions", "Close-out"})
        EXPECT_TRUE(en.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(en.contains(QStringLiteral("EXERCISE")));

    QJsonObject written;
    const QString exercise =
        report({QStringLiteral("incident"), QStringLiteral("--id"), QStringLiteral("2"),
                QStringLiteral("--lang"), QStringLiteral("ja")},
               QStringLiteral("exercise-ja.pdf"), &written);
    const QStringList pages =
        pdfText(tempPath(QStringLiteral("exercise-ja.pdf"))).split(u'\f', Qt::SkipEmptyParts);
    EXPECT_EQ(pages.size(), written.value(QStringLiteral("pages")).toInt());
    for (const QString &page : pages)
        EXPECT_TRUE(page.contains(QStringLiteral("訓練"))) << "the exercise mark on every page";
    EXPECT_TRUE(exercise.contains(QStringLiteral("実際のインシデントではありません")));
}

TEST_F(ReportCliTest, ContactsSheetStaysOnePage)
{
    QJsonObject written;
    report({QStringLiteral("contacts"), QStringLiteral("--lang"), QStringLiteral("ja")},
           QStringLiteral("contacts.pdf"), &written);
    EXPECT_EQ(written.value(QStringLiteral("pages")).toInt(), 1);
}

TEST_F(ReportCliTest, SameDataSameFingerprintAndAChangedRecordAnother)
{
    const QStringList evidence{QStringLiteral("evidence"), QStringLiteral("--lang"),
                               QStringLiteral("en")};
    QJsonObject first;
    QJsonObject second;
    report(evidence, QStringLiteral("one.pdf"), &first);
    report(evidence, QStringLiteral("two.pdf"), &second);
    const QString fingerprint = first.value(QStringLiteral("fingerprint")).toString();
    EXPECT_EQ(fingerprint.size(), 64);
    EXPECT_EQ(fingerprint, second.value(QStringLiteral("fingerprint")).toString());

    QJsonObject verified =
        json({QStringLiteral("report"), QStringLiteral("verify"), fingerprint.left(16)});
    EXPECT_TRUE(verified.value(QStringLiteral("same_content")).toBool());
    EXPECT_EQ(verified.value(QStringLiteral("type")).toString(), QStringLiteral("evidence"));

    // A new declaration changes the content: today's data no longer gives the printed copy.
    run({QStringLiteral("action"), QStringLiteral("declare"), QStringLiteral("--level"),
         QStringLiteral("2"), QStringLiteral("--date"), QStringLiteral("2026-11-01"),
         QStringLiteral("--id"), QStringLiteral("SA-2026-1101")});
    verified = json({QStringLiteral("report"), QStringLiteral("verify"), fingerprint.left(16)});
    EXPECT_FALSE(verified.value(QStringLiteral("same_content")).toBool());
    QJsonObject third;
    report(evidence, QStringLiteral("three.pdf"), &third);
    EXPECT_NE(fingerprint, third.value(QStringLiteral("fingerprint")).toString());

    const QJsonArray issued = json({QStringLiteral("report"), QStringLiteral("list")})
                                  .value(QStringLiteral("reports"))
                                  .toArray();
    ASSERT_EQ(issued.size(), 3);
    const QJsonObject newest = issued.at(0).toObject();
    EXPECT_EQ(newest.value(QStringLiteral("type")).toString(), QStringLiteral("evidence"));
    EXPECT_GT(newest.value(QStringLiteral("pages")).toInt(), 0);
    EXPECT_FALSE(newest.value(QStringLiteral("issued_by")).toString().isEmpty());
    EXPECT_EQ(newest.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("lang")),
              QStringLiteral("en"));
}

TEST_F(ReportCliTest, BadRequestsExitTwoAndWriteNothing)
{
    const QString file = tempPath(QStringLiteral("nothing.pdf"));
    Outcome outcome =
        cli({QStringLiteral("report"), QStringLiteral("incident"), QStringLiteral("--id"),
             QStringLiteral("99"), QStringLiteral("--out"), file});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("99"))) << outcome.err.toStdString();
    EXPECT_FALSE(QFile::exists(file));

    outcome = cli({QStringLiteral("report"), QStringLiteral("management"), QStringLiteral("--from"),
                   QStringLiteral("2026-06-01"), QStringLiteral("--to"),
                   QStringLiteral("2026-05-01"), QStringLiteral("--out"), file});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("empty"))) << outcome.err.toStdString();
    EXPECT_FALSE(QFile::exists(file));

    // An output that cannot be written (a folder's name; root can write anywhere else): no
    // file and no temporary file left behind.
    const QString folder = tempPath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/taken.pdf")));
    outcome = cli({QStringLiteral("report"), QStringLiteral("evidence"), QStringLiteral("--out"),
                   folder + QStringLiteral("/taken.pdf")});
    EXPECT_EQ(outcome.exitCode, 2) << outcome.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("taken.pdf")});

    outcome = cli({QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("zz")});
    EXPECT_EQ(outcome.exitCode, 2);
    outcome = cli(
        {QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("0123456789abcdef")});
    EXPECT_EQ(outcome.exitCode, 2);
    const QJsonArray issued = json({QStringLiteral("report"), QStringLiteral("list")})
                                  .value(QStringLiteral("reports"))
                                  .toArray();
    EXPECT_TRUE(issued.isEmpty()) << "failed reports are not recorded";
}
