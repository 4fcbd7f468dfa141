#include "GuiTestSupport.h"

#include "assets/AssetListWidget.h"
#include "assets/AssetTableModel.h"
#include "assets/ImportDialog.h"
#include "assets/InventoryDocument.h"
#include "io/TextDecoding.h"
#include "storage/AssetRepository.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace mamori;

namespace {

// The shape of Snipe-IT's sample asset file: the firm's own categories and statuses, US dates
// with two-digit years, costs with decimals, thousands separators and currency marks.
const char *const snipeItExport =
    "Full Name,Email,Username,Item Name,Category,Model name,Manufacturer,Model Number,Serial,"
    "Asset Tag,Location,Notes,Purchase Date,Purchase Cost,Company,Status,Warranty,Supplier\n"
    "Aiko Tanaka,atanaka@example.com,atanaka,Laptop 4,Laptops,ThinkPad X1 Carbon,Lenovo,"
    "21HM,PF3ABCD1,ASSET-1001,Tokyo Office,,1/23/23,2266.13,Example KK,Ready to Deploy,36,"
    "Lenovo Store\n"
    ",,,File server,Storage,DS923+,Synology,DS923+,2310ABC001,ASSET-1002,Tokyo Office,"
    "\"Shared folders, backups\",3/14/21,\"$1,048.00\",Example KK,Deployed,24,\n"
    ",,,Backup box,Storage,DS224+,Synology,DS224+,2310ABC002,ASSET-1003,Nagoya Office,,"
    "11/30/22,748.5,Example KK,Deployed,24,\n"
    ",,,NAS shelf,Network Storage,RS1221+,Synology,RS1221+,2190QAN001,ASSET-1004,Tokyo Office,,"
    "12/5/22,1499,Example KK,Pending,,\n"
    "Ken Mori,kmori@example.com,kmori,Laptop 9,Laptops,MacBook Air,Apple,MLY33J/A,"
    "C02XYZ0001,ASSET-1005,Nagoya Office,,7/1/22,\"¥98,000\",Example KK,Lost/Stolen,12,\n";

QTableWidget *valuesTable(const ImportDialog &dialog)
{
    return dialog.findChild<QTableWidget *>(QStringLiteral("valuesTableWidget"));
}

// The Values step's row of a value as written, or -1.
int valueRow(const ImportDialog &dialog, const QString &text)
{
    const QTableWidget *table = valuesTable(dialog);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1) && table->item(row, 1)->text() == text)
            return row;
    }
    return -1;
}

QComboBox *valueChoice(const ImportDialog &dialog, int row)
{
    return qobject_cast<QComboBox *>(valuesTable(dialog)->cellWidget(row, 4));
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    ASSERT_GE(index, 0) << data.toString().toStdString();
    box->setCurrentIndex(index);
    emit box->activated(index);
}

QStringList problemLines(const ImportDialog &dialog)
{
    QStringList lines;
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("problemsListWidget"));
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

QString summary(const ImportDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"))->text();
}

QString facts(const ImportDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("sourceInfoLabel"))->text();
}

} // namespace

class ImportDialogTest : public mamori::test::MainWindowFixture
{
protected:
    std::optional<Device> storedDevice(const QString &assetNumber)
    {
        Device key;
        key.assetNumber = assetNumber;
        const auto found = DeviceRepository(*m_session.database()).findByKey(key);
        if (!found || !found->has_value())
            return std::nullopt;
        return **found;
    }
};

TEST_F(ImportDialogTest, SnipeItExportImportsWithTheDateOrderAndTheValuesStep)
{
    const QString file = tempPath(QStringLiteral("snipeit-assets.csv"));
    mamori::test::writeAll(file, QByteArray(snipeItExport));
    ImportDialog dialog(m_window->inventory(), m_window.get());
    dialog.resize(1000, 680);
    dialog.show();
    ASSERT_TRUE(dialog.openFile(file));
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("UTF-8"))) << facts(dialog).toStdString();
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("comma-separated")));
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("header in row 1")));
    auto *itemName = dialog.findChild<QComboBox *>(QStringLiteral("mappingComboBox3"));
    ASSERT_TRUE(itemName);
    choose(itemName, QStringLiteral("name")); // Snipe-IT's "Item Name"

    // Two-digit years in auto mode: an error in the date column, and the dialog says what to do.
    EXPECT_FALSE(dialog.checkRows());
    EXPECT_TRUE(summary(dialog).contains(QStringLiteral("Date order")))
        << summary(dialog).toStdString();
    // One line for the date column (five rows); the warranty months that need those dates add
    // nothing of their own.
    const QStringList dateProblems = problemLines(dialog);
    ASSERT_EQ(dateProblems.size(), 1) << dateProblems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(dateProblems[0].contains(QStringLiteral("Purchase Date")));
    EXPECT_TRUE(dateProblems[0].contains(QStringLiteral("and 4 more rows like it: 3, 4, 5, 6")))
        << dateProblems[0].toStdString();

    auto *dateOrder = dialog.findChild<QComboBox *>(QStringLiteral("dateOrderComboBox"));
    ASSERT_TRUE(dateOrder);
    choose(dateOrder, int(DateOrder::Mdy));
    ASSERT_TRUE(dialog.checkRows()) << problemLines(dialog).join(QLatin1Char('\n')).toStdString();
    auto *steps = dialog.findChild<QTabWidget *>(QStringLiteral("stepsTabWidget"));
    EXPECT_EQ(steps->currentWidget()->objectName(), QStringLiteral("valuesTab"));

    // The Values step: the firm's words with their counts, how they were read, and a choice.
    const int storage = valueRow(dialog, QStringLiteral("Storage"));
    const int network = valueRow(dialog, QStringLiteral("Network Storage"));
    const int lost = valueRow(dialog, QStringLiteral("Lost/Stolen"));
    ASSERT_GE(storage, 0);
    ASSERT_GE(network, 0);
    ASSERT_GE(lost, 0);
    EXPECT_EQ(valueRow(dialog, QStringLiteral("Laptops")), -1); // a known word
    QTableWidget *values = valuesTable(dialog);
    EXPECT_EQ(values->item(storage, 0)->text(), QStringLiteral("Category"));
    EXPECT_EQ(values->item(storage, 2)->text(), QStringLiteral("2"));
    EXPECT_EQ(values->item(storage, 3)->text(), QStringLiteral("Not known"));
    EXPECT_EQ(valueChoice(dialog, storage)->currentData().toString(), QStringLiteral("other"));
    EXPECT_EQ(values->item(network, 3)->text(), QStringLiteral("Guessed"));
    EXPECT_EQ(valueChoice(dialog, network)->currentData().toString(), QStringLiteral("server"));
    EXPECT_EQ(values->item(lost, 0)->text(), QStringLiteral("Status"));
    const QString note = dialog.findChild<QLabel *>(QStringLiteral("valuesNoteLabel"))->text();
    EXPECT_TRUE(note.contains(QStringLiteral("kept as the device's label"))) << note.toStdString();

    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        m_window->applyLanguage(language);
        QTest::qWait(600); // the relayout after the switch
        EXPECT_EQ(valueRow(dialog, QStringLiteral("Storage")), storage);
        ASSERT_TRUE(dialog.grab().save(
            screenshotPath(QStringLiteral("import-values-%1").arg(languageCode(language)))));
    }

    // Storage is a server here. The choice applies to the import, which checks again first.
    choose(valueChoice(dialog, storage), QStringLiteral("server"));
    EXPECT_EQ(values->item(storage, 3)->text(), QStringLiteral("Mapped"));
    ASSERT_TRUE(dialog.runImport()) << summary(dialog).toStdString();
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 5);

    const auto fileServer = storedDevice(QStringLiteral("ASSET-1002"));
    ASSERT_TRUE(fileServer);
    EXPECT_EQ(fileServer->category, DeviceCategory::Server);
    EXPECT_EQ(fileServer->categoryLabel, QStringLiteral("Storage"));
    EXPECT_EQ(fileServer->purchaseDate, QDate(2021, 3, 14));
    ASSERT_TRUE(fileServer->purchaseCost);
    EXPECT_EQ(fileServer->purchaseCost->digits, QStringLiteral("1048.00"));
    EXPECT_EQ(fileServer->purchaseCurrency.code, QStringLiteral("USD"));
    const auto shelf = storedDevice(QStringLiteral("ASSET-1004"));
    ASSERT_TRUE(shelf);
    EXPECT_EQ(shelf->category, DeviceCategory::Server);
    EXPECT_EQ(shelf->categoryLabel, QStringLiteral("Network Storage"));
    const auto laptop = storedDevice(QStringLiteral("ASSET-1001"));
    ASSERT_TRUE(laptop);
    EXPECT_EQ(laptop->category, DeviceCategory::Laptop);
    EXPECT_EQ(laptop->purchaseDate, QDate(2023, 1, 23));
    ASSERT_TRUE(laptop->purchaseCost);
    EXPECT_EQ(laptop->purchaseCost->digits, QStringLiteral("2266.13"));
    const auto phone = storedDevice(QStringLiteral("ASSET-1005"));
    ASSERT_TRUE(phone);
    EXPECT_EQ(phone->purchaseCurrency.code, QStringLiteral("JPY"));

    // The devices table shows the firm's word with the kind the checks go by.
    m_window->showPage(Page::Assets);
    auto *devices = m_window->findChild<AssetListWidget *>(QStringLiteral("deviceListWidget"));
    ASSERT_TRUE(devices);
    AssetTableModel *model = devices->model();
    const int numberColumn = int(model->fields().indexOf(QStringLiteral("asset_number")));
    const int categoryColumn = int(model->fields().indexOf(QStringLiteral("category")));
    QStringList categories;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, numberColumn).data().toString() == QStringLiteral("ASSET-1002"))
            categories << model->index(row, categoryColumn).data().toString();
    }
    EXPECT_EQ(categories, QStringList{QStringLiteral("Storage (Server)")});

    // The preset keeps the mapping, the value choices and the date order.
    mamori::test::answerNextDialog<QInputDialog>(&dialog, [](QInputDialog *input) {
        input->setTextValue(QStringLiteral("Snipe-IT"));
        input->accept();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("savePresetPushButton"))->click();
    const auto saved = m_window->inventory().importPreset(QStringLiteral("Snipe-IT"));
    ASSERT_TRUE(saved && saved->has_value());
    EXPECT_EQ((*saved)->dateOrder, DateOrder::Mdy);
    EXPECT_EQ((*saved)->values.codeFor(QStringLiteral("category"), QStringLiteral("Storage")),
              QStringLiteral("server"));
    EXPECT_EQ(
        (*saved)->values.codeFor(QStringLiteral("category"), QStringLiteral("Network Storage")),
        QStringLiteral("server"));

    ImportDialog again(m_window->inventory(), m_window.get());
    auto *presets = again.findChild<QComboBox *>(QStringLiteral("presetComboBox"));
    choose(presets, QStringLiteral("Snipe-IT"));
    auto *againOrder = again.findChild<QComboBox *>(QStringLiteral("dateOrderComboBox"));
    EXPECT_EQ(againOrder->currentData().toInt(), int(DateOrder::Mdy));
    ASSERT_TRUE(again.openFile(file));
    ASSERT_TRUE(again.checkRows()) << problemLines(again).join(QLatin1Char('\n')).toStdString();
    const int storageAgain = valueRow(again, QStringLiteral("Storage"));
    ASSERT_GE(storageAgain, 0);
    EXPECT_EQ(valuesTable(again)->item(storageAgain, 3)->text(), QStringLiteral("Mapped"));
    EXPECT_EQ(valueChoice(again, storageAgain)->currentData().toString(), QStringLiteral("server"));
    // Everything was chosen or listed before: Import writes at once (all 5 unchanged).
    EXPECT_TRUE(again.runImport()) << summary(again).toStdString();
}

TEST_F(ImportDialogTest, ImportStopsToListGuessesItHasNotShownYet)
{
    const QString file = tempPath(QStringLiteral("ledger.csv"));
    mamori::test::writeAll(file,
                           QStringLiteral("資産番号,名称,種別\nA-1,受付の複合機,プリンタ複合機\n"
                                          "A-2,経理PC,パソコン\n")
                               .toUtf8());
    ImportDialog dialog(m_window->inventory(), m_window.get());
    ASSERT_TRUE(dialog.openFile(file));
    EXPECT_FALSE(dialog.runImport());
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 0);
    EXPECT_TRUE(summary(dialog).contains(QStringLiteral("click Import again")))
        << summary(dialog).toStdString();
    const int row = valueRow(dialog, QStringLiteral("プリンタ複合機"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(valueChoice(dialog, row)->currentData().toString(), QStringLiteral("printer"));
    EXPECT_TRUE(dialog.runImport());
    const auto printer = storedDevice(QStringLiteral("A-1"));
    ASSERT_TRUE(printer);
    EXPECT_EQ(printer->category, DeviceCategory::PrinterMfp);
    EXPECT_EQ(printer->categoryLabel, QStringLiteral("プリンタ複合機"));
}

TEST_F(ImportDialogTest, WarningsAndErrorsAreOneLinePerKindAndColumn)
{
    QString text = QStringLiteral("資産番号,名称,種別,購入日,備考\n");
    for (int i = 1; i <= 40; ++i)
        text += QStringLiteral("S-%1,PC %1,パソコン\n").arg(i); // short rows: 3 of 5 columns
    const QString shortRows = tempPath(QStringLiteral("short.csv"));
    mamori::test::writeAll(shortRows, text.toUtf8());
    ImportDialog dialog(m_window->inventory(), m_window.get());
    ASSERT_TRUE(dialog.openFile(shortRows));
    ASSERT_TRUE(dialog.checkRows());
    QStringList lines = problemLines(dialog);
    ASSERT_EQ(lines.size(), 1) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Warning: row 2"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("and 39 more rows like it: 3, 4, 5, 6, 7, …")))
        << lines[0].toStdString();
    EXPECT_TRUE(summary(dialog).contains(QStringLiteral("40 warnings")));
    dialog.resize(1000, 680);
    dialog.show();
    ASSERT_TRUE(dialog.grab().save(screenshotPath(QStringLiteral("import-warnings-en"))));
    EXPECT_TRUE(dialog.runImport()); // warnings never stop the import
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 40);

    text = QStringLiteral("資産番号,名称,種別,購入日\n");
    for (int i = 1; i <= 12; ++i)
        text += QStringLiteral("B-%1,PC %1,パソコン,2025/2/30\n").arg(i);
    text += QStringLiteral("B-13,,パソコン,2025/1/1\n");
    const QString badRows = tempPath(QStringLiteral("bad.csv"));
    mamori::test::writeAll(badRows, text.toUtf8());
    ASSERT_TRUE(dialog.openFile(badRows));
    EXPECT_FALSE(dialog.checkRows());
    lines = problemLines(dialog);
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Error: row 2, column D")));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("and 11 more rows like it")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("Error: row 14")));
    auto *steps = dialog.findChild<QTabWidget *>(QStringLiteral("stepsTabWidget"));
    EXPECT_EQ(steps->currentWidget()->objectName(), QStringLiteral("problemsTab"));
    EXPECT_EQ(steps->tabText(steps->currentIndex()), QStringLiteral("Problems (13)"));
    EXPECT_FALSE(dialog.runImport());
    EXPECT_EQ(*DeviceRepository(*m_session.database()).count(), 40);
}

TEST_F(ImportDialogTest, ReadingOptionsReadTheFileAgain)
{
    // Excel's Unicode text: UTF-16 with a BOM, tab-separated, a title and a date above the header.
    const QString ledger = QStringLiteral("情報資産管理台帳\n2025年4月1日現在\n"
                                          "資産番号\t名称\t種別\nU-1\t総務PC\tパソコン\n");
    const QString utf16 = tempPath(QStringLiteral("unicode.txt"));
    mamori::test::writeAll(utf16, *TextDecoding::encode(ledger, TextEncoding::Utf16, true));
    ImportDialog dialog(m_window->inventory(), m_window.get());
    ASSERT_TRUE(dialog.openFile(utf16));
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("UTF-16LE (BOM)")))
        << facts(dialog).toStdString();
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("tab-separated")));
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("header in row 3")));
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("1 data row")));
    auto *mapping = dialog.findChild<QComboBox *>(QStringLiteral("mappingComboBox0"));
    ASSERT_TRUE(mapping);
    EXPECT_EQ(mapping->currentData().toString(), QStringLiteral("asset_number"));

    // A header row given by number: the title row is not a header.
    auto *headerRow = dialog.findChild<QSpinBox *>(QStringLiteral("headerRowSpinBox"));
    ASSERT_TRUE(headerRow);
    headerRow->setValue(1);
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("header in row 1")))
        << facts(dialog).toStdString();
    headerRow->setValue(0);
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("header in row 3")));

    // EUC-JP is never detected: chosen, the same file reads.
    const QString eucJp = tempPath(QStringLiteral("euc.csv"));
    mamori::test::writeAll(
        eucJp, *TextDecoding::encode(QStringLiteral("資産番号;名称;種別\nE-1;倉庫PC;パソコン\n"),
                                     TextEncoding::EucJp, false));
    dialog.openFile(eucJp);
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encodingComboBox"));
    choose(encoding, int(TextEncoding::EucJp));
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("EUC-JP"))) << facts(dialog).toStdString();
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("semicolon-separated")));
    mapping = dialog.findChild<QComboBox *>(QStringLiteral("mappingComboBox0"));
    ASSERT_TRUE(mapping);
    EXPECT_EQ(mapping->currentData().toString(), QStringLiteral("asset_number"));
    // The delimiter given: a comma splits nothing here, so the whole line is one column.
    auto *delimiter = dialog.findChild<QComboBox *>(QStringLiteral("delimiterComboBox"));
    choose(delimiter, QStringLiteral(","));
    EXPECT_TRUE(facts(dialog).contains(QStringLiteral("comma-separated")));
    EXPECT_EQ(dialog.findChild<QTableWidget *>(QStringLiteral("previewTableWidget"))->columnCount(),
              1);
    choose(delimiter, QString());
    ASSERT_TRUE(dialog.checkRows());
    ASSERT_TRUE(dialog.runImport());
    const auto device = storedDevice(QStringLiteral("E-1"));
    ASSERT_TRUE(device);
    EXPECT_EQ(device->name, QStringLiteral("倉庫PC"));
}
