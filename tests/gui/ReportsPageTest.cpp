#include "GuiTestSupport.h"

#include "Dialogs.h"
#include "reports/ReportsPage.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>

using namespace mamori;

class ReportsPageTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        Dialogs::setAutomaticAnswers(true);
        m_window->resize(1366, 768);
        m_window->showPage(Page::Reports);
        m_page = m_window->findChild<ReportsPage *>();
        ASSERT_TRUE(m_page);
    }
    void TearDown() override
    {
        Dialogs::setAutomaticAnswers(false);
        MainWindowFixture::TearDown();
    }

    template<typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    void choose(report::ReportType type)
    {
        auto *types = child<QComboBox>("typeComboBox");
        types->setCurrentIndex(types->findData(int(type)));
    }

    ReportsPage *m_page = nullptr;
};

TEST_F(ReportsPageTest, SavesAReportAsPdfAndListsItAsIssued)
{
    choose(report::ReportType::Evidence);
    auto *languages = child<QComboBox>("languageComboBox");
    languages->setCurrentIndex(languages->findData(QStringLiteral("en")));
    const QString path = tempPath(QStringLiteral("evidence.pdf"));
    Dialogs::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(path));
    const QString text = mamori::test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("SECURITY ACTION evidence pack")))
        << text.toStdString();

    auto *issued = child<QTableWidget>("issuedTableWidget");
    QTRY_COMPARE(issued->rowCount(), 1);
    const QString fingerprint = issued->item(0, 0)->text();
    EXPECT_EQ(fingerprint.size(), 16);
    EXPECT_TRUE(text.contains(fingerprint)) << "the footer prints the listed fingerprint";
    EXPECT_EQ(issued->item(0, 4)->text().toInt(), text.count(u'\f'));
}

TEST_F(ReportsPageTest, AnIncidentReportNeedsAnIncidentToChoose)
{
    choose(report::ReportType::Incident);
    EXPECT_FALSE(child<QPushButton>("saveButton")->isEnabled());
    EXPECT_TRUE(child<QComboBox>("incidentComboBox")->isVisibleTo(m_page));
    choose(report::ReportType::Management);
    EXPECT_TRUE(child<QPushButton>("saveButton")->isEnabled());
    EXPECT_FALSE(child<QComboBox>("incidentComboBox")->isVisibleTo(m_page));
}

TEST_F(ReportsPageTest, ScreenshotsInBothLanguages)
{
    choose(report::ReportType::Contacts);
    Dialogs::setNextFileName(tempPath(QStringLiteral("contacts.pdf")));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(tempPath(QStringLiteral("contacts.pdf"))));
    choose(report::ReportType::Management);
    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Japanese}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("reports-%1").arg(languageCode(language)))));
    }
    m_window->applyLanguage(UiLanguage::English);
}
