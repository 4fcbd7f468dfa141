#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace mamori;

namespace {

using Outcome = mamori::test::ProgramRun;

QJsonObject byValue(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &entry : array) {
        if (entry.toObject().value(key).toString() == value)
            return entry.toObject();
    }
    return {};
}

} // namespace

class BackupCliTest : public mamori::test::TempDirTest
{
protected:
    // Runs mamori-cli on the test's database at the clock `now` (UTC unless an offset is given).
    Outcome cli(const QStringList &arguments,
                const QString &now = QStringLiteral("2026-04-01T09:00:00Z"))
    {
        return test::runProgram(
            QStringLiteral(MAMORI_CLI_PATH),
            QStringList{QStringLiteral("--db"), tempPath(QStringLiteral("b.sqlite"))} + arguments,
            QStringLiteral("C.UTF-8"), {{QStringLiteral("MAMORI_CLOCK"), now}});
    }

    QJsonObject json(const QStringList &arguments, const QString &now, int exitCode = 0)
    {
        const Outcome run = cli(QStringList{QStringLiteral("--json")} + arguments, now);
        EXPECT_EQ(run.exitCode, exitCode) << run.err.toStdString() << run.out.toStdString();
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        EXPECT_TRUE(document.isObject()) << run.out.toStdString();
        return document.object();
    }

    void addNasPlan()
    {
        const Outcome added =
            cli({QStringLiteral("backup"), QStringLiteral("plan"), QStringLiteral("add"),
                 QStringLiteral("--name"), QStringLiteral("NAS nightly"),
                 QStringLiteral("--frequency"), QStringLiteral("daily"), QStringLiteral("--at"),
                 QStringLiteral("02:00"), QStringLiteral("--method"), QStringLiteral("nas_copy"),
                 QStringLiteral("--destination"), QStringLiteral("事務所のNAS")});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    QJsonObject firstPlan(const QString &now)
    {
        const QJsonArray plans = json({QStringLiteral("backup"), QStringLiteral("plans")}, now)
                                     .value(QStringLiteral("plans"))
                                     .toArray();
        EXPECT_EQ(plans.size(), 1);
        return plans.isEmpty() ? QJsonObject() : plans.first().toObject();
    }

    int due(const QString &now)
    {
        return cli({QStringLiteral("backup"), QStringLiteral("due")}, now).exitCode;
    }

    Outcome record(const QString &result, const QString &at, const QString &now)
    {
        return cli({QStringLiteral("backup"), QStringLiteral("record"), QStringLiteral("--plan"),
                    QStringLiteral("NAS nightly"), QStringLiteral("--result"), result,
                    QStringLiteral("--at"), at},
                   now);
    }
};

TEST_F(BackupCliTest, APlanGoesLateWhenARunIsMissedAndARecordedRunClearsIt)
{
    addNasPlan();
    QJsonObject plan = firstPlan(QStringLiteral("2026-04-01T09:00:00Z"));
    EXPECT_EQ(plan.value(QStringLiteral("name")).toString(), QStringLiteral("NAS nightly"));
    EXPECT_EQ(plan.value(QStringLiteral("frequency")).toString(), QStringLiteral("daily"));
    EXPECT_EQ(plan.value(QStringLiteral("method")).toString(), QStringLiteral("nas_copy"));
    EXPECT_EQ(plan.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(plan.value(QStringLiteral("next_due")).toString(),
              QStringLiteral("2026-04-02T02:00:00Z"));
    EXPECT_TRUE(plan.value(QStringLiteral("last_run")).isNull());
    EXPECT_EQ(due(QStringLiteral("2026-04-01T09:00:00Z")), 0);
    // Within the grace period (24 hours) it is due, not late: nothing to alert about.
    EXPECT_EQ(due(QStringLiteral("2026-04-02T09:00:00Z")), 0);
    EXPECT_EQ(firstPlan(QStringLiteral("2026-04-02T09:00:00Z")).value(QStringLiteral("state")),
              QStringLiteral("due"));
    // Missed: late, and `backup due` exits 4 with the plan.
    const QString later = QStringLiteral("2026-04-03T03:00:00Z");
    const QJsonObject late = json({QStringLiteral("backup"), QStringLiteral("due")}, later, 4);
    EXPECT_TRUE(late.value(QStringLiteral("attention")).toBool());
    EXPECT_EQ(late.value(QStringLiteral("plans"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("state")),
              QStringLiteral("late"));

    const Outcome recorded =
        record(QStringLiteral("ok"), QStringLiteral("2026-04-03T02:10:00Z"), later);
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    EXPECT_EQ(due(later), 0);
    plan = firstPlan(later);
    EXPECT_EQ(plan.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(plan.value(QStringLiteral("next_due")).toString(),
              QStringLiteral("2026-04-04T02:00:00Z"));
    EXPECT_EQ(plan.value(QStringLiteral("last_run")).toObject().value(QStringLiteral("result")),
              QStringLiteral("ok"));
}

TEST_F(BackupCliTest, AFailureStaysUntilALaterSuccess)
{
    addNasPlan();
    const QString now = QStringLiteral("2026-04-05T12:00:00Z");
    ASSERT_EQ(record(QStringLiteral("ok"), QStringLiteral("2026-04-05T02:00:00Z"), now).exitCode,
              0);
    ASSERT_EQ(
        record(QStringLiteral("failed"), QStringLiteral("2026-04-05T11:00:00Z"), now).exitCode, 0);
    EXPECT_EQ(due(now), 4);
    EXPECT_EQ(firstPlan(now).value(QStringLiteral("state")), QStringLiteral("failed"));
    // An older success recorded afterwards does not hide the failure.
    ASSERT_EQ(
        record(QStringLiteral("ok"), QStringLiteral("2026-04-05T10:00:00+00:00"), now).exitCode, 0);
    EXPECT_EQ(firstPlan(now).value(QStringLiteral("state")), QStringLiteral("failed"));
    ASSERT_EQ(
        record(QStringLiteral("partial"), QStringLiteral("2026-04-05T11:30:00Z"), now).exitCode, 0);
    EXPECT_EQ(firstPlan(now).value(QStringLiteral("state")), QStringLiteral("partial"));
    ASSERT_EQ(record(QStringLiteral("ok"), QStringLiteral("2026-04-05T11:45:00Z"), now).exitCode,
              0);
    EXPECT_EQ(firstPlan(now).value(QStringLiteral("state")), QStringLiteral("ok"));
    EXPECT_EQ(due(now), 0);
}

TEST_F(BackupCliTest, AnUnknownPlanExitsTwoAndWritesNothing)
{
    addNasPlan();
    const Outcome unknown =
        cli({QStringLiteral("backup"), QStringLiteral("record"), QStringLiteral("--plan"),
             QStringLiteral("Tape"), QStringLiteral("--result"), QStringLiteral("ok")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Tape"))) << unknown.err.toStdString();
    EXPECT_TRUE(firstPlan(QStringLiteral("2026-04-01T09:00:00Z"))
                    .value(QStringLiteral("last_run"))
                    .isNull());
    EXPECT_EQ(
        cli({QStringLiteral("backup"), QStringLiteral("restore-test"), QStringLiteral("--plan"),
             QStringLiteral("99"), QStringLiteral("--result"), QStringLiteral("ok")})
            .exitCode,
        2);
    // Usage errors exit 1.
    EXPECT_EQ(
        cli({QStringLiteral("backup"), QStringLiteral("record"), QStringLiteral("--plan"),
             QStringLiteral("NAS nightly"), QStringLiteral("--result"), QStringLiteral("fine")})
            .exitCode,
        1);
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("record"), QStringLiteral("--plan"),
                   QStringLiteral("NAS nightly"), QStringLiteral("--result"), QStringLiteral("ok"),
                   QStringLiteral("--at"), QStringLiteral("yesterday")})
                  .exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("plan"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("W"), QStringLiteral("--frequency"),
                   QStringLiteral("weekly")})
                  .exitCode,
              1);
    // A second plan of the same name is invalid input.
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("plan"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("NAS nightly"),
                   QStringLiteral("--frequency"), QStringLiteral("daily")})
                  .exitCode,
              2);
}

TEST_F(BackupCliTest, EvidenceIsHashedAndRestoreTestsAreRecorded)
{
    addNasPlan();
    const QString log = tempPath(QStringLiteral("robocopy.log"));
    const QByteArray bytes("Total Copied Skipped\r\nFiles: 120 120 0\r\n");
    test::writeAll(log, bytes);
    const QJsonObject run =
        json({QStringLiteral("backup"), QStringLiteral("record"), QStringLiteral("--plan"),
              QStringLiteral("1"), QStringLiteral("--result"), QStringLiteral("ok"),
              QStringLiteral("--size"), QStringLiteral("123456"), QStringLiteral("--note"),
              QStringLiteral("夜間, 自動"), QStringLiteral("--evidence"), log},
             QStringLiteral("2026-04-02T02:30:00Z"));
    EXPECT_EQ(
        run.value(QStringLiteral("evidence_sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(run.value(QStringLiteral("size_bytes")).toInteger(), 123456);
    EXPECT_EQ(run.value(QStringLiteral("started_at")).toString(),
              QStringLiteral("2026-04-02T02:30:00Z"));
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("record"), QStringLiteral("--plan"),
                   QStringLiteral("1"), QStringLiteral("--result"), QStringLiteral("ok"),
                   QStringLiteral("--evidence"), tempPath(QStringLiteral("missing.log"))})
                  .exitCode,
              2);

    // 181 days later the restore test is due; a failed test keeps it on the list.
    const QString autumn = QStringLiteral("2026-09-30T09:00:00Z");
    ASSERT_EQ(record(QStringLiteral("ok"), QStringLiteral("2026-09-30T02:00:00Z"), autumn).exitCode,
              0);
    EXPECT_EQ(firstPlan(autumn).value(QStringLiteral("restore_state")), QStringLiteral("due"));
    EXPECT_EQ(due(autumn), 4);
    const QJsonObject test =
        json({QStringLiteral("backup"), QStringLiteral("restore-test"), QStringLiteral("--plan"),
              QStringLiteral("NAS nightly"), QStringLiteral("--result"), QStringLiteral("failed"),
              QStringLiteral("--minutes"), QStringLiteral("25")},
             autumn);
    EXPECT_EQ(test.value(QStringLiteral("minutes")).toInt(), 25);
    EXPECT_EQ(firstPlan(autumn).value(QStringLiteral("restore_state")), QStringLiteral("failed"));
    ASSERT_EQ(
        cli({QStringLiteral("backup"), QStringLiteral("restore-test"), QStringLiteral("--plan"),
             QStringLiteral("NAS nightly"), QStringLiteral("--result"), QStringLiteral("ok")},
            autumn)
            .exitCode,
        0);
    EXPECT_EQ(firstPlan(autumn).value(QStringLiteral("restore_state")), QStringLiteral("ok"));
    EXPECT_EQ(due(autumn), 0);
}

TEST_F(BackupCliTest, SchedulesAndProtectedItemsFromTheInventory)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--assets"), QStringLiteral("40"),
                   QStringLiteral("--no-history")})
                  .exitCode,
              0);
    const Outcome added = cli(
        {QStringLiteral("backup"), QStringLiteral("plan"), QStringLiteral("add"),
         QStringLiteral("--name"), QStringLiteral("Weekly disk"), QStringLiteral("--frequency"),
         QStringLiteral("weekly"), QStringLiteral("--days"), QStringLiteral("mon,thu"),
         QStringLiteral("--at"), QStringLiteral("21:00"), QStringLiteral("--method"),
         QStringLiteral("external_disk"), QStringLiteral("--offline"), QStringLiteral("--offsite"),
         QStringLiteral("--protects"), QStringLiteral("顧客名簿"), QStringLiteral("mamori")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonObject plan = firstPlan(QStringLiteral("2026-04-01T09:00:00Z"));
    EXPECT_EQ(plan.value(QStringLiteral("days")).toString(), QStringLiteral("mon,thu"));
    EXPECT_TRUE(plan.value(QStringLiteral("offline")).toBool());
    // 2026-04-02 is a Thursday.
    EXPECT_EQ(plan.value(QStringLiteral("next_due")).toString(),
              QStringLiteral("2026-04-02T21:00:00Z"));
    const QJsonArray protects = plan.value(QStringLiteral("protects")).toArray();
    ASSERT_EQ(protects.size(), 2);
    EXPECT_EQ(byValue(protects, QStringLiteral("kind"), QStringLiteral("information_asset"))
                  .value(QStringLiteral("label")),
              QStringLiteral("顧客名簿"));
    EXPECT_FALSE(
        byValue(protects, QStringLiteral("kind"), QStringLiteral("mamori_database")).isEmpty());
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("plan"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--frequency"),
                   QStringLiteral("daily"), QStringLiteral("--protects"),
                   QStringLiteral("NO-SUCH-ASSET")})
                  .exitCode,
              2);

    // 3-2-1: before any run only the original; afterwards two copies, still below 3-2-1.
    QJsonArray assets = json({QStringLiteral("backup"), QStringLiteral("check")},
                             QStringLiteral("2026-04-01T09:00:00Z"))
                            .value(QStringLiteral("assets"))
                            .toArray();
    QJsonObject customers = byValue(assets, QStringLiteral("name"), QStringLiteral("顧客名簿"));
    EXPECT_EQ(customers.value(QStringLiteral("verdict")).toString(), QStringLiteral("fails"));
    EXPECT_EQ(customers.value(QStringLiteral("copies")).toInt(), 1);
    ASSERT_EQ(cli({QStringLiteral("backup"), QStringLiteral("record"), QStringLiteral("--plan"),
                   QStringLiteral("Weekly disk"), QStringLiteral("--result"), QStringLiteral("ok")})
                  .exitCode,
              0);
    assets = json({QStringLiteral("backup"), QStringLiteral("check")},
                  QStringLiteral("2026-04-01T09:00:00Z"))
                 .value(QStringLiteral("assets"))
                 .toArray();
    customers = byValue(assets, QStringLiteral("name"), QStringLiteral("顧客名簿"));
    EXPECT_EQ(customers.value(QStringLiteral("copies")).toInt(), 2);
    EXPECT_TRUE(customers.value(QStringLiteral("offsite")).toBool());
    EXPECT_EQ(customers.value(QStringLiteral("verdict")).toString(), QStringLiteral("fails"));
    // Other important information assets with no plan are flagged.
    bool flagged = false;
    for (const QJsonValue &asset : std::as_const(assets))
        flagged = flagged ||
                  asset.toObject().value(QStringLiteral("verdict")) == QStringLiteral("no_plan");
    EXPECT_TRUE(flagged);
}

TEST_F(BackupCliTest, RemindersSnoozeDoneAndTheCalendar)
{
    addNasPlan();
    const QString now = QStringLiteral("2026-04-03T09:00:00Z");
    QJsonArray reminders =
        json({QStringLiteral("reminders")}, now).value(QStringLiteral("reminders")).toArray();
    QJsonObject backup = byValue(reminders, QStringLiteral("key"), QStringLiteral("backup:1"));
    EXPECT_EQ(backup.value(QStringLiteral("state")).toString(), QStringLiteral("overdue"));
    EXPECT_EQ(backup.value(QStringLiteral("source")).toString(), QStringLiteral("backups"));
    EXPECT_EQ(backup.value(QStringLiteral("record")).toString(), QStringLiteral("backup_plan:1"));
    EXPECT_FALSE(
        byValue(reminders, QStringLiteral("key"), QStringLiteral("action:diagnosis")).isEmpty());
    EXPECT_FALSE(
        byValue(reminders, QStringLiteral("key"), QStringLiteral("restore_test:1")).isEmpty());

    ASSERT_EQ(
        cli({QStringLiteral("reminders"), QStringLiteral("snooze"), QStringLiteral("backup:1"),
             QStringLiteral("--until"), QStringLiteral("2026-04-04")},
            now)
            .exitCode,
        0);
    reminders =
        json({QStringLiteral("reminders")}, now).value(QStringLiteral("reminders")).toArray();
    backup = byValue(reminders, QStringLiteral("key"), QStringLiteral("backup:1"));
    EXPECT_EQ(backup.value(QStringLiteral("state")).toString(), QStringLiteral("snoozed"));
    EXPECT_EQ(backup.value(QStringLiteral("snoozed_until")).toString(),
              QStringLiteral("2026-04-04"));
    ASSERT_EQ(cli({QStringLiteral("reminders"), QStringLiteral("done"),
                   QStringLiteral("action:diagnosis")},
                  now)
                  .exitCode,
              0);
    reminders =
        json({QStringLiteral("reminders")}, now).value(QStringLiteral("reminders")).toArray();
    EXPECT_EQ(byValue(reminders, QStringLiteral("key"), QStringLiteral("action:diagnosis"))
                  .value(QStringLiteral("state")),
              QStringLiteral("done"));
    EXPECT_EQ(
        cli({QStringLiteral("reminders"), QStringLiteral("done"), QStringLiteral("nope")}, now)
            .exitCode,
        2);

    const QString ics = tempPath(QStringLiteral("mamori.ics"));
    ASSERT_EQ(cli({QStringLiteral("calendar"), QStringLiteral("export"), ics}, now).exitCode, 0);
    QProcess python;
    // Debian's Python, which has python3-icalendar (not one first on PATH).
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(MAMORI_TEST_SOURCE_DIR "/tests/support/read_ics.py"), ics});
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    EXPECT_EQ(read.value(QStringLiteral("problems")).toArray(), QJsonArray());
    const QJsonArray events = read.value(QStringLiteral("events")).toArray();
    const QJsonObject planEvent =
        byValue(events, QStringLiteral("uid"), QStringLiteral("backup-plan-1@mamori"));
    EXPECT_EQ(planEvent.value(QStringLiteral("rrule")).toString(), QStringLiteral("FREQ=DAILY"));
    EXPECT_FALSE(byValue(events, QStringLiteral("uid"), QStringLiteral("reminder-backup-1@mamori"))
                     .isEmpty());
    // Done reminders are left out of the calendar.
    EXPECT_TRUE(
        byValue(events, QStringLiteral("uid"), QStringLiteral("reminder-action-diagnosis@mamori"))
            .isEmpty());
    EXPECT_EQ(cli({QStringLiteral("calendar"), QStringLiteral("export"),
                   tempPath(QStringLiteral("no/such/folder/x.ics"))},
                  now)
                  .exitCode,
              2);
}
