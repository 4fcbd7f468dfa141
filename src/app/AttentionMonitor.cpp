#include "AttentionMonitor.h"

#include "BackgroundTask.h"
#include "Clock.h"
#include "action/ActionDocument.h"
#include "backups/BackupDocument.h"
#include "inventory/DeviceChecks.h"

namespace mamori {

AttentionMonitor::AttentionMonitor(ActionDocument &action, BackupDocument &backups, QObject *parent)
    : QObject(parent), m_action(action), m_backups(backups)
{
    m_readLater.setSingleShot(true);
    m_readLater.setInterval(0);
    connect(&m_readLater, &QTimer::timeout, this, &AttentionMonitor::readReminders);
    for (const auto signal :
         {&ActionDocument::fiveRulesChanged, &ActionDocument::declarationsChanged,
          &ActionDocument::diagnosesChanged, &ActionDocument::policyChanged,
          &ActionDocument::intervalsChanged}) {
        connect(&m_action, signal, this, &AttentionMonitor::refresh);
    }
    connect(&m_backups, &BackupDocument::remindersChanged, this, &AttentionMonitor::refresh);
    // A backup goes late at its time, not when someone clicks: read again every few minutes.
    m_clockTick.setInterval(5 * 60 * 1000);
    connect(&m_clockTick, &QTimer::timeout, this, &AttentionMonitor::refresh);
    connect(&m_action, &ActionDocument::inventoryEvidenceChanged, this,
            &AttentionMonitor::countInventory);
}

AttentionMonitor::~AttentionMonitor() = default;

void AttentionMonitor::start()
{
    if (std::exchange(m_started, true))
        return;
    m_clockTick.start();
    refresh();
    countInventory();
}

void AttentionMonitor::refresh()
{
    if (m_started)
        m_readLater.start();
}

void AttentionMonitor::readReminders()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    if (!m_backups.isOpen()) {
        m_reminders.clear();
        m_readError.clear();
        emit changed();
        return;
    }
    auto read = std::make_shared<QList<Reminder>>();
    m_reading = new BackgroundTask(m_backups.remindersJob(Clock::today(), read), this);
    connect(m_reading, &BackgroundTask::finished, this, [this, read](const Status &status) {
        m_reading->deleteLater();
        m_reading = nullptr;
        // What was read may be out of date already (another database, a new mark): only the
        // newest read is shown.
        if (std::exchange(m_readAgain, false)) {
            readReminders();
            return;
        }
        m_reminders = status ? *read : QList<Reminder>();
        m_readError = status ? QString() : status.error().fullText();
        emit changed();
    });
    m_reading->start(QThread::LowPriority);
}

void AttentionMonitor::countInventory()
{
    if (!m_started)
        return;
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    if (!m_action.isOpen()) {
        m_evidence.reset();
        emit changed();
        return;
    }
    auto evidence = std::make_shared<InventoryEvidence>();
    m_counting = new BackgroundTask(m_action.inventoryEvidenceJob(Clock::today(), evidence), this);
    connect(m_counting, &BackgroundTask::finished, this, [this, evidence](const Status &counted) {
        m_counting->deleteLater();
        m_counting = nullptr;
        if (std::exchange(m_countAgain, false)) {
            countInventory();
            return;
        }
        // A count that failed shows no badge rather than a wrong one; the Assets page says why
        // when its list cannot be read.
        m_evidence = counted ? std::optional(*evidence) : std::nullopt;
        emit changed();
    });
    m_counting->start(QThread::LowPriority);
}

QList<Reminder> AttentionMonitor::dueReminders(const QString &source) const
{
    QList<Reminder> due;
    for (const Reminder &reminder : m_reminders) {
        if (reminder.source == source && reminder.needsAction())
            due << reminder;
    }
    return due;
}

int AttentionMonitor::count(Page page) const
{
    switch (page) {
    case Page::SecurityAction:
        return int(dueReminders(QStringLiteral("action")).size());
    case Page::Backups:
        return int(dueReminders(QStringLiteral("backups")).size());
    case Page::Incidents:
        return int(dueReminders(QStringLiteral("incidents")).size());
    case Page::Assets:
        return m_evidence ? m_evidence->unsupportedOs + m_evidence->noRecentUpdate : 0;
    default:
        return 0;
    }
}

QStringList AttentionMonitor::reasons(Page page) const
{
    QStringList lines;
    if (page == Page::SecurityAction || page == Page::Backups || page == Page::Incidents) {
        if (!m_readError.isEmpty())
            lines << tr("The reminders cannot be read: %1").arg(m_readError);
        const QString source = page == Page::SecurityAction ? QStringLiteral("action")
                               : page == Page::Backups      ? QStringLiteral("backups")
                                                            : QStringLiteral("incidents");
        for (const Reminder &reminder : dueReminders(source))
            lines << tr("%1 — due now").arg(reminder.title);
    } else if (page == Page::Assets && m_evidence) {
        if (m_evidence->unsupportedOs > 0)
            lines << tr("%n device(s) past end of support", nullptr, m_evidence->unsupportedOs);
        if (m_evidence->noRecentUpdate > 0)
            lines << tr("%n device(s) with no update for %1 days", nullptr,
                        m_evidence->noRecentUpdate)
                         .arg(DeviceChecks::recentUpdateDays);
    }
    return lines;
}

} // namespace mamori
