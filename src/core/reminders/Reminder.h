#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace mamori {

enum class ReminderState
{
    Upcoming, // due later
    Due,      // due today
    Overdue,  // past its day (or past its grace period, for a backup)
    Snoozed,  // put off until snoozedUntil
    Done,     // marked done for this due date
};

// One thing to do on a date, from one source (backups, SECURITY ACTION, the inventory, …).
struct Reminder
{
    // Stable across runs and languages: "backup:3", "action:diagnosis",
    // "inventory:end_of_support:2027-03". Snooze and done are stored under it, and the calendar
    // export's UIDs come from it.
    QString key;
    QString source; // "backups", "action", "inventory"
    QString title;  // translated
    QString detail; // translated, optional: why, or what it covers
    QDate due;      // local day
    // The record it belongs to, for a link: "backup_plan:3", "action:policy",
    // "inventory:end_of_support:2027-03".
    QString record;
    bool pastGrace = false; // the source knows it is overdue already (a late or failed backup)
    ReminderState state = ReminderState::Upcoming;
    QDate snoozedUntil; // when state is Snoozed

    bool needsAction() const
    {
        return state == ReminderState::Due || state == ReminderState::Overdue;
    }
};

// What the user said about one reminder, stored per key.
struct ReminderMark
{
    QString key;
    QDate snoozedUntil; // hidden until the day after; invalid: not snoozed
    QDate doneFor;      // marked done for this due date; a new due date shows it again
};

using ReminderMarks = QHash<QString, ReminderMark>;

namespace reminders {
QString code(ReminderState state);  // upcoming, due, overdue, snoozed, done
QString label(ReminderState state); // translated
} // namespace reminders

} // namespace mamori
