#include "GuiTestSupport.h"

#include "action/ActionDocument.h"

#include "action/DatePromptDialog.h"
#include "action/DeclarationDialog.h"
#include "action/DeclarationsWidget.h"
#include "services/ActionSnapshotLoader.h"
#include "storage/ActionSettingsRepository.h"
#include "storage/DeclarationRepository.h"
#include "storage/FiveRuleRepository.h"
#include "storage/InventoryEvidenceQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace mamori;

class DeclarationsWidgetTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_widget = std::make_unique<DeclarationsWidget>(m_window->action());
        m_widget->resize(800, 480); // about the tab area of the page in a 1100 × 720 window
        m_widget->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_widget.get()));
        m_widget->reload();
    }

    void TearDown() override
    {
        m_widget.reset();
        MainWindowFixture::TearDown();
    }

    QTableWidget *table() const
    {
        return m_widget->findChild<QTableWidget *>(QStringLiteral("declarationsTableWidget"));
    }

    QPushButton *button(const char *name) const
    {
        return m_widget->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    QList<Declaration> stored() const
    {
        auto all = DeclarationRepository(*m_session.database()).all();
        EXPECT_TRUE(mamori::test::isOk(all));
        return all ? *all : QList<Declaration>();
    }

    std::unique_ptr<DeclarationsWidget> m_widget;
};

TEST_F(DeclarationsWidgetTest, OneStarThenTwoStarsThenTheFirstWithdrawn)
{
    // ★ through Add… and its dialog. The ID is free text: its format is not checked.
    mamori::test::answerNextDialog<DeclarationDialog>(
        m_widget.get(), [](DeclarationDialog *dialog) {
            auto *level = dialog->findChild<QComboBox *>(QStringLiteral("levelComboBox"));
            level->setCurrentIndex(level->findData(1));
            dialog->findChild<QDateEdit *>(QStringLiteral("declaredDateEdit"))
                ->setDate(QDate(2025, 6, 2));
            QTest::keyClicks(
                dialog->findChild<QLineEdit *>(QStringLiteral("declarationIdLineEdit")),
                QStringLiteral("4-1234 5678x"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("logoLineEdit")),
                             QStringLiteral("Business cards"));
            dialog->accept();
        });
    QTest::mouseClick(button("addPushButton"), Qt::LeftButton);
    QTRY_COMPARE(table()->rowCount(), 1);

    Declaration twoStars;
    twoStars.level = 2;
    twoStars.declaredOn = QDate(2026, 5, 11);
    twoStars.declarationId = QStringLiteral("51234567890");
    twoStars.gbizAccount = QStringLiteral("soumu@mirai-seiko.example");
    twoStars.logoShownAt = QStringLiteral("Website, business cards");
    ASSERT_TRUE(m_widget->addDeclaration(twoStars));

    ASSERT_EQ(table()->rowCount(), 2);
    EXPECT_EQ(table()->item(0, 0)->text(), QStringLiteral("★★ Two stars"));
    EXPECT_EQ(table()->item(0, 5)->text(), QStringLiteral("In force"));
    EXPECT_EQ(table()->item(1, 0)->text(), QStringLiteral("★ One star"));
    EXPECT_EQ(table()->item(1, 2)->text(), QStringLiteral("4-1234 5678x"));
    EXPECT_TRUE(table()->item(1, 5)->text().startsWith(QStringLiteral("Replaced by the ★★")));

    // Withdraw… the ★ declaration through its dialog.
    const qint64 oneStarId = m_widget->declarations().at(1).id;
    m_widget->selectDeclaration(oneStarId);
    ASSERT_TRUE(button("withdrawPushButton")->isEnabled());
    mamori::test::answerNextDialog<DatePromptDialog>(m_widget.get(), [](DatePromptDialog *dialog) {
        // Before the declaration itself: refused, the dialog stays open.
        dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2025, 1, 1));
        dialog->accept();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->isHidden());
        dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 5, 11));
        dialog->accept();
    });
    QTest::mouseClick(button("withdrawPushButton"), Qt::LeftButton);
    QTRY_VERIFY(table()->item(1, 5)->text().startsWith(QStringLiteral("Withdrawn on")));
    EXPECT_FALSE(button("withdrawPushButton")->isEnabled()); // already withdrawn

    const QList<Declaration> declarations = stored();
    ASSERT_EQ(declarations.size(), 2);
    EXPECT_EQ(declarations[1].level, 1);
    EXPECT_EQ(declarations[1].declarationId, QStringLiteral("4-1234 5678x"));
    EXPECT_EQ(declarations[1].logoShownAt, QStringLiteral("Business cards"));
    EXPECT_EQ(declarations[1].withdrawnOn, QDate(2026, 5, 11));
    EXPECT_TRUE(declarations[0].inForce());
    auto current = DeclarationRepository(*m_session.database()).current();
    ASSERT_TRUE(mamori::test::isOk(current));
    ASSERT_TRUE(current->has_value());
    EXPECT_EQ((*current)->level, 2);
    EXPECT_EQ((*current)->gbizAccount, QStringLiteral("soumu@mirai-seiko.example"));
}

TEST_F(DeclarationsWidgetTest, DeleteAsksFirstAndIsForMistakes)
{
    Declaration mistake;
    mistake.level = 1;
    mistake.declaredOn = QDate(2026, 2, 1);
    mistake.declarationId = QStringLiteral("typo");
    ASSERT_TRUE(m_widget->addDeclaration(mistake));
    const qint64 id = m_widget->declarations().constFirst().id;

    m_widget->selectDeclaration(id);
    Dialogs::setNextConfirmation(false);
    QTest::mouseClick(button("deletePushButton"), Qt::LeftButton);
    EXPECT_EQ(stored().size(), 1);
    const QStringList asked = Dialogs::takeShownMessages();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.constFirst().contains(QStringLiteral("Withdraw")))
        << asked.constFirst().toStdString();

    Dialogs::setNextConfirmation(true);
    QTest::mouseClick(button("deletePushButton"), Qt::LeftButton);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(table()->rowCount(), 0);
}

TEST_F(DeclarationsWidgetTest, EditingKeepsTheRecordAndChecksTheWithdrawalDate)
{
    Declaration declaration;
    declaration.level = 1;
    declaration.declaredOn = QDate(2025, 6, 2);
    declaration.declarationId = QStringLiteral("41234567890");
    ASSERT_TRUE(m_widget->addDeclaration(declaration));
    declaration = m_widget->declarations().constFirst();

    DeclarationDialog dialog(declaration, m_widget.get());
    auto *withdrawn = dialog.findChild<QCheckBox *>(QStringLiteral("withdrawnCheckBox"));
    withdrawn->setChecked(true);
    dialog.findChild<QDateEdit *>(QStringLiteral("withdrawnDateEdit"))->setDate(QDate(2025, 6, 1));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    dialog.findChild<QDateEdit *>(QStringLiteral("withdrawnDateEdit"))->setDate(QDate(2025, 7, 1));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("gbizLineEdit")),
                     QStringLiteral("soumu@mirai-seiko.example"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(m_widget->updateDeclaration(dialog.declaration()));
    const QList<Declaration> declarations = stored();
    ASSERT_EQ(declarations.size(), 1);
    EXPECT_EQ(declarations[0].id, declaration.id);
    EXPECT_EQ(declarations[0].withdrawnOn, QDate(2025, 7, 1));
    EXPECT_EQ(declarations[0].gbizAccount, QStringLiteral("soumu@mirai-seiko.example"));
}

TEST_F(DeclarationsWidgetTest, ScreenshotsAndWordingInBothLanguages)
{
    Declaration oneStar;
    oneStar.level = 1;
    oneStar.declaredOn = QDate(2025, 6, 2);
    oneStar.declarationId = QStringLiteral("41234567890");
    oneStar.logoShownAt = QStringLiteral("名刺");
    ASSERT_TRUE(m_widget->addDeclaration(oneStar));
    Declaration twoStars = oneStar;
    twoStars.level = 2;
    twoStars.declaredOn = QDate(2026, 5, 11);
    twoStars.declarationId = QStringLiteral("51234567890");
    twoStars.gbizAccount = QStringLiteral("soumu@mirai-seiko.example");
    twoStars.logoShownAt = QStringLiteral("ウェブサイト、名刺");
    ASSERT_TRUE(m_widget->addDeclaration(twoStars));
    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        ASSERT_TRUE(m_widget->grab().save(
            screenshotPath(QStringLiteral("declarations-%1").arg(languageCode(language)))));
        DeclarationDialog dialog(m_widget->declarations().constFirst(), m_widget.get());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        ASSERT_TRUE(dialog.grab().save(
            screenshotPath(QStringLiteral("declaration-dialog-%1").arg(languageCode(language)))));
        // A self-declaration: never worded as a certification.
        QStringList texts;
        for (const QLabel *label :
             m_widget->findChildren<QLabel *>() + dialog.findChildren<QLabel *>())
            texts << label->text();
        for (int column = 0; column < table()->columnCount(); ++column)
            texts << table()->horizontalHeaderItem(column)->text();
        for (const QString &text : texts) {
            EXPECT_FALSE(text.contains(QStringLiteral("認定")) ||
                         text.contains(QStringLiteral("取得")) ||
                         text.contains(QStringLiteral("certified"), Qt::CaseInsensitive))
                << text.toStdString();
        }
    }
}
