#include "GuiTestSupport.h"

#include "action/ActionDocument.h"

#include "action/DatePromptDialog.h"
#include "action/PolicyEditorWidget.h"
#include "storage/PolicyRepository.h"

#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextEdit>

using namespace mamori;

class PolicyEditorTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_editor = std::make_unique<PolicyEditorWidget>(m_window->action(), m_window->settings());
        m_editor->resize(800, 480); // about the tab area of the page in a 1100 × 720 window
        m_editor->show();
        m_editor->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_editor.get()));
        m_editor->reload();
    }

    void TearDown() override
    {
        m_editor.reset();
        MainWindowFixture::TearDown();
    }

    template<typename T> T *child(const QString &name) const
    {
        T *found = m_editor->findChild<T *>(name);
        EXPECT_TRUE(found) << name.toStdString();
        return found;
    }

    QTableWidget *versionTable() const
    {
        return child<QTableWidget>(QStringLiteral("versionsTableWidget"));
    }

    QList<PolicyVersion> stored() const
    {
        auto versions = PolicyRepository(*m_session.database()).all();
        EXPECT_TRUE(mamori::test::isOk(versions));
        return versions ? *versions : QList<PolicyVersion>();
    }

    void appendToSection(int section, const QString &text)
    {
        auto *body = child<QTextEdit>(QStringLiteral("sectionBodyTextEdit%1").arg(section));
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, text);
    }

    std::unique_ptr<PolicyEditorWidget> m_editor;
};

TEST_F(PolicyEditorTest, StartsFromTheTemplateAndKeepsEveryVersion)
{
    // A fresh database: the English template, filled with the company profile.
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("titleLineEdit"))->text(),
              QStringLiteral("Basic Information Security Policy"));
    EXPECT_TRUE(child<QTextEdit>(QStringLiteral("preambleTextEdit"))
                    ->toPlainText()
                    .startsWith(QStringLiteral("株式会社みらい精工")));
    EXPECT_TRUE(child<QTextEdit>(QStringLiteral("closingTextEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("佐藤 花子")));
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("sectionHeadingLineEdit5"))->text(),
              QStringLiteral("Response to violations and incidents"));
    EXPECT_EQ(versionTable()->rowCount(), 0);
    EXPECT_TRUE(child<QPushButton>(QStringLiteral("saveVersionPushButton"))->isEnabled());
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("exportPdfPushButton"))->isEnabled());

    // Ctrl+S saves the template as version 1; the dialog asks for the adoption date.
    mamori::test::answerNextDialog<DatePromptDialog>(m_editor.get(), [](DatePromptDialog *dialog) {
        dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2025, 4, 1));
        dialog->accept();
    });
    QTest::keyClick(m_editor.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(versionTable()->rowCount(), 1);
    QList<PolicyVersion> versions = stored();
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions[0].version, 1);
    EXPECT_EQ(versions[0].adoptedOn, QDate(2025, 4, 1));
    // The template's closing named the day it was filled in; now it names the adoption day.
    EXPECT_TRUE(versions[0].document.closing.contains(QStringLiteral("Adopted: 1 April 2025")))
        << versions[0].document.closing.toStdString();
    EXPECT_FALSE(m_editor->hasUnsavedChanges());
    EXPECT_TRUE(child<QPushButton>(QStringLiteral("exportPdfPushButton"))->isEnabled());

    // An edit makes the text unsaved: nothing can be printed or published until it is saved.
    appendToSection(3, QStringLiteral(" Everyone takes security training once a year."));
    EXPECT_TRUE(m_editor->hasUnsavedChanges());
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("exportPdfPushButton"))->isEnabled());
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("recordPublicationPushButton"))->isEnabled());
    ASSERT_TRUE(m_editor->saveNewVersion(QDate(2026, 4, 1)));

    EXPECT_EQ(versionTable()->rowCount(), 2);
    EXPECT_EQ(versionTable()->item(0, 0)->text(), QStringLiteral("Version 2"));
    versions = stored();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0].version, 2);
    EXPECT_TRUE(versions[0].document.sections[2].body.endsWith(QStringLiteral("once a year.")));
    EXPECT_FALSE(versions[1].document.sections[2].body.contains(QStringLiteral("once a year")));

    // Publication and review are recorded on the version shown (the latest).
    const QString url = QStringLiteral("https://www.example.co.jp/security-policy/");
    ASSERT_TRUE(m_editor->recordPublication(QDate(2026, 4, 5), url));
    ASSERT_TRUE(m_editor->markReviewed(QDate(2026, 10, 1)));
    versions = stored();
    EXPECT_EQ(versions[0].publishedOn, QDate(2026, 4, 5));
    EXPECT_EQ(versions[0].publishedUrl, url);
    EXPECT_EQ(versions[0].reviewedOn, QDate(2026, 10, 1));
    EXPECT_FALSE(versions[1].published());
    EXPECT_EQ(versionTable()->item(0, 2)->text(),
              QLocale().toString(QDate(2026, 4, 5), QLocale::ShortFormat));
    EXPECT_EQ(versionTable()->item(0, 4)->text(), url);
    EXPECT_EQ(versionTable()->item(1, 2)->text(), QStringLiteral("Not yet"));
    EXPECT_TRUE(child<QLabel>(QStringLiteral("stateLabel"))->text().contains(url));
}

TEST_F(PolicyEditorTest, ExportsAndPrintsTheShownVersion)
{
    appendToSection(3, QStringLiteral(" Everyone takes security training once a year."));
    ASSERT_TRUE(m_editor->saveNewVersion(QDate(2025, 4, 1)));
    appendToSection(5, QStringLiteral(" We keep a record of every incident."));
    ASSERT_TRUE(m_editor->saveNewVersion(QDate(2026, 4, 1)));

    // Export PDF… through the file dialog seam.
    const QString pdf = tempPath(QStringLiteral("policy.pdf"));
    Dialogs::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportPdfPushButton")), Qt::LeftButton);
    ASSERT_TRUE(QFile::exists(pdf));
    const QString text = mamori::test::pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Basic Information Security Policy")));
    EXPECT_TRUE(text.contains(QStringLiteral("5. Response to violations and incidents")));
    EXPECT_TRUE(text.contains(QStringLiteral("We keep a record of every incident.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Version 2, revised 1 April 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("株式会社みらい精工")));
    // Recorded as an issued report, its fingerprint in the footer, which `report verify` knows.
    const QStringList issued = mamori::test::rawQuery(
        m_databasePath,
        QStringLiteral("SELECT content_sha256 FROM report_issued WHERE report_type = 'policy'"));
    ASSERT_EQ(issued.size(), 1);
    const QString fingerprint = issued.constFirst();
    ASSERT_EQ(fingerprint.size(), 64);
    EXPECT_TRUE(text.contains(fingerprint.left(16))) << text.toStdString();
    EXPECT_TRUE(child<QLabel>(QStringLiteral("stateLabel"))->text().contains(fingerprint.left(16)));
    const auto render = mamori::test::runProgram(
        QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
         screenshotPath(QStringLiteral("policy-pdf-en")).chopped(4)});
    EXPECT_EQ(render.exitCode, 0) << render.err.toStdString();

    // An existing file is replaced only when the user agrees.
    mamori::test::writeAll(pdf, "old");
    Dialogs::setNextFileName(pdf);
    Dialogs::setNextConfirmation(false);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportPdfPushButton")), Qt::LeftButton);
    EXPECT_EQ(mamori::test::readAll(pdf), QByteArray("old"));

    // The earlier version, chosen in the list, prints as it was.
    versionTable()->selectRow(1);
    EXPECT_TRUE(m_editor->shownVersion() && m_editor->shownVersion()->version == 1);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = tempPath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ASSERT_TRUE(mamori::test::isOk(m_editor->print(printer)));
    const QString printedText = mamori::test::pdfText(printed).simplified();
    EXPECT_TRUE(printedText.contains(QStringLiteral("Version 1, adopted 1 April 2025")));
    EXPECT_FALSE(printedText.contains(QStringLiteral("record of every incident")));

    // The CLI opens the file only once the application has let go of it.
    m_editor.reset();
    m_session.close();
    const auto verified = mamori::test::runProgram(
        QStringLiteral(MAMORI_CLI_PATH),
        {QStringLiteral("--db"), m_databasePath, QStringLiteral("report"), QStringLiteral("verify"),
         fingerprint.left(16), QStringLiteral("--json")});
    ASSERT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    const QJsonObject verdict = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    EXPECT_EQ(verdict.value(QStringLiteral("type")).toString(), QStringLiteral("policy"));
    EXPECT_TRUE(verdict.value(QStringLiteral("same_content")).toBool())
        << verified.out.toStdString();
}

// A policy PDF without the company's name is no evidence: when the profile cannot be read the
// export stops with the reason and writes no file.
TEST_F(PolicyEditorTest, AnUnreadableCompanyProfileStopsTheExport)
{
    ASSERT_TRUE(m_editor->saveNewVersion(QDate(2026, 4, 1)));
    mamori::test::rawExec(m_databasePath, QStringLiteral("DROP TABLE company_profile"));
    Dialogs::takeShownMessages();
    const QString pdf = tempPath(QStringLiteral("policy.pdf"));
    Dialogs::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportPdfPushButton")), Qt::LeftButton);
    EXPECT_FALSE(QFile::exists(pdf));
    const QStringList shown = Dialogs::takeShownMessages();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_TRUE(shown.constFirst().contains(QStringLiteral("Export failed")))
        << shown.join(QLatin1Char('\n')).toStdString();
}

TEST_F(PolicyEditorTest, UnsavedEditsAreNotLostWithoutAsking)
{
    ASSERT_TRUE(m_editor->saveNewVersion(QDate(2025, 4, 1)));
    appendToSection(1, QStringLiteral(" Reviewed by the board."));
    ASSERT_TRUE(m_editor->saveNewVersion(QDate(2026, 4, 1)));

    // Typing and deleting it again leaves nothing to save.
    auto *title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    QTest::keyClicks(title, QStringLiteral("X"));
    EXPECT_TRUE(m_editor->hasUnsavedChanges());
    QTest::keyClick(title, Qt::Key_Backspace);
    EXPECT_FALSE(m_editor->hasUnsavedChanges());

    appendToSection(2, QStringLiteral(" Draft text."));
    Dialogs::takeShownMessages();
    Dialogs::setNextConfirmation(false);
    versionTable()->selectRow(1);
    EXPECT_EQ(m_editor->shownVersion()->version, 2);
    EXPECT_TRUE(
        m_editor->editedDocument().sections[1].body.endsWith(QStringLiteral("Draft text.")));
    EXPECT_EQ(Dialogs::takeShownMessages().size(), 1);

    Dialogs::setNextConfirmation(true);
    versionTable()->selectRow(1);
    EXPECT_EQ(m_editor->shownVersion()->version, 1);
    EXPECT_FALSE(m_editor->hasUnsavedChanges());
    EXPECT_FALSE(m_editor->editedDocument().sections[0].body.contains(QStringLiteral("board")));
    EXPECT_EQ(stored().size(), 2);
}

TEST_F(PolicyEditorTest, ScreenshotsInBothLanguages)
{
    // The untouched template follows the interface language; a saved version keeps its own.
    m_window->applyLanguage(UiLanguage::Japanese);
    QTest::qWait(50);
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("titleLineEdit"))->text(),
              QStringLiteral("情報セキュリティ基本方針"));
    ASSERT_TRUE(m_editor->saveNewVersion(QDate(2025, 4, 1)));
    ASSERT_TRUE(m_editor->recordPublication(QDate(2025, 4, 10),
                                            QStringLiteral("https://www.example.co.jp/policy/")));
    // QTest types ASCII only; an input method would insert the text like this.
    auto *body = child<QTextEdit>(QStringLiteral("sectionBodyTextEdit3"));
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(QStringLiteral("全員が年に一度、研修を受けます。"));
    EXPECT_TRUE(m_editor->hasUnsavedChanges());
    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        ASSERT_TRUE(m_editor->grab().save(
            screenshotPath(QStringLiteral("policy-editor-%1").arg(languageCode(language)))));
    }
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("titleLineEdit"))->text(),
              QStringLiteral("情報セキュリティ基本方針"));

    // A Japanese policy prints in Japanese, footer included, whatever the interface language.
    ASSERT_TRUE(m_editor->saveNewVersion(QDate(2026, 4, 1)));
    const QString pdf = tempPath(QStringLiteral("policy-ja.pdf"));
    ASSERT_TRUE(m_editor->exportPdf(pdf));
    const QString text = mamori::test::pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("第2版（2026年4月1日改定）"))) << text.toStdString();
    // Japanese wraps anywhere: compare without the line breaks.
    EXPECT_TRUE(QString(text)
                    .remove(QRegularExpression(QStringLiteral("\\s")))
                    .contains(QStringLiteral("全員が年に一度、研修を受けます。")));
    const auto render = mamori::test::runProgram(
        QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
         screenshotPath(QStringLiteral("policy-pdf-ja")).chopped(4)});
    EXPECT_EQ(render.exitCode, 0) << render.err.toStdString();
}
