#include "GuiTestSupport.h"

#include "AttentionMonitor.h"
#include "Clock.h"
#include "TrayNotifier.h"
#include "backups/BackupDocument.h"
#include "backups/BackupsPage.h"
#include "backups/RemindersWidget.h"
#include "storage/AssetRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
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

    void selectPlanNamed(const QString &name)
    {
        for (int row = 0; row < plans()->rowCount(); ++row) {
            if (plans()->item(row, 0)->text() == name)
                plans()->selectRow(row);
        }
    }

    QTableWidget *table(const QString &name) const
    {
        return m_page->findChild<QTableWidget *>(name);
    }

    // Every cell's text shown whole: no column pushed out of view, every row as tall as its
    // wrapped text needs (what the wrapping delegate measures at the column's width).
    static void expectWholeText(QTableWidget *table, const std::string &where)
    {
        ASSERT_TRUE(table);
        EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0) << where << ": columns off view";
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto *view = static_cast<const QAbstractItemView *>(table);
            EXPECT_GE(table->rowHeight(row), view->sizeHintForRow(row))
                << where << ": row " << row << " is cut";
        }
        // The columns fill the table, and no header label is cut.
        QHeaderView *header = table->horizontalHeader();
        EXPECT_NEAR(header->length(), table->viewport()->width(), 8) << where;
        for (int column = 0; column < table->columnCount(); ++column)
            EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column))
                << where << ": header " << column;
    }

    // A small firm's backups: the customer list on the NAS, a weekly disk taken home, a
    // restore test done, an estimate folder of importance 3 with no plan.
    void fillRealisticPlans()
    {
        Database &db = *m_session.database();
        InformationAsset customers;
        customers.businessArea = QStringLiteral("営業");
        customers.name = QStringLiteral("顧客名簿（取引先・担当者の連絡先一覧）");
        customers.confidentiality = 3;
        const auto customersId = AssetRepository<InformationAsset>(db).insert(customers);
        ASSERT_TRUE(mamori::test::isOk(customersId));
        InformationAsset estimates;
        estimates.businessArea = QStringLiteral("営業");
        estimates.name = QStringLiteral("見積書フォルダ");
        estimates.integrity = 3;
        ASSERT_TRUE(mamori::test::isOk(AssetRepository<InformationAsset>(db).insert(estimates)));
        m_window->inventory().changedOutside(QStringLiteral("test data"));

        BackupPlan nas;
        nas.name = QStringLiteral("NAS nightly (事務所)");
        nas.method = BackupMethod::NasCopy;
        nas.destination = QStringLiteral("事務所のNAS \\\\nas01\\backup");
        nas.schedule.at = QTime(2, 0);
        nas.graceHours = 4;
        nas.responsible = QStringLiteral("佐藤 花子");
        nas.protects = {{ProtectedItem::Kind::InformationAsset, *customersId, {}},
                        {ProtectedItem::Kind::MamoriDatabase, 0, {}}};
        const qint64 nasId = m_window->backups().addPlan(nas);
        ASSERT_NE(nasId, 0);
        BackupPlan disk;
        disk.name = QStringLiteral("Weekly external disk taken home");
        disk.method = BackupMethod::ExternalDisk;
        disk.destination = QStringLiteral("USB HDD (社長宅で保管)");
        disk.offline = true;
        disk.offsite = true;
        disk.schedule.frequency = BackupFrequency::Weekly;
        disk.schedule.weekdays = {1, 4};
        disk.schedule.at = QTime(18, 30);
        disk.protects = {{ProtectedItem::Kind::InformationAsset, *customersId, {}}};
        ASSERT_NE(m_window->backups().addPlan(disk), 0);

        for (int day = 0; day < 3; ++day) {
            BackupRun run;
            run.planId = nasId;
            run.startedAt = Clock::nowUtc().addDays(-day).addSecs(-3600);
            run.endedAt = run.startedAt.addSecs(1200);
            run.result = day == 1 ? RunResult::Partial : RunResult::Ok;
            run.sizeBytes = 48'300'000'000LL + day * 1'000'000;
            run.recordedBy = QStringLiteral("backup-script");
            run.note = day == 1 ? QStringLiteral("2 files were locked by the accounting "
                                                 "software and skipped (経理ソフト起動中)")
                                : QStringLiteral("robocopy exit code 1");
            ASSERT_NE(m_window->backups().recordRun(run), 0);
        }
        RestoreTest test;
        test.planId = nasId;
        test.testedAt = Clock::nowUtc().addSecs(-1800);
        test.whatRestored = QStringLiteral("顧客名簿.xlsx と 2026年3月の請求書フォルダ");
        test.restoredTo = QStringLiteral("C:\\restore-test");
        test.result = RunResult::Ok;
        test.minutes = 25;
        test.recordedBy = QStringLiteral("佐藤 花子");
        test.note = QStringLiteral("開いて中身を確認した");
        ASSERT_NE(m_window->backups().recordRestoreTest(test), 0);
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
    // The reminders are read on a worker; the badge and the tray follow once the read is done.
    QSignalSpy read(&m_window->attention(), &AttentionMonitor::changed);
    m_window->attention().refresh();
    EXPECT_TRUE(m_window->attention().isReading());
    QTRY_VERIFY(!m_window->attention().isReading());
    EXPECT_GE(read.count(), 1);
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
        QTRY_VERIFY(!m_window->attention().isReading()); // the titles in the new language
        tabs->setCurrentIndex(0);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("backups-ok-%1").arg(languageCode(language)))));
        tabs->setCurrentIndex(2);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("backups-reminders-%1").arg(languageCode(language)))));
    }
}

TEST_F(BackupsPageTest, EveryTableShowsItsTextWholeAt1366x768InBothLanguages)
{
    const Clock::Override now(QDateTime(QDate(2026, 4, 3), QTime(12, 0), Qt::UTC));
    fillRealisticPlans();
    m_window->resize(1366, 768);
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("sectionTabWidget"));
    ASSERT_TRUE(tabs);
    m_window->showPage(Page::Dashboard);
    m_window->showPage(Page::Backups);
    ASSERT_EQ(plans()->rowCount(), 2);
    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Japanese}) {
        m_window->applyLanguage(language);
        QTest::qWait(300); // the relayout after the switch
        const QString code = languageCode(language);
        tabs->setCurrentWidget(m_page->findChild<QWidget *>(QStringLiteral("plansTab")));
        selectPlanNamed(QStringLiteral("NAS nightly (事務所)"));
        QTest::qWait(50);
        ASSERT_EQ(table(QStringLiteral("runsTable"))->rowCount(), 4) << "3 runs, 1 restore test";
        EXPECT_EQ(plans()->item(0, 6)->text().count(QStringLiteral("{")), 0)
            << plans()->item(0, 6)->text().toStdString();
        expectWholeText(plans(), "plans " + code.toStdString());
        expectWholeText(table(QStringLiteral("runsTable")), "runs " + code.toStdString());
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("backups-restore-tests-%1").arg(code))));

        tabs->setCurrentWidget(m_page->findChild<QWidget *>(QStringLiteral("ruleTab")));
        QTest::qWait(50);
        QTableWidget *rule = table(QStringLiteral("ruleTable"));
        EXPECT_GE(rule->rowCount(), 2) << "the customer list, and the estimates with no plan";
        expectWholeText(rule, "3-2-1 " + code.toStdString());
        ASSERT_TRUE(
            m_window->grab().save(screenshotPath(QStringLiteral("backups-321-%1").arg(code))));

        tabs->setCurrentWidget(m_page->findChild<QWidget *>(QStringLiteral("remindersTab")));
        QTRY_VERIFY(!m_window->attention().isReading()); // the list is read on a worker
        QTest::qWait(50);
        EXPECT_FALSE(m_page->remindersWidget().reminders().isEmpty());
        expectWholeText(table(QStringLiteral("remindersTable")), "reminders " + code.toStdString());
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("backups-reminders-1366-%1").arg(code))));
    }
    m_window->applyLanguage(UiLanguage::English);
}

TEST_F(BackupsPageTest, TheRemindersAreReadOnAWorkerAndTheNewestChangeIsShown)
{
    const Clock::Override now(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    AttentionMonitor &attention = m_window->attention();
    QTRY_VERIFY(!attention.isReading());
    BackupPlan plan;
    plan.name = QStringLiteral("NAS nightly");
    plan.protects = {{ProtectedItem::Kind::MamoriDatabase, 0, {}}};
    const qint64 id = m_window->backups().addPlan(plan);
    ASSERT_NE(id, 0);
    EXPECT_TRUE(attention.isReading()) << "a change asks for a read";
    QCoreApplication::processEvents(); // the read starts on the worker
    // A run recorded while that read may still be going: the list shown is read after it.
    BackupRun failed;
    failed.planId = id;
    failed.startedAt = Clock::nowUtc();
    failed.endedAt = failed.startedAt;
    failed.result = RunResult::Failed;
    ASSERT_NE(m_window->backups().recordRun(failed), 0);
    QSignalSpy changed(&attention, &AttentionMonitor::changed);
    QTRY_VERIFY(!attention.isReading());
    EXPECT_GE(changed.count(), 1);
    const auto failedReminder =
        std::find_if(attention.reminders().cbegin(), attention.reminders().cend(),
                     [&](const Reminder &reminder) {
                         return reminder.key == QStringLiteral("backup:%1").arg(id);
                     });
    ASSERT_NE(failedReminder, attention.reminders().cend());
    EXPECT_EQ(failedReminder->title, QStringLiteral("Backup “NAS nightly”: the last run failed"));
    EXPECT_EQ(attention.count(Page::Backups), 1);
}
