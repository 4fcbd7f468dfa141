#pragma once

#include "backups/BackupPlan.h"
#include "reminders/Reminder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace mamori {

// An iCalendar file (RFC 5545) of the reminders and the backup plans' schedules, for Outlook,
// Google Calendar and the like. UIDs come from the reminders' keys and the plans' ids, so
// importing a newer file updates the events instead of adding them twice.
class CalendarFile
{
public:
    // Plans become recurring events at their local time (RRULE, in `zone` with its VTIMEZONE);
    // reminders that are not done become all-day events. Every event has an alarm.
    static QByteArray write(const QList<Reminder> &reminders, const QList<BackupPlan> &plans,
                            const QDateTime &stampUtc,
                            const QTimeZone &zone = QTimeZone::systemTimeZone());

    // RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped.
    static QString escapeText(const QString &text);
    // RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and a space, never inside a
    // UTF-8 character. `line` has no line end; the result ends with CRLF.
    static QByteArray fold(const QByteArray &line);
    // The RRULE value of a schedule, e.g. "FREQ=WEEKLY;BYDAY=MO,TH".
    static QString recurrenceRule(const BackupSchedule &schedule);
};

} // namespace mamori
