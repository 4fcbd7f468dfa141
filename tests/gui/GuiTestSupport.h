#pragma once

#include "TestEnvironment.h"

#include "DatabaseSession.h"
#include "Dialogs.h"
#include "Language.h"
#include "MainWindow.h"
#include "SafetyCopyController.h"
#include "SettingsDocument.h"
#include "assets/InventoryDocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace mamori::test {

// Answers the next modal dialog of type T once its exec() has shown it: `answer` fills it in and
// accepts it. A dialog the answer leaves open is rejected, so a failing test cannot hang.
template<typename T> void answerNextDialog(QObject *context, std::function<void(T *)> answer)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        answer(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll->start();
}

// A main window on a fresh database that already has a company profile, so no wizard appears.
class MainWindowFixture : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Dialogs::setAutomaticAnswers(true);
        ASSERT_TRUE(m_translations.install(UiLanguage::English));
        m_databasePath = tempPath(QStringLiteral("gui.sqlite"));
        m_window = std::make_unique<MainWindow>(m_session, m_translations);
        ASSERT_TRUE(m_window->openDatabase(m_databasePath));
        CompanyProfile profile;
        profile.name = QStringLiteral("株式会社みらい精工");
        profile.representative = QStringLiteral("佐藤 花子");
        ASSERT_TRUE(m_window->settings().saveCompanyProfile(profile));
        m_window->settings().undoStack().clear(); // each test starts with nothing to undo
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override
    {
        m_window.reset();
        Dialogs::setAutomaticAnswers(false);
    }

    static QString screenshotPath(const QString &name)
    {
        QDir().mkpath(QStringLiteral(MAMORI_SCREENSHOT_DIR));
        return QDir(QStringLiteral(MAMORI_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png"));
    }

    Translations m_translations;
    DatabaseSession m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_databasePath;
};

} // namespace mamori::test
