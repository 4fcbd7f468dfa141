#include "TrayNotifier.h"

#include "AttentionMonitor.h"
#include "Clock.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace mamori {

namespace {

constexpr int titlesInSummary = 3;

QString identity(const Reminder &reminder)
{
    return reminder.key + QLatin1Char('@') + reminder.due.toString(Qt::ISODate);
}

} // namespace

TrayNotifier::TrayNotifier(AttentionMonitor &attention, QObject *parent)
    : QObject(parent), m_attention(attention)
{
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_menu = new QMenu();
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        emit showWindowRequested();
        if (!m_lastKey.isEmpty())
            emit reminderRequested(m_lastKey);
    });
    connect(&m_attention, &AttentionMonitor::changed, this, &TrayNotifier::update);
    retranslate();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

bool TrayNotifier::isVisible() const
{
    return m_icon->isVisible();
}

void TrayNotifier::retranslate()
{
    m_menu->clear();
    connect(m_menu->addAction(tr("Show Mamori")), &QAction::triggered, this,
            &TrayNotifier::showWindowRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit Mamori")), &QAction::triggered, this,
            &TrayNotifier::quitRequested);
    update();
}

void TrayNotifier::update()
{
    int due = 0;
    for (const Reminder &reminder : m_attention.reminders())
        due += reminder.needsAction() ? 1 : 0;
    m_icon->setToolTip(due > 0 ? tr("Mamori — %n reminder(s) due", nullptr, due)
                               : tr("Mamori — nothing due"));
    notifyIfDue();
}

bool TrayNotifier::notifyIfDue()
{
    QList<Reminder> fresh;
    int due = 0;
    for (const Reminder &reminder : m_attention.reminders()) {
        if (!reminder.needsAction())
            continue;
        ++due;
        if (!m_notified.contains(identity(reminder)))
            fresh << reminder;
    }
    if (fresh.isEmpty())
        return false;
    const QDateTime now = Clock::nowUtc();
    // A clock set back (by hand, or a wrong time corrected) does not silence the tray until it
    // catches up: the hour counts from a time that has not passed.
    const qint64 since = m_lastNotifiedAt.isValid() ? m_lastNotifiedAt.secsTo(now) : -1;
    if (since >= 0 && since < minimumSecondsBetweenNotifications)
        return false;
    QStringList lines;
    for (const Reminder &reminder : std::as_const(fresh).mid(0, titlesInSummary))
        lines << reminder.title;
    if (fresh.size() > titlesInSummary)
        lines << tr("and %n more", nullptr, int(fresh.size()) - titlesInSummary);
    m_lastTitle = tr("Mamori: %n reminder(s) due", nullptr, due);
    m_lastMessage = lines.join(QLatin1Char('\n'));
    m_lastKey = fresh.constFirst().key;
    m_lastNotifiedAt = now;
    for (const Reminder &reminder : std::as_const(fresh))
        m_notified.insert(identity(reminder));
    const bool overdue = std::any_of(fresh.cbegin(), fresh.cend(), [](const Reminder &r) {
        return r.state == ReminderState::Overdue;
    });
    m_icon->showMessage(m_lastTitle, m_lastMessage,
                        overdue ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    return true;
}

} // namespace mamori
