#include "GuiTestSupport.h"

#include "AttentionMonitor.h"
#include "Clock.h"
#include "TrayNotifier.h"
#include "backups/BackupDocument.h"
#include "backups/BackupsPage.h"
#include "backups/RemindersWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace mamori;

class BackupsPageTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_window->showPage(Page::Backups);
        m_page = m_window->findChild<BackupsPage *>();
        ASSERT_TRUE(m_page);
    }

    QTableWidget *plans() const
    {
        return m_page->findChild<QTableWidget *>(QStringLiteral("plansTable"));
    }

    BackupsPage *m_page = nullptr;
};

TEST_F(BackupsPageTest, RecordingARunInTwoClicksClearsTheLateState)
{
    // A daily 02:00 plan made on 1 April; on 3 April at noon it has missed two nights.
    const Clock::Override made(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    BackupPlan plan;
    plan.name = QStringLiteral("NAS nightly");
    plan.method = BackupMethod::NasCopy;
    plan.destination = QStringLiteral("事務所のNAS");
    plan.schedule.at = QTime(2, 0);
    plan.graceHours = 4;
    plan.protects = {{ProtectedItem::Kind::MamoriDatabase, 0, {}}};
    const qint64 id = m_window->backups().addPlan(plan);
    ASSERT_NE(id, 0);

    const Clock::Override later(QDateTime(QDate(2026, 4, 3), QTime(12, 0), Qt::UTC));
    m_window->showPage(Page::Dashboard);
    m_window->showPage(Page::Backups);
    ASSERT_EQ(plans()->rowCount(), 1);
    EXPECT_EQ(plans()->item(0, 4)->text(), QStringLiteral("Late"));
    EXPECT_TRUE(m_page->state().contains(QStringLiteral("1 late")))
        << m_page->state().toStdString();
    m_window->attention().refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->attention().isReading(), 5000); // read on a worker
    EXPECT_GE(m_window->attention().count(Page::Backups), 1);
    // The tray summarises what became due, once.
    EXPECT_TRUE(m_window->tray().lastTitle().contains(QStringLiteral("reminder")))
        << m_window->tray().lastTitle().toStdString();
    EXPECT_FALSE(m_window->tray().notifyIfDue());

    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Japanese}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("backups-late-%1").arg(languageCode(language)))));
    }
    m_window->applyLanguage(UiLanguage::English);

    // Click 1: the plan; click 2: Record OK Run Now.
    QTest::mouseClick(plans()->viewport(), Qt::LeftButton, {},
                      plans()->visualItemRect(plans()->item(0, 0)).center());
    auto *record = m_page->findChild<QPushButton *>(QStringLiteral("recordOkButton"));
    ASSERT_TRUE(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    EXPECT_EQ(plans()->item(0, 4)->text(), QStringLiteral("Up to date"));
    EXPECT_TRUE(m_page->state().contains(QStringLiteral("all up to date")))
        << m_page->state().toStdString();
    auto *runs = m_page->findChild<QTableWidget *>(QStringLiteral("runsTable"));
    EXPECT_EQ(runs->rowCount(), 1);

    // Undo takes the run back and the plan is late again.
    m_window->backups().undoStack().undo();
    EXPECT_EQ(plans()->item(0, 4)->text(), QStringLiteral("Late"));
    m_window->backups().undoStack().redo();
    EXPECT_EQ(plans()->item(0, 4)->text(), QStringLiteral("Up to date"));

    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("sectionTabWidget"));
    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Japanese}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        tabs->setCurrentIndex(0);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("backups-ok-%1").arg(languageCode(language)))));
        tabs->setCurrentIndex(2);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("backups-reminders-%1").arg(languageCode(language)))));
    }
}
