#include "GuiTestSupport.h"

#include "backups/BackupDocument.h"
#include "storage/SafetyCopyStore.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

using namespace mamori;

class SafetyCopyUiTest : public mamori::test::MainWindowFixture
{
protected:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
};

TEST_F(SafetyCopyUiTest, BackupNowWritesAFileAndSaysWhere)
{
    ASSERT_TRUE(action("backupNowAction")->isEnabled());
    action("backupNowAction")->trigger();
    const QList<SafetyCopyFile> backups = SafetyCopyStore(m_databasePath).copies();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.constFirst().kind, SafetyCopyFile::Kind::Manual);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(backups.constFirst().path));
    // The copy is a run of the built-in plan, which shows on the Backups page; it is not a
    // plan the firm made, so the getting-started step stays open.
    auto overviews = m_window->backups().overviews(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(overviews && overviews->size() == 1);
    EXPECT_EQ(overviews->constFirst().history.latestRun->note,
              QDir::toNativeSeparators(backups.constFirst().path));
    EXPECT_FALSE(*m_window->backups().hasPlans());
}

TEST_F(SafetyCopyUiTest, RestoreThroughTheMenuBringsBackTheOldContents)
{
    action("backupNowAction")->trigger();
    const QString backup = SafetyCopyStore(m_databasePath).copies().constFirst().path;
    CompanyProfile changed = **m_window->settings().companyProfile();
    changed.name = QStringLiteral("Changed after the backup");
    ASSERT_TRUE(m_window->settings().saveCompanyProfile(changed));

    Dialogs::setNextFileName(backup);
    Dialogs::setNextConfirmation(true);
    action("restoreBackupAction")->trigger();
    ASSERT_TRUE(m_session.isOpen());
    EXPECT_EQ((*m_window->settings().companyProfile())->name, QStringLiteral("株式会社みらい精工"));
    const QStringList shown = Dialogs::takeShownMessages();
    ASSERT_EQ(shown.size(), 1); // only the confirmation
    EXPECT_TRUE(shown.constFirst().contains(QFileInfo(backup).fileName()));
}

TEST_F(SafetyCopyUiTest, DecliningTheConfirmationChangesNothing)
{
    action("backupNowAction")->trigger();
    const QString backup = SafetyCopyStore(m_databasePath).copies().constFirst().path;
    CompanyProfile changed = **m_window->settings().companyProfile();
    changed.name = QStringLiteral("Keep me");
    ASSERT_TRUE(m_window->settings().saveCompanyProfile(changed));
    Dialogs::setNextFileName(backup);
    Dialogs::setNextConfirmation(false);
    action("restoreBackupAction")->trigger();
    EXPECT_EQ((*m_window->settings().companyProfile())->name, QStringLiteral("Keep me"));
}

TEST_F(SafetyCopyUiTest, DailyBackupRunsInTheBackground)
{
    SafetyCopyController &backups = m_window->safetyCopies();
    backups.startDailyCopy();
    QTRY_VERIFY_WITH_TIMEOUT(!backups.isDailyCopyRunning(), 20000);
    EXPECT_TRUE(SafetyCopyStore(m_databasePath).hasDailyCopy(QDate::currentDate()));
}
