#include "TestEnvironment.h"

#include "reminders/CalendarFile.h"
#include "reminders/ModuleReminders.h"
#include "reminders/ReminderService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace mamori;

namespace {

const QDate today(2026, 6, 15);

class FixedSource : public ReminderSource
{
public:
    FixedSource(QString name, QList<Reminder> reminders)
        : m_name(std::move(name)), m_reminders(std::move(reminders))
    {}
    QString name() const override { return m_name; }
    Result<QList<Reminder>> reminders(const QDate &) override { return m_reminders; }

private:
    QString m_name;
    QList<Reminder> m_reminders;
};

class FailingSource : public ReminderSource
{
public:
    QString name() const override { return QStringLiteral("broken"); }
    Result<QList<Reminder>> reminders(const QDate &) override
    {
        return Error(ErrorKind::Query, QStringLiteral("cannot read"));
    }
};

Reminder reminder(const QString &key, const QDate &due, bool pastGrace = false)
{
    Reminder r;
    r.key = key;
    r.title = key;
    r.due = due;
    r.pastGrace = pastGrace;
    return r;
}

const Reminder *find(const QList<Reminder> &reminders, const QString &key)
{
    for (const Reminder &r : reminders) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST(ReminderService, CollectsEverySourceAndSettlesStates)
{
    ReminderService service;
    service.addSource(std::make_unique<FixedSource>(
        QStringLiteral("one"), QList<Reminder>{reminder(QStringLiteral("later"), today.addDays(9)),
                                               reminder(QStringLiteral("today"), today)}));
    service.addSource(std::make_unique<FixedSource>(
        QStringLiteral("two"),
        QList<Reminder>{reminder(QStringLiteral("past"), today.addDays(-3)),
                        reminder(QStringLiteral("late"), today.addDays(1), true),
                        reminder(QStringLiteral("snoozed"), today.addDays(-1)),
                        reminder(QStringLiteral("done"), today.addDays(-2))}));
    ReminderMarks marks;
    marks.insert(QStringLiteral("snoozed"), {QStringLiteral("snoozed"), today.addDays(2), {}});
    marks.insert(QStringLiteral("done"), {QStringLiteral("done"), {}, today.addDays(-2)});
    auto all = service.collect(today, marks);
    ASSERT_TRUE(test::isOk(all));
    ASSERT_EQ(all->size(), 6);
    EXPECT_EQ(find(*all, QStringLiteral("later"))->state, ReminderState::Upcoming);
    EXPECT_EQ(find(*all, QStringLiteral("today"))->state, ReminderState::Due);
    EXPECT_EQ(find(*all, QStringLiteral("past"))->state, ReminderState::Overdue);
    EXPECT_EQ(find(*all, QStringLiteral("late"))->state, ReminderState::Overdue);
    EXPECT_EQ(find(*all, QStringLiteral("snoozed"))->state, ReminderState::Snoozed);
    EXPECT_EQ(find(*all, QStringLiteral("snoozed"))->snoozedUntil, today.addDays(2));
    EXPECT_EQ(find(*all, QStringLiteral("done"))->state, ReminderState::Done);
    EXPECT_EQ(find(*all, QStringLiteral("past"))->source, QStringLiteral("two"));
    // Overdue first (oldest first), then due, upcoming, snoozed, done.
    QStringList order;
    for (const Reminder &r : *all)
        order << r.key;
    EXPECT_EQ(order, (QStringList{QStringLiteral("past"), QStringLiteral("late"),
                                  QStringLiteral("today"), QStringLiteral("later"),
                                  QStringLiteral("snoozed"), QStringLiteral("done")}));
    // A snooze ends; done is for one due date only.
    const ReminderMark &snooze = marks[QStringLiteral("snoozed")];
    EXPECT_EQ(ReminderService::stateOf(reminder(QStringLiteral("snoozed"), today.addDays(-1)),
                                       &snooze, today.addDays(3)),
              ReminderState::Overdue);
    const ReminderMark &done = marks[QStringLiteral("done")];
    EXPECT_EQ(
        ReminderService::stateOf(reminder(QStringLiteral("done"), today.addDays(5)), &done, today),
        ReminderState::Upcoming);

    service.addSource(std::make_unique<FailingSource>());
    auto failed = service.collect(today, marks);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, QStringLiteral("cannot read"));
}

TEST(ModuleReminders, InventoryDatesAreGroupedPerMonth)
{
    InventoryDates dates;
    dates.supportEnded = 4;
    dates.latestSupportEnded = QDate(2026, 5, 30);
    dates.supportEnds = {{QDate(2027, 3, 1), 12, QDate(2027, 3, 10)}};
    dates.warrantyEnds = {{QDate(2026, 7, 1), 1, QDate(2026, 7, 31)}};
    const QList<Reminder> reminders = ModuleReminders::inventory(dates);
    ASSERT_EQ(reminders.size(), 3);
    EXPECT_EQ(reminders[0].key, QStringLiteral("inventory:end_of_support:ended"));
    EXPECT_TRUE(reminders[0].pastGrace);
    EXPECT_EQ(reminders[1].key, QStringLiteral("inventory:end_of_support:2027-03"));
    EXPECT_EQ(reminders[1].due, QDate(2027, 3, 10));
    EXPECT_TRUE(reminders[1].title.contains(QStringLiteral("12")));
    EXPECT_TRUE(reminders[1].title.contains(QStringLiteral("March 2027")));
    EXPECT_EQ(reminders[2].key, QStringLiteral("inventory:warranty_end:2026-07"));
}

TEST(ModuleReminders, BackupsGiveTheNextRunAndTheRestoreTest)
{
    PlanOverview overview;
    overview.plan.id = 3;
    overview.plan.name = QStringLiteral("NAS");
    overview.plan.createdAt = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    const QTimeZone utc(QTimeZone::utc());
    overview.status = BackupRules::status(overview.plan, overview.history,
                                          QDateTime(QDate(2026, 6, 10), QTime(0, 0), Qt::UTC), utc);
    QList<Reminder> reminders = ModuleReminders::backups({overview}, utc);
    ASSERT_EQ(reminders.size(), 2);
    EXPECT_EQ(reminders[0].key, QStringLiteral("backup:3"));
    EXPECT_EQ(reminders[0].record, QStringLiteral("backup_plan:3"));
    EXPECT_TRUE(reminders[0].pastGrace); // never ran since 2 June
    EXPECT_EQ(reminders[0].title, QStringLiteral("Backup “NAS” is late"));
    EXPECT_EQ(reminders[1].key, QStringLiteral("restore_test:3"));
    EXPECT_EQ(reminders[1].due, QDate(2026, 11, 28));

    BackupRun failed;
    failed.startedAt = QDateTime(QDate(2026, 6, 9), QTime(2, 0), Qt::UTC);
    failed.result = RunResult::Failed;
    overview.history.latestRun = failed;
    overview.status = BackupRules::status(overview.plan, overview.history,
                                          QDateTime(QDate(2026, 6, 10), QTime(0, 0), Qt::UTC), utc);
    reminders = ModuleReminders::backups({overview}, utc);
    EXPECT_EQ(reminders[0].due, QDate(2026, 6, 9));
    EXPECT_EQ(reminders[0].title, QStringLiteral("Backup “NAS”: the last run failed"));
}

TEST(CalendarFile, EscapesAndFoldsWithoutSplittingCharacters)
{
    EXPECT_EQ(CalendarFile::escapeText(QStringLiteral("a,b;c\\d\ne")),
              QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    EXPECT_EQ(CalendarFile::escapeText(QStringLiteral("顧客名簿、NAS;\r\n次")),
              QStringLiteral("顧客名簿、NAS\\;\\n次"));
    const QByteArray line = (QStringLiteral("SUMMARY:") + QString(40, QChar(0x9867))).toUtf8();
    const QByteArray folded = CalendarFile::fold(line);
    const QList<QByteArray> parts = folded.split('\n');
    ASSERT_GE(parts.size(), 3);
    for (QByteArray part : parts) {
        if (part.isEmpty())
            continue;
        ASSERT_TRUE(part.endsWith('\r'));
        part.chop(1);
        EXPECT_LE(part.size(), 75);
        EXPECT_TRUE(QString::fromUtf8(part).toUtf8() == part); // whole characters only
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    unfolded.chop(2);
    EXPECT_EQ(unfolded, line);
    EXPECT_EQ(CalendarFile::fold("SHORT"), QByteArray("SHORT\r\n"));
}

TEST(CalendarFile, RecurrenceRules)
{
    BackupSchedule schedule;
    EXPECT_EQ(CalendarFile::recurrenceRule(schedule), QStringLiteral("FREQ=DAILY"));
    schedule.frequency = BackupFrequency::Weekly;
    schedule.weekdays = {1, 4};
    EXPECT_EQ(CalendarFile::recurrenceRule(schedule), QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH"));
    schedule.frequency = BackupFrequency::Monthly;
    schedule.monthDay = 0;
    EXPECT_EQ(CalendarFile::recurrenceRule(schedule), QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1"));
    schedule.monthDay = 31;
    EXPECT_EQ(CalendarFile::recurrenceRule(schedule),
              QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"));
    schedule.frequency = BackupFrequency::EveryNDays;
    schedule.everyDays = 3;
    EXPECT_EQ(CalendarFile::recurrenceRule(schedule), QStringLiteral("FREQ=DAILY;INTERVAL=3"));
}

class CalendarFileRead : public test::TempDirTest
{
protected:
    // The file as the icalendar library reads it.
    QJsonObject readBack(const QByteArray &ics)
    {
        const QString path = tempPath(QStringLiteral("reminders.ics"));
        test::writeAll(path, ics);
        QProcess python;
        // Debian's Python, which has python3-icalendar (not one first on PATH).
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(MAMORI_TEST_SOURCE_DIR "/tests/support/read_ics.py"), path});
        EXPECT_TRUE(python.waitForFinished(30000));
        EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }
};

TEST_F(CalendarFileRead, ARealICalendarLibraryReadsRecurrenceUidsAndText)
{
    BackupPlan weekly;
    weekly.id = 4;
    weekly.name = QStringLiteral(
        "顧客名簿, 見積; 請求\\事務所 「週次」バックアップ（事務所の外付けディスクへ）");
    weekly.destination = QStringLiteral("外付けディスク\n金庫に保管");
    weekly.schedule.frequency = BackupFrequency::Weekly;
    weekly.schedule.weekdays = {1, 4};
    weekly.schedule.at = QTime(21, 0);
    weekly.createdAt = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    BackupPlan monthlyPlan = weekly;
    monthlyPlan.id = 5;
    monthlyPlan.name = QStringLiteral("Month end");
    monthlyPlan.schedule.frequency = BackupFrequency::Monthly;
    monthlyPlan.schedule.monthDay = 0;

    Reminder due = reminder(QStringLiteral("action:diagnosis"), QDate(2026, 7, 1));
    due.title = QStringLiteral("自己診断をやり直す");
    due.detail = QStringLiteral("25項目, 年1回; 前回\\2025年");
    Reminder done = reminder(QStringLiteral("backup:9"), QDate(2026, 6, 1));
    done.state = ReminderState::Done;

    const QTimeZone berlin("Europe/Berlin");
    const QDateTime stamp(QDate(2026, 6, 15), QTime(1, 2, 3), Qt::UTC);
    const QByteArray ics = CalendarFile::write({due, done}, {weekly, monthlyPlan}, stamp, berlin);
    EXPECT_TRUE(ics.contains("DTSTAMP:20260615T010203Z\r\n"));

    const QJsonObject read = readBack(ics);
    EXPECT_EQ(read.value(QStringLiteral("problems")).toArray(), QJsonArray());
    EXPECT_EQ(read.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
    EXPECT_EQ(read.value(QStringLiteral("timezones")).toArray(),
              QJsonArray{QStringLiteral("Europe/Berlin")});
    const QJsonArray events = read.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 3); // two plans, one reminder (the done one is left out)
    const QJsonObject first = events[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("uid")).toString(),
              QStringLiteral("backup-plan-4@mamori"));
    EXPECT_EQ(first.value(QStringLiteral("summary")).toString(),
              QStringLiteral("Backup: ") + weekly.name);
    EXPECT_TRUE(first.value(QStringLiteral("description"))
                    .toString()
                    .contains(QStringLiteral("外付けディスク\n金庫に保管")));
    EXPECT_EQ(first.value(QStringLiteral("rrule")).toString(),
              QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH"));
    EXPECT_EQ(first.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Berlin"));
    // 2026-04-02 is the first Thursday after the plan was made, 21:00 local (+02:00 in April).
    EXPECT_EQ(first.value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-04-02T21:00:00+02:00"));
    EXPECT_EQ(first.value(QStringLiteral("alarms")).toInt(), 1);
    EXPECT_TRUE(first.value(QStringLiteral("has_dtstamp")).toBool());
    EXPECT_EQ(events[1].toObject().value(QStringLiteral("rrule")).toString(),
              QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1"));
    const QJsonObject reminderEvent = events[2].toObject();
    EXPECT_EQ(reminderEvent.value(QStringLiteral("uid")).toString(),
              QStringLiteral("reminder-action-diagnosis@mamori"));
    EXPECT_EQ(reminderEvent.value(QStringLiteral("summary")).toString(), due.title);
    EXPECT_EQ(reminderEvent.value(QStringLiteral("description")).toString(), due.detail);
    EXPECT_EQ(reminderEvent.value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-07-01"));
    EXPECT_EQ(reminderEvent.value(QStringLiteral("alarms")).toInt(), 1);

    // The same records a day later give the same UIDs: a calendar updates instead of adding.
    const QByteArray again =
        CalendarFile::write({due, done}, {weekly, monthlyPlan}, stamp.addDays(1), berlin);
    const QJsonArray eventsAgain = readBack(again).value(QStringLiteral("events")).toArray();
    ASSERT_EQ(eventsAgain.size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        EXPECT_EQ(eventsAgain[i].toObject().value(QStringLiteral("uid")),
                  events[i].toObject().value(QStringLiteral("uid")));
}
