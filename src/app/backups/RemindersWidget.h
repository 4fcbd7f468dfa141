#pragma once

#include "reminders/Reminder.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RemindersWidget;
}

namespace mamori {

class BackupDocument;

// The one reminder list (every source of the reminder service): overdue first, with Snooze for
// a week, Mark done (both undoable) and Export Calendar. On the Backups page until the
// dashboard has its own.
class RemindersWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RemindersWidget(BackupDocument &document, QWidget *parent = nullptr);
    ~RemindersWidget() override;

    void refresh();
    // Selects the reminder with this key (a tray notification leads here).
    void select(const QString &key);
    const QList<Reminder> &reminders() const { return m_reminders; }

signals:
    // A reminder was opened (double click, Enter): its record, e.g. "backup_plan:3".
    void recordActivated(const QString &record);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QList<Reminder> selected() const;
    void snooze();
    void markDone();
    void exportCalendar();
    void updateButtons();

    std::unique_ptr<Ui::RemindersWidget> m_ui;
    BackupDocument &m_document;
    QList<Reminder> m_reminders;
    bool m_stale = false; // changed while hidden: read again when shown
};

} // namespace mamori
