#pragma once

#include "reminders/Reminder.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RemindersWidget;
}

namespace mamori {

class AttentionMonitor;
class BackupDocument;

// The one reminder list (every source of the reminder service): overdue first, with Snooze for
// a week, Mark done (both undoable) and Export Calendar. It shows AttentionMonitor's list, the
// one the badges and the tray use, read on a worker. On the Backups page until the dashboard
// has its own.
class RemindersWidget : public QWidget
{
    Q_OBJECT

public:
    RemindersWidget(BackupDocument &document, AttentionMonitor &attention,
                    QWidget *parent = nullptr);
    ~RemindersWidget() override;

    // Asks for the list again; it is shown once read (today may have changed).
    void refresh();
    // Selects the reminder with this key (a tray notification leads here).
    void select(const QString &key);
    const QList<Reminder> &reminders() const { return m_reminders; }

signals:
    // A reminder was opened (double click, Enter): its record, e.g. "backup_plan:3".
    void recordActivated(const QString &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReminders();
    QList<Reminder> selected() const;
    void snooze();
    void markDone();
    void exportCalendar();
    void updateButtons();

    std::unique_ptr<Ui::RemindersWidget> m_ui;
    BackupDocument &m_document;
    AttentionMonitor &m_attention;
    QList<Reminder> m_reminders;
};

} // namespace mamori
