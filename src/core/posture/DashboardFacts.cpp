#include "DashboardFacts.h"

namespace mamori {

QList<Reminder> DashboardFacts::remindersOf(const QString &source) const
{
    QList<Reminder> matching;
    for (const Reminder &reminder : reminders) {
        if (reminder.source == source)
            matching << reminder;
    }
    return matching;
}

} // namespace mamori
