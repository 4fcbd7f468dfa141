#include "Reminders.h"

#include "Clock.h"
#include "incidents/IncidentRules.h"
#include "reminders/CalendarFile.h"
#include "reminders/ModuleReminders.h"
#include "services/ActionSnapshotLoader.h"
#include "services/IncidentService.h"
#include "storage/ActionSettingsRepository.h"
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

Result<QList<Reminder>> IncidentReminderSource::reminders(const QDate &today)
{
    const QDateTime now = Clock::nowUtc();
    auto summaries = IncidentService::list(m_database, now);
    if (!summaries)
        return summaries.error();
    QList<Reminder> reminders;
    QList<Incident> incidents;
    for (const IncidentSummary &summary : *summaries) {
        incidents << summary.incident;
        if (summary.incident.exercise || summary.incident.isClosed())
            continue;
        for (const ReportingClock &clock : summary.clocks) {
            if (!clock.isOpen() || !clock.alerts)
                continue;
            Reminder reminder;
            reminder.key = QStringLiteral("incident:%1:%2").arg(summary.incident.id).arg(clock.key);
            reminder.source = name();
            reminder.title = tr("%1: %2").arg(clock.title, summary.incident.title);
            reminder.detail = clock.guideline;
            reminder.due =
                (clock.dueAt.isValid() ? clock.dueAt : clock.startsAt).toLocalTime().date();
            reminder.record = QStringLiteral("incident:%1").arg(summary.incident.id);
            reminder.pastGrace = clock.state == ReportingClock::State::Overdue;
            reminders << reminder;
        }
    }
    const auto intervals = ActionSettingsRepository(m_database).intervals();
    if (!intervals)
        return intervals.error();
    const IncidentCounts counts = IncidentRules::counts(
        incidents, [](const Incident &) { return QList<ReportingClock>(); }, now);
    Reminder exercise;
    exercise.key = QStringLiteral("incidents:exercise");
    exercise.source = name();
    exercise.title = tr("Run a tabletop exercise of an incident playbook");
    exercise.detail = counts.lastExercise.isValid()
                          ? tr("The last exercise was on %1.")
                                .arg(counts.lastExercise.toLocalTime().date().toString(Qt::ISODate))
                          : tr("No exercise has been recorded yet.");
    exercise.due =
        counts.lastExercise.isValid()
            ? counts.lastExercise.toLocalTime().date().addMonths(intervals->exerciseMonths)
            : today;
    exercise.record = QStringLiteral("incidents:exercises");
    reminders << exercise;
    return reminders;
}

ReminderService standardReminderService(Database &database)
{
    ReminderService service;
    service.addSource(std::make_unique<BackupReminderSource>(database));
    service.addSource(std::make_unique<ActionReminderSource>(database));
    service.addSource(std::make_unique<InventoryReminderSource>(database));
    service.addSource(std::make_unique<IncidentReminderSource>(database));
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
