#include "GuiTestSupport.h"

#include "assets/AssetListWidget.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsPage.h"
#include "assets/ImportDialog.h"
#include "inventory/DemoCompany.h"
#include "storage/AssetRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

using namespace mamori;

class AssetsPageTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 300)));
        m_session.notifyAssetsChanged();
        m_window->showPage(Page::Assets);
        m_page = m_window->findChild<AssetsPage *>();
        ASSERT_TRUE(m_page);
        m_devices = m_page->findChild<AssetListWidget *>(QStringLiteral("deviceListWidget"));
        ASSERT_TRUE(m_devices);
    }

    int shownRows() const { return m_devices->model()->rowCount(); }

    AssetsPage *m_page = nullptr;
    AssetListWidget *m_devices = nullptr;
};

TEST_F(AssetsPageTest, ListsFiltersAndCountsDevices)
{
    QAbstractItemModelTester tester(m_devices->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(shownRows(), 300);
    auto *filter = m_devices->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("SV-"));
    QTRY_VERIFY(shownRows() < 300);
    const int servers = shownRows();
    EXPECT_GT(servers, 0);
    for (int row = 0; row < servers; ++row) {
        const QString number = m_devices->model()->index(row, 1).data().toString();
        EXPECT_TRUE(number.startsWith(QStringLiteral("SV-"))) << number.toStdString();
    }
    filter->clear();
    QTRY_COMPARE(shownRows(), 300);

    auto *flag = m_devices->findChild<QComboBox *>(QStringLiteral("flagComboBox"));
    flag->setCurrentIndex(flag->findData(int(DeviceFlag::UnsupportedOs)));
    emit flag->activated(flag->currentIndex());
    EXPECT_GT(shownRows(), 0); // the demo has Windows 10 PCs
    EXPECT_LT(shownRows(), 300);
    auto *count = m_devices->findChild<QLabel *>(QStringLiteral("countLabel"));
    EXPECT_TRUE(count->text().contains(QString::number(shownRows())));

    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        QTest::qWait(50);
        ASSERT_TRUE(m_window->grab().save(
            screenshotPath(QStringLiteral("assets-%1").arg(languageCode(language)))));
    }
}

TEST_F(AssetsPageTest, SortingHappensInTheDatabase)
{
    auto *view = m_devices->findChild<QTableView *>(QStringLiteral("assetTableView"));
    const int nameColumn =
        int(m_devices->model()->fields().indexOf(QStringLiteral("asset_number")));
    view->sortByColumn(nameColumn, Qt::DescendingOrder);
    const QString first = m_devices->model()->index(0, nameColumn).data().toString();
    const QString last = m_devices->model()->index(shownRows() - 1, nameColumn).data().toString();
    EXPECT_GT(first, last);
}

TEST_F(AssetsPageTest, ImportThroughTheDialogAddsTheRows)
{
    const QString file = tempPath(QStringLiteral("new-devices.csv"));
    mamori::test::writeAll(
        file, QStringLiteral("資産番号,名称,種別,購入日\nNEW-1,来客用PC,パソコン,R7.4.1\n"
                             "NEW-2,会議室タブレット,タブレット,2025/5/1\n")
                  .toUtf8());
    ImportDialog dialog(m_session, m_window.get());
    dialog.show();
    ASSERT_TRUE(dialog.openFile(file));
    auto *mapping = dialog.findChild<QComboBox *>(QStringLiteral("mappingComboBox0"));
    ASSERT_TRUE(mapping);
    EXPECT_EQ(mapping->currentData().toString(), QStringLiteral("asset_number"));
    ASSERT_TRUE(dialog.grab().save(screenshotPath(QStringLiteral("import-dialog"))));
    EXPECT_TRUE(dialog.checkRows());
    EXPECT_TRUE(dialog.runImport());
    EXPECT_EQ(shownRows(), 302);
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 302);
}

TEST_F(AssetsPageTest, ABadRowIsListedAndNothingIsImported)
{
    const QString file = tempPath(QStringLiteral("bad.csv"));
    mamori::test::writeAll(
        file,
        QStringLiteral("資産番号,名称,種別,購入日\nNEW-1,来客用PC,パソコン,2025/2/30\n").toUtf8());
    ImportDialog dialog(m_session, m_window.get());
    ASSERT_TRUE(dialog.openFile(file));
    EXPECT_FALSE(dialog.checkRows());
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("problemsListWidget"));
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("row 2, column D")));
    EXPECT_FALSE(dialog.runImport());
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 300);
}
