#include "GuiTestSupport.h"

#include "Dialogs.h"
#include "reports/ReportsPage.h"
#include "services/DemoCompany.h"

#include <QComboBox>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
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

TEST_F(ReportsPageTest, PrintPreviewPaintsTheReportBuiltOnAWorkerAndRecordsNothing)
{
    ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 300)));
    choose(report::ReportType::Assets);
    int pages = 0;
    bool shown = false;
    mamori::test::answerNextDialog<QPrintPreviewDialog>(
        m_window.get(), [&](QPrintPreviewDialog *dialog) {
            shown = true;
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            ASSERT_TRUE(preview);
            QTRY_VERIFY(preview->pageCount() > 0);
            pages = preview->pageCount();
            dialog->resize(900, 700);
            QTest::qWait(50);
            EXPECT_TRUE(dialog->grab().save(screenshotPath(QStringLiteral("reports-preview-en"))));
            dialog->reject();
        });
    QTest::mouseClick(child<QPushButton>("previewButton"), Qt::LeftButton);
    ASSERT_TRUE(shown);
    EXPECT_GT(pages, 2) << "300 devices run onto several landscape pages";
    EXPECT_EQ(child<QTableWidget>("issuedTableWidget")->rowCount(), 0)
        << "a preview is not an issued report";
}

TEST_F(ReportsPageTest, CancellingThePreviewsBuildShowsNoPreview)
{
    ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 20000)));
    choose(report::ReportType::Assets);
    bool cancelled = false;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, m_window.get(), [&] {
        auto *progress =
            m_window->findChild<QProgressDialog *>(QStringLiteral("backgroundProgressDialog"));
        if (cancelled || !progress || progress->value() <= 0)
            return;
        progress->findChild<QPushButton *>()->click();
        cancelled = true;
    });
    Dialogs::takeShownMessages();
    bool previewShown = false;
    mamori::test::answerNextDialog<QPrintPreviewDialog>(
        m_page, [&](QPrintPreviewDialog *) { previewShown = true; });
    poll.start();
    QTest::mouseClick(child<QPushButton>("previewButton"), Qt::LeftButton);
    poll.stop();
    ASSERT_TRUE(cancelled) << "the build finished before it could be cancelled";
    QTest::qWait(50);
    EXPECT_FALSE(previewShown);
    EXPECT_TRUE(Dialogs::takeShownMessages().isEmpty()) << "a cancel is not an error";
}
