#include "GuiTestSupport.h"

#include "Dialogs.h"

#include "assets/AssetEditorDialog.h"
#include "assets/AssetListWidget.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsPage.h"
#include "assets/BulkEditDialog.h"
#include "assets/ImportDialog.h"
#include "assets/InventoryDocument.h"
#include "inventory/AssetRecords.h"
#include "io/TextDecoding.h"
#include "services/DemoCompany.h"
#include "storage/AssetRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace mamori;

class AssetsPageTest : public mamori::test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        ASSERT_TRUE(mamori::test::isOk(DemoCompany::fill(*m_session.database(), 300)));
        m_window->inventory().changedOutside(QStringLiteral("demo data"));
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
    const QStringList fields = AssetRecords::storedFields(AssetKind::Devices);
    const int numberColumn = int(fields.indexOf(QStringLiteral("asset_number")));
    for (int row = 0; row < servers; ++row) {
        const QString number = m_devices->model()->index(row, numberColumn).data().toString();
        EXPECT_TRUE(number.startsWith(QStringLiteral("SV-"))) << number.toStdString();
    }
    filter->clear();
    QTRY_COMPARE(shownRows(), 300);

    auto *flag = m_devices->findChild<QComboBox *>(QStringLiteral("flagComboBox"));
    flag->setCurrentIndex(flag->findData(int(DeviceCheck::SupportEnded)));
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
    ImportDialog dialog(m_window->inventory(), m_window.get());
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

    // The new devices' history names the file, as the demo devices' names the demo data.
    Device imported;
    imported.assetNumber = QStringLiteral("NEW-2");
    const auto created = DeviceRepository(*m_session.database()).findByKey(imported);
    ASSERT_TRUE(created && created->has_value());
    for (const auto &[device, expected] :
         {std::pair{**created, QStringLiteral("Created by importing new-devices.csv")},
          std::pair{**DeviceRepository(*m_session.database()).find(1),
                    QStringLiteral("Created as demo data")}}) {
        AssetEditorDialog editor(m_window->inventory(), device, m_window.get());
        auto *history = editor.findChild<QTreeWidget *>(QStringLiteral("historyTreeWidget"));
        ASSERT_TRUE(history && history->topLevelItemCount() >= 1);
        EXPECT_EQ(history->topLevelItem(0)->text(2), expected);
    }
    // What the History tab looks like, in both languages.
    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        AssetEditorDialog editor(m_window->inventory(), **created, m_window.get());
        auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("editorTabWidget"));
        tabs->setCurrentWidget(editor.findChild<QWidget *>(QStringLiteral("historyTab")));
        editor.show();
        ASSERT_TRUE(editor.grab().save(
            screenshotPath(QStringLiteral("asset-history-%1").arg(languageCode(language)))));
    }
}

TEST_F(AssetsPageTest, ABadRowIsListedAndNothingIsImported)
{
    const QString file = tempPath(QStringLiteral("bad.csv"));
    mamori::test::writeAll(
        file,
        QStringLiteral("資産番号,名称,種別,購入日\nNEW-1,来客用PC,パソコン,2025/2/30\n").toUtf8());
    ImportDialog dialog(m_window->inventory(), m_window.get());
    ASSERT_TRUE(dialog.openFile(file));
    EXPECT_FALSE(dialog.checkRows());
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("problemsListWidget"));
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("row 2, column D")));
    EXPECT_FALSE(dialog.runImport());
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 300);
}

namespace {

// Selects the first `count` rows of the devices table, as a user would with Shift+click.
QList<qint64> selectRowsFrom(AssetListWidget *devices, int count)
{
    auto *view = devices->findChild<QTableView *>(QStringLiteral("assetTableView"));
    view->selectRow(0);
    for (int row = 1; row < count; ++row) {
        view->selectionModel()->select(devices->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    return devices->selectedIds();
}

Device deviceById(DatabaseSession &session, qint64 id)
{
    return **DeviceRepository(*session.database()).find(id);
}

} // namespace

TEST_F(AssetsPageTest, EditValidateUndoAndRedo)
{
    InventoryDocument &document = m_window->inventory();
    const Device before = deviceById(m_session, 1);
    AssetEditorDialog editor(document, before, m_window.get());
    auto *name = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("name")));
    auto *purchase = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("purchase_date")));
    auto *number = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("asset_number")));
    ASSERT_TRUE(name && purchase && number);

    purchase->setText(QStringLiteral("2024/2/30"));
    editor.show();
    ASSERT_TRUE(editor.grab().save(screenshotPath(QStringLiteral("asset-editor"))));
    editor.accept();
    auto *problem = editor.findChild<QLabel *>(QStringLiteral("problemLabel"));
    EXPECT_FALSE(problem->text().isEmpty());
    EXPECT_EQ(deviceById(m_session, 1), before);

    purchase->setText(QStringLiteral("令和6年4月1日"));
    number->setText(deviceById(m_session, 2).assetNumber); // someone else's number
    editor.accept();
    EXPECT_FALSE(problem->text().isEmpty());
    EXPECT_EQ(deviceById(m_session, 1), before);

    number->setText(before.assetNumber);
    name->setText(QStringLiteral("renamed in the editor"));
    editor.accept();
    EXPECT_EQ(editor.result(), QDialog::Accepted);
    EXPECT_EQ(deviceById(m_session, 1).name, QStringLiteral("renamed in the editor"));
    EXPECT_EQ(deviceById(m_session, 1).purchaseDate, QDate(2024, 4, 1));

    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
    ASSERT_TRUE(undo && undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(deviceById(m_session, 1), before);
    redo->trigger();
    EXPECT_EQ(deviceById(m_session, 1).name, QStringLiteral("renamed in the editor"));

    AssetEditorDialog again(document, deviceById(m_session, 1), m_window.get());
    auto *history = again.findChild<QTreeWidget *>(QStringLiteral("historyTreeWidget"));
    ASSERT_TRUE(history);
    EXPECT_GE(history->topLevelItemCount(), 4); // created, renamed, undone, redone
}

// An import writes outside the undo history: undoing an edit made before it must not write the
// edited record's earlier values back over what the file brought.
TEST_F(AssetsPageTest, UndoAfterAnImportNeverRevertsTheImportedValues)
{
    InventoryDocument &document = m_window->inventory();
    const Device before = deviceById(m_session, 1);
    Device edited = before;
    edited.location = QStringLiteral("edited in the GUI");
    document.edit(before, edited);
    ASSERT_EQ(deviceById(m_session, 1).location, QStringLiteral("edited in the GUI"));
    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    ASSERT_TRUE(undo->isEnabled());

    const QString file = tempPath(QStringLiteral("update.csv"));
    mamori::test::writeAll(
        file, QStringLiteral("asset_number,name,category,location\n"
                             "%1,%2,%3,倉庫（取り込み）\n")
                  .arg(before.assetNumber, before.name, AssetValues::code(before.category))
                  .toUtf8());
    ImportDialog dialog(m_window->inventory(), m_window.get());
    ASSERT_TRUE(dialog.openFile(file));
    ASSERT_TRUE(dialog.runImport());
    ASSERT_EQ(deviceById(m_session, 1).location, QStringLiteral("倉庫（取り込み）"));

    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(undo->toolTip().contains(QStringLiteral("update.csv")))
        << undo->toolTip().toStdString();
    undo->trigger();
    document.undoStack().undo(); // even when asked directly
    EXPECT_EQ(deviceById(m_session, 1).location, QStringLiteral("倉庫（取り込み）"));

    // A new edit after the import can be undone as usual, back to the imported value.
    Device again = deviceById(m_session, 1);
    again.location = QStringLiteral("edited after the import");
    document.edit(deviceById(m_session, 1), again);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(deviceById(m_session, 1).location, QStringLiteral("倉庫（取り込み）"));
}

// The export dialog's "CSV, Shift_JIS" choice writes CP932 (no BOM); "CSV, UTF-8" writes UTF-8
// with a BOM. Both are read back as the same cells.
TEST_F(AssetsPageTest, ExportWritesTheChosenCsvEncoding)
{
    auto *exportButton = m_window->findChild<QPushButton *>(QStringLiteral("exportPushButton"));
    ASSERT_TRUE(exportButton);
    const QString shiftJis = tempPath(QStringLiteral("sjis.csv"));
    const QString utf8 = tempPath(QStringLiteral("utf8.csv"));
    Dialogs::setNextFileName(shiftJis, QStringLiteral("CSV, Shift_JIS for older Excel (*.csv)"));
    exportButton->click();
    Dialogs::setNextFileName(utf8, QStringLiteral("CSV, UTF-8 (*.csv)"));
    exportButton->click();

    const QByteArray sjisBytes = mamori::test::readAll(shiftJis);
    const QByteArray utf8Bytes = mamori::test::readAll(utf8);
    ASSERT_FALSE(sjisBytes.isEmpty());
    EXPECT_FALSE(sjisBytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(utf8Bytes.startsWith("\xEF\xBB\xBF"));
    const auto fromShiftJis = TextDecoding::decode(sjisBytes, TextEncoding::Cp932, shiftJis);
    const auto fromUtf8 = TextDecoding::decode(utf8Bytes, TextEncoding::Auto, utf8);
    ASSERT_TRUE(mamori::test::isOk(fromShiftJis));
    ASSERT_TRUE(mamori::test::isOk(fromUtf8));
    EXPECT_EQ(fromShiftJis->text, fromUtf8->text);
    EXPECT_TRUE(fromShiftJis->text.contains(QStringLiteral("営業部")));
    EXPECT_FALSE(TextDecoding::decode(sjisBytes, TextEncoding::Utf8, shiftJis).ok());
}

TEST_F(AssetsPageTest, BulkEditAndUndo)
{
    const QList<qint64> ids = selectRowsFrom(m_devices, 3);
    ASSERT_EQ(ids.size(), 3);
    QList<Device> before;
    for (const qint64 id : ids)
        before << deviceById(m_session, id);

    BulkEditDialog dialog(before, {}, m_window.get());
    dialog.choose(QStringLiteral("department"), QStringLiteral("情報システム担当"));
    m_page->applyBulkEdit(before, dialog.changedDevices());
    for (const qint64 id : ids)
        EXPECT_EQ(deviceById(m_session, id).department, QStringLiteral("情報システム担当"));

    BulkEditDialog status(before, {}, m_window.get());
    status.choose(QStringLiteral("status"), QStringLiteral("retired"));
    EXPECT_EQ(status.changedDevices().constFirst().status, DeviceStatus::Retired);

    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    for (int i = 0; i < ids.size(); ++i)
        EXPECT_EQ(deviceById(m_session, ids[i]), before[i]);
}

TEST_F(AssetsPageTest, DeleteAsksFirstAndCanBeUndone)
{
    auto *view = m_devices->findChild<QTableView *>(QStringLiteral("assetTableView"));
    view->selectRow(0);
    const qint64 id = m_devices->selectedIds().constFirst();
    const Device before = deviceById(m_session, id);
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("deletePushButton"));
    ASSERT_TRUE(remove->isEnabled());

    Dialogs::setNextConfirmation(false);
    remove->click();
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 300);

    view->selectRow(0);
    Dialogs::setNextConfirmation(true);
    remove->click();
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 299);
    EXPECT_EQ(shownRows(), 299);
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 300);
    EXPECT_EQ(deviceById(m_session, id), before);
}

// Selected rows that can no longer be read (another program, or another Mamori window, removed
// one) stop the action with the reason: deleting "the other two" would act on fewer records
// than the user chose, silently.
TEST_F(AssetsPageTest, ADeleteOfRowsThatCannotAllBeReadDeletesNothing)
{
    const QList<qint64> ids = selectRowsFrom(m_devices, 3);
    ASSERT_EQ(ids.size(), 3);
    mamori::test::rawExec(m_databasePath,
                          QStringLiteral("DELETE FROM device WHERE id = %1").arg(ids[1]));
    Dialogs::takeShownMessages();

    Dialogs::setNextConfirmation(true);
    m_page->findChild<QPushButton *>(QStringLiteral("deletePushButton"))->click();
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 299); // only the outside delete
    EXPECT_TRUE(deviceById(m_session, ids[0]).id == ids[0]);
    EXPECT_TRUE(deviceById(m_session, ids[2]).id == ids[2]);
    const QStringList shown = Dialogs::takeShownMessages();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_TRUE(shown.join(QLatin1Char('\n')).contains(QStringLiteral("no longer in the database")))
        << shown.join(QLatin1Char('\n')).toStdString();
}

TEST_F(AssetsPageTest, LinksAreAddedAndRemovedWithUndo)
{
    InventoryDocument &document = m_window->inventory();
    const InformationAsset asset = **InformationAssetRepository(*m_session.database()).find(1);
    const Device device = deviceById(m_session, 5);
    AssetEditorDialog editor(document, asset, m_window.get());
    auto *links = editor.findChild<QListWidget *>(QStringLiteral("linksListWidget"));
    ASSERT_TRUE(links);
    const int before = links->count();
    EXPECT_FALSE(editor.linkTo(QStringLiteral("NO-SUCH-NUMBER")));
    ASSERT_TRUE(editor.linkTo(device.assetNumber));
    ASSERT_EQ(links->count(), before + 1);
    const auto linked = document.linked(AssetKind::Devices, device.id);
    ASSERT_TRUE(linked);
    EXPECT_TRUE(std::any_of(linked->cbegin(), linked->cend(),
                            [&asset](const auto &record) { return record.id == asset.id; }));
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(document.linked(AssetKind::Information, asset.id)->size(), before);

    AssetEditorDialog again(document, asset, m_window.get());
    auto *list = again.findChild<QListWidget *>(QStringLiteral("linksListWidget"));
    ASSERT_GT(list->count(), 0);
    list->item(0)->setSelected(true);
    again.unlinkSelected();
    EXPECT_EQ(list->count(), before - 1);
}

TEST_F(AssetsPageTest, ImportChecksAgainWhenTheMappingChangedAfterTheCheck)
{
    const QString file = tempPath(QStringLiteral("new-devices.csv"));
    mamori::test::writeAll(
        file, QStringLiteral("資産番号,名称,種別\nNEW-1,来客用PC,パソコン\n").toUtf8());
    ImportDialog dialog(m_window->inventory(), m_window.get());
    ASSERT_TRUE(dialog.openFile(file));
    ASSERT_TRUE(dialog.checkRows());
    // The asset number column is now mapped to nothing: the check no longer holds.
    auto *mapping = dialog.findChild<QComboBox *>(QStringLiteral("mappingComboBox0"));
    ASSERT_TRUE(mapping);
    const int unmapped = mapping->findData(QString());
    ASSERT_GE(unmapped, 0);
    mapping->setCurrentIndex(unmapped);
    emit mapping->activated(unmapped);
    EXPECT_FALSE(dialog.runImport());
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("problemsListWidget"));
    ASSERT_GE(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("row 2")))
        << problems->item(0)->text().toStdString();
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 300);
}

TEST_F(AssetsPageTest, PrintLedgerAppliesTheFiltersShown)
{
    auto *filter = m_devices->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("SV-"));
    QTRY_VERIFY(shownRows() < 300);
    const int numberColumn =
        int(AssetRecords::storedFields(AssetKind::Devices).indexOf(QStringLiteral("asset_number")));
    QStringList shown;
    for (int row = 0; row < shownRows(); ++row)
        shown << m_devices->model()->index(row, numberColumn).data().toString();
    ASSERT_FALSE(shown.isEmpty());

    const QString path = tempPath(QStringLiteral("ledger.pdf"));
    Dialogs::setNextFileName(path);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("printLedgerPushButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(path));
    const QString text = mamori::test::pdfText(path);
    // The devices' pages: up to the information assets' heading, which starts their section.
    const QString devicePages = text.left(text.lastIndexOf(QStringLiteral("Information assets")));
    QStringList printed;
    static const QRegularExpression assetNumber(QStringLiteral("\\b[A-Z]{2,3}-\\d{5}\\b"));
    for (auto match = assetNumber.globalMatch(devicePages); match.hasNext();)
        printed << match.next().captured();
    printed.removeDuplicates();
    shown.sort();
    printed.sort();
    EXPECT_EQ(printed, shown) << "the ledger lists exactly the devices the tab shows";
    EXPECT_TRUE(text.contains(QStringLiteral("SV-"))) << "it names the filter";
    EXPECT_TRUE(m_window->grab().save(screenshotPath(QStringLiteral("assets-ledger-printed"))));
    EXPECT_TRUE(m_page->state().contains(QStringLiteral("ledger.pdf")))
        << m_page->state().toStdString();
}
