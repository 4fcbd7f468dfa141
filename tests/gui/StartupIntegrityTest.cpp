// The GUI's fast start: the database opens after the cheap checks and the full check runs on a
// worker thread once the window is painted; damage found then is reported and nothing is written.

#include "GuiTestSupport.h"

#include "SettingsDocument.h"
#include "storage/CompanyProfileRepository.h"
#include "storage/SafetyCopyStore.h"

#include <QFileInfo>
#include <QLabel>

using namespace mamori;
using mamori::test::createPopulatedDatabase;
using mamori::test::damageFillerPage;
using mamori::test::isOk;

namespace {

constexpr int waitMs = 20000;

QString screenshotPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(MAMORI_SCREENSHOT_DIR));
    return QDir(QStringLiteral(MAMORI_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png"));
}

CompanyProfile someProfile()
{
    CompanyProfile profile;
    profile.name = QStringLiteral("株式会社みらい精工");
    profile.representative = QStringLiteral("佐藤 花子");
    return profile;
}

} // namespace

class StartupIntegrityTest : public mamori::test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Dialogs::setAutomaticAnswers(true);
        Dialogs::takeShownMessages();
        ASSERT_TRUE(m_translations.install(UiLanguage::English));
    }
    void TearDown() override { Dialogs::setAutomaticAnswers(false); }

    Translations m_translations;
};

TEST_F(StartupIntegrityTest, DamageFoundAfterTheFirstPaintIsReportedAndTheFileStaysUntouched)
{
    const QString path = tempPath(QStringLiteral("damaged.sqlite"));
    createPopulatedDatabase(path);
    const QByteArray damaged = damageFillerPage(path);
    {
        DatabaseSession session;
        MainWindow window(session, m_translations);
        ASSERT_TRUE(window.openDatabase(path, IntegrityCheckTiming::InBackground));
        EXPECT_TRUE(session.isIntegrityCheckPending());
        EXPECT_TRUE(Dialogs::takeShownMessages().isEmpty()) << "nothing is known yet";
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(QTest::qWaitFor([&session] { return session.isReadOnly(); }, waitMs));

        const QStringList shown = Dialogs::takeShownMessages();
        ASSERT_EQ(shown.size(), 1);
        EXPECT_TRUE(shown.constFirst().startsWith(QStringLiteral("The database is damaged")))
            << shown.constFirst().toStdString();
        EXPECT_TRUE(shown.constFirst().contains(path)) << shown.constFirst().toStdString();
        auto *label = window.findChild<QLabel *>(QStringLiteral("integrityLabel"));
        ASSERT_TRUE(label);
        EXPECT_TRUE(label->isVisible());
        EXPECT_TRUE(label->text().startsWith(QStringLiteral("⚠ Read-only")))
            << label->text().toStdString();
        EXPECT_TRUE(label->text().contains(QStringLiteral("href"))) << "a click leads to restore";
        EXPECT_FALSE(label->toolTip().isEmpty()) << "the damage found is one hover away";
        EXPECT_TRUE(
            QTest::qWaitFor([label] { return label->width() >= label->sizeHint().width(); }, 2000))
            << "the status bar shows the whole warning";

        Dialogs::takeShownMessages();
        EXPECT_FALSE(window.settings().saveCompanyProfile(someProfile()));
        EXPECT_TRUE(Dialogs::takeShownMessages().join(u'\n').contains(QStringLiteral("damaged")));
        ASSERT_TRUE(
            window.grab().save(screenshotPath(QStringLiteral("damage-found-after-startup"))));
    }
    EXPECT_EQ(mamori::test::readAll(path), damaged);
}

TEST_F(StartupIntegrityTest, SoundDatabaseAcceptsChangesOnceChecked)
{
    const QString path = tempPath(QStringLiteral("sound.sqlite"));
    createPopulatedDatabase(path);
    DatabaseSession session;
    MainWindow window(session, m_translations);
    ASSERT_TRUE(window.openDatabase(path, IntegrityCheckTiming::InBackground));
    auto *label = window.findChild<QLabel *>(QStringLiteral("integrityLabel"));
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text(), QStringLiteral("Checking the database…"));
    EXPECT_FALSE(window.settings().saveCompanyProfile(someProfile()))
        << "held until the check passes";
    EXPECT_TRUE(
        Dialogs::takeShownMessages().join(u'\n').contains(QStringLiteral("still checking")));

    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(QTest::qWaitFor([&session] { return !session.isIntegrityCheckPending(); }, waitMs));
    EXPECT_FALSE(session.isReadOnly());
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("Integrity check passed")))
        << label->text().toStdString();
    EXPECT_TRUE(Dialogs::takeShownMessages().isEmpty());
    ASSERT_TRUE(window.settings().saveCompanyProfile(someProfile()));
    EXPECT_EQ((*window.settings().companyProfile())->name, someProfile().name);
}

TEST_F(StartupIntegrityTest, QuittingRightAfterTheFirstPaintLeavesADamagedFileAlone)
{
    const QString path = tempPath(QStringLiteral("probe.sqlite"));
    createPopulatedDatabase(path);
    const QByteArray damaged = damageFillerPage(path);
    const auto run = mamori::test::runProgram(
        QStringLiteral(MAMORI_APP_PATH),
        {QStringLiteral("--db"), path, QStringLiteral("--quit-after-startup")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("startup_ms="))) << run.out.toStdString();
    EXPECT_EQ(mamori::test::readAll(path), damaged);
}

// A 0-byte file where the database was (a failed copy, a full disk, a sync conflict) is
// reported, and the newest automatic copy beside it is offered; the empty file is never made
// into a new, empty database behind the user's back.
TEST_F(StartupIntegrityTest, EmptyFileIsReportedAndTheNewestAutomaticCopyOffered)
{
    const QString path = tempPath(QStringLiteral("emptied.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE(isOk(CompanyProfileRepository(**db).save(someProfile())));
    }
    const SafetyCopyStore copies(path);
    ASSERT_TRUE(isOk(copies.runDailyCopy(QDate(2026, 12, 1))));
    ASSERT_TRUE(isOk(copies.runDailyCopy(QDate(2026, 12, 3))));
    mamori::test::writeAll(path, {});

    DatabaseSession session;
    MainWindow window(session, m_translations);
    Dialogs::setNextConfirmation(false);
    EXPECT_FALSE(window.openDatabase(path, IntegrityCheckTiming::InBackground));
    QStringList shown = Dialogs::takeShownMessages();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_TRUE(shown.join(u'\n').contains(QStringLiteral("is empty")))
        << shown.join(u'\n').toStdString();
    EXPECT_TRUE(shown.join(u'\n').contains(QStringLiteral("2026-12-03")))
        << shown.join(u'\n').toStdString();
    EXPECT_FALSE(session.isOpen());
    EXPECT_EQ(QFileInfo(path).size(), 0) << "declining leaves the file as it was";

    Dialogs::setNextConfirmation(true);
    ASSERT_TRUE(window.openDatabase(path, IntegrityCheckTiming::InBackground));
    ASSERT_TRUE(session.isOpen());
    const auto profile = CompanyProfileRepository(*session.database()).load();
    ASSERT_TRUE(profile && profile->has_value());
    EXPECT_EQ((*profile)->name, someProfile().name);
}

TEST_F(StartupIntegrityTest, EmptyFileWithoutAutomaticCopiesIsOnlyReported)
{
    const QString path = tempPath(QStringLiteral("empty.sqlite"));
    mamori::test::writeAll(path, {});
    DatabaseSession session;
    MainWindow window(session, m_translations);
    EXPECT_FALSE(window.openDatabase(path, IntegrityCheckTiming::InBackground));
    const QStringList shown = Dialogs::takeShownMessages();
    EXPECT_TRUE(shown.join(u'\n').contains(QStringLiteral("is empty")));
    EXPECT_FALSE(session.isOpen());
    EXPECT_EQ(QFileInfo(path).size(), 0);
}
