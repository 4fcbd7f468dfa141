#include "GuiTestSupport.h"

#include "AttentionMonitor.h"
#include "Clock.h"
#include "Dialogs.h"
#include "incidents/CloseIncidentDialog.h"
#include "incidents/ContactsWidget.h"
#include "incidents/IncidentDocument.h"
#include "incidents/IncidentPanel.h"
#include "incidents/IncidentsPage.h"
#include "incidents/PlaybookLibraryWidget.h"
#include "incidents/PpcDraftDialog.h"
#include "incidents/StartIncidentDialog.h"
#include "incidents/TimelineEntryBar.h"
#include "storage/AssetLinkRepository.h"
#include "storage/AssetRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace mamori;

class IncidentsPageTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_window->resize(1366, 768);
        m_window->showPage(Page::Incidents);
        m_page = m_window->findChild<IncidentsPage *>();
        ASSERT_TRUE(m_page);
        m_panel = m_page->incidentPanel();
    }

    // The accounting PC that holds the customer list: personal data in the inventory.
    qint64 addPcWithCustomerList()
    {
        Database &db = *m_session.database();
        Device pc;
        pc.assetNumber = QStringLiteral("PC-001");
        pc.name = QStringLiteral("経理PC");
        const auto pcId = AssetRepository<Device>(db).insert(pc);
        EXPECT_TRUE(mamori::test::isOk(pcId));
        InformationAsset customers;
        customers.businessArea = QStringLiteral("営業");
        customers.name = QStringLiteral("顧客名簿");
        customers.personalData = PersonalData::Personal;
        customers.confidentiality = 3;
        const auto customersId = AssetRepository<InformationAsset>(db).insert(customers);
        EXPECT_TRUE(mamori::test::isOk(customersId));
        EXPECT_TRUE(mamori::test::isOk(AssetLinkRepository(db).linkAll({{*customersId, *pcId}})));
        m_window->inventory().changedOutside(QStringLiteral("test data"));
        return *pcId;
    }

    // Starts a ransomware incident through the start dialog, as a person would.
    qint64 startRansomware(qint64 deviceId, bool unauthorisedPurpose)
    {
        mamori::test::answerNextDialog<StartIncidentDialog>(
            m_window.get(), [&](StartIncidentDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))
                    ->setText(QStringLiteral("経理PCのファイルが暗号化された"));
                dialog->findChild<QLineEdit *>(QStringLiteral("reporterLineEdit"))
                    ->setText(QStringLiteral("田中"));
                dialog->addDevice(deviceId, QStringLiteral("PC-001 経理PC"));
                dialog->findChild<QCheckBox *>(QStringLiteral("unauthorisedCheckBox"))
                    ->setChecked(unauthorisedPurpose);
                dialog->grab().save(screenshotPath(QStringLiteral("incidents-start-en")));
                dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                    ->button(QDialogButtonBox::Ok)
                    ->click();
            });
        m_page->startFromPlaybook(QStringLiteral("ransomware"));
        return m_panel->currentIncidentId();
    }

    IncidentFile currentFile() const
    {
        auto file = m_window->incidents().file(m_panel->currentIncidentId());
        EXPECT_TRUE(mamori::test::isOk(file));
        return file ? *file : IncidentFile{};
    }

    QTreeWidget *tree(const char *name) const
    {
        return m_panel->findChild<QTreeWidget *>(QString::fromLatin1(name));
    }

    IncidentsPage *m_page = nullptr;
    IncidentPanel *m_panel = nullptr;
};

TEST_F(IncidentsPageTest, RunsAnIncidentThroughStepsADecisionAndACorrection)
{
    const Clock::Override now(QDateTime(QDate(2026, 6, 1), QTime(1, 30), Qt::UTC));
    const qint64 pc = addPcWithCustomerList();
    const qint64 id = startRansomware(pc, true);
    ASSERT_NE(id, 0) << "the dialog started an incident and the panel shows it";
    ASSERT_EQ(tree("incidentTreeWidget")->topLevelItemCount(), 1);

    IncidentFile file = currentFile();
    EXPECT_EQ(file.incident.title, QStringLiteral("経理PCのファイルが暗号化された"));
    ASSERT_GE(file.steps.size(), 3);
    ASSERT_EQ(file.exposed.size(), 1) << "the customer list comes through the PC's link";
    EXPECT_TRUE(file.incident.triggers.personalData);
    EXPECT_FALSE(file.clocks.isEmpty()) << "personal data and a trigger start the legal clocks";
    EXPECT_EQ(tree("checklistTreeWidget")->topLevelItemCount() > 0, true);
    EXPECT_GE(tree("clocksTreeWidget")->topLevelItemCount(), 2);
    EXPECT_TRUE(m_panel->findChild<QLabel *>(QStringLiteral("riskLabel"))
                    ->text()
                    .contains(QStringLiteral("顧客名簿")));

    // Three steps ticked from the checklist, each with time and person.
    for (int number = 1; number <= 3; ++number) {
        ASSERT_TRUE(m_panel->selectStep(number));
        m_panel->tickSelectedStep();
    }
    file = currentFile();
    for (int index = 0; index < 3; ++index) {
        EXPECT_EQ(file.steps[index].state, StepState::Done) << index;
        EXPECT_FALSE(file.steps[index].doneBy.isEmpty());
        EXPECT_TRUE(file.steps[index].doneAt.isValid());
    }
    EXPECT_EQ(file.steps[3].state, StepState::Open);
    // A tick is an undo command.
    m_window->incidents().undoStack().undo();
    EXPECT_EQ(currentFile().steps[2].state, StepState::Open);
    m_window->incidents().undoStack().redo();
    EXPECT_EQ(currentFile().steps[2].state, StepState::Done);

    // A decision from the entry line: who decided, what, why.
    TimelineEntryBar *bar = m_panel->entryBar();
    bar->setKind(EntryKind::Decision);
    bar->findChild<QLineEdit *>(QStringLiteral("entryLineEdit"))
        ->setText(QStringLiteral("製造ラインを止める"));
    bar->findChild<QLineEdit *>(QStringLiteral("decidedByLineEdit"))
        ->setText(QStringLiteral("社長"));
    bar->findChild<QLineEdit *>(QStringLiteral("whyLineEdit"))
        ->setText(QStringLiteral("共有フォルダにも広がっている"));
    ASSERT_TRUE(bar->submit());
    file = currentFile();
    const TimelineEntry decision = file.timeline.constLast();
    EXPECT_EQ(decision.kind, EntryKind::Decision);
    EXPECT_EQ(decision.decidedBy, QStringLiteral("社長"));
    EXPECT_EQ(decision.reason, QStringLiteral("共有フォルダにも広がっている"));
    EXPECT_TRUE(bar->text().isEmpty()) << "the line is cleared once written";

    // A note typed with one keystroke (Enter), then corrected by a new entry.
    bar->setKind(EntryKind::Note);
    auto *line = bar->findChild<QLineEdit *>(QStringLiteral("entryLineEdit"));
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("NAS ok"));
    QTest::keyClick(line, Qt::Key_Return);
    file = currentFile();
    const TimelineEntry wrong = file.timeline.constLast();
    ASSERT_EQ(wrong.text, QStringLiteral("NAS ok"));
    ASSERT_TRUE(m_panel->selectEntry(wrong.id));
    m_panel->correctSelectedEntry();
    line->setText(QStringLiteral("NASも暗号化されていた"));
    ASSERT_TRUE(bar->submit());
    file = currentFile();
    const TimelineEntry correction = file.timeline.constLast();
    EXPECT_EQ(correction.corrects, std::optional<qint64>(wrong.id));
    EXPECT_EQ(file.timeline.size(), 4)
        << "start, decision, note and its correction: nothing replaced";
    EXPECT_EQ(tree("timelineTreeWidget")->topLevelItemCount(), 4);

    // The PPC draft: what Mamori knows is filled in, the rest marked to complete.
    QString draftText;
    mamori::test::answerNextDialog<PpcDraftDialog>(m_window.get(), [&](PpcDraftDialog *dialog) {
        auto *text = dialog->findChild<QPlainTextEdit *>();
        ASSERT_TRUE(text);
        draftText = text->toPlainText();
        dialog->grab().save(screenshotPath(QStringLiteral("incidents-ppc-draft-en")));
    });
    m_panel->showPpcDraft();
    EXPECT_TRUE(draftText.contains(QStringLiteral("顧客名簿"))) << draftText.toStdString();

    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Japanese}) {
        m_window->applyLanguage(language);
        QTest::qWait(200);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("incidents-running-%1").arg(languageCode(language)))));
    }
    m_window->applyLanguage(UiLanguage::English);
}

TEST_F(IncidentsPageTest, TypedTextSurvivesMovingBetweenIncidents)
{
    const Clock::Override now(QDateTime(QDate(2026, 6, 1), QTime(1, 30), Qt::UTC));
    const qint64 pc = addPcWithCustomerList();
    const qint64 first = startRansomware(pc, false);
    const qint64 second = startRansomware(pc, false);
    ASSERT_NE(first, second);
    ASSERT_TRUE(m_panel->selectIncident(first));
    auto *line = m_panel->entryBar()->findChild<QLineEdit *>(QStringLiteral("entryLineEdit"));
    line->setText(QStringLiteral("書きかけのメモ"));
    ASSERT_TRUE(m_panel->selectIncident(second));
    EXPECT_TRUE(line->text().isEmpty());
    ASSERT_TRUE(m_panel->selectIncident(first));
    EXPECT_EQ(line->text(), QStringLiteral("書きかけのメモ"));
}

TEST_F(IncidentsPageTest, ClosingAsksForTheCauseAndRefusesWhileStepsAreOpen)
{
    const Clock::Override now(QDateTime(QDate(2026, 6, 1), QTime(1, 30), Qt::UTC));
    const qint64 id = startRansomware(addPcWithCustomerList(), false);
    ASSERT_NE(id, 0);

    // Open steps and clocks: OK without a reason to override is refused, the dialog stays.
    bool refused = false;
    mamori::test::answerNextDialog<CloseIncidentDialog>(
        m_window.get(), [&](CloseIncidentDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("causePlainTextEdit"))
                ->setPlainText(QStringLiteral("添付ファイルを開いた"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("impactPlainTextEdit"))
                ->setPlainText(QStringLiteral("2日間の停止"));
            EXPECT_FALSE(
                dialog->findChild<QLabel *>(QStringLiteral("blockersLabel"))->text().isEmpty());
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
            refused = dialog->isVisible();
            EXPECT_FALSE(
                dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
        });
    m_panel->closeIncident();
    EXPECT_TRUE(refused);
    EXPECT_NE(currentFile().incident.status, IncidentStatus::Closed);

    // With a reason it closes; undo reopens it.
    mamori::test::answerNextDialog<CloseIncidentDialog>(
        m_window.get(), [&](CloseIncidentDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("causePlainTextEdit"))
                ->setPlainText(QStringLiteral("添付ファイルを開いた"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("impactPlainTextEdit"))
                ->setPlainText(QStringLiteral("2日間の停止"));
            dialog->findChild<QLineEdit *>(QStringLiteral("overrideLineEdit"))
                ->setText(QStringLiteral("残りは再発防止の計画で扱う"));
            auto *records =
                dialog->findChild<QListWidget *>(QStringLiteral("changedRecordsListWidget"));
            ASSERT_EQ(records->count(), 6) << "the policy and the five rules";
            records->item(2)->setCheckState(Qt::Checked); // rule 2
            dialog->findChild<QLineEdit *>(QStringLiteral("changedDevicesLineEdit"))
                ->setText(QStringLiteral("PC-001、 NAS-01"));
            dialog->grab().save(screenshotPath(QStringLiteral("incidents-close-en")));
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
    m_panel->closeIncident();
    auto closed = m_window->incidents().file(id);
    ASSERT_TRUE(mamori::test::isOk(closed));
    EXPECT_EQ(closed->incident.status, IncidentStatus::Closed);
    EXPECT_EQ(closed->incident.closeOut.cause, QStringLiteral("添付ファイルを開いた"));
    EXPECT_EQ(closed->incident.closeOut.changedRecords,
              (QStringList{QStringLiteral("rule:2"), QStringLiteral("device:PC-001"),
                           QStringLiteral("device:NAS-01")}));
    m_window->incidents().undoStack().undo();
    EXPECT_NE((*m_window->incidents().file(id)).incident.status, IncidentStatus::Closed);
}

TEST_F(IncidentsPageTest, PlaybooksAndContactsTabsShowTheBundledContent)
{
    m_page->showSection(IncidentsPage::Section::Playbooks);
    auto *playbooks =
        m_page->playbookLibrary()->findChild<QListWidget *>(QStringLiteral("playbookListWidget"));
    ASSERT_TRUE(playbooks);
    EXPECT_EQ(playbooks->count(), 7);
    auto *steps =
        m_page->playbookLibrary()->findChild<QTreeWidget *>(QStringLiteral("stepsTreeWidget"));
    EXPECT_EQ(steps->topLevelItemCount(), 3) << "the three phases";
    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Japanese}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("incidents-playbooks-%1").arg(languageCode(language)))));
    }
    m_page->showSection(IncidentsPage::Section::Contacts);
    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Japanese}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("incidents-contacts-%1").arg(languageCode(language)))));
    }
    m_window->applyLanguage(UiLanguage::English);
}

TEST_F(IncidentsPageTest, PrintsTheContactsSheetAndRecordsItAsIssued)
{
    m_page->showSection(IncidentsPage::Section::Contacts);
    ContactsWidget *contacts = m_page->contactsWidget();
    auto *person = contacts->findChild<QLineEdit *>(QStringLiteral("contactPersonLineEdit"));
    auto *phone = contacts->findChild<QLineEdit *>(QStringLiteral("contactPhoneLineEdit"));
    ASSERT_TRUE(person && phone);
    ASSERT_FALSE(contacts->currentKey().isEmpty());
    person->setText(QStringLiteral("山本 一郎"));
    // Left unsaved: printing asks to save first, and the sheet shows the saved values.
    phone->setText(QStringLiteral("03-5555-0147"));
    Dialogs::setNextConfirmation(true);
    const QString path = tempPath(QStringLiteral("contacts-sheet.pdf"));
    Dialogs::setNextFileName(path);
    QTest::mouseClick(contacts->findChild<QPushButton *>(QStringLiteral("printSheetPushButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(path));
    EXPECT_FALSE(contacts->hasUnsavedChanges());
    const QString text = mamori::test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("山本 一郎"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("03-5555-0147"))) << text.toStdString();

    const QStringList issued = mamori::test::rawQuery(
        m_databasePath,
        QStringLiteral("SELECT report_type, content_sha256, page_count FROM report_issued"));
    ASSERT_EQ(issued.size(), 1);
    const QStringList row = issued.constFirst().split(u'|');
    EXPECT_EQ(row.value(0), QStringLiteral("contacts"));
    const QString fingerprint = row.value(1);
    ASSERT_EQ(fingerprint.size(), 64);
    EXPECT_EQ(row.value(2).toInt(), text.count(u'\f'));
    EXPECT_TRUE(text.contains(fingerprint.left(16))) << "the footer prints the fingerprint";
    EXPECT_TRUE(m_page->state().contains(fingerprint.left(16))) << m_page->state().toStdString();

    // Cancelling the save dialog makes nothing and records nothing more.
    Dialogs::setNextFileName(QString());
    QTest::mouseClick(contacts->findChild<QPushButton *>(QStringLiteral("printSheetPushButton")),
                      Qt::LeftButton);
    EXPECT_EQ(mamori::test::rawQuery(m_databasePath, QStringLiteral("SELECT id FROM report_issued"))
                  .size(),
              1);
    ASSERT_TRUE(
        m_window->grab().save(screenshotPath(QStringLiteral("incidents-contacts-printed"))));
}
