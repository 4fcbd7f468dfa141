#include "GuiTestSupport.h"

#include "storage/BackupStore.h"

#include <QAction>
#include <QDate>
#include <QFileInfo>
#include <QStatusBar>

using namespace mamori;

class BackupUiTest : public mamori::test::MainWindowFixture
{
protected:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
};

TEST_F(BackupUiTest, BackupNowWritesAFileAndSaysWhere)
{
    ASSERT_TRUE(action("backupNowAction")->isEnabled());
    action("backupNowAction")->trigger();
    const QList<BackupFile> backups = BackupStore(m_databasePath).backups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.constFirst().kind, BackupFile::Kind::Manual);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(backups.constFirst().path));
}

TEST_F(BackupUiTest, RestoreThroughTheMenuBringsBackTheOldContents)
{
    action("backupNowAction")->trigger();
    const QString backup = BackupStore(m_databasePath).backups().constFirst().path;
    CompanyProfile changed = **m_session.companyProfile();
    changed.name = QStringLiteral("Changed after the backup");
    ASSERT_TRUE(mamori::test::isOk(m_session.saveCompanyProfile(changed)));

    Dialogs::setNextFileName(backup);
    Dialogs::setNextConfirmation(true);
    action("restoreBackupAction")->trigger();
    ASSERT_TRUE(m_session.isOpen());
    EXPECT_EQ((*m_session.companyProfile())->name, QStringLiteral("株式会社みらい精工"));
    const QStringList shown = Dialogs::takeShownMessages();
    ASSERT_EQ(shown.size(), 1); // only the confirmation
    EXPECT_TRUE(shown.constFirst().contains(QFileInfo(backup).fileName()));
}

TEST_F(BackupUiTest, DecliningTheConfirmationChangesNothing)
{
    action("backupNowAction")->trigger();
    const QString backup = BackupStore(m_databasePath).backups().constFirst().path;
    CompanyProfile changed = **m_session.companyProfile();
    changed.name = QStringLiteral("Keep me");
    ASSERT_TRUE(mamori::test::isOk(m_session.saveCompanyProfile(changed)));
    Dialogs::setNextFileName(backup);
    Dialogs::setNextConfirmation(false);
    action("restoreBackupAction")->trigger();
    EXPECT_EQ((*m_session.companyProfile())->name, QStringLiteral("Keep me"));
}

TEST_F(BackupUiTest, DailyBackupRunsInTheBackground)
{
    BackupController &backups = m_window->backups();
    backups.startDailyBackup();
    QTRY_VERIFY_WITH_TIMEOUT(!backups.isDailyBackupRunning(), 20000);
    EXPECT_TRUE(BackupStore(m_databasePath).hasDailyBackup(QDate::currentDate()));
}
