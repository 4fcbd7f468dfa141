#pragma once

#include "Result.h"
#include "reminders/Reminder.h"
#include "reminders/ReminderSource.h"

#include <memory>
#include <vector>

namespace mamori {

// The one reminder list: asks every registered source, applies the stored snooze and done
// marks, and orders the result (overdue first, then by date). The GUI's Reminders list, the
// tray, `mamori-cli reminders` and the calendar export all read it.
class ReminderService
{
public:
    void addSource(std::unique_ptr<ReminderSource> source);
    // Every source's reminders, settled. Fails with the first source's error.
    Result<QList<Reminder>> collect(const QDate &today, const ReminderMarks &marks) const;

    // The state a reminder has on `today` given its mark.
    static ReminderState stateOf(const Reminder &reminder, const ReminderMark *mark,
                                 const QDate &today);
    static QList<Reminder> settle(QList<Reminder> reminders, const ReminderMarks &marks,
                                  const QDate &today);

private:
    std::vector<std::unique_ptr<ReminderSource>> m_sources;
};

} // namespace mamori
