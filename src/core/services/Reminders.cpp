#include "Reminders.h"

#include "Clock.h"
#include "reminders/CalendarFile.h"
#include "reminders/ModuleReminders.h"
#include "services/ActionSnapshotLoader.h"
#include "storage/BackupRepository.h"
#include "storage/ReminderRepository.h"

#include <QSaveFile>

namespace mamori {

Result<QList<Reminder>> BackupReminderSource::reminders(const QDate &)
{
    auto overviews = BackupRepository(m_database).overviews(Clock::nowUtc());
    if (!overviews)
        return overviews.error();
    return ModuleReminders::backups(*overviews);
}

Result<QList<Reminder>> ActionReminderSource::reminders(const QDate &today)
{
    auto snapshot = loadActionSnapshot(m_database, today);
    if (!snapshot)
        return snapshot.error();
    return ModuleReminders::action(*snapshot);
}

Result<QList<Reminder>> InventoryReminderSource::reminders(const QDate &today)
{
    auto dates = loadInventoryDates(m_database, today);
    if (!dates)
        return dates.error();
    return ModuleReminders::inventory(*dates);
}

ReminderService standardReminderService(Database &database)
{
    ReminderService service;
    service.addSource(std::make_unique<BackupReminderSource>(database));
    service.addSource(std::make_unique<ActionReminderSource>(database));
    service.addSource(std::make_unique<InventoryReminderSource>(database));
    return service;
}

Result<QList<Reminder>> loadReminders(Database &database, const QDate &today)
{
    auto marks = ReminderMarkRepository(database).all();
    if (!marks)
        return marks.error();
    return standardReminderService(database).collect(today, *marks);
}

Status exportCalendar(Database &database, const QString &path, const QDate &today,
                      const QDateTime &stampUtc)
{
    auto reminders = loadReminders(database, today);
    if (!reminders)
        return reminders.error();
    auto plans = BackupRepository(database).plans();
    if (!plans)
        return plans.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io, Error::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(CalendarFile::write(*reminders, *plans, stampUtc));
    if (!file.commit())
        return Error(ErrorKind::Io, Error::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace mamori
