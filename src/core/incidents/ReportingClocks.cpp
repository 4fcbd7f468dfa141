#include "ReportingClocks.h"

#include <QTimeZone>

#include <algorithm>

namespace mamori {

const QString ReportingClocks::preliminaryKey = QStringLiteral("ppc_preliminary");
const QString ReportingClocks::finalKey = QStringLiteral("ppc_final");
const QString ReportingClocks::affectedPeopleKey = QStringLiteral("affected_people");

bool ReportingTriggers::reportRequired() const
{
    if (!personalData || stronglyEncrypted)
        return false;
    return sensitive || financialDamage || unauthorisedPurpose || moreThanThousand ||
           peopleAffected.value_or(0) > 1000;
}

QDateTime ReportingClocks::endOfJapaneseDayAfter(const QDateTime &awareAtUtc, int days)
{
    // Japan has kept UTC+9 without daylight saving since 1951: a fixed offset needs no tz data.
    static const QTimeZone japan(9 * 3600);
    const QDate lastDay = awareAtUtc.toTimeZone(japan).date().addDays(days);
    return QDateTime(lastDay, QTime(23, 59, 59), japan).toUTC();
}

QString ReportingClocks::ownKey(qint64 ownClockId)
{
    return QStringLiteral("own-%1").arg(ownClockId);
}

QList<ReportingClock> ReportingClocks::of(const Incident &incident,
                                          const QList<ClockCompletion> &completions,
                                          const QList<OwnClock> &ownClocks, const QDateTime &nowUtc)
{
    QList<ReportingClock> clocks;
    const auto add = [&](ReportingClock clock) {
        clock.startsAt = incident.awareAt;
        clock.alerts = !incident.exercise;
        const auto done =
            std::find_if(completions.cbegin(), completions.cend(),
                         [&](const ClockCompletion &c) { return c.key == clock.key; });
        if (done != completions.cend()) {
            clock.doneAt = done->doneAt;
            clock.doneBy = done->doneBy;
            clock.state = ReportingClock::State::Done;
        } else if (!clock.dueAt.isValid()) {
            clock.state = ReportingClock::State::Open;
        } else {
            clock.state = nowUtc > clock.dueAt ? ReportingClock::State::Overdue
                                               : ReportingClock::State::Running;
        }
        clocks << clock;
    };
    if (!incident.awareAt.isValid())
        return clocks;

    if (incident.triggers.reportRequired()) {
        ReportingClock preliminary;
        preliminary.key = preliminaryKey;
        preliminary.legal = true;
        preliminary.title = tr("Preliminary report to the PPC (速報)");
        preliminary.guideline = tr("Promptly after becoming aware; the guideline is %1–%2 days.")
                                    .arg(preliminaryGuidelineDays)
                                    .arg(preliminaryLimitDays);
        preliminary.dueAt = endOfJapaneseDayAfter(incident.awareAt, preliminaryLimitDays);
        add(preliminary);

        ReportingClock final;
        final.key = finalKey;
        final.legal = true;
        final.title = tr("Final report to the PPC (確報)");
        const int days =
            incident.triggers.unauthorisedPurpose ? finalLimitDaysUnauthorised : finalLimitDays;
        final.guideline =
            incident.triggers.unauthorisedPurpose
                ? tr("Within %n day(s) of becoming aware, because an unauthorised purpose is "
                     "possible.",
                     nullptr, days)
                : tr("Within %n day(s) of becoming aware.", nullptr, days);
        final.dueAt = endOfJapaneseDayAfter(incident.awareAt, days);
        add(final);

        ReportingClock notice;
        notice.key = affectedPeopleKey;
        notice.legal = true;
        notice.title = tr("Notice to the people affected");
        notice.guideline = tr("Promptly, as far as the situation allows.");
        add(notice);
    }
    for (const OwnClock &own : ownClocks) {
        ReportingClock clock;
        clock.key = ownKey(own.id);
        clock.title = own.title;
        clock.guideline =
            tr("Within %n hour(s) of becoming aware (the firm's own clock).", nullptr, own.hours);
        clock.dueAt = incident.awareAt.addSecs(qint64(own.hours) * 3600);
        add(clock);
    }
    return clocks;
}

const ReportingClock *ReportingClocks::next(const QList<ReportingClock> &clocks)
{
    const ReportingClock *first = nullptr;
    for (const ReportingClock &clock : clocks) {
        if (!clock.isOpen())
            continue;
        if (!first)
            first = &clock;
        else if (clock.dueAt.isValid() && (!first->dueAt.isValid() || clock.dueAt < first->dueAt))
            first = &clock;
    }
    return first;
}

} // namespace mamori
