#pragma once

#include "Result.h"
#include "reminders/Reminder.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mamori {

// One module's reminders. Implementations that read the database live in core/services (a
// domain folder never touches storage); pure ones may live beside their rules.
class ReminderSource
{
public:
    virtual ~ReminderSource() = default;
    // The `source` of its reminders ("backups").
    virtual QString name() const = 0;
    // Reminders with key, title, due and record filled in; the service settles their state.
    virtual Result<QList<Reminder>> reminders(const QDate &today) = 0;
};

} // namespace mamori
