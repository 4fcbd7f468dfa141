#include "TestEnvironment.h"

#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <utility>

using namespace mamori;
using mamori::test::isOk;

namespace {

using Parts = QList<std::pair<QString, QByteArray>>;

const QByteArray mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray relationshipTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray relationship(const char *id, const char *type, const char *target)
{
    return "<Relationship Id=\"" + QByteArray(id) + "\" Type=\"" + relationshipTypes + "/" + type +
           "\" Target=\"" + target + "\"/>";
}

} // namespace

class XlsxTest : public mamori::test::TempDirTest
{
protected:
    // Runs a script with the system Python, which has openpyxl; fails the test on an error.
    void runPython(const QByteArray &script, const QStringList &arguments)
    {
        const QString scriptPath = tempPath(QStringLiteral("script.py"));
        mamori::test::writeAll(scriptPath, script);
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), QStringList{scriptPath} + arguments);
        ASSERT_TRUE(python.waitForFinished(60'000)) << python.errorString().toStdString();
        ASSERT_EQ(python.exitStatus(), QProcess::NormalExit);
        ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    }

    // Saves a workbook made by openpyxl; `body` sees openpyxl, datetime, Font, wb and ws (the
    // active sheet).
    QString openpyxlWorkbook(const QString &name, const QByteArray &body)
    {
        const QString path = tempPath(name);
        runPython("import sys, datetime, openpyxl\n"
                  "from openpyxl.styles import Font\n"
                  "wb = openpyxl.Workbook()\n"
                  "ws = wb.active\n" +
                      body + "\nwb.save(sys.argv[1])\n",
                  {path});
        return path;
    }

    // Zips the parts with Python's zipfile, for workbooks no spreadsheet library writes.
    QString zipParts(const QString &name, const Parts &parts)
    {
        const QString folder = tempPath(name + QStringLiteral(".parts"));
        for (const auto &[partPath, content] : parts) {
            const QString filePath = folder + QLatin1Char('/') + partPath;
            QDir().mkpath(QFileInfo(filePath).absolutePath());
            mamori::test::writeAll(filePath, content);
        }
        const QString path = tempPath(name);
        runPython("import os, sys, zipfile\n"
                  "with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                  "    for root, dirs, files in os.walk(sys.argv[1]):\n"
                  "        for f in files:\n"
                  "            full = os.path.join(root, f)\n"
                  "            z.write(full, os.path.relpath(full, sys.argv[1]))\n",
                  {folder, path});
        return path;
    }

    // A hand-written workbook with one sheet "Data"; shared strings and styles are optional.
    QString craftedWorkbook(const QString &name, const QByteArray &sheetXml,
                            const QByteArray &sharedStringsXml = {},
                            const QByteArray &stylesXml = {})
    {
        QByteArray relationships =
            "<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            relationship("rId1", "worksheet", "worksheets/sheet1.xml");
        Parts parts{
            {QStringLiteral("xl/workbook.xml"),
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" + mainNamespace +
                 "\" xmlns:r=\"" + relationshipTypes +
                 "\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                 "</workbook>"},
            {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml},
        };
        if (!sharedStringsXml.isEmpty()) {
            relationships += relationship("rId2", "sharedStrings", "sharedStrings.xml");
            parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml});
        }
        if (!stylesXml.isEmpty()) {
            relationships += relationship("rId3", "styles", "styles.xml");
            parts.append({QStringLiteral("xl/styles.xml"), stylesXml});
        }
        parts.append(
            {QStringLiteral("xl/_rels/workbook.xml.rels"), relationships + "</Relationships>"});
        return zipParts(name, parts);
    }

    static QByteArray worksheet(const QByteArray &sheetData)
    {
        return "<worksheet xmlns=\"" + mainNamespace + "\"><sheetData>" + sheetData +
               "</sheetData></worksheet>";
    }

    static Table read(const QString &path, const QString &sheetName = {})
    {
        auto table = XlsxReader::readFile(path, sheetName);
        EXPECT_TRUE(isOk(table));
        return table ? *table : Table{};
    }

    // What openpyxl sees in a file: sheet title, frozen cell, header boldness, every value
    // with its data type, and the widths of columns A and B.
    QJsonObject inspectWithOpenpyxl(const QString &path)
    {
        const QString jsonPath = tempPath(QStringLiteral("inspection.json"));
        runPython("import sys, json, openpyxl\n"
                  "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                  "out = {'title': ws.title, 'freeze': ws.freeze_panes,\n"
                  "       'bold': [bool(c.font.b) for c in ws[1]],\n"
                  "       'cells': [[c.value, c.data_type] for row in ws.iter_rows()\n"
                  "                 for c in row if c.value is not None],\n"
                  "       'widths': [ws.column_dimensions['A'].width,\n"
                  "                  ws.column_dimensions['B'].width]}\n"
                  "with open(sys.argv[2], 'w', encoding='utf-8') as f:\n"
                  "    json.dump(out, f, ensure_ascii=False)\n",
                  {path, jsonPath});
        return QJsonDocument::fromJson(mamori::test::readAll(jsonPath)).object();
    }
};

TEST_F(XlsxTest, ReadsTextNumbersAndBooleansWrittenByOpenpyxl)
{
    const QString path = openpyxlWorkbook(QStringLiteral("basic.xlsx"), R"(
ws.append(['名前', 'Count', 'Price', 'Active'])
ws.append(['ノートPC（事務所）', 3, 12.5, True])
ws.append(['東京', 45383, 45383.0, False])
ws.append(['Big', 12345678901234, 1234567.891, -3])
ws.append(['Tiny', 0.1, 1e22, 1.5e-07])
)");
    const Table table = read(path);
    EXPECT_EQ(table.header, QStringList({QStringLiteral("名前"), QStringLiteral("Count"),
                                         QStringLiteral("Price"), QStringLiteral("Active")}));
    ASSERT_EQ(table.rows.size(), 4);
    EXPECT_EQ(table.rows[0].number, 2);
    EXPECT_EQ(table.rows[0].cells,
              QStringList({QStringLiteral("ノートPC（事務所）"), QStringLiteral("3"),
                           QStringLiteral("12.5"), QStringLiteral("TRUE")}));
    // A serial-looking number without a date format stays a number; 45383.0 loses its ".0".
    EXPECT_EQ(table.rows[1].cells, QStringList({QStringLiteral("東京"), QStringLiteral("45383"),
                                                QStringLiteral("45383"), QStringLiteral("FALSE")}));
    EXPECT_EQ(table.rows[2].cells,
              QStringList({QStringLiteral("Big"), QStringLiteral("12345678901234"),
                           QStringLiteral("1234567.891"), QStringLiteral("-3")}));
    EXPECT_EQ(table.rows[3].cells,
              QStringList({QStringLiteral("Tiny"), QStringLiteral("0.1"), QStringLiteral("1e+22"),
                           QStringLiteral("1.5e-07")}));
    EXPECT_EQ(table.sourceName, path);
    EXPECT_TRUE(table.encodingName.isEmpty());

    const auto fromMemory =
        XlsxReader::readData(mamori::test::readAll(path), {}, QStringLiteral("basic.xlsx"));
    ASSERT_TRUE(isOk(fromMemory));
    EXPECT_EQ(fromMemory->header, table.header);
    EXPECT_EQ(fromMemory->rows[3].cells, table.rows[3].cells);
    EXPECT_EQ(fromMemory->sourceName, QStringLiteral("basic.xlsx"));
}

TEST_F(XlsxTest, DateFormattedNumbersBecomeIsoDates)
{
    const QString path = openpyxlWorkbook(QStringLiteral("dates.xlsx"), R"(
ws.append(['Default', 'With time', 'Slashes', 'Kanji', 'Era', 'Built-in 14', 'Hours',
           'Built-in 45', 'Plain'])
ws.append([datetime.date(2024, 4, 1), datetime.datetime(2024, 4, 1, 18, 30), 45383, 45383,
           45383, 45383, 45383.75, 45383.75, 45383])
formats = [None, None, 'yyyy/mm/dd', 'yyyy"年"m"月"d"日"', '[$-ja-JP-x-gannen]ggge"年"m"月"d"日"',
           'mm-dd-yy', 'hh:mm', 'mm:ss', None]
for cell, number_format in zip(ws[2], formats):
    if number_format:
        cell.number_format = number_format
# Excel's 1900 system: serial 1 is 1900-01-01 and 60 the 29 February 1900 Lotus 1-2-3 invented.
ws.append([1, 59, 60, 61])
for cell in ws[3]:
    cell.number_format = 'yyyy-mm-dd'
)");
    const Table table = read(path);
    ASSERT_EQ(table.rows.size(), 2);
    const QString april = QStringLiteral("2024-04-01");
    // Custom hh:mm and built-in 45 (mm:ss) show times, not dates.
    EXPECT_EQ(table.rows[0].cells,
              QStringList({april, april, april, april, april, april, QStringLiteral("45383.75"),
                           QStringLiteral("45383.75"), QStringLiteral("45383")}));
    EXPECT_EQ(table.rows[1].cells,
              QStringList({QStringLiteral("1900-01-01"), QStringLiteral("1900-02-28"),
                           QStringLiteral("1900-02-29"), QStringLiteral("1900-03-01")}));
}

TEST_F(XlsxTest, Date1904WorkbooksCountFrom1904)
{
    const QString path = openpyxlWorkbook(QStringLiteral("mac.xlsx"), R"(
wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
ws.append(['Bought'])
ws.append([datetime.date(2024, 4, 1)])
ws.append([datetime.date(1904, 1, 1)])
)");
    const Table table = read(path);
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows[0].cells, QStringList{QStringLiteral("2024-04-01")});
    EXPECT_EQ(table.rows[1].cells, QStringList{QStringLiteral("1904-01-01")});
}

TEST_F(XlsxTest, CellsArePlacedByReferenceAndRowsKeepTheSheetsNumbers)
{
    const QString path = openpyxlWorkbook(QStringLiteral("sparse.xlsx"), R"(
ws['A2'] = 'Name'
ws['B2'] = 'Place'
ws['C2'] = 'Note'
ws['A3'] = 'first'
ws['C3'] = 'third column'
ws['E3'].font = Font(bold=True)  # a formatted but empty cell at the end of the row
ws['B4'].font = Font(bold=True)  # a row with nothing but formatting
ws['B6'] = 'second column only'
)");
    const Table table = read(path);
    EXPECT_EQ(table.header, QStringList({QStringLiteral("Name"), QStringLiteral("Place"),
                                         QStringLiteral("Note")}));
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows[0].number, 3);
    EXPECT_EQ(table.rows[0].cells,
              QStringList({QStringLiteral("first"), QString(), QStringLiteral("third column")}));
    EXPECT_EQ(table.rows[1].number, 6);
    EXPECT_EQ(table.rows[1].cells, QStringList({QString(), QStringLiteral("second column only")}));
}

TEST_F(XlsxTest, MergedCellsAreReadAsRangesWithTheHeadersRow)
{
    // A ledger as Japanese offices lay it out: a merged title, then a two-row header whose
    // upper cells span the lower ones.
    const QString path = openpyxlWorkbook(QStringLiteral("merged.xlsx"), R"(
ws['A1'] = '情報資産管理台帳'
ws.merge_cells('A1:D1')
ws['A3'] = '資産番号'
ws.merge_cells('A3:A4')
ws['B3'] = '機器'
ws.merge_cells('B3:C3')
ws['B4'] = '名前'
ws['C4'] = '種別'
ws['D3'] = '備考'
ws.merge_cells(start_row=3, start_column=4, end_row=4, end_column=4)
ws.append(['A-001', 'ノートPC', 'PC'])
)");
    const Table table = read(path);
    EXPECT_EQ(table.headerRow, 1);
    EXPECT_EQ(table.header, QStringList{QStringLiteral("情報資産管理台帳")});
    EXPECT_EQ(table.delimiter, 0);
    EXPECT_FALSE(table.fieldCountsAreExact);
    ASSERT_EQ(table.rows.size(), 3);
    EXPECT_EQ(table.rows[2].number, 5);
    const QList<CellRange> expected{{1, 1, 0, 3}, {3, 4, 0, 0}, {3, 3, 1, 2}, {3, 4, 3, 3}};
    EXPECT_EQ(table.merges, expected);
}

TEST_F(XlsxTest, MalformedMergedRangesAreLeftOut)
{
    const QString path = craftedWorkbook(
        QStringLiteral("bad-merges.xlsx"),
        "<worksheet xmlns=\"" + mainNamespace +
            "\"><sheetData><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
            "</sheetData><mergeCells count=\"12\">"
            "<mergeCell ref=\"A1:C1\"/>"
            "<mergeCell ref=\"c3:a2\"/>"        // corners in the other order, lower case
            "<mergeCell ref=\"A1\"/>"           // one cell is no range
            "<mergeCell ref=\"\"/><mergeCell/>" // nothing
            "<mergeCell ref=\"A0:B1\"/>"        // no row 0
            "<mergeCell ref=\"A1:B1048577\"/>"  // beyond Excel's last row
            "<mergeCell ref=\"A1:XFE1\"/>"      // beyond its last column
            "<mergeCell ref=\"1A:B2\"/><mergeCell ref=\"A1:B2:C3\"/>"
            "<mergeCell ref=\"$A$1:$B$2\"/><mergeCell ref=\"Aé1:B2\"/>"
            "<mergeCell ref=\"XFD1048576:A1\"><unexpected/></mergeCell>"
            "<other/></mergeCells></worksheet>");
    const Table table = read(path);
    EXPECT_EQ(table.headerRow, 2);
    const QList<CellRange> expected{{1, 1, 0, 2}, {2, 3, 0, 2}, {1, 1048576, 0, 16383}};
    EXPECT_EQ(table.merges, expected);
}

TEST_F(XlsxTest, SheetsAreChosenByNameAndUnknownNamesListTheSheets)
{
    const QString path = openpyxlWorkbook(QStringLiteral("sheets.xlsx"), R"(
ws.title = 'Summary'
ws.append(['Summary header'])
stock = wb.create_sheet('在庫')
stock.append(['品名', '数量'])
stock.append(['トナー', 4])
wb.create_sheet('Data').append(['Data header'])
)");
    const auto names = XlsxReader::sheetNames(path);
    ASSERT_TRUE(isOk(names));
    EXPECT_EQ(*names, QStringList({QStringLiteral("Summary"), QStringLiteral("在庫"),
                                   QStringLiteral("Data")}));

    EXPECT_EQ(read(path).header, QStringList{QStringLiteral("Summary header")});
    const Table stock = read(path, QStringLiteral("在庫"));
    EXPECT_EQ(stock.header, QStringList({QStringLiteral("品名"), QStringLiteral("数量")}));
    ASSERT_EQ(stock.rows.size(), 1);
    EXPECT_EQ(stock.rows[0].cells, QStringList({QStringLiteral("トナー"), QStringLiteral("4")}));
    EXPECT_EQ(read(path, QStringLiteral("data")).header,
              QStringList{QStringLiteral("Data header")});

    const auto missing = XlsxReader::readFile(path, QStringLiteral("Stock"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("\"Stock\"")));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("Summary, 在庫, Data")))
        << missing.error().message.toStdString();
}

TEST_F(XlsxTest, ReadsInlineRichAndFormulaStringsErrorsAndCellsWithoutReferences)
{
    const QString path = craftedWorkbook(QStringLiteral("inline.xlsx"), worksheet(R"(
<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><r><t>Pl</t></r><r><rPr><b/></rPr><t>ace</t></r></is></c><c r="C1" t="inlineStr"><is><t>Greeting</t></is></c><c r="D1" t="inlineStr"><is><t>Flag</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></is></c><c r="B2" t="inlineStr"><is><t xml:space="preserve"> 東京 </t></is></c><c r="C2" t="str"><f>A2&amp;"様"</f><v>山田様</v></c><c r="D2" t="b"><v>1</v></c></row>
<row><c t="inlineStr"><is><t>line1_x000D_
line2</t></is></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c t="b"><v>0</v></c></row>
)"));
    const Table table = read(path);
    EXPECT_EQ(table.header, QStringList({QStringLiteral("Name"), QStringLiteral("Place"),
                                         QStringLiteral("Greeting"), QStringLiteral("Flag")}));
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows[0].cells, QStringList({QStringLiteral("山田"), QStringLiteral(" 東京 "),
                                                QStringLiteral("山田様"), QStringLiteral("TRUE")}));
    // A row without r follows the previous row; a cell without r follows the previous cell.
    EXPECT_EQ(table.rows[1].number, 3);
    EXPECT_EQ(table.rows[1].cells,
              QStringList({QStringLiteral("line1\r\nline2"), QString(), QStringLiteral("#DIV/0!"),
                           QStringLiteral("FALSE")}));
}

TEST_F(XlsxTest, ReadsSharedRichTextWithoutFuriganaAndClassifiesNumberFormats)
{
    // Prefixed elements (x:) as some .NET tools write them; the xf in cellStyleXfs and the
    // numFmt in dxfs must not shift or define the cell styles.
    const QByteArray sharedStrings =
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<si><r><t>東京</t></r><r><rPr><b/></rPr><t>本社</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></si>
<si><t>_x005F_x0041_ stays</t></si>
</sst>)";
    const QByteArray styles =
        R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="5"><numFmt numFmtId="164" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="h:mm"/><numFmt numFmtId="166" formatCode="0.00E+00"/><numFmt numFmtId="167" formatCode="#,##0&quot;円&quot;"/><numFmt numFmtId="168" formatCode="[h]:mm:ss"/></numFmts>
<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="10"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="57"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="170"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="yyyy"/></dxf></dxfs>
</styleSheet>)";
    const QByteArray sheet =
        R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2" s="1"><x:v>45383</x:v></x:c><x:c r="B2" s="2"><x:v>45383</x:v></x:c><x:c r="C2" s="3"><x:v>45383</x:v></x:c><x:c r="D2" s="4"><x:v>45383</x:v></x:c><x:c r="E2" s="5"><x:v>45383.5</x:v></x:c><x:c r="F2" s="6"><x:v>45383</x:v></x:c><x:c r="G2" s="7"><x:v>45383</x:v></x:c><x:c r="H2" s="8"><x:v>45383.25</x:v></x:c><x:c r="I2" s="9"><x:v>45383</x:v></x:c><x:c r="J2" s="0"><x:v>45383</x:v></x:c></x:row>
</x:sheetData></x:worksheet>)";
    const QString path =
        craftedWorkbook(QStringLiteral("shared.xlsx"), sheet, sharedStrings, styles);
    const Table table = read(path);
    EXPECT_EQ(table.header, QStringList({QStringLiteral("東京本社"), QStringLiteral("山田"),
                                         QStringLiteral("_x0041_ stays")}));
    ASSERT_EQ(table.rows.size(), 1);
    const QString april = QStringLiteral("2024-04-01");
    EXPECT_EQ(table.rows[0].cells, QStringList({april, april, april, april,
                                                QStringLiteral("45383.5"), QStringLiteral("45383"),
                                                QStringLiteral("45383"), QStringLiteral("45383.25"),
                                                QStringLiteral("45383"), QStringLiteral("45383")}));
}

TEST_F(XlsxTest, FilesThatAreNoWorkbooksGiveClearErrors)
{
    const QString csvPath = tempPath(QStringLiteral("really-a.csv.xlsx"));
    mamori::test::writeAll(csvPath, "名前,数\nPC,1\n");
    const auto notZip = XlsxReader::readFile(csvPath);
    ASSERT_FALSE(notZip.ok());
    EXPECT_EQ(notZip.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(notZip.error().message.contains(csvPath));

    const QString otherZip = zipParts(QStringLiteral("other.xlsx"),
                                      {{QStringLiteral("docProps/app.xml"), "<Properties/>"}});
    for (const auto &result :
         {XlsxReader::readFile(otherZip), XlsxReader::readData(mamori::test::readAll(otherZip), {},
                                                               QStringLiteral("other.xlsx"))}) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("other.xlsx")));
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("xl/workbook.xml")));
    }
    EXPECT_FALSE(XlsxReader::sheetNames(otherZip).ok());

    const auto missingFile = XlsxReader::readFile(tempPath(QStringLiteral("nowhere.xlsx")));
    ASSERT_FALSE(missingFile.ok());
    EXPECT_EQ(missingFile.error().kind, ErrorKind::Io);
}

TEST_F(XlsxTest, DamagedSheetsNameThePart)
{
    const QList<std::pair<QString, QByteArray>> damagedSheets{
        {QStringLiteral("truncated"),
         "<worksheet xmlns=\"" + mainNamespace + "\"><sheetData><row r=\"1\"><c r=\"A1\""},
        {QStringLiteral("beyond XFD"), worksheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")},
        {QStringLiteral("row zero"), worksheet("<row r=\"0\"><c><v>1</v></c></row>")},
        {QStringLiteral("no shared strings"),
         worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")},
    };
    for (const auto &[what, sheetXml] : damagedSheets) {
        const QString path = craftedWorkbook(QStringLiteral("damaged.xlsx"), sheetXml);
        const auto result = XlsxReader::readFile(path);
        ASSERT_FALSE(result.ok()) << what.toStdString();
        EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(result.error().message.contains(path));
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")))
            << what.toStdString();
        EXPECT_FALSE(result.error().detail.isEmpty());
        QFile::remove(path);
    }
}

TEST_F(XlsxTest, CorruptedCompressedDataIsAnErrorNotAHang)
{
    const QString path = openpyxlWorkbook(QStringLiteral("corrupt.xlsx"), "ws.append(['a', 1])");
    // Overwrites bytes inside the deflated xl/workbook.xml; the zip directory stays intact.
    runPython(R"(
import sys, zipfile
data = bytearray(open(sys.argv[1], 'rb').read())
offset = zipfile.ZipFile(sys.argv[1]).getinfo('xl/workbook.xml').header_offset
start = offset + 30 + int.from_bytes(data[offset + 26:offset + 28], 'little') \
    + int.from_bytes(data[offset + 28:offset + 30], 'little')
data[start + 4:start + 40] = b'\xff' * 36
open(sys.argv[1], 'wb').write(data)
)",
              {path});
    const auto result = XlsxReader::readFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("xl/workbook.xml")));
}

TEST_F(XlsxTest, WrittenFilesReadBackIdenticallyAndKeepFormulasAsText)
{
    const QStringList header{QStringLiteral("資産名"), QStringLiteral("Formula"),
                             QStringLiteral("Phone"), QStringLiteral("Notes")};
    const QList<QStringList> rows{
        {QStringLiteral("ノートPC（経理）"), QStringLiteral("=1+1"),
         QStringLiteral("+81 3-1234-5678"), QStringLiteral("line1\nline2")},
        {QStringLiteral("-5"), QStringLiteral("@x"), QStringLiteral("0123"),
         QStringLiteral("_x0041_ stays")},
        {QStringLiteral("TRUE"), QString(), QStringLiteral("=SUM(A1:A2)"),
         QStringLiteral("tab\there, CR\r\nLF")},
        {QStringLiteral("  spaced  "), QStringLiteral("1e5"), QStringLiteral("2024-04-01"),
         QStringLiteral("個人情報を含む")},
    };
    const QString path = tempPath(QStringLiteral("export.xlsx"));
    ASSERT_TRUE(isOk(XlsxWriter::writeFile(path, QStringLiteral("機器とサービス"), header, rows)));

    const Table table = read(path);
    EXPECT_EQ(table.header, header);
    ASSERT_EQ(table.rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(table.rows[i].number, i + 2);
        EXPECT_EQ(table.rows[i].cells, rows[i]);
    }

    const QJsonObject seen = inspectWithOpenpyxl(path);
    EXPECT_EQ(seen[QStringLiteral("title")].toString(), QStringLiteral("機器とサービス"));
    EXPECT_EQ(seen[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
    EXPECT_EQ(seen[QStringLiteral("bold")].toArray(), QJsonArray({true, true, true, true}));
    const QJsonArray cells = seen[QStringLiteral("cells")].toArray();
    EXPECT_EQ(cells.size(), 4 + 4 * 4 - 1); // every cell but the empty one
    for (const QJsonValue &cell : cells) {
        EXPECT_EQ(cell[1].toString(), QStringLiteral("s"))
            << cell[0].toString().toStdString() << " is not a string cell";
    }
    EXPECT_TRUE(cells.contains(QJsonArray({QStringLiteral("=1+1"), QStringLiteral("s")})));
    // The column of long asset names is wider than the column of short formulas.
    const QJsonArray widths = seen[QStringLiteral("widths")].toArray();
    EXPECT_GT(widths[0].toDouble(), widths[1].toDouble());
}

TEST_F(XlsxTest, SheetNamesAreMadeValidForExcel)
{
    const QString path = tempPath(QStringLiteral("named.xlsx"));
    ASSERT_TRUE(isOk(XlsxWriter::writeFile(
        path, QStringLiteral("'Q1/Q2: [draft]*? \\ with an overly long tail'"),
        {QStringLiteral("A")}, {})));
    const auto names = XlsxReader::sheetNames(path);
    ASSERT_TRUE(isOk(names));
    EXPECT_EQ(*names, QStringList{QStringLiteral("Q1_Q2_ _draft___ _ with an over")});
}

TEST_F(XlsxTest, WriteErrorsNameTheFile)
{
    const QString missingFolder = tempPath(QStringLiteral("missing/export.xlsx"));
    const auto status =
        XlsxWriter::writeFile(missingFolder, QStringLiteral("Data"), {QStringLiteral("A")}, {});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Io);
    EXPECT_TRUE(status.error().message.contains(missingFolder));
    EXPECT_FALSE(status.error().detail.isEmpty());

    const QString path = tempPath(QStringLiteral("long.xlsx"));
    const auto tooLong = XlsxWriter::writeFile(
        path, QStringLiteral("Data"), {QStringLiteral("A"), QStringLiteral("B")},
        {{QStringLiteral("x"), QStringLiteral("y")},
         {QStringLiteral("x"), QString(32'768, QLatin1Char('y'))}});
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("B3")));
    EXPECT_FALSE(QFileInfo::exists(path));
}
