#include "TestEnvironment.h"

#include "Clock.h"

#include <QThread>
#include <QTimeZone>

using namespace mamori;

// ctest runs the core suite in UTC and in Asia/Tokyo; "today" is the local calendar day of the
// fixed instant in each.
TEST(ClockTest, TodayIsTheLocalDayOfTheFixedInstant)
{
    const Clock::Override fixed(QDateTime(QDate(2026, 3, 31), QTime(23, 30), Qt::UTC));
    EXPECT_EQ(Clock::nowUtc(), QDateTime(QDate(2026, 3, 31), QTime(23, 30), Qt::UTC));
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (zone == "Asia/Tokyo") {
        EXPECT_EQ(Clock::today(), QDate(2026, 4, 1));
        EXPECT_EQ(Clock::now().time(), QTime(8, 30));
    } else if (zone == "UTC" || zone == "Etc/UTC") {
        EXPECT_EQ(Clock::today(), QDate(2026, 3, 31));
    } else {
        GTEST_SKIP() << "runs in UTC and Asia/Tokyo; this zone is " << zone.constData();
    }
}

TEST(ClockTest, AnOverrideGivesBackWhatWasThereBefore)
{
    const QDateTime outer(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    const QDateTime inner(QDate(2027, 7, 1), QTime(0, 0), Qt::UTC);
    {
        const Clock::Override first(outer);
        {
            const Clock::Override second(inner);
            EXPECT_EQ(Clock::nowUtc(), inner);
        }
        EXPECT_EQ(Clock::nowUtc(), outer);
    }
    // Back on the system clock: it moves, and it is near the machine's time.
    const QDateTime system = Clock::nowUtc();
    EXPECT_LE(qAbs(system.secsTo(QDateTime::currentDateTimeUtc())), 5);
}

TEST(ClockTest, AFixedClockStandsStill)
{
    const Clock::Override fixed(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
    const QDateTime first = Clock::nowUtc();
    QThread::msleep(5);
    EXPECT_EQ(Clock::nowUtc(), first);
    EXPECT_EQ(Clock::nowUtc().timeSpec(), Qt::UTC);
}
