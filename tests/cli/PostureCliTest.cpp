#include "TestEnvironment.h"

#include "posture/PostureScore.h"
#include "storage/PostureRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace mamori;

namespace {

using Outcome = mamori::test::ProgramRun;

const QString noon = QStringLiteral("2026-04-01T12:00:00+09:00");

QStringList keys(const QJsonObject &object)
{
    QStringList names = object.keys();
    names.sort();
    return names;
}

} // namespace

class PostureCliTest : public mamori::test::TempDirTest
{
protected:
    QString db() const { return tempPath(QStringLiteral("p.sqlite")); }

    Outcome cli(const QStringList &arguments, const QString &now = noon)
    {
        return test::runProgram(QStringLiteral(MAMORI_CLI_PATH),
                                QStringList{QStringLiteral("--db"), db()} + arguments,
                                QStringLiteral("C.UTF-8"),
                                {{QStringLiteral("MAMORI_CLOCK"), now},
                                 {QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo")}});
    }

    QJsonDocument json(const QStringList &arguments, const QString &now = noon)
    {
        const Outcome run = cli(QStringList{QStringLiteral("--json")} + arguments, now);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8());
    }

    int snapshotRows()
    {
        auto database = Database::open(db());
        if (!database)
            return -1;
        auto rows = PostureRepository(**database).history({}, {});
        return rows ? int(rows->size()) : -1;
    }
};

TEST_F(PostureCliTest, SnapshotIsTakenOncePerDayAndByAnyVerb)
{
    const QJsonObject first =
        json({QStringLiteral("posture"), QStringLiteral("snapshot")}).object();
    EXPECT_EQ(keys(first), (QStringList{QStringLiteral("date"), QStringLiteral("score"),
                                        QStringLiteral("taken")}));
    EXPECT_EQ(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-01"));
    EXPECT_TRUE(first.value(QStringLiteral("taken")).toBool());
    // An empty database records nothing: no score rather than 0 or 100.
    EXPECT_TRUE(first.value(QStringLiteral("score")).isNull());
    const QJsonObject second =
        json({QStringLiteral("posture"), QStringLiteral("snapshot")}).object();
    EXPECT_FALSE(second.value(QStringLiteral("taken")).toBool());
    EXPECT_EQ(snapshotRows(), 1);

    // The first open of the next local day takes it, whatever the verb.
    ASSERT_EQ(cli({QStringLiteral("assets"), QStringLiteral("list")},
                  QStringLiteral("2026-04-02T08:00:00+09:00"))
                  .exitCode,
              0);
    EXPECT_EQ(snapshotRows(), 2);
    const QJsonObject third = json({QStringLiteral("posture"), QStringLiteral("snapshot")},
                                   QStringLiteral("2026-04-02T08:30:00+09:00"))
                                  .object();
    EXPECT_FALSE(third.value(QStringLiteral("taken")).toBool());
    // 08:30 in Tokyo is still 2026-04-01 in UTC, but the day is the local one.
    EXPECT_EQ(third.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-02"));
}

TEST_F(PostureCliTest, TwoProcessesAtOnceLeaveOneSnapshot)
{
    ASSERT_EQ(cli({QStringLiteral("db"), QStringLiteral("init")}).exitCode, 0);
    for (int round = 0; round < 4; ++round) {
        const QString now = QStringLiteral("2026-04-%1T10:00:00+09:00").arg(round + 10);
        QList<QProcess *> processes;
        for (int i = 0; i < 2; ++i) {
            auto *process = new QProcess;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("MAMORI_CLOCK"), now);
            environment.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo"));
            process->setProcessEnvironment(environment);
            process->start(QStringLiteral(MAMORI_CLI_PATH),
                           {QStringLiteral("--db"), db(), QStringLiteral("posture"),
                            QStringLiteral("snapshot")});
            processes << process;
        }
        int succeeded = 0;
        for (QProcess *process : processes) {
            ASSERT_TRUE(process->waitForFinished(30000));
            // The loser of the race may find the file locked (exit 3): never a second row.
            const int code = process->exitCode();
            EXPECT_TRUE(code == 0 || code == 3) << code;
            succeeded += code == 0 ? 1 : 0;
            delete process;
        }
        EXPECT_GE(succeeded, 1);
        EXPECT_EQ(snapshotRows(), round + 1);
    }
}

TEST_F(PostureCliTest, ShowHistoryAndExplainOnTheDemo)
{
    const QJsonObject demo =
        json({QStringLiteral("demo"), QStringLiteral("--assets"), QStringLiteral("60")}).object();
    // 2024-10-01 to 2026-03-31: every day before today.
    EXPECT_EQ(demo.value(QStringLiteral("posture_snapshots")).toInt(),
              QDate(2024, 10, 1).daysTo(QDate(2026, 4, 1)));

    const QJsonObject show = json({QStringLiteral("posture"), QStringLiteral("show")}).object();
    EXPECT_EQ(keys(show),
              (QStringList{QStringLiteral("actions"), QStringLiteral("change_30_days"),
                           QStringLiteral("change_365_days"), QStringLiteral("components"),
                           QStringLiteral("date"), QStringLiteral("facts"),
                           QStringLiteral("pulling_down"), QStringLiteral("recorded_weight"),
                           QStringLiteral("score")}));
    const int score = show.value(QStringLiteral("score")).toInt(-1);
    EXPECT_GE(score, 0);
    EXPECT_LE(score, 100);
    EXPECT_TRUE(show.value(QStringLiteral("change_30_days")).isDouble());
    EXPECT_TRUE(show.value(QStringLiteral("change_365_days")).isDouble());
    const QJsonArray components = show.value(QStringLiteral("components")).toArray();
    ASSERT_EQ(components.size(), 5);
    int weights = 0;
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        weights += component.value(QStringLiteral("weight")).toInt();
        EXPECT_TRUE(component.value(QStringLiteral("recorded")).toBool());
        EXPECT_FALSE(component.value(QStringLiteral("parts")).toArray().isEmpty());
    }
    EXPECT_EQ(weights, 100);
    const QJsonArray actions = show.value(QStringLiteral("actions")).toArray();
    ASSERT_FALSE(actions.isEmpty());
    EXPECT_LE(actions.size(), 10);
    const QJsonObject top = actions.first().toObject();
    EXPECT_EQ(keys(top),
              (QStringList{QStringLiteral("count"), QStringLiteral("gain"), QStringLiteral("kind"),
                           QStringLiteral("label"), QStringLiteral("points"),
                           QStringLiteral("rank"), QStringLiteral("reference")}));
    EXPECT_EQ(top.value(QStringLiteral("rank")).toInt(), 1);
    EXPECT_FALSE(show.value(QStringLiteral("pulling_down")).toArray().isEmpty());

    // History: oldest first, today's snapshot last with the score show computed.
    const QJsonArray history = json({QStringLiteral("posture"), QStringLiteral("history")}).array();
    ASSERT_EQ(history.size(), QDate(2024, 10, 1).daysTo(QDate(2026, 4, 2)));
    const QJsonObject first = history.first().toObject();
    EXPECT_EQ(keys(first), (QStringList{QStringLiteral("backups"), QStringLiteral("date"),
                                        QStringLiteral("devices"), QStringLiteral("diagnosis"),
                                        QStringLiteral("incidents"), QStringLiteral("score"),
                                        QStringLiteral("security_action")}));
    EXPECT_EQ(first.value(QStringLiteral("date")).toString(), QStringLiteral("2024-10-01"));
    EXPECT_TRUE(first.value(QStringLiteral("backups")).isNull()); // no plan yet then
    const QJsonObject last = history.last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-01"));
    EXPECT_EQ(last.value(QStringLiteral("score")).toInt(), score);
    for (int i = 1; i < history.size(); ++i)
        EXPECT_LT(history.at(i - 1).toObject().value(QStringLiteral("date")).toString(),
                  history.at(i).toObject().value(QStringLiteral("date")).toString());

    const QJsonArray march =
        json({QStringLiteral("posture"), QStringLiteral("history"), QStringLiteral("--from"),
              QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31")})
            .array();
    ASSERT_EQ(march.size(), 31);
    EXPECT_EQ(march.first().toObject().value(QStringLiteral("date")).toString(),
              QStringLiteral("2026-03-01"));

    const QJsonObject explain =
        json({QStringLiteral("posture"), QStringLiteral("explain"), QStringLiteral("--from"),
              QStringLiteral("2024-10-01"), QStringLiteral("--to"), QStringLiteral("2026-04-01")})
            .object();
    EXPECT_EQ(keys(explain), (QStringList{QStringLiteral("activity"), QStringLiteral("change"),
                                          QStringLiteral("changes"), QStringLiteral("from"),
                                          QStringLiteral("score_after"),
                                          QStringLiteral("score_before"), QStringLiteral("to")}));
    const QJsonArray changes = explain.value(QStringLiteral("changes")).toArray();
    ASSERT_FALSE(changes.isEmpty());
    double sum = 0;
    for (const QJsonValue &change : changes)
        sum += change.toObject().value(QStringLiteral("points")).toDouble();
    EXPECT_NEAR(sum, explain.value(QStringLiteral("change")).toDouble(), 0.1 * changes.size());
    EXPECT_EQ(
        keys(changes.first().toObject()),
        (QStringList{QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("component"),
                     QStringLiteral("label"), QStringLiteral("part"), QStringLiteral("points")}));
    // The audit log saw the demo's records being made between the two days.
    EXPECT_FALSE(explain.value(QStringLiteral("activity")).toArray().isEmpty());

    const Outcome text = cli({QStringLiteral("posture"), QStringLiteral("show")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Top actions:"))) << text.out.toStdString();
}

TEST_F(PostureCliTest, BadDatesAndMissingSnapshotsAreReported)
{
    EXPECT_EQ(cli({QStringLiteral("posture"), QStringLiteral("explain"), QStringLiteral("--from"),
                   QStringLiteral("2026-03-01")})
                  .exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("posture"), QStringLiteral("history"), QStringLiteral("--from"),
                   QStringLiteral("2026/03/01")})
                  .exitCode,
              1);
    EXPECT_EQ(
        cli({QStringLiteral("posture"), QStringLiteral("history"), QStringLiteral("--from"),
             QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-01")})
            .exitCode,
        1);
    const Outcome none =
        cli({QStringLiteral("posture"), QStringLiteral("explain"), QStringLiteral("--from"),
             QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2026-04-01")});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("2025-01-01"))) << none.err.toStdString();
    // An empty history is an empty array.
    EXPECT_EQ(json({QStringLiteral("posture"), QStringLiteral("history"), QStringLiteral("--to"),
                    QStringLiteral("2025-01-01")})
                  .array()
                  .size(),
              0);
}

TEST_F(PostureCliTest, ManagementSummaryPrintsTheStoredScoreAndItsTrend)
{
    json({QStringLiteral("demo"), QStringLiteral("--assets"), QStringLiteral("60")});
    const QJsonObject shown = json({QStringLiteral("posture"), QStringLiteral("show")}).object();
    const int score = shown.value(QStringLiteral("score")).toInt(-1);
    ASSERT_GE(score, 0);
    const QString pdf = tempPath(QStringLiteral("summary.pdf"));
    const Outcome written =
        cli({QStringLiteral("report"), QStringLiteral("management"), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const Outcome text = test::runProgram(QStringLiteral("pdftotext"),
                                          {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Security posture (of 100)")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Security posture over time")))
        << "the trend chart of the stored snapshots";
    EXPECT_TRUE(text.out.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(score))))
        << "the same score as posture show: " << score;
}

// The day's snapshot stands for the records only until something is recorded after it: a
// self-diagnosis done after the first open of the day shows in that day's summary.
TEST_F(PostureCliTest, ManagementSummaryCountsWhatWasRecordedAfterTheDaysSnapshot)
{
    json({QStringLiteral("demo"), QStringLiteral("--assets"), QStringLiteral("60")});
    const int snapshots = snapshotRows();
    const int before = json({QStringLiteral("posture"), QStringLiteral("show")})
                           .object()
                           .value(QStringLiteral("score"))
                           .toInt(-1);
    QString answers = QStringLiteral("{");
    for (int item = 1; item <= 25; ++item)
        answers += QStringLiteral("\"%1\": 4%2")
                       .arg(item)
                       .arg(item < 25 ? QStringLiteral(", ") : QString());
    answers += u'}';
    test::writeAll(tempPath(QStringLiteral("answers.json")), answers.toUtf8());
    json({QStringLiteral("diagnosis"), QStringLiteral("import"),
          tempPath(QStringLiteral("answers.json")), QStringLiteral("--date"),
          QStringLiteral("2026-04-01")});
    const QJsonObject shown = json({QStringLiteral("posture"), QStringLiteral("show")}).object();
    const int after = shown.value(QStringLiteral("score")).toInt(-1);
    ASSERT_GT(after, before) << "a perfect self-diagnosis raises the score";
    EXPECT_EQ(snapshotRows(), snapshots) << "the day keeps its first snapshot";

    const QString pdf = tempPath(QStringLiteral("summary.pdf"));
    ASSERT_EQ(cli({QStringLiteral("report"), QStringLiteral("management"), QStringLiteral("--lang"),
                   QStringLiteral("en"), QStringLiteral("--out"), pdf})
                  .exitCode,
              0);
    const QString text = test::pdfText(pdf);
    // The key figures print their values on the line above their labels, the score first.
    const QRegularExpression firstFigure(QStringLiteral("^\\s*(\\d+)\\s+★"),
                                         QRegularExpression::MultilineOption);
    EXPECT_EQ(firstFigure.match(text).captured(1), QString::number(after))
        << "today's score as posture show gives it\n"
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Do the self-diagnosis")));
}
