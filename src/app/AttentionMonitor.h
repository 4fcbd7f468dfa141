#pragma once

#include "Page.h"
#include "action/InventoryEvidence.h"
#include "reminders/Reminder.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace mamori {

class ActionDocument;
class BackgroundTask;
class BackupDocument;

// What is due or overdue on each page: the reminder service's list (BackupDocument::remindersJob,
// every source, snooze and done applied, read on a worker so the window never waits for it) gives
// SECURITY ACTION its reminders due now and Backups its late or failed backups and restore tests,
// Incidents its open reporting clocks and the exercise when one is due; on Assets the devices past
// end of support and those with no update for 90 days (the DeviceChecks counts of
// InventoryEvidence, the same numbers the page's filters list). The navigation shows the counts as
// badges; the tray notifies about the reminders.
class AttentionMonitor : public QObject
{
    Q_OBJECT

public:
    AttentionMonitor(ActionDocument &action, BackupDocument &backups, QObject *parent = nullptr);
    ~AttentionMonitor() override;

    // How many things are due or need attention on `page` (0: nothing).
    int count(Page page) const;
    // One translated line per thing counted (the badge's tooltip); empty when nothing is.
    QStringList reasons(Page page) const;
    // The latest inventory counts, once counted.
    const std::optional<InventoryEvidence> &evidence() const { return m_evidence; }
    // Every reminder as last read (overdue first).
    const QList<Reminder> &reminders() const { return m_reminders; }
    // Why the last read failed; empty when it did not.
    const QString &readError() const { return m_readError; }
    // The inventory is being counted on a worker.
    bool isCounting() const { return m_counting != nullptr; }
    // The reminders are being read on a worker, or a read is about to start: changed() follows.
    bool isReading() const { return !m_started || m_reading != nullptr || m_readLater.isActive(); }
    // Reads what is due again, on a worker (on a later turn of the event loop; calls close
    // together read once, and a call during a read reads again after it). Today may have
    // changed since the last read.
    void refresh();
    // Nothing is read until this is called (the window's first paint, or at once when Mamori
    // starts hidden in the tray): both reads scan every device, and on 2 cores they would slow
    // the start they need not be part of.
    void start();

signals:
    void changed();

private:
    void readReminders();
    void countInventory();
    // The reminders of `source` that need doing now.
    QList<Reminder> dueReminders(const QString &source) const;

    ActionDocument &m_action;
    BackupDocument &m_backups;
    QTimer m_readLater;
    QTimer m_clockTick;          // lateness follows the clock while Mamori runs
    QList<Reminder> m_reminders; // while a database is open and readable
    QString m_readError;         // why the reminders could not be read
    std::optional<InventoryEvidence> m_evidence;
    BackgroundTask *m_reading = nullptr;
    bool m_readAgain = false; // something changed while the reminders were being read
    bool m_started = false;
    BackgroundTask *m_counting = nullptr;
    bool m_countAgain = false; // the inventory changed while it was being counted
};

} // namespace mamori
