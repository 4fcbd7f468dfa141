#include "GuiTestSupport.h"

#include "AttentionMonitor.h"
#include "Clock.h"
#include "SettingsPage.h"
#include "TrayNotifier.h"
#include "TrayOptions.h"
#include "backups/BackupDocument.h"
#include "backups/BackupsPage.h"
#include "backups/RemindersWidget.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QStyleOptionButton>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>

#include <optional>

using namespace mamori;

namespace {

const QDateTime start(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

// The offscreen platform has no system tray (QSystemTrayIcon::isSystemTrayAvailable() is false),
// so TrayNotifier does not show its icon there. These tests show it themselves, as it is on a
// desktop with a tray, and send the icon's signals (menu actions, a click on the message) as the
// desktop would; what follows (closing the window, the notification's text and timing, opening
// the reminder) is Mamori's own code. Whether a desktop really displays the message is not
// tested.
QSystemTrayIcon *showTrayIcon(TrayNotifier &tray)
{
    auto *icon = tray.findChild<QSystemTrayIcon *>();
    if (icon)
        icon->show();
    return icon;
}

// A click where a person clicks a check box: on its box, not in the middle of a wide row.
void clickCheckBox(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

} // namespace

class TrayOptionsTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        m_clock.emplace(start); // before the window's first read of the reminders
        m_previousConfigHome = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(tempPath(QStringLiteral("config"))));
        TrayOptions::setKeepRunningInTray(false);
        MainWindowFixture::SetUp();
        waitForTheReminders();
    }

    void TearDown() override
    {
        TrayOptions::setKeepRunningInTray(false);
        MainWindowFixture::TearDown();
        qputenv("XDG_CONFIG_HOME", m_previousConfigHome);
        m_clock.reset();
    }

    void waitForTheReminders()
    {
        m_window->attention().refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->attention().isReading(), 10000);
    }

    void setTime(const QDateTime &time)
    {
        m_clock.reset();
        m_clock.emplace(time);
    }

    QCheckBox *checkBox(const QString &name) const
    {
        auto *page = m_window->findChild<SettingsPage *>();
        return page ? page->findChild<QCheckBox *>(name) : nullptr;
    }

    // A daily 02:00 plan with four hours' grace, made now.
    qint64 addDailyPlan(const QString &name)
    {
        BackupPlan plan;
        plan.name = name;
        plan.method = BackupMethod::NasCopy;
        plan.destination = QStringLiteral("事務所のNAS");
        plan.schedule.at = QTime(2, 0);
        plan.graceHours = 4;
        plan.protects = {{ProtectedItem::Kind::MamoriDatabase, 0, {}}};
        return m_window->backups().addPlan(plan);
    }

    std::optional<Clock::Override> m_clock;
    QByteArray m_previousConfigHome;
};

TEST_F(TrayOptionsTest, ClosingTheWindowKeepsMamoriInTheTrayOnlyWhenChosen)
{
    QSystemTrayIcon *icon = showTrayIcon(m_window->tray());
    ASSERT_TRUE(icon && m_window->tray().isVisible());
    m_window->showPage(Page::Settings);
    QCheckBox *keep = checkBox(QStringLiteral("keepInTrayCheckBox"));
    ASSERT_TRUE(keep);
    EXPECT_FALSE(keep->isChecked()) << "off until the user turns it on";
    clickCheckBox(keep);
    EXPECT_TRUE(keep->isChecked());
    EXPECT_TRUE(TrayOptions::keepRunningInTray());

    // Closing hides the window; nothing is destroyed, and a close that is refused never counts
    // as the last window closing (which quits the application).
    const QPointer<MainWindow> window = m_window.get();
    EXPECT_FALSE(m_window->close());
    EXPECT_FALSE(m_window->isVisible());
    EXPECT_TRUE(window);

    // The tray menu's Show Mamori brings it back where it was, and it works as before.
    ASSERT_TRUE(icon->contextMenu());
    QList<QAction *> actions = icon->contextMenu()->actions();
    ASSERT_EQ(actions.size(), 3); // Show, separator, Quit
    EXPECT_EQ(actions.first()->text(), QStringLiteral("Show Mamori"));
    actions.first()->trigger();
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(m_window->currentPage(), Page::Settings);
    m_window->showPage(Page::Backups);
    EXPECT_EQ(m_window->currentPage(), Page::Backups);

    // Turned off, closing really closes, after the usual question about unsaved edits.
    m_window->showPage(Page::Settings);
    clickCheckBox(keep);
    EXPECT_FALSE(TrayOptions::keepRunningInTray());
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    ASSERT_TRUE(name);
    QTest::keyClicks(name, QStringLiteral(" edited"));
    Dialogs::setNextConfirmation(false);
    EXPECT_FALSE(m_window->close()) << "the user kept the edits";
    EXPECT_TRUE(m_window->isVisible());
    Dialogs::setNextConfirmation(true);
    EXPECT_TRUE(m_window->close());
    EXPECT_FALSE(m_window->isVisible());
}

TEST_F(TrayOptionsTest, TheTraysQuitClosesEvenWhenKeepingMamoriInTheTray)
{
    QSystemTrayIcon *icon = showTrayIcon(m_window->tray());
    ASSERT_TRUE(icon);
    TrayOptions::setKeepRunningInTray(true);
    QAction *quit = icon->contextMenu()->actions().constLast();
    EXPECT_EQ(quit->text(), QStringLiteral("Quit Mamori"));
    // Quit takes the real way out: unsaved edits are asked about (hiding would not ask), and
    // the window stays when the user keeps them.
    m_window->showPage(Page::Settings);
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    ASSERT_TRUE(name);
    QTest::keyClicks(name, QStringLiteral(" edited"));
    Dialogs::setNextConfirmation(false);
    quit->trigger();
    EXPECT_TRUE(m_window->isVisible());
    Dialogs::setNextConfirmation(true);
    quit->trigger();
    EXPECT_FALSE(m_window->isVisible());
}

TEST_F(TrayOptionsTest, WithoutATrayClosingClosesEvenWhenKeepingMamoriInTheTray)
{
    // Hidden with no tray icon to bring it back, Mamori could only be ended from a task manager.
    if (QSystemTrayIcon::isSystemTrayAvailable())
        GTEST_SKIP() << "this desktop has a system tray";
    ASSERT_FALSE(m_window->tray().isVisible());
    TrayOptions::setKeepRunningInTray(true);
    EXPECT_TRUE(m_window->close());
    EXPECT_FALSE(m_window->isVisible());
}

TEST_F(TrayOptionsTest, StartingMinimisedWaitsInTheTrayAndStillChecksTheFile)
{
    m_window.reset();
    m_session.close();
    for (const bool tray : {true, false}) {
        DatabaseSession session;
        MainWindow window(session, m_translations);
        if (tray) {
            ASSERT_TRUE(showTrayIcon(window.tray()));
        }
        window.showAtStart(true);
        ASSERT_TRUE(window.openDatabase(m_databasePath, IntegrityCheckTiming::InBackground));
        if (tray) {
            EXPECT_FALSE(window.isVisible()) << "in the tray, no window";
            // Nothing is painted, yet the full check (and the daily copy after it) runs.
            QTRY_VERIFY_WITH_TIMEOUT(!session.isIntegrityCheckPending(), 10000);
        } else {
            EXPECT_TRUE(window.isMinimized()) << "no tray: minimised on the taskbar";
        }
        window.showFromTray();
        EXPECT_TRUE(window.isVisible());
        EXPECT_FALSE(window.isMinimized());
    }
}

TEST_F(TrayOptionsTest, StartAtLoginWritesTheAutostartFileOnlyWhenTurnedOn)
{
    const QString file = tempPath(QStringLiteral("config/autostart/mamori.desktop"));
    EXPECT_EQ(TrayOptions::autostartFilePath(), file);
    m_window->showPage(Page::Settings);
    QCheckBox *login = checkBox(QStringLiteral("startAtLoginCheckBox"));
    ASSERT_TRUE(login);
    EXPECT_FALSE(login->isChecked());
    EXPECT_FALSE(QFileInfo::exists(file)) << "starting Mamori and showing Settings write nothing";
    // Keeping Mamori in the tray is another choice: it writes no autostart entry either.
    clickCheckBox(checkBox(QStringLiteral("keepInTrayCheckBox")));
    EXPECT_FALSE(QFileInfo::exists(file));
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("startAtLoginNoteLabel"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(file)) << note->text().toStdString();

    clickCheckBox(login);
    ASSERT_TRUE(QFileInfo::exists(file));
    EXPECT_TRUE(login->isChecked());
    const QString entry = QString::fromUtf8(mamori::test::readAll(file));
    const QStringList lines = entry.split(QLatin1Char('\n'));
    EXPECT_EQ(lines.value(0), QStringLiteral("[Desktop Entry]"));
    EXPECT_TRUE(lines.contains(QStringLiteral("Type=Application"))) << entry.toStdString();
    EXPECT_TRUE(lines.contains(
        QStringLiteral("Exec=\"%1\" --minimised").arg(QCoreApplication::applicationFilePath())))
        << entry.toStdString();
    EXPECT_TRUE(TrayOptions::startsAtLogin());

    clickCheckBox(login);
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_FALSE(login->isChecked());
    EXPECT_FALSE(TrayOptions::startsAtLogin());
}

TEST_F(TrayOptionsTest, AnAutostartFolderThatCannotBeMadeIsReportedAndTheOptionStaysOff)
{
    ASSERT_TRUE(QDir().mkpath(tempPath(QStringLiteral("config"))));
    mamori::test::writeAll(tempPath(QStringLiteral("config/autostart")), "not a folder");
    m_window->showPage(Page::Settings);
    QCheckBox *login = checkBox(QStringLiteral("startAtLoginCheckBox"));
    ASSERT_TRUE(login);
    Dialogs::takeShownMessages();
    clickCheckBox(login);
    EXPECT_FALSE(login->isChecked());
    EXPECT_FALSE(TrayOptions::startsAtLogin());
    const QStringList shown = Dialogs::takeShownMessages();
    EXPECT_TRUE(shown.join(QLatin1Char('\n')).contains(QStringLiteral("Start at login")))
        << shown.join(QLatin1Char('\n')).toStdString();
}

TEST_F(TrayOptionsTest, TheExecLineQuotesSpecialCharactersForTheDesktopEntryParser)
{
    // Exec quoting escapes " ` $ \ with a backslash, and the value's own escaping doubles it.
    const QString entry = QString::fromUtf8(
        TrayOptions::autostartFileContents(QStringLiteral("/opt/My Apps/$HOME\\\"mamori")));
    EXPECT_TRUE(entry.contains(
        QStringLiteral("\nExec=\"/opt/My Apps/\\\\$HOME\\\\\\\\\\\\\"mamori\" --minimised\n")))
        << entry.toStdString();
}

TEST_F(TrayOptionsTest, NotifiesAtMostOnceAnHourAndTheMessageOpensTheReminder)
{
    QSystemTrayIcon *icon = showTrayIcon(m_window->tray());
    ASSERT_TRUE(icon);
    TrayNotifier &tray = m_window->tray();
    ASSERT_NE(addDailyPlan(QStringLiteral("NAS nightly")), 0);

    // 3 April at noon: the nightly backup has been missed; a summary says so.
    const QDateTime late(QDate(2026, 4, 3), QTime(12, 0), Qt::UTC);
    setTime(late);
    waitForTheReminders();
    EXPECT_TRUE(tray.lastMessage().contains(QStringLiteral("Backup “NAS nightly” is late")))
        << tray.lastMessage().toStdString();
    const QString firstMessage = tray.lastMessage();

    // Ten minutes later another plan's run fails: it waits for the hour.
    setTime(late.addSecs(10 * 60));
    const qint64 disk = addDailyPlan(QStringLiteral("External disk"));
    ASSERT_NE(disk, 0);
    BackupRun failed;
    failed.planId = disk;
    failed.startedAt = Clock::nowUtc();
    failed.endedAt = failed.startedAt;
    failed.result = RunResult::Failed;
    failed.recordedBy = QStringLiteral("佐藤");
    ASSERT_NE(m_window->backups().recordRun(failed), 0);
    waitForTheReminders();
    EXPECT_EQ(tray.lastMessage(), firstMessage);
    EXPECT_FALSE(tray.notifyIfDue());
    EXPECT_TRUE(icon->toolTip().contains(QStringLiteral("reminder"))) << "the tooltip follows";

    // Past the hour the next read sums up only what is new.
    setTime(late.addSecs(61 * 60));
    waitForTheReminders();
    EXPECT_TRUE(
        tray.lastMessage().contains(QStringLiteral("Backup “External disk”: the last run failed")))
        << tray.lastMessage().toStdString();
    EXPECT_FALSE(tray.lastMessage().contains(QStringLiteral("NAS nightly")))
        << tray.lastMessage().toStdString();
    EXPECT_FALSE(tray.notifyIfDue()) << "nothing new since";
    EXPECT_EQ(tray.lastKey(), QStringLiteral("backup:%1").arg(disk));

    // Clicking the message brings the hidden window to the reminder, which leads to its plan.
    m_window->showPage(Page::Settings);
    m_window->hide();
    emit icon->messageClicked();
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(m_window->currentPage(), Page::Backups);
    auto *page = m_window->findChild<BackupsPage *>();
    ASSERT_TRUE(page);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("sectionTabWidget"));
    EXPECT_EQ(tabs->currentWidget()->objectName(), QStringLiteral("remindersTab"));
    auto *reminders = page->findChild<QTableWidget *>(QStringLiteral("remindersTable"));
    ASSERT_TRUE(reminders);
    const QModelIndexList selected = reminders->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    const Reminder &chosen = page->remindersWidget().reminders().at(selected.first().row());
    EXPECT_EQ(chosen.key, tray.lastKey());
    EXPECT_EQ(chosen.record, QStringLiteral("backup_plan:%1").arg(disk));
    // Opening it (Enter) shows the plan itself.
    reminders->setFocus();
    QTest::keyClick(reminders, Qt::Key_Return);
    auto *plans = page->findChild<QTableWidget *>(QStringLiteral("plansTable"));
    EXPECT_EQ(tabs->currentWidget()->objectName(), QStringLiteral("plansTab"));
    ASSERT_EQ(plans->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(plans->item(plans->selectionModel()->selectedRows().first().row(), 0)->text(),
              QStringLiteral("External disk"));
}
