#include "DashboardService.h"

#include "Clock.h"
#include "Error.h"
#include "services/ActionSnapshotLoader.h"
#include "services/IncidentService.h"
#include "services/PostureService.h"
#include "services/Reminders.h"
#include "storage/DeviceTally.h"

#include <algorithm>

namespace mamori {

Result<DashboardFacts> DashboardService::load(Database &database, const QDateTime &nowUtc,
                                              const ProgressCallback &progress)
{
    constexpr int steps = 6;
    int step = 0;
    const auto goOn = [&] { return !progress || progress(++step, steps); };
    const auto cancelled = [] {
        return Error(ErrorKind::Cancelled, Error::tr("The dashboard was not read: cancelled."));
    };
    const QDate today = Clock::today();
    DashboardFacts facts;

    auto posture = PostureService::show(database);
    if (!posture)
        return posture.error();
    facts.posture = *posture;
    if (!goOn())
        return cancelled();

    auto history = PostureService::history(database, {}, {});
    if (!history)
        return history.error();
    facts.history = *history;
    if (!goOn())
        return cancelled();

    auto tally = tallyDevices(database, {}, today);
    if (!tally)
        return tally.error();
    facts.devices = tally->byCategoryAndStatus;
    if (!goOn())
        return cancelled();

    auto action = loadActionSnapshot(database, today);
    if (!action)
        return action.error();
    facts.action = *action;
    facts.readiness = ActionRules::readiness(*action);
    if (!goOn())
        return cancelled();

    auto reminders = loadReminders(database, today);
    if (!reminders)
        return reminders.error();
    for (const Reminder &reminder : *reminders) {
        if (reminder.state != ReminderState::Done)
            facts.reminders << reminder;
    }
    std::stable_sort(facts.reminders.begin(), facts.reminders.end(),
                     [](const Reminder &a, const Reminder &b) { return a.due < b.due; });
    if (!goOn())
        return cancelled();

    auto incidents = IncidentService::list(database, nowUtc);
    if (!incidents)
        return incidents.error();
    for (const IncidentSummary &summary : *incidents) {
        if (!summary.incident.isClosed())
            facts.openIncidents << summary;
    }
    std::stable_sort(facts.openIncidents.begin(), facts.openIncidents.end(),
                     [](const IncidentSummary &a, const IncidentSummary &b) {
                         return a.incident.awareAt > b.incident.awareAt;
                     });
    if (!goOn())
        return cancelled();
    return facts;
}

} // namespace mamori
