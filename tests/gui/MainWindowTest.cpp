#include "GuiTestSupport.h"

#include "FirstRunWizard.h"

#include "Page.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>

using namespace mamori;

namespace {

QLabel *titleOf(QWidget *page)
{
    return page->findChild<QLabel *>(QStringLiteral("pageTitleLabel"));
}

// Pops a menu up, checks that no entry is cut off and saves a picture of it.
void checkAndGrabMenu(QMenu *menu, const QString &file)
{
    menu->popup(QPoint(10, 10));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(menu));
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        EXPECT_FALSE(action->text().isEmpty());
        const QRect area = menu->actionGeometry(action);
        const int needed = menu->fontMetrics().horizontalAdvance(action->text());
        EXPECT_GT(area.width(), needed) << action->text().toStdString();
    }
    ASSERT_TRUE(menu->grab().save(file));
    menu->close();
}

} // namespace

class MainWindowTest : public mamori::test::MainWindowFixture
{};

TEST_F(MainWindowTest, EveryPageInBothLanguagesHasItsTitle)
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"));
    ASSERT_TRUE(navigation && stack);
    QAbstractItemModelTester tester(navigation->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(navigation->count(), allPages().size());

    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        QTest::qWait(50); // LanguageChange events and the relayouts they cause are posted
        const QString code = languageCode(language);
        const QString dashboard = language == UiLanguage::Japanese
                                      ? QStringLiteral("ダッシュボード")
                                      : QStringLiteral("Dashboard");
        EXPECT_EQ(pageTitle(Page::Dashboard), dashboard);
        for (const Page page : allPages()) {
            navigation->setCurrentRow(int(page));
            EXPECT_EQ(m_window->currentPage(), page);
            QLabel *title = titleOf(stack->currentWidget());
            ASSERT_TRUE(title);
            EXPECT_EQ(title->text(), pageTitle(page));
            EXPECT_EQ(navigation->item(int(page))->text(), pageTitle(page));
            EXPECT_GE(title->width(), title->sizeHint().width()) << title->text().toStdString();
            ASSERT_TRUE(m_window->grab().save(
                screenshotPath(QStringLiteral("main-%1-page%2").arg(code).arg(int(page)))));
        }
        for (const QString &name : {QStringLiteral("fileMenu"), QStringLiteral("helpMenu")}) {
            auto *menu = m_window->findChild<QMenu *>(name);
            ASSERT_TRUE(menu);
            checkAndGrabMenu(
                menu, screenshotPath(QStringLiteral("menu-%1-%2").arg(code, menu->objectName())));
        }
    }
}

TEST_F(MainWindowTest, JapaneseMenusAreTranslated)
{
    m_window->applyLanguage(UiLanguage::Japanese);
    QCoreApplication::processEvents();
    auto *fileMenu = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    ASSERT_TRUE(fileMenu);
    EXPECT_TRUE(fileMenu->title().contains(QStringLiteral("ファイル")));
    const QRegularExpression latinOnly(QStringLiteral("^[A-Za-z &.…]+$"));
    for (QAction *action : fileMenu->actions()) {
        if (action->isSeparator())
            continue;
        EXPECT_FALSE(latinOnly.match(action->text()).hasMatch()) << action->text().toStdString();
    }
}

TEST_F(MainWindowTest, StatusBarShowsTheDatabasePath)
{
    auto *label = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("databasePathLabel"));
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->text().contains(QDir::toNativeSeparators(m_databasePath)));
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
}

TEST_F(MainWindowTest, SettingsSaveTheEditedProfile)
{
    m_window->showPage(Page::Settings);
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    auto *save = m_window->findChild<QPushButton *>(QStringLiteral("saveProfilePushButton"));
    ASSERT_TRUE(name && save);
    EXPECT_EQ(name->text(), QStringLiteral("株式会社みらい精工"));
    EXPECT_FALSE(save->isEnabled());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Mirai Seiko KK"));
    EXPECT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto profile = m_window->settings().companyProfile();
    ASSERT_TRUE(profile && profile->has_value());
    EXPECT_EQ((*profile)->name, QStringLiteral("Mirai Seiko KK"));
    EXPECT_FALSE(save->isEnabled());
}

TEST_F(MainWindowTest, ClosingWithUnsavedChangesAsksFirst)
{
    m_window->showPage(Page::Settings);
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    QTest::keyClicks(name, QStringLiteral(" edited"));
    Dialogs::setNextConfirmation(false);
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(m_window->isVisible());
    Dialogs::setNextConfirmation(true);
    EXPECT_TRUE(m_window->close());
}

TEST_F(MainWindowTest, WindowGeometryIsRemembered)
{
    m_window->resize(900, 640);
    m_window->showPage(Page::Backups);
    ASSERT_TRUE(m_window->close());
    DatabaseSession otherSession;
    MainWindow again(otherSession, m_translations);
    EXPECT_EQ(again.size(), QSize(900, 640));
    EXPECT_EQ(again.currentPage(), Page::Backups);
}

TEST_F(MainWindowTest, OpeningADamagedFileShowsAnErrorAndKeepsTheCurrentDatabase)
{
    const QString damaged = tempPath(QStringLiteral("damaged.sqlite"));
    const QByteArray bytes(3000, 'z');
    mamori::test::writeAll(damaged, bytes);
    Dialogs::takeShownMessages();
    EXPECT_FALSE(m_window->openDatabase(damaged));
    const QStringList shown = Dialogs::takeShownMessages();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.constFirst().contains(damaged));
    EXPECT_EQ(mamori::test::readAll(damaged), bytes);
    EXPECT_EQ(m_session.path(), QFileInfo(m_databasePath).absoluteFilePath());
}

TEST_F(MainWindowTest, UserGuideOpensInTheDisplayLanguage)
{
    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        m_window->findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
        auto *browser = m_window->findChild<QTextBrowser *>(QStringLiteral("guideTextBrowser"));
        ASSERT_TRUE(browser);
        const QString text = browser->toPlainText();
        EXPECT_TRUE(text.contains(language == UiLanguage::Japanese ? QStringLiteral("バックアップ")
                                                                   : QStringLiteral("Backups")))
            << text.left(200).toStdString();
        browser->window()->close();
        delete browser->window(); // WA_DeleteOnClose deletes later; the next loop must not find it
    }
}

TEST(StartupProbeTest, ReportsStartupTimeAndExits)
{
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(MAMORI_APP_PATH),
                  {QStringLiteral("--db"), dir.filePath(QStringLiteral("probe.sqlite")),
                   QStringLiteral("--quit-after-startup")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("^startup_ms=(\\d+)$"),
                                          QRegularExpression::MultilineOption)
                           .match(out);
    ASSERT_TRUE(match.hasMatch()) << out.toStdString();
    EXPECT_GT(match.captured(1).toInt(), 0);
}

TEST(StartupProbeTest, OpensTheRequestedSectionAndReportsMemory)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("page.sqlite"));
    QProcess process;
    process.start(QStringLiteral(MAMORI_APP_PATH),
                  {QStringLiteral("--db"), db, QStringLiteral("--page"), QStringLiteral("assets"),
                   QStringLiteral("--quit-after-startup")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const auto memory = QRegularExpression(QStringLiteral("peak_rss_kb=(\\d+)")).match(out);
    ASSERT_TRUE(memory.hasMatch()) << out.toStdString();
    EXPECT_GT(memory.captured(1).toInt(), 1000);

    process.start(QStringLiteral(MAMORI_APP_PATH),
                  {QStringLiteral("--db"), db, QStringLiteral("--page"), QStringLiteral("nowhere"),
                   QStringLiteral("--quit-after-startup")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 1);
}

// New Database may turn an empty file into a database, after saying so; File → Open never does.
TEST_F(MainWindowTest, NewDatabaseMakesAnEmptyFileADatabaseOnlyWhenConfirmed)
{
    const QString empty = tempPath(QStringLiteral("left-empty.sqlite"));
    mamori::test::writeAll(empty, {});
    QAction *newDatabase = m_window->findChild<QAction *>(QStringLiteral("newDatabaseAction"));
    ASSERT_TRUE(newDatabase);

    Dialogs::setNextFileName(empty);
    Dialogs::setNextConfirmation(false);
    newDatabase->trigger();
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    EXPECT_EQ(m_session.path(), QFileInfo(m_databasePath).absoluteFilePath());

    Dialogs::takeShownMessages();
    Dialogs::setNextFileName(empty);
    Dialogs::setNextConfirmation(true);
    // The new database has no company profile yet: the first-run wizard asks for it.
    bool wizardShown = false;
    mamori::test::answerNextDialog<FirstRunWizard>(
        m_window.get(), [&wizardShown](FirstRunWizard *) { wizardShown = true; });
    newDatabase->trigger();
    EXPECT_TRUE(wizardShown);
    EXPECT_TRUE(Dialogs::takeShownMessages().join(u'\n').contains(QStringLiteral("empty file")));
    EXPECT_EQ(m_session.path(), QFileInfo(empty).absoluteFilePath());
    EXPECT_GT(QFileInfo(empty).size(), 0);
}
