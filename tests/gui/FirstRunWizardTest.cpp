#include "TestEnvironment.h"

#include "DatabaseSession.h"
#include "FirstRunWizard.h"
#include "Language.h"
#include "SettingsDocument.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWizardPage>

using namespace mamori;

class FirstRunWizardTest : public mamori::test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        ASSERT_TRUE(m_translations.install(UiLanguage::English));
        ASSERT_TRUE(mamori::test::isOk(m_session.open(tempPath(QStringLiteral("first.sqlite")))));
        m_wizard = std::make_unique<FirstRunWizard>(m_settings, UiLanguage::English);
        QObject::connect(m_wizard.get(), &FirstRunWizard::languageChosen, m_wizard.get(),
                         [this](UiLanguage language) { m_translations.install(language); });
        m_wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    Translations m_translations;
    DatabaseSession m_session;
    SettingsDocument m_settings{m_session};
    std::unique_ptr<FirstRunWizard> m_wizard;
};

TEST_F(FirstRunWizardTest, SavesTheCompanyProfile)
{
    m_wizard->next();
    auto *name = m_wizard->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    ASSERT_TRUE(name);
    QTest::keyClicks(name, QStringLiteral("Hikari Ltd."));
    m_wizard->button(QWizard::FinishButton)->click();
    EXPECT_EQ(m_wizard->result(), QDialog::Accepted);
    auto profile = m_settings.companyProfile();
    ASSERT_TRUE(profile && profile->has_value());
    EXPECT_EQ((*profile)->name, QStringLiteral("Hikari Ltd."));
    EXPECT_EQ((*profile)->fiscalYearStartMonth, 4);
}

TEST_F(FirstRunWizardTest, EmptyNameKeepsTheWizardOpenWithAReason)
{
    m_wizard->next();
    m_wizard->button(QWizard::FinishButton)->click();
    EXPECT_TRUE(m_wizard->isVisible());
    auto *problem = m_wizard->findChild<QLabel *>(QStringLiteral("problemLabel"));
    ASSERT_TRUE(problem);
    EXPECT_FALSE(problem->text().isEmpty());
    EXPECT_FALSE(m_settings.companyProfile()->has_value());
}

TEST_F(FirstRunWizardTest, ChoosingJapaneseTranslatesTheWizardAtOnce)
{
    auto *language = m_wizard->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    ASSERT_TRUE(language);
    auto *page = m_wizard->findChild<QWizardPage *>(QStringLiteral("languageWizardPage"));
    const QString englishTitle = page->title();
    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    emit language->activated(language->currentIndex());
    QCoreApplication::processEvents();
    EXPECT_NE(page->title(), englishTitle);
    EXPECT_EQ(m_translations.current(), UiLanguage::Japanese);
    m_wizard->next();
    ASSERT_TRUE(m_wizard->grab().save(QStringLiteral(MAMORI_SCREENSHOT_DIR "/wizard-ja.png")));
}
