#pragma once

#include "Page.h"
#include "action/InventoryEvidence.h"
#include "action/Readiness.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace mamori {

class ActionDocument;
class BackgroundTask;

// What is due or overdue on each page, from what the modules already know (until the reminder
// service lands): on SECURITY ACTION the reminders due now (ActionRules::reminders), on Assets
// the devices past end of support and those with no update for 90 days (the DeviceChecks counts
// of InventoryEvidence, the same numbers the page's filters list). The navigation shows the
// counts as badges; the pages say the same in their state lines.
class AttentionMonitor : public QObject
{
    Q_OBJECT

public:
    explicit AttentionMonitor(ActionDocument &action, QObject *parent = nullptr);
    ~AttentionMonitor() override;

    // How many things are due or need attention on `page` (0: nothing).
    int count(Page page) const;
    // One translated line per thing counted (the badge's tooltip); empty when nothing is.
    QStringList reasons(Page page) const;
    // The latest inventory counts, once counted.
    const std::optional<InventoryEvidence> &evidence() const { return m_evidence; }
    // The inventory is being counted on a worker.
    bool isCounting() const { return m_counting != nullptr; }
    // Reads what is due again (on a later turn of the event loop; calls close together read
    // once). Today may have changed since the last read.
    void refresh();

signals:
    void changed();

private:
    void readReminders();
    void countInventory();
    QList<Reminder> dueReminders() const;

    ActionDocument &m_action;
    QTimer m_readLater;
    std::optional<ActionSnapshot> m_snapshot; // while a database is open and readable
    QString m_readError;                      // why the reminders could not be read
    std::optional<InventoryEvidence> m_evidence;
    BackgroundTask *m_counting = nullptr;
    bool m_countAgain = false; // the inventory changed while it was being counted
};

} // namespace mamori
