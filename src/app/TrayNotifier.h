#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>

class QMenu;
class QSystemTrayIcon;

namespace mamori {

class AttentionMonitor;

// The system-tray icon while Mamori runs, and the desktop notification when reminders become
// due or overdue: one summary at most once an hour (later ones wait for the hour and then say
// everything new). Clicking it opens the reminder it leads with.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int minimumSecondsBetweenNotifications = 3600;

    TrayNotifier(AttentionMonitor &attention, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isVisible() const;
    // The last summary shown (title and text), for tests; empty before the first.
    const QString &lastTitle() const { return m_lastTitle; }
    const QString &lastMessage() const { return m_lastMessage; }
    const QString &lastKey() const { return m_lastKey; }
    // Notifies now when there is something new and the hour has passed; true when it did.
    bool notifyIfDue();
    void retranslate();

signals:
    void showWindowRequested();
    // The notification was clicked: the reminder it led with.
    void reminderRequested(const QString &key);
    void quitRequested();

private:
    void update();

    AttentionMonitor &m_attention;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QSet<QString> m_notified; // keys (with their due dates) already in a notification
    QDateTime m_lastNotifiedAt;
    QString m_lastTitle;
    QString m_lastMessage;
    QString m_lastKey;
};

} // namespace mamori
