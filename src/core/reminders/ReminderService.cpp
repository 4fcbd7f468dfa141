#include "ReminderService.h"

#include <QCoreApplication>

#include <algorithm>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

int urgency(ReminderState state)
{
    switch (state) {
    case ReminderState::Overdue:
        return 0;
    case ReminderState::Due:
        return 1;
    case ReminderState::Upcoming:
        return 2;
    case ReminderState::Snoozed:
        return 3;
    case ReminderState::Done:
        break;
    }
    return 4;
}

} // namespace

void ReminderService::addSource(std::unique_ptr<ReminderSource> source)
{
    m_sources.push_back(std::move(source));
}

Result<QList<Reminder>> ReminderService::collect(const QDate &today,
                                                 const ReminderMarks &marks) const
{
    QList<Reminder> all;
    for (const std::unique_ptr<ReminderSource> &source : m_sources) {
        auto found = source->reminders(today);
        if (!found)
            return found.error();
        for (Reminder &reminder : *found) {
            if (reminder.source.isEmpty())
                reminder.source = source->name();
            all << std::move(reminder);
        }
    }
    return settle(std::move(all), marks, today);
}

ReminderState ReminderService::stateOf(const Reminder &reminder, const ReminderMark *mark,
                                       const QDate &today)
{
    if (mark && mark->doneFor.isValid() && mark->doneFor == reminder.due)
        return ReminderState::Done;
    if (mark && mark->snoozedUntil.isValid() && mark->snoozedUntil >= today)
        return ReminderState::Snoozed;
    if (reminder.pastGrace || (reminder.due.isValid() && reminder.due < today))
        return ReminderState::Overdue;
    if (!reminder.due.isValid() || reminder.due == today)
        return ReminderState::Due;
    return ReminderState::Upcoming;
}

QList<Reminder> ReminderService::settle(QList<Reminder> reminders, const ReminderMarks &marks,
                                        const QDate &today)
{
    for (Reminder &reminder : reminders) {
        const auto mark = marks.constFind(reminder.key);
        const ReminderMark *found = mark == marks.cend() ? nullptr : &*mark;
        reminder.state = stateOf(reminder, found, today);
        reminder.snoozedUntil =
            reminder.state == ReminderState::Snoozed ? found->snoozedUntil : QDate();
    }
    std::stable_sort(reminders.begin(), reminders.end(),
                     [](const Reminder &left, const Reminder &right) {
                         const int a = urgency(left.state);
                         const int b = urgency(right.state);
                         if (a != b)
                             return a < b;
                         return left.due < right.due;
                     });
    return reminders;
}

namespace reminders {

QString code(ReminderState state)
{
    switch (state) {
    case ReminderState::Upcoming:
        return QStringLiteral("upcoming");
    case ReminderState::Due:
        return QStringLiteral("due");
    case ReminderState::Overdue:
        return QStringLiteral("overdue");
    case ReminderState::Snoozed:
        return QStringLiteral("snoozed");
    case ReminderState::Done:
        break;
    }
    return QStringLiteral("done");
}

QString label(ReminderState state)
{
    switch (state) {
    case ReminderState::Upcoming:
        return Text::tr("Upcoming");
    case ReminderState::Due:
        return Text::tr("Due today");
    case ReminderState::Overdue:
        return Text::tr("Overdue");
    case ReminderState::Snoozed:
        return Text::tr("Snoozed");
    case ReminderState::Done:
        break;
    }
    return Text::tr("Done");
}

} // namespace reminders

} // namespace mamori
