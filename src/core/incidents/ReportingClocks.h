#pragma once

#include "incidents/Incident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mamori {

// A deadline that runs from the moment the firm became aware of an incident.
struct ReportingClock
{
    enum class State
    {
        Running, // before its due time
        Overdue, // past due and not done
        Done,
        Open, // no fixed due time ("promptly"): open until done
    };

    QString key;       // "ppc_preliminary", "ppc_final", "affected_people", "own-<id>"
    QString title;     // translated, or the firm's title
    QString guideline; // how the due time was set, e.g. "promptly; the guideline is 3–5 days"
    bool legal = false;
    QDateTime startsAt; // UTC: awareness
    QDateTime dueAt;    // UTC; invalid for "promptly"
    QDateTime doneAt;   // UTC, when marked done
    QString doneBy;
    State state = State::Running;
    // Exercises run clocks for practice; they never raise an overdue alert.
    bool alerts = true;

    bool isOpen() const
    {
        return state == State::Running || state == State::Overdue || state == State::Open;
    }
};

// The reporting clocks of one incident (REFERENCE.md §5c). When personal data is involved and a
// trigger applies: the preliminary report to the PPC (速報, promptly: 3–5 days is the guideline,
// so it is overdue after 5), the final report (確報, 30 days; 60 when an unauthorised purpose is
// possible), and the notice to the people affected (promptly). Plus the firm's own clocks, in
// hours from awareness.
//
// Day limits count calendar days in Japan (Asia/Tokyo), whatever the computer's time zone: the
// clock ends at the end of the last day there. The firm's hour limits are exact durations.
class ReportingClocks
{
    Q_DECLARE_TR_FUNCTIONS(ReportingClocks)

public:
    static const QString preliminaryKey;
    static const QString finalKey;
    static const QString affectedPeopleKey;
    static constexpr int preliminaryGuidelineDays = 3;
    static constexpr int preliminaryLimitDays = 5;
    static constexpr int finalLimitDays = 30;
    static constexpr int finalLimitDaysUnauthorised = 60;

    static QList<ReportingClock> of(const Incident &incident,
                                    const QList<ClockCompletion> &completions,
                                    const QList<OwnClock> &ownClocks, const QDateTime &nowUtc);

    // The end of the day that is `days` calendar days after awareness, in Japan.
    static QDateTime endOfJapaneseDayAfter(const QDateTime &awareAtUtc, int days);

    static QString ownKey(qint64 ownClockId);
    // The open clock due first (an undated open one after every dated one); null when none.
    static const ReportingClock *next(const QList<ReportingClock> &clocks);
};

} // namespace mamori
