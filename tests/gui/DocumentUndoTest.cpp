#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SettingsDocument.h"
#include "action/ActionDocument.h"
#include "storage/DeclarationRepository.h"
#include "storage/DiagnosisRepository.h"
#include "storage/FiveRuleRepository.h"
#include "storage/PolicyRepository.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>

using namespace mamori;

// Every SECURITY ACTION and settings edit is an undo command: undo gives back what the
// database held before, redo what the edit wrote, both read back from the file, not the widget.
class DocumentUndoTest : public mamori::test::MainWindowFixture
{
protected:
    ActionDocument &action() { return m_window->action(); }
    QUndoStack &actionStack() { return action().undoStack(); }
    Database &database() { return *m_session.database(); }

    FiveRuleStatus storedRule(int rule)
    {
        auto all = FiveRuleRepository(database()).loadAll();
        EXPECT_TRUE(mamori::test::isOk(all));
        return all ? all->at(rule - 1) : FiveRuleStatus();
    }

    QList<Declaration> storedDeclarations()
    {
        auto all = DeclarationRepository(database()).all();
        EXPECT_TRUE(mamori::test::isOk(all));
        return all ? *all : QList<Declaration>();
    }

    QList<DiagnosisSession> storedDiagnoses()
    {
        auto all = DiagnosisRepository(database()).all();
        EXPECT_TRUE(mamori::test::isOk(all));
        return all ? *all : QList<DiagnosisSession>();
    }

    QList<PolicyVersion> storedPolicy()
    {
        auto all = PolicyRepository(database()).all();
        EXPECT_TRUE(mamori::test::isOk(all));
        return all ? *all : QList<PolicyVersion>();
    }

    static diagnosis::Answers someAnswers(int answer)
    {
        diagnosis::Answers answers;
        for (int item = 1; item <= 10; ++item)
            answers.insert(item, answer);
        return answers;
    }
};

TEST_F(DocumentUndoTest, AFiveRuleEditIsUndoneAndRedone)
{
    const FiveRuleStatus before = storedRule(2);
    FiveRuleStatus edited = before;
    edited.state = RuleState::InPlace;
    edited.owner = QStringLiteral("総務 田中");
    edited.confirmedOn = QDate(2026, 12, 1);
    QSignalSpy changed(&action(), &ActionDocument::fiveRulesChanged);
    ASSERT_TRUE(action().saveRule(edited));
    EXPECT_EQ(storedRule(2), edited);
    actionStack().undo();
    EXPECT_EQ(storedRule(2), before);
    actionStack().redo();
    EXPECT_EQ(storedRule(2), edited);
    EXPECT_EQ(changed.count(), 3); // each write tells the views
}

TEST_F(DocumentUndoTest, DeclarationsAddEditAndDeleteAreUndoneInTurn)
{
    Declaration declaration;
    declaration.level = 1;
    declaration.declaredOn = QDate(2025, 6, 2);
    declaration.declarationId = QStringLiteral("4-1234 5678");
    const qint64 id = action().addDeclaration(declaration);
    ASSERT_NE(id, 0);
    declaration.id = id;
    Declaration withdrawn = declaration;
    withdrawn.withdrawnOn = QDate(2026, 3, 31);
    ASSERT_TRUE(action().updateDeclaration(withdrawn));
    ASSERT_TRUE(action().removeDeclaration(id));
    EXPECT_TRUE(storedDeclarations().isEmpty());
    EXPECT_EQ(actionStack().undoText(), QStringLiteral("Delete the ★ One star declaration"));

    actionStack().undo(); // the delete: back under its old id, withdrawn
    ASSERT_EQ(storedDeclarations().size(), 1);
    EXPECT_EQ(storedDeclarations().constFirst().id, id);
    EXPECT_EQ(storedDeclarations().constFirst().withdrawnOn, QDate(2026, 3, 31));
    actionStack().undo(); // the withdrawal
    EXPECT_FALSE(storedDeclarations().constFirst().withdrawnOn.isValid());
    actionStack().undo(); // the add
    EXPECT_TRUE(storedDeclarations().isEmpty());
    actionStack().redo();
    ASSERT_EQ(storedDeclarations().size(), 1);
    EXPECT_EQ(storedDeclarations().constFirst().declarationId, QStringLiteral("4-1234 5678"));
}

TEST_F(DocumentUndoTest, ADraftKeepsItsIdThroughUndoAndRedo)
{
    DiagnosisSession draft;
    draft.title = QStringLiteral("2026年度 自社診断");
    draft.answeredOn = QDate(2026, 12, 7);
    draft.answers = someAnswers(diagnosis::done);
    const qint64 id = action().saveDiagnosisDraft(draft);
    ASSERT_NE(id, 0);
    draft.id = id;
    draft.answers = someAnswers(diagnosis::partly);
    ASSERT_EQ(action().saveDiagnosisDraft(draft), id);

    actionStack().undo(); // the second save: the first answers again
    ASSERT_EQ(storedDiagnoses().size(), 1);
    EXPECT_EQ(storedDiagnoses().constFirst().answers, someAnswers(diagnosis::done));
    actionStack().undo(); // the new draft is gone
    EXPECT_TRUE(storedDiagnoses().isEmpty());
    actionStack().redo(); // and comes back under the same id, so later commands still find it
    ASSERT_EQ(storedDiagnoses().size(), 1);
    EXPECT_EQ(storedDiagnoses().constFirst().id, id);
    actionStack().redo();
    EXPECT_EQ(storedDiagnoses().constFirst().answers, someAnswers(diagnosis::partly));

    ASSERT_TRUE(action().removeDiagnosisDraft(id));
    EXPECT_TRUE(storedDiagnoses().isEmpty());
    actionStack().undo();
    ASSERT_EQ(storedDiagnoses().size(), 1);
    EXPECT_EQ(storedDiagnoses().constFirst().title, QStringLiteral("2026年度 自社診断"));
}

TEST_F(DocumentUndoTest, PolicyVersionsPublicationAndReviewAreUndone)
{
    PolicyDocument document;
    document.title = QStringLiteral("情報セキュリティ基本方針");
    document.sections << PolicyDocument::Section{QStringLiteral("purpose"), QStringLiteral("目的"),
                                                 QStringLiteral("お客様の情報を守ります。")};
    const auto saved = action().savePolicyVersion(document, QDate(2026, 4, 1));
    ASSERT_TRUE(saved);
    ASSERT_TRUE(action().recordPolicyPublication(saved->id, QDate(2026, 4, 2),
                                                 QStringLiteral("https://example.jp/policy")));
    ASSERT_TRUE(action().recordPolicyReview(saved->id, QDate(2026, 11, 30)));
    EXPECT_EQ(storedPolicy().constFirst().reviewedOn, QDate(2026, 11, 30));

    actionStack().undo();
    EXPECT_FALSE(storedPolicy().constFirst().reviewedOn.isValid());
    EXPECT_EQ(storedPolicy().constFirst().publishedOn, QDate(2026, 4, 2));
    actionStack().undo();
    EXPECT_FALSE(storedPolicy().constFirst().publishedOn.isValid());
    EXPECT_TRUE(storedPolicy().constFirst().publishedUrl.isEmpty());
    actionStack().undo();
    EXPECT_TRUE(storedPolicy().isEmpty());
    actionStack().redo();
    ASSERT_EQ(storedPolicy().size(), 1);
    EXPECT_EQ(storedPolicy().constFirst().document, document);
}

// Completing makes a diagnosis read-only in the database, so it cannot be an undo command: the
// history before it is dropped, and Edit → Undo says why instead of staying silent.
TEST_F(DocumentUndoTest, CompletingADiagnosisFencesTheHistoryWithTheReasonInTheTooltip)
{
    FiveRuleStatus rule = storedRule(1);
    rule.state = RuleState::InPlace;
    ASSERT_TRUE(action().saveRule(rule));
    m_window->showPage(Page::SecurityAction);
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->isEnabled());

    DiagnosisSession session;
    session.answeredOn = QDate(2026, 12, 7);
    for (int item = 1; item <= diagnosis::itemCount; ++item)
        session.answers.insert(item, diagnosis::done);
    ASSERT_TRUE(mamori::test::isOk(action().completeDiagnosis(session)));

    EXPECT_FALSE(actionStack().canUndo());
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(action().fenceReason().isEmpty());
    EXPECT_TRUE(undo->toolTip().contains(action().fenceReason())) << undo->toolTip().toStdString();
    EXPECT_TRUE(m_window->findChild<QMenu *>(QStringLiteral("editMenu"))->toolTipsVisible());
    EXPECT_EQ(storedRule(1).state, RuleState::InPlace); // the earlier edit stays

    // The next command lifts the fence: Undo is about that command again.
    rule.owner = QStringLiteral("佐藤");
    ASSERT_TRUE(action().saveRule(rule));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(action().fenceReason().isEmpty());
}

TEST_F(DocumentUndoTest, SettingsEditsAreUndone)
{
    SettingsDocument &settings = m_window->settings();
    CompanyProfile profile = **settings.companyProfile();
    const CompanyProfile before = profile;
    profile.name = QStringLiteral("みらい精工株式会社");
    ASSERT_TRUE(settings.saveCompanyProfile(profile));
    ActionIntervals intervals;
    intervals.diagnosisMonths = 6;
    ASSERT_TRUE(settings.saveReminderIntervals(intervals));
    EXPECT_EQ(settings.reminderIntervals()->diagnosisMonths, 6);

    settings.undoStack().undo();
    EXPECT_EQ(settings.reminderIntervals()->diagnosisMonths, 12);
    settings.undoStack().undo();
    EXPECT_EQ((*settings.companyProfile())->name, before.name);
    settings.undoStack().redo();
    EXPECT_EQ((*settings.companyProfile())->name, QStringLiteral("みらい精工株式会社"));
}

// An answer sheet with gaps is refused before anything is written: no draft appears, and the
// earlier edits can still be undone.
TEST_F(DocumentUndoTest, AnIncompleteDiagnosisIsRefusedWithoutWritingOrFencing)
{
    FiveRuleStatus rule = storedRule(4);
    rule.state = RuleState::Partly;
    ASSERT_TRUE(action().saveRule(rule));
    DiagnosisSession session;
    session.answeredOn = QDate(2026, 12, 7);
    session.answers = someAnswers(diagnosis::done); // 10 of 25
    const auto completed = action().completeDiagnosis(session);
    ASSERT_FALSE(completed);
    EXPECT_TRUE(completed.error().message.contains(QStringLiteral("15"))) // items left
        << completed.error().message.toStdString();
    EXPECT_TRUE(storedDiagnoses().isEmpty());
    EXPECT_TRUE(actionStack().canUndo());
    EXPECT_TRUE(action().fenceReason().isEmpty());
}
