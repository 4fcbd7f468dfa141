#include "CalendarFile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFile)
};

constexpr int maxOctets = 75;

const char *const weekdayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localStamp(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString dateStamp(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// A UID part made of the reminder key's safe characters, so it stays the same from file to file.
QString uidPart(const QString &key)
{
    QString part = key;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    part.replace(unsafe, QStringLiteral("-"));
    return part;
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

class Lines
{
public:
    void add(const QString &line) { m_bytes += CalendarFile::fold(line.toUtf8()); }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// The nth (-1: last) given weekday of a month.
QDate nthWeekday(int year, int month, int weekday, int nth)
{
    if (nth < 0) {
        QDate day(year, month, QDate(year, month, 1).daysInMonth());
        while (day.dayOfWeek() != weekday)
            day = day.addDays(-1);
        return day;
    }
    QDate day(year, month, 1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * (nth - 1));
}

// The zone's rules as RRULEs for this year's transitions ("the 2nd Sunday of March"), or one
// fixed offset for zones without daylight saving time.
void addTimeZone(Lines &lines, const QTimeZone &zone, const QDateTime &around)
{
    lines.add(QStringLiteral("BEGIN:VTIMEZONE"));
    lines.add(QStringLiteral("TZID:") + QString::fromUtf8(zone.id()));
    const int year = around.date().year();
    const auto transitions =
        zone.hasTransitions()
            ? zone.transitions(QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(year, 12, 31), QTime(23, 59), Qt::UTC))
            : QTimeZone::OffsetDataList();
    if (transitions.size() < 2) {
        const int offset = zone.offsetFromUtc(around);
        lines.add(QStringLiteral("BEGIN:STANDARD"));
        lines.add(QStringLiteral("DTSTART:19700101T000000"));
        lines.add(QStringLiteral("TZOFFSETFROM:") + offsetText(offset));
        lines.add(QStringLiteral("TZOFFSETTO:") + offsetText(offset));
        lines.add(QStringLiteral("END:STANDARD"));
    } else {
        for (const QTimeZone::OffsetData &transition : transitions) {
            const bool daylight = transition.daylightTimeOffset != 0;
            const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
            // The offset before the change: the other transition's offset.
            const int to = transition.offsetFromUtc;
            const int from = transitions.constFirst().atUtc == transition.atUtc
                                 ? transitions.constLast().offsetFromUtc
                                 : transitions.constFirst().offsetFromUtc;
            const QDateTime localBefore = transition.atUtc.toOffsetFromUtc(from);
            const QDate day = localBefore.date();
            const int nth = day.day() + 7 > day.daysInMonth() ? -1 : (day.day() - 1) / 7 + 1;
            lines.add(QStringLiteral("BEGIN:") + kind);
            lines.add(QStringLiteral("DTSTART:") +
                      localStamp(QDateTime(nthWeekday(1970, day.month(), day.dayOfWeek(), nth),
                                           localBefore.time())));
            lines.add(QStringLiteral("RRULE:FREQ=YEARLY;BYMONTH=%1;BYDAY=%2%3")
                          .arg(day.month())
                          .arg(nth)
                          .arg(QLatin1String(weekdayCodes[day.dayOfWeek() - 1])));
            lines.add(QStringLiteral("TZOFFSETFROM:") + offsetText(from));
            lines.add(QStringLiteral("TZOFFSETTO:") + offsetText(to));
            lines.add(QStringLiteral("END:") + kind);
        }
    }
    lines.add(QStringLiteral("END:VTIMEZONE"));
}

void addAlarm(Lines &lines, const QString &trigger, const QString &description)
{
    lines.add(QStringLiteral("BEGIN:VALARM"));
    lines.add(QStringLiteral("ACTION:DISPLAY"));
    lines.add(QStringLiteral("TRIGGER:") + trigger);
    lines.add(QStringLiteral("DESCRIPTION:") + CalendarFile::escapeText(description));
    lines.add(QStringLiteral("END:VALARM"));
}

} // namespace

QString CalendarFile::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray CalendarFile::fold(const QByteArray &line)
{
    QByteArray folded;
    qsizetype start = 0;
    int limit = maxOctets; // a continuation line's leading space counts
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        // Step back to the first byte of a UTF-8 character (not 10xxxxxx).
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        limit = maxOctets - 1;
    }
    folded += line.mid(start);
    folded += "\r\n";
    return folded;
}

QString CalendarFile::recurrenceRule(const BackupSchedule &schedule)
{
    switch (schedule.frequency) {
    case BackupFrequency::Daily:
        return QStringLiteral("FREQ=DAILY");
    case BackupFrequency::Weekly: {
        QStringList days;
        for (int day : schedule.weekdays)
            days << QLatin1String(weekdayCodes[day - 1]);
        return QStringLiteral("FREQ=WEEKLY;BYDAY=") + days.join(QLatin1Char(','));
    }
    case BackupFrequency::Monthly:
        if (schedule.monthDay <= 0)
            return QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1");
        if (schedule.monthDay <= 28)
            return QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=%1").arg(schedule.monthDay);
        {
            // Day 29–31 falls on the month's last day in shorter months, as Mamori schedules
            // it: the latest of 28…N that the month has.
            QStringList days;
            for (int day = 28; day <= schedule.monthDay; ++day)
                days << QString::number(day);
            return QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=%1;BYSETPOS=-1")
                .arg(days.join(QLatin1Char(',')));
        }
    case BackupFrequency::EveryNDays:
        break;
    }
    return QStringLiteral("FREQ=DAILY;INTERVAL=%1").arg(schedule.everyDays);
}

QByteArray CalendarFile::write(const QList<Reminder> &reminders, const QList<BackupPlan> &plans,
                               const QDateTime &stampUtc, const QTimeZone &zone)
{
    Lines lines;
    const QString stamp = QStringLiteral("DTSTAMP:") + utcStamp(stampUtc);
    lines.add(QStringLiteral("BEGIN:VCALENDAR"));
    lines.add(QStringLiteral("VERSION:2.0"));
    lines.add(QStringLiteral("PRODID:-//Mamori//Mamori reminders//EN"));
    lines.add(QStringLiteral("CALSCALE:GREGORIAN"));
    lines.add(QStringLiteral("METHOD:PUBLISH"));
    lines.add(QStringLiteral("X-WR-CALNAME:") + escapeText(Text::tr("Mamori reminders")));
    const QString zoneId = QString::fromUtf8(zone.id());
    if (!plans.isEmpty())
        addTimeZone(lines, zone, stampUtc);

    for (const BackupPlan &plan : plans) {
        // The first scheduled time after the plan was made; the RRULE carries the rest.
        const QDateTime first =
            plan.schedule.firstAfter(plan.createdAt.isValid() ? plan.createdAt : stampUtc, zone);
        if (!first.isValid())
            continue;
        const QDateTime local = first.toTimeZone(zone);
        QDateTime start = QDateTime(local.date(), plan.schedule.at, zone);
        if (!start.isValid())
            start = local;
        const QString summary = Text::tr("Backup: %1").arg(plan.name);
        QStringList description{BackupPlans::describe(plan.schedule)};
        if (!plan.destination.isEmpty())
            description << Text::tr("Destination: %1").arg(plan.destination);
        if (!plan.responsible.isEmpty())
            description << Text::tr("Responsible: %1").arg(plan.responsible);
        lines.add(QStringLiteral("BEGIN:VEVENT"));
        lines.add(QStringLiteral("UID:backup-plan-%1@mamori").arg(plan.id));
        lines.add(stamp);
        lines.add(QStringLiteral("DTSTART;TZID=%1:%2").arg(zoneId, localStamp(start)));
        lines.add(QStringLiteral("DURATION:PT30M"));
        lines.add(QStringLiteral("RRULE:") + recurrenceRule(plan.schedule));
        lines.add(QStringLiteral("SUMMARY:") + escapeText(summary));
        lines.add(QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n'))));
        lines.add(QStringLiteral("CATEGORIES:") + escapeText(Text::tr("Backups")));
        addAlarm(lines, QStringLiteral("-PT15M"), summary);
        lines.add(QStringLiteral("END:VEVENT"));
    }

    for (const Reminder &reminder : reminders) {
        if (reminder.state == ReminderState::Done || !reminder.due.isValid())
            continue;
        const QDate day = reminder.state == ReminderState::Snoozed
                              ? reminder.snoozedUntil.addDays(1)
                              : reminder.due;
        lines.add(QStringLiteral("BEGIN:VEVENT"));
        lines.add(QStringLiteral("UID:reminder-%1@mamori").arg(uidPart(reminder.key)));
        lines.add(stamp);
        lines.add(QStringLiteral("DTSTART;VALUE=DATE:") + dateStamp(day));
        lines.add(QStringLiteral("DTEND;VALUE=DATE:") + dateStamp(day.addDays(1)));
        lines.add(QStringLiteral("SUMMARY:") + escapeText(reminder.title));
        if (!reminder.detail.isEmpty())
            lines.add(QStringLiteral("DESCRIPTION:") + escapeText(reminder.detail));
        lines.add(QStringLiteral("TRANSP:TRANSPARENT"));
        // 09:00 on the day.
        addAlarm(lines, QStringLiteral("PT9H"), reminder.title);
        lines.add(QStringLiteral("END:VEVENT"));
    }
    lines.add(QStringLiteral("END:VCALENDAR"));
    return lines.bytes();
}

} // namespace mamori
