#pragma once

#include "Result.h"
#include "reminders/ModuleReminders.h"
#include "reminders/Reminder.h"

#include <QDate>

namespace mamori {

class Database;

// Snooze and done per reminder key (reminder_mark), audited as entity reminder_mark.
class ReminderMarkRepository
{
public:
    explicit ReminderMarkRepository(Database &database) : m_database(database) {}
    Result<ReminderMarks> all() const;
    // Writes the mark as given; a mark with neither date removes the row.
    Status set(const ReminderMark &mark);

private:
    Database &m_database;
};

// The inventory's dates for the reminders, counted per month in SQL (one pass per kind over
// the devices in use): devices already past end of support, and the support and warranty ends
// from this month for `months` months.
Result<InventoryDates> loadInventoryDates(Database &database, const QDate &today, int months = 12);

} // namespace mamori
