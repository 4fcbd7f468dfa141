// Reading an import file and writing an export happen on worker threads: the window keeps
// repainting, progress is shown, and Cancel works (a cancelled export leaves no file).

#include "Dialogs.h"
#include "GuiTestSupport.h"

#include "assets/AssetsPage.h"
#include "assets/ImportDialog.h"
#include "io/XlsxWriter.h"
#include "services/DemoCompany.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/detail/SqlSupport.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

using namespace mamori;
using mamori::test::isOk;

namespace {

constexpr int pollMs = 5;

// A workbook that takes a noticeable moment to read: every note is different text.
void writeLargeWorkbook(const QString &path, int rowCount)
{
    const QStringList header{QStringLiteral("資産番号"), QStringLiteral("名称"),
                             QStringLiteral("種別"), QStringLiteral("購入日"),
                             QStringLiteral("備考")};
    QList<QStringList> rows;
    for (int i = 1; i <= rowCount; ++i) {
        rows.append(
            {QStringLiteral("BIG-%1").arg(i, 6, 10, QLatin1Char('0')),
             QStringLiteral("事務用PC %1").arg(i), QStringLiteral("パソコン"),
             QStringLiteral("2024/4/1"),
             QStringLiteral("保守メモ %1 / 設置: 本社 %2 階").arg(i).arg(i % 9).repeated(6)});
    }
    ASSERT_TRUE(isOk(XlsxWriter::writeFile(path, QStringLiteral("機器一覧"), header, rows)));
}

} // namespace

class BackgroundWorkTest : public mamori::test::MainWindowFixture
{};

TEST_F(BackgroundWorkTest, ImportDialogReadsOffTheGuiThreadWithProgressAndCancel)
{
    const QString path = tempPath(QStringLiteral("large.xlsx"));
    writeLargeWorkbook(path, 30000);
    ImportDialog dialog(m_window->inventory(), m_window.get());
    dialog.resize(960, 640);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("readingProgressBar"));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelReadingPushButton"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importPushButton"));
    auto *info = dialog.findChild<QLabel *>(QStringLiteral("sourceInfoLabel"));
    ASSERT_TRUE(bar && cancel && importButton && info);
    EXPECT_FALSE(bar->isVisible());

    // Runs inside openFile(): the event loop keeps turning while the worker reads.
    int ticksWhileReading = 0;
    int largestPercent = -1;
    bool inputsLocked = true;
    QString infoWhileReading;
    QTimer poll;
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (!dialog.isReading())
            return;
        ++ticksWhileReading;
        inputsLocked = inputsLocked && !importButton->isEnabled() && cancel->isEnabled();
        if (bar->isVisible() && bar->maximum() == 100 && bar->value() > largestPercent) {
            const bool first = largestPercent < 0;
            largestPercent = bar->value();
            if (first && largestPercent > 0) {
                infoWhileReading = info->text();
                EXPECT_TRUE(dialog.grab().save(screenshotPath(QStringLiteral("import-reading"))));
            }
        }
    });
    poll.start();
    ASSERT_TRUE(dialog.openFile(path));
    poll.stop();
    EXPECT_GE(ticksWhileReading, 3) << "the event loop ran while the file was read";
    EXPECT_GT(largestPercent, 0);
    EXPECT_TRUE(inputsLocked);
    EXPECT_EQ(infoWhileReading, QStringLiteral("Reading large.xlsx…"));
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(importButton->isEnabled());
    EXPECT_TRUE(info->text().contains(QStringLiteral("30000"))) << info->text().toStdString();

    // Cancel as soon as the bar moves: nothing is loaded, and the dialog is usable again.
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (dialog.isReading() && bar->maximum() == 100 && bar->value() > 0)
            cancel->click();
    });
    poll.start();
    EXPECT_FALSE(dialog.openFile(path));
    poll.stop();
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    EXPECT_TRUE(problems->text().contains(QStringLiteral("cancelled")))
        << problems->text().toStdString();
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("browsePushButton"))->isEnabled());
}

TEST_F(BackgroundWorkTest, ExportRunsBehindAProgressDialogAndCancelLeavesNoFile)
{
    ASSERT_TRUE(isOk(DemoCompany::fill(*m_session.database(), 5000)));
    m_window->inventory().changedOutside(QStringLiteral("demo data"));
    m_window->showPage(Page::Assets);
    auto *exportButton = m_window->findChild<QPushButton *>(QStringLiteral("exportPushButton"));
    ASSERT_TRUE(exportButton);

    const QString target = tempPath(QStringLiteral("devices.xlsx"));
    int ticks = 0;
    bool cancelled = false;
    QTimer poll;
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, m_window.get(), [&] {
        auto *dialog =
            m_window->findChild<QProgressDialog *>(QStringLiteral("backgroundProgressDialog"));
        if (!dialog || cancelled)
            return;
        ++ticks;
        if (dialog->maximum() == 100 && dialog->value() > 0) {
            // What the user sees once the export takes longer than a moment.
            dialog->show();
            QTest::qWait(20);
            EXPECT_TRUE(dialog->grab().save(screenshotPath(QStringLiteral("export-progress"))));
            dialog->findChild<QPushButton *>()->click();
            cancelled = true;
        }
    });
    Dialogs::setNextFileName(target);
    poll.start();
    exportButton->click(); // returns when the export has finished or stopped
    poll.stop();
    ASSERT_TRUE(cancelled) << "the export finished before it could be cancelled";
    EXPECT_GE(ticks, 1);
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_EQ(QDir(dir()).entryList({QStringLiteral("devices*")}, QDir::Files | QDir::Hidden),
              QStringList())
        << "no partial or temporary file";
    EXPECT_TRUE(Dialogs::takeShownMessages().filter(QStringLiteral("Export failed")).isEmpty());

    // Without Cancel, the same export completes.
    Dialogs::setNextFileName(target);
    exportButton->click();
    EXPECT_TRUE(QFileInfo::exists(target));
    EXPECT_GT(QFileInfo(target).size(), 0);
}

TEST_F(BackgroundWorkTest, ImportDialogChecksRowsOffTheGuiThreadWithProgressAndCancel)
{
    const QString path = tempPath(QStringLiteral("many.csv"));
    QString text = QStringLiteral("資産番号,名称,種別,購入日,OS\n");
    constexpr int rowCount = 150000;
    for (int i = 1; i <= rowCount; ++i)
        text += QStringLiteral("MANY-%1,事務用PC %1,パソコン,令和6年4月1日,Windows 11 Pro\n")
                    .arg(i, 6, 10, QLatin1Char('0'));
    mamori::test::writeAll(path, text.toUtf8());
    ImportDialog dialog(m_window->inventory(), m_window.get());
    dialog.resize(960, 640);
    dialog.show();
    ASSERT_TRUE(dialog.openFile(path));
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    ASSERT_TRUE(problems);

    // Cancel once the check reports progress: the event loop turns while the rows are parsed.
    // In Japanese, the first language of the UI; the English window was looked at before.
    m_window->applyLanguage(UiLanguage::Japanese);
    bool cancelled = false;
    QTimer poll;
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        auto *progress =
            dialog.findChild<QProgressDialog *>(QStringLiteral("backgroundProgressDialog"));
        if (!progress || cancelled || progress->maximum() != 100 || progress->value() <= 0)
            return;
        progress->show();
        QTest::qWait(20);
        EXPECT_TRUE(progress->grab().save(screenshotPath(QStringLiteral("import-checking-ja"))));
        EXPECT_EQ(progress->labelText(), QStringLiteral("many.csv の行を確認しています…"));
        progress->findChild<QPushButton *>()->click();
        cancelled = true;
    });
    poll.start();
    EXPECT_FALSE(dialog.checkRows());
    poll.stop();
    ASSERT_TRUE(cancelled) << "the check finished before it could be cancelled";
    EXPECT_EQ(problems->text(), QStringLiteral("確認を中止しました。"));
    EXPECT_TRUE(dialog.grab().save(screenshotPath(QStringLiteral("import-check-cancelled-ja"))));
    m_window->applyLanguage(UiLanguage::English);

    // Without Cancel the same check passes, and the import writes every row.
    EXPECT_TRUE(dialog.checkRows());
    EXPECT_TRUE(problems->text().contains(QStringLiteral("All 150000 rows are valid")))
        << problems->text().toStdString();
    EXPECT_TRUE(dialog.runImport());
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), rowCount);
    // A large import may write through the rollback journal; the file is back in WAL after.
    EXPECT_EQ(sql::scalar(m_session.database()->connection(), QStringLiteral("PRAGMA journal_mode"),
                          QStringLiteral("test"))
                  ->toString(),
              QStringLiteral("wal"));
    EXPECT_TRUE(Dialogs::takeShownMessages().filter(QStringLiteral("Import failed")).isEmpty());
}
