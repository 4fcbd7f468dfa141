#include "GuiTestSupport.h"

#include "action/ActionDocument.h"
#include "action/DiagnosisItemWidget.h"
#include "action/DiagnosisPanel.h"
#include "action/FiveRulesPanel.h"
#include "action/SecurityActionPage.h"
#include "services/ActionSnapshotLoader.h"
#include "services/DemoCompany.h"
#include "storage/ActionSettingsRepository.h"
#include "storage/DeclarationRepository.h"
#include "storage/DiagnosisRepository.h"
#include "storage/FiveRuleRepository.h"
#include "storage/InventoryEvidenceQuery.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

using namespace mamori;

class SecurityActionPageTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_window->showPage(Page::SecurityAction);
        m_page = m_window->findChild<SecurityActionPage *>();
        ASSERT_TRUE(m_page);
        m_diagnosis = m_page->diagnosisPanel();
        m_rules = m_page->fiveRulesPanel();
    }

    QString labelText(QWidget *parent, const char *name) const
    {
        auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text()
                     : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
    }

    void answer(int item, int value)
    {
        DiagnosisItemWidget *widget = m_diagnosis->itemWidget(item);
        ASSERT_TRUE(widget) << item;
        QRadioButton *button = widget->button(value);
        ASSERT_TRUE(button) << value;
        ASSERT_TRUE(button->isEnabled()) << item;
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
        ASSERT_TRUE(button->isChecked()) << item;
    }

    SecurityActionPage *m_page = nullptr;
    DiagnosisPanel *m_diagnosis = nullptr;
    FiveRulesPanel *m_rules = nullptr;
};

TEST_F(SecurityActionPageTest, AnswersADiagnosisAndShowsScoreAndBand)
{
    m_page->showSection(SecurityActionPage::Section::Diagnosis);
    auto *complete = m_diagnosis->findChild<QPushButton *>(QStringLiteral("completePushButton"));
    for (int item = 1; item <= 20; ++item)
        answer(item, diagnosis::done);
    EXPECT_FALSE(complete->isEnabled()); // five items still open
    EXPECT_TRUE(labelText(m_diagnosis, "scoreLabel").contains(QStringLiteral("80")));
    for (int item = 21; item <= 24; ++item)
        answer(item, diagnosis::partly);
    answer(25, diagnosis::dontKnow);

    // 20 × 4 + 4 × 2 − 1 = 87: the 70–99 band, with item 25 to resolve.
    EXPECT_EQ(labelText(m_diagnosis, "scoreLabel"), QStringLiteral("87 points out of 100"));
    auto content = SelfDiagnosisContent::load(UiLanguage::English);
    ASSERT_TRUE(content);
    const SelfDiagnosisContent::Band *band = content->bandFor(87);
    ASSERT_TRUE(band);
    EXPECT_EQ(band->min, 70);
    EXPECT_TRUE(labelText(m_diagnosis, "bandLabel").contains(band->title));
    const QString result =
        m_diagnosis->findChild<QTextBrowser *>(QStringLiteral("resultTextBrowser"))->toPlainText();
    EXPECT_TRUE(result.contains(QStringLiteral("“don't know”: 25"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("20 of 20"))) << result.toStdString();

    ASSERT_TRUE(complete->isEnabled());
    Dialogs::setNextConfirmation(true);
    QTest::mouseClick(complete, Qt::LeftButton);

    auto latest = DiagnosisRepository(*m_session.database()).latestCompleted();
    ASSERT_TRUE(latest);
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ(diagnosis::score((*latest)->answers).total, 87);
    EXPECT_EQ((*latest)->answers.value(25), diagnosis::dontKnow);
    // Completed: read-only in the UI as well.
    EXPECT_TRUE(m_diagnosis->currentSession().completed);
    EXPECT_FALSE(m_diagnosis->itemWidget(1)->button(diagnosis::notDone)->isEnabled());
    EXPECT_FALSE(complete->isEnabled());
    // The readiness summary now names the unresolved item rather than a missing diagnosis.
    const QString twoStars = labelText(m_page, "twoStarsLabel");
    EXPECT_FALSE(twoStars.contains(QStringLiteral("No self-diagnosis"))) << twoStars.toStdString();
    EXPECT_TRUE(twoStars.contains(QStringLiteral("25"))) << twoStars.toStdString();

    auto *comparison =
        m_diagnosis->findChild<QTableWidget *>(QStringLiteral("comparisonTableWidget"));
    EXPECT_EQ(comparison->columnCount(), 1);
    EXPECT_EQ(comparison->item(diagnosis::itemCount, 0)->text(), QStringLiteral("87"));

    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        ASSERT_TRUE(m_window->grab().save(screenshotPath(
            QStringLiteral("security-action-diagnosis-%1").arg(languageCode(language)))));
    }
}

TEST_F(SecurityActionPageTest, DraftsKeepPartialAnswersAcrossVisits)
{
    answer(1, diagnosis::partly);
    answer(2, diagnosis::notDone);
    QTest::mouseClick(m_diagnosis->findChild<QPushButton *>(QStringLiteral("saveDraftPushButton")),
                      Qt::LeftButton);
    EXPECT_FALSE(m_diagnosis->hasUnsavedChanges());
    auto sessions = DiagnosisRepository(*m_session.database()).all();
    ASSERT_TRUE(sessions);
    ASSERT_EQ(sessions->size(), 1);
    EXPECT_FALSE(sessions->constFirst().completed);
    EXPECT_EQ(sessions->constFirst().answers.size(), 2);

    // A new window on the same file opens the draft again.
    m_window->showPage(Page::Assets);
    DiagnosisPanel reopened(m_window->action());
    reopened.reload();
    EXPECT_EQ(reopened.currentSession().id, sessions->constFirst().id);
    EXPECT_EQ(reopened.itemWidget(1)->answer(), std::optional<int>(diagnosis::partly));
    EXPECT_EQ(reopened.itemWidget(2)->answer(), std::optional<int>(diagnosis::notDone));
    EXPECT_EQ(reopened.itemWidget(3)->answer(), std::nullopt);

    // Deleting the draft asks first.
    Dialogs::setNextConfirmation(true);
    QTest::mouseClick(reopened.findChild<QPushButton *>(QStringLiteral("deletePushButton")),
                      Qt::LeftButton);
    auto after = DiagnosisRepository(*m_session.database()).all();
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->isEmpty());
}

TEST_F(SecurityActionPageTest, SuggestsAnswersFromTheInventory)
{
    ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 60)));
    m_window->inventory().changedOutside(QStringLiteral("demo data"));
    // Counted on a worker: the window stays usable meanwhile.
    EXPECT_TRUE(m_page->isCountingInventory());
    QTRY_VERIFY(!m_page->isCountingInventory());
    DiagnosisItemWidget *updates = m_diagnosis->itemWidget(1);
    auto *use = updates->findChild<QPushButton *>(QStringLiteral("useSuggestionButton"));
    ASSERT_TRUE(use);
    ASSERT_TRUE(use->isVisibleTo(updates));     // the demo company has PCs past end of support
    EXPECT_EQ(updates->answer(), std::nullopt); // suggested, never filled silently
    QTest::mouseClick(use, Qt::LeftButton);
    ASSERT_TRUE(updates->answer().has_value());
    EXPECT_LT(*updates->answer(), diagnosis::done);
    EXPECT_TRUE(m_diagnosis->hasUnsavedChanges());
    Dialogs::setNextConfirmation(true); // discard on close
}

TEST_F(SecurityActionPageTest, RecordsAFiveRuleStatus)
{
    m_page->showSection(SecurityActionPage::Section::FiveRules);
    const auto missingRule = [this](int rule) {
        const QString name = QStringLiteral("Rule %1 ").arg(rule);
        for (const QString &line : m_page->readiness().missingForOneStar) {
            if (line.startsWith(name))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(missingRule(3));
    auto *oneStar = m_page->findChild<QLabel *>(QStringLiteral("oneStarLabel"));
    EXPECT_TRUE(oneStar->toolTip().contains(QStringLiteral("Rule 3"))); // the full list
    m_rules->selectRule(3);
    auto *status = m_rules->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    status->setCurrentIndex(0); // in place
    emit status->activated(0);
    auto *owner = m_rules->findChild<QLineEdit *>(QStringLiteral("ownerLineEdit"));
    QTest::keyClicks(owner, QStringLiteral("Sato"));
    QTest::mouseClick(m_rules->findChild<QPushButton *>(QStringLiteral("confirmTodayPushButton")),
                      Qt::LeftButton);
    QTest::mouseClick(m_rules->findChild<QPushButton *>(QStringLiteral("savePushButton")),
                      Qt::LeftButton);

    auto statuses = FiveRuleRepository(*m_session.database()).loadAll();
    ASSERT_TRUE(statuses);
    const FiveRuleStatus &rule3 = statuses->at(2);
    EXPECT_EQ(rule3.state, RuleState::InPlace);
    EXPECT_EQ(rule3.owner, QStringLiteral("Sato"));
    EXPECT_EQ(rule3.confirmedOn, QDate::currentDate());
    EXPECT_FALSE(missingRule(3));
    EXPECT_TRUE(missingRule(1));
    EXPECT_FALSE(oneStar->toolTip().contains(QStringLiteral("Rule 3")));

    m_window->applyLanguage(UiLanguage::Japanese);
    // The menu bar and the form lay out again for the longer Japanese labels a few event-loop
    // turns after the switch; a grab at 50 ms caught them half done.
    QTest::qWait(500);
    ASSERT_TRUE(m_window->grab().save(screenshotPath(QStringLiteral("security-action-rules-ja"))));
}

TEST_F(SecurityActionPageTest, ReminderIntervalsAreSavedFromSettings)
{
    m_window->showPage(Page::Settings);
    auto *diagnosisInterval =
        m_window->findChild<QSpinBox *>(QStringLiteral("diagnosisIntervalSpinBox"));
    ASSERT_TRUE(diagnosisInterval);
    EXPECT_EQ(diagnosisInterval->value(), 12);
    diagnosisInterval->setValue(6);
    auto intervals = ActionSettingsRepository(*m_session.database()).intervals();
    ASSERT_TRUE(intervals);
    EXPECT_EQ(intervals->diagnosisMonths, 6);
    EXPECT_EQ(intervals->policyReviewMonths, 12);

    // A file opened later shows its own intervals.
    const QString other = tempPath(QStringLiteral("other.sqlite"));
    ASSERT_TRUE(m_window->openDatabase(other));
    EXPECT_EQ(diagnosisInterval->value(), 12);
}

TEST_F(SecurityActionPageTest, ScreenshotsOfEverySection)
{
    ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 40)));
    m_window->inventory().changedOutside(QStringLiteral("demo data"));
    QTRY_VERIFY(!m_page->isCountingInventory());
    m_window->applyLanguage(UiLanguage::Japanese);
    const QList<std::pair<SecurityActionPage::Section, QString>> sections{
        {SecurityActionPage::Section::FiveRules, QStringLiteral("rules")},
        {SecurityActionPage::Section::Diagnosis, QStringLiteral("diagnosis-new")},
        {SecurityActionPage::Section::Policy, QStringLiteral("policy")},
        {SecurityActionPage::Section::Declarations, QStringLiteral("declarations")}};
    for (const auto &[section, name] : sections) {
        m_page->showSection(section);
        QTest::qWait(30);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("security-action-section-%1-ja").arg(name))));
    }
}
