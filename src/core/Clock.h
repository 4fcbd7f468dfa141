#pragma once

#include <QDate>
#include <QDateTime>

namespace mamori {

// The one source of the current time in Mamori: nothing else asks the system. Dates that fall
// due (reminders, backup lateness, incident clocks, daily snapshots) follow it, so tests can set
// it. Times are stored in UTC; "today" is the local calendar day.
//
// A whole program (mamori-cli or mamori run by a test) reads MAMORI_CLOCK at its first look at
// the time: an ISO 8601 time with its offset, e.g. 2026-04-01T09:00:00+09:00, fixes its clock.
class Clock
{
public:
    static QDateTime nowUtc();
    static QDateTime now(); // local time
    static QDate today();   // the local calendar day

    // Fixes the clock (tests); an invalid time gives the system's clock back.
    static void setFixedTime(const QDateTime &time);

    // Fixes the clock while it lives, then gives back what was there before.
    class Override
    {
    public:
        explicit Override(const QDateTime &time);
        ~Override();
        Override(const Override &) = delete;
        Override &operator=(const Override &) = delete;

    private:
        QDateTime m_previous;
    };

private:
    static QDateTime fixedTime();
};

} // namespace mamori
