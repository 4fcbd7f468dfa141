#pragma once

#include "Result.h"
#include "backups/BackupPlan.h"
#include "reminders/Reminder.h"
#include "reminders/ReminderService.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace mamori {

class Database;

// The reminder sources that read the database, one per module. A new module adds its source
// here and registers it in standardReminderService().
class BackupReminderSource : public ReminderSource
{
public:
    explicit BackupReminderSource(Database &database) : m_database(database) {}
    QString name() const override { return QStringLiteral("backups"); }
    Result<QList<Reminder>> reminders(const QDate &today) override;

private:
    Database &m_database;
};

class ActionReminderSource : public ReminderSource
{
public:
    explicit ActionReminderSource(Database &database) : m_database(database) {}
    QString name() const override { return QStringLiteral("action"); }
    Result<QList<Reminder>> reminders(const QDate &today) override;

private:
    Database &m_database;
};

class InventoryReminderSource : public ReminderSource
{
public:
    explicit InventoryReminderSource(Database &database) : m_database(database) {}
    QString name() const override { return QStringLiteral("inventory"); }
    Result<QList<Reminder>> reminders(const QDate &today) override;

private:
    Database &m_database;
};

// Incidents: each open reporting clock of a real incident (exercises raise no alerts), and the
// tabletop exercise, due the Settings interval (a year by default) after the last one (today when
// there has been none).
class IncidentReminderSource : public ReminderSource
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReminderSource)

public:
    explicit IncidentReminderSource(Database &database) : m_database(database) {}
    QString name() const override { return QStringLiteral("incidents"); }
    Result<QList<Reminder>> reminders(const QDate &today) override;

private:
    Database &m_database;
};

// Backups, SECURITY ACTION, the inventory and incidents, in that order.
ReminderService standardReminderService(Database &database);

// Every reminder on `today` with its stored snooze and done marks applied.
Result<QList<Reminder>> loadReminders(Database &database, const QDate &today);

// The .ics of the reminders and the plans' schedules (CalendarFile), written atomically.
Status exportCalendar(Database &database, const QString &path, const QDate &today,
                      const QDateTime &stampUtc);

} // namespace mamori
