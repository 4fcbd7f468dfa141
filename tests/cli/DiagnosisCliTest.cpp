#include "TestEnvironment.h"

#include "action/SelfDiagnosis.h"
#include "storage/Database.h"
#include "storage/DiagnosisRepository.h"
#include "storage/detail/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace mamori;

namespace {

using Outcome = mamori::test::ProgramRun;

Outcome runCli(const QStringList &arguments)
{
    return mamori::test::runProgram(QStringLiteral(MAMORI_CLI_PATH), arguments);
}

diagnosis::Answers sampleAnswers()
{
    diagnosis::Answers answers;
    for (int item = 1; item <= diagnosis::itemCount; ++item)
        answers.insert(item, item % 5 == 0 ? diagnosis::dontKnow : diagnosis::done);
    return answers; // 20 × 4 − 5 = 75
}

} // namespace

class DiagnosisCliTest : public mamori::test::TempDirTest
{
protected:
    QStringList db() const
    {
        return {QStringLiteral("--db"), tempPath(QStringLiteral("d.sqlite"))};
    }
};

TEST_F(DiagnosisCliTest, ImportThenExportGivesTheSameAnswers)
{
    const QString in = tempPath(QStringLiteral("in.json"));
    mamori::test::writeAll(in, diagnosis::answersToJson(sampleAnswers()));
    const Outcome imported =
        runCli(db() + QStringList{QStringLiteral("--json"), QStringLiteral("diagnosis"),
                                  QStringLiteral("import"), in, QStringLiteral("--date"),
                                  QStringLiteral("2026-04-01")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("score")).toInt(), 75);
    EXPECT_EQ(summary.value(QStringLiteral("band")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-01"));

    const QString out = tempPath(QStringLiteral("out.json"));
    const Outcome exported =
        runCli(db() + QStringList{QStringLiteral("diagnosis"), QStringLiteral("export"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(*diagnosis::answersFromJson(mamori::test::readAll(out)), sampleAnswers());
}

TEST_F(DiagnosisCliTest, AnyOtherValueOrItemExitsTwoAndWritesNothing)
{
    QByteArray bad = diagnosis::answersToJson(sampleAnswers());
    bad.replace("\"2\": 4", "\"2\": 1");
    const QString in = tempPath(QStringLiteral("bad.json"));
    mamori::test::writeAll(in, bad);
    const Outcome imported =
        runCli(db() + QStringList{QStringLiteral("diagnosis"), QStringLiteral("import"), in});
    EXPECT_EQ(imported.exitCode, 2);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("item 2"))) << imported.err.toStdString();
    const Outcome exported =
        runCli(db() + QStringList{QStringLiteral("diagnosis"), QStringLiteral("export"),
                                  tempPath(QStringLiteral("out.json"))});
    EXPECT_EQ(exported.exitCode, 2); // nothing was stored
}

TEST_F(DiagnosisCliTest, CompletedSessionsAreReadOnly)
{
    auto database = Database::open(tempPath(QStringLiteral("ro.sqlite")));
    ASSERT_TRUE(database);
    DiagnosisSession session;
    session.answeredOn = QDate(2026, 4, 1);
    session.answers = sampleAnswers();
    auto id = DiagnosisRepository(**database).addCompleted(session);
    ASSERT_TRUE(mamori::test::isOk(id));
    const Status changed = sql::execStatement(
        (*database)->connection(), QStringLiteral("UPDATE diagnosis_answer SET answer = 4"),
        QStringLiteral("test"));
    ASSERT_FALSE(changed);
    EXPECT_TRUE(changed.error().detail.contains(QStringLiteral("read-only")));
    session.answers.remove(3);
    EXPECT_FALSE(DiagnosisRepository(**database).addCompleted(session));
}

TEST_F(DiagnosisCliTest, DateMustBeWrittenAsIso)
{
    const QString in = tempPath(QStringLiteral("in.json"));
    mamori::test::writeAll(in, diagnosis::answersToJson(sampleAnswers()));
    for (const QString &date :
         {QStringLiteral("2026/04/01"), QStringLiteral("2026-02-30"), QStringLiteral("April 1")}) {
        const Outcome imported =
            runCli(db() + QStringList{QStringLiteral("diagnosis"), QStringLiteral("import"), in,
                                      QStringLiteral("--date"), date});
        EXPECT_EQ(imported.exitCode, 1) << date.toStdString(); // usage error
        EXPECT_TRUE(imported.err.contains(QStringLiteral("--date"))) << imported.err.toStdString();
    }
    const Outcome exported =
        runCli(db() + QStringList{QStringLiteral("diagnosis"), QStringLiteral("export"),
                                  tempPath(QStringLiteral("out.json"))});
    EXPECT_EQ(exported.exitCode, 2); // nothing was stored
}

// MAMORI_CLOCK fixes the time a whole program sees; "today" is that instant's local day, so
// 08:30 in Tokyo on 1 April is still 31 March in UTC.
TEST_F(DiagnosisCliTest, TheClockVariableSetsTodayInTheLocalTimeZone)
{
    const QString in = tempPath(QStringLiteral("in.json"));
    mamori::test::writeAll(in, diagnosis::answersToJson(sampleAnswers()));
    const auto importedOn = [&](const QString &zone) {
        const Outcome run = mamori::test::runProgram(
            QStringLiteral(MAMORI_CLI_PATH),
            db() + QStringList{QStringLiteral("--json"), QStringLiteral("diagnosis"),
                               QStringLiteral("import"), in},
            QStringLiteral("C.UTF-8"),
            {{QStringLiteral("MAMORI_CLOCK"), QStringLiteral("2026-04-01T08:30:00+09:00")},
             {QStringLiteral("TZ"), zone}});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8())
            .object()
            .value(QStringLiteral("date"))
            .toString();
    };
    EXPECT_EQ(importedOn(QStringLiteral("Asia/Tokyo")), QStringLiteral("2026-04-01"));
    EXPECT_EQ(importedOn(QStringLiteral("UTC")), QStringLiteral("2026-03-31"));
}

// A value that is not a time is reported and the system clock is used, not a null date.
TEST_F(DiagnosisCliTest, AnUnreadableClockVariableFallsBackToTheSystemClock)
{
    const QString in = tempPath(QStringLiteral("in.json"));
    mamori::test::writeAll(in, diagnosis::answersToJson(sampleAnswers()));
    const Outcome run = mamori::test::runProgram(
        QStringLiteral(MAMORI_CLI_PATH),
        db() + QStringList{QStringLiteral("--json"), QStringLiteral("diagnosis"),
                           QStringLiteral("import"), in},
        QStringLiteral("C.UTF-8"), {{QStringLiteral("MAMORI_CLOCK"), QStringLiteral("soon")}});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("MAMORI_CLOCK"))) << run.err.toStdString();
    const QDate date = QDate::fromString(
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("date")).toString(),
        Qt::ISODate);
    EXPECT_LE(qAbs(date.daysTo(QDate::currentDate())), 1);
}
