#include "TestEnvironment.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/TextDecoding.h"

#include <QFile>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

// "資産番号,名前\r\n1,～①髙\r\n" as Japanese Excel saves it: CP932 with a NEC special
// character (①), an IBM extension kanji (髙) and Microsoft's FULLWIDTH TILDE for ～.
const QByteArray cp932Sample = QByteArray::fromHex("8e918e5994d48d86"
                                                   "2c"
                                                   "96bc914f"
                                                   "0d0a"
                                                   "312c"
                                                   "81608740fbfc"
                                                   "0d0a");

class CsvReaderTest : public test::TempDirTest
{
protected:
    Result<Table> read(const QByteArray &bytes, const CsvReadOptions &options = {})
    {
        const QString path = tempPath(u"input.csv"_s);
        test::writeAll(path, bytes);
        return CsvReader::readFile(path, options);
    }
};

class CsvWriterTest : public test::TempDirTest
{};

QList<int> rowNumbers(const Table &table)
{
    QList<int> numbers;
    for (const TableRow &row : table.rows)
        numbers << row.number;
    return numbers;
}

QList<QStringList> rowCells(const Table &table)
{
    QList<QStringList> cells;
    for (const TableRow &row : table.rows)
        cells << row.cells;
    return cells;
}

} // namespace

TEST_F(CsvReaderTest, HandlesRfc4180CornerCases)
{
    const auto table = read("id,text,note\r\n"
                            "1,\"a,b\",\"say \"\"hi\"\"\"\r\n"
                            "2,\"first\r\nsecond\",\"x\ny\"\r\n"
                            "3,,\r\n"
                            ",\"\",last"); // no line end after the last record
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->header, (QStringList{u"id"_s, u"text"_s, u"note"_s}));
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"1"_s, u"a,b"_s, u"say \"hi\""_s},
                                                    {u"2"_s, u"first\r\nsecond"_s, u"x\ny"_s},
                                                    {u"3"_s, QString(), QString()},
                                                    {QString(), QString(), u"last"_s}}));
    EXPECT_EQ(rowNumbers(*table), (QList<int>{2, 3, 4, 5}));
    EXPECT_EQ(table->sourceName, u"input.csv"_s);
}

TEST_F(CsvReaderTest, CrLfLfAndLoneCrGiveTheSameTable)
{
    const auto crlf = read("a,b\r\n1,2\r\n3,4\r\n");
    const auto lf = read("a,b\n1,2\n3,4\n");
    const auto cr = read("a,b\r1,2\r3,4\r");
    ASSERT_TRUE(test::isOk(crlf));
    ASSERT_TRUE(test::isOk(lf));
    ASSERT_TRUE(test::isOk(cr));
    const QList<QStringList> expected{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    for (const Table *table : {&*crlf, &*lf, &*cr}) {
        EXPECT_EQ(table->header, (QStringList{u"a"_s, u"b"_s}));
        EXPECT_EQ(rowCells(*table), expected);
        EXPECT_EQ(rowNumbers(*table), (QList<int>{2, 3}));
    }
}

TEST_F(CsvReaderTest, DetectsTabsFromTheHeaderLine)
{
    const auto tabs = read("name\tprice, tax incl.\tnote\n\"a\tb\"\t1,100\t\n");
    ASSERT_TRUE(test::isOk(tabs));
    EXPECT_EQ(tabs->header, (QStringList{u"name"_s, u"price, tax incl."_s, u"note"_s}));
    EXPECT_EQ(rowCells(*tabs), (QList<QStringList>{{u"a\tb"_s, u"1,100"_s, QString()}}));

    // The tabs inside quotes do not count, so this is a comma file.
    const auto commas = read("\"a\t\t\tb\",c\n1,2\n");
    ASSERT_TRUE(test::isOk(commas));
    EXPECT_EQ(commas->header, (QStringList{u"a\t\t\tb"_s, u"c"_s}));
}

TEST_F(CsvReaderTest, UsesAGivenDelimiter)
{
    CsvReadOptions options;
    options.delimiter = QLatin1Char(';');
    const auto table = read("a;b,c\n1;2\n", options);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->header, (QStringList{u"a"_s, u"b,c"_s}));
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"1"_s, u"2"_s}}));
}

TEST_F(CsvReaderTest, KeepsCellsExactlyButRemovesTheBom)
{
    const auto table = read("\xEF\xBB\xBF"
                            " 資産番号 ,名前\n  1,\t備品 \n");
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->encodingName, u"UTF-8 (BOM)"_s);
    EXPECT_EQ(table->header, (QStringList{u" 資産番号 "_s, u"名前"_s}));
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"  1"_s, u"\t備品 "_s}}));
}

TEST_F(CsvReaderTest, DetectsUtf8WithoutBom)
{
    const auto japanese = read("資産番号,名前\n1,～①髙\n");
    ASSERT_TRUE(test::isOk(japanese));
    EXPECT_EQ(japanese->encodingName, u"UTF-8"_s);
    EXPECT_EQ(japanese->header.value(0), u"資産番号"_s);
    EXPECT_EQ(japanese->rows.value(0).cells.value(1), u"～①髙"_s);

    const auto ascii = read("a,b\n1,2\n");
    ASSERT_TRUE(test::isOk(ascii));
    EXPECT_EQ(ascii->encodingName, u"UTF-8"_s);
}

TEST_F(CsvReaderTest, DetectsCp932FromKnownBytes)
{
    const auto table = read(cp932Sample);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->encodingName, u"Shift_JIS (CP932)"_s);
    EXPECT_EQ(table->header, (QStringList{u"資産番号"_s, u"名前"_s}));
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"1"_s, u"～①髙"_s}}));
}

TEST_F(CsvReaderTest, GivenEncodingOverridesDetection)
{
    // E3 82 A2 is "ア" in UTF-8 and "繧｢" in CP932.
    const QByteArray bytes = "x\n\xE3\x82\xA2\n";
    const auto detected = read(bytes);
    ASSERT_TRUE(test::isOk(detected));
    EXPECT_EQ(detected->rows.value(0).cells, QStringList{u"ア"_s});

    CsvReadOptions cp932;
    cp932.encoding = TextEncoding::Cp932;
    const auto forced = read(bytes, cp932);
    ASSERT_TRUE(test::isOk(forced));
    EXPECT_EQ(forced->encodingName, u"Shift_JIS (CP932)"_s);
    EXPECT_EQ(forced->rows.value(0).cells, QStringList{u"繧｢"_s});
}

TEST_F(CsvReaderTest, InvalidUtf8IsAnErrorWithTheLine)
{
    CsvReadOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    // Valid CP932 ("ぁ"), so only forcing UTF-8 makes it an error.
    const auto table = read("a,b\r\n1,2\r\n3,\x82\x9F\r\n", utf8);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(table.error().message,
              u"input.csv, line 3: the text is not valid UTF-8. Choose another encoding."_s);

    const auto withBom = read("\xEF\xBB\xBF"
                              "a\n\xFF\n");
    ASSERT_FALSE(withBom.ok());
    EXPECT_TRUE(withBom.error().message.startsWith(u"input.csv, line 2: "_s))
        << withBom.error().message.toStdString();
}

TEST_F(CsvReaderTest, InvalidCp932IsAnErrorWithTheLine)
{
    CsvReadOptions cp932;
    cp932.encoding = TextEncoding::Cp932;
    // 85 40 is an unassigned CP932 code; a lone CR also ends a line.
    const auto table = read("a\rb\n\x85\x40\n", cp932);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(table.error().message, u"input.csv, line 3: the text is not valid Shift_JIS "
                                     u"(CP932). Choose another encoding."_s);

    // A lead byte cut off by the end of the file.
    const auto truncated = read("a\nb\x82", cp932);
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error().message.startsWith(u"input.csv, line 2: "_s));
}

TEST_F(CsvReaderTest, TextInNeitherEncodingPointsAtTheFurthestLine)
{
    // UTF-8 fails on line 4 (FF); CP932 already fails on line 2, inside the UTF-8 "あ".
    const auto table = read("a\nあ\nb\n\xFF\n");
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(table.error().message,
              u"input.csv, line 4: the text is neither UTF-8 nor Shift_JIS (CP932)."_s);
}

TEST_F(CsvReaderTest, UnterminatedQuoteNamesItsRow)
{
    const auto table = read("a,b\n1,2\n\n3,\"open\n4,5\n6,7\n");
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(table.error().message, u"input.csv, row 4: a cell starts with a quotation mark "
                                     u"(\") that is never closed."_s);
}

TEST_F(CsvReaderTest, RowNumbersMatchTheSpreadsheet)
{
    const auto table = read("\r\n"
                            ",,\r\n"
                            "a,b\r\n"          // row 3: header
                            "1,2\r\n"          // row 4
                            "\r\n"             // row 5: skipped
                            "\"\",\r\n"        // row 6: skipped, all cells empty
                            "\"multi\r\n"      // row 7, one row in a spreadsheet ...
                            "line\n\n\",x\r\n" // ... despite its line breaks
                            "3,4");            // row 8
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->header, (QStringList{u"a"_s, u"b"_s}));
    EXPECT_EQ(rowNumbers(*table), (QList<int>{4, 7, 8}));
    EXPECT_EQ(table->rows.value(1).cells, (QStringList{u"multi\r\nline\n\n"_s, u"x"_s}));
}

TEST_F(CsvReaderTest, KeepsTextAfterAClosingQuoteLikeExcel)
{
    const auto table = read("h1,h2,h3\n\"a\"b,\"c\"\"\"d,e\"f\"\n");
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"ab"_s, u"c\"d"_s, u"e\"f\""_s}}));
}

TEST_F(CsvReaderTest, EmptyFileGivesAnEmptyTable)
{
    const auto table = read("\r\n\r\n");
    ASSERT_TRUE(test::isOk(table));
    EXPECT_TRUE(table->header.isEmpty());
    EXPECT_TRUE(table->rows.isEmpty());
}

TEST_F(CsvReaderTest, MissingFileIsAnIoErrorWithThePath)
{
    const QString path = tempPath(u"missing.csv"_s);
    const auto table = CsvReader::readFile(path);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::Io);
    EXPECT_TRUE(table.error().message.contains(path)) << table.error().message.toStdString();
}

TEST(TextDecodingTest, EncodesCp932WithMicrosoftsMapping)
{
    const auto bytes = TextDecoding::encode(u"資産番号,名前\r\n1,～①髙\r\n"_s, TextEncoding::Cp932,
                                            true); // CP932 has no BOM to add
    ASSERT_TRUE(test::isOk(bytes));
    EXPECT_EQ(bytes->toHex(), cp932Sample.toHex());
}

TEST(TextDecodingTest, EncodesUtf8WithAndWithoutBom)
{
    const auto plain = TextDecoding::encode(u"名"_s, TextEncoding::Utf8, false);
    const auto withBom = TextDecoding::encode(u"名"_s, TextEncoding::Utf8, true);
    ASSERT_TRUE(test::isOk(plain));
    ASSERT_TRUE(test::isOk(withBom));
    EXPECT_EQ(*plain, QByteArray("名"));
    EXPECT_EQ(*withBom, QByteArray("\xEF\xBB\xBF名"));
}

TEST(TextDecodingTest, Cp932RejectsWhatItCannotHold)
{
    for (const auto &[text, named] :
         {std::pair{u"ok😀"_s, u"“😀” (U+1F600)"_s}, std::pair{u"𠮷野家"_s, u"“𠮷” (U+20BB7)"_s},
          std::pair{u"café"_s, u"“é” (U+00E9)"_s}}) {
        const auto bytes = TextDecoding::encode(text, TextEncoding::Cp932, false);
        ASSERT_FALSE(bytes.ok()) << text.toStdString();
        EXPECT_EQ(bytes.error().kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(bytes.error().message.contains(named)) << bytes.error().message.toStdString();
    }
}

TEST(TextDecodingTest, ReadsEncodingNames)
{
    EXPECT_EQ(TextDecoding::fromName(u"auto"_s), TextEncoding::Auto);
    EXPECT_EQ(TextDecoding::fromName(u"UTF-8"_s), TextEncoding::Utf8);
    EXPECT_EQ(TextDecoding::fromName(u"utf8"_s), TextEncoding::Utf8);
    EXPECT_EQ(TextDecoding::fromName(u"CP932"_s), TextEncoding::Cp932);
    EXPECT_EQ(TextDecoding::fromName(u"Shift_JIS"_s), TextEncoding::Cp932);
    EXPECT_EQ(TextDecoding::fromName(u"sjis"_s), TextEncoding::Cp932);
    EXPECT_EQ(TextDecoding::fromName(u"latin1"_s), std::nullopt);
    EXPECT_EQ(TextDecoding::fromName(QString()), std::nullopt);
}

TEST(CsvWriterFormatTest, QuotesOnlyWhatNeedsIt)
{
    const QString csv = CsvWriter::format({u"id"_s, u"a,b"_s}, {{u"say \"hi\""_s, u"x\ny"_s},
                                                                {QString(), u"plain text"_s},
                                                                {u"cr\rhere"_s, u"tab\there"_s}});
    EXPECT_EQ(csv, u"id,\"a,b\"\r\n"
                   u"\"say \"\"hi\"\"\",\"x\ny\"\r\n"
                   u",plain text\r\n"
                   u"\"cr\rhere\",tab\there\r\n"_s);

    EXPECT_EQ(CsvWriter::format({u"a,b"_s, u"c\td"_s}, {}, QLatin1Char('\t')),
              u"a,b\t\"c\td\"\r\n"_s);
}

TEST(CsvWriterFormatTest, EscapesFormulasInEveryCell)
{
    EXPECT_EQ(CsvWriter::format({u"=HEADER()"_s}, {{u"=1+1"_s}, {u"@SUM(A1)"_s}}),
              u"'=HEADER()\r\n'=1+1\r\n'@SUM(A1)\r\n"_s);
}

TEST(SpreadsheetSafeTest, PrefixesEachFormulaCharacter)
{
    EXPECT_EQ(spreadsheetSafe(u"=HYPERLINK(\"x\")"_s), u"'=HYPERLINK(\"x\")"_s);
    EXPECT_EQ(spreadsheetSafe(u"+81 3"_s), u"'+81 3"_s);
    EXPECT_EQ(spreadsheetSafe(u"-5"_s), u"'-5"_s);
    EXPECT_EQ(spreadsheetSafe(u"@cmd"_s), u"'@cmd"_s);
    EXPECT_EQ(spreadsheetSafe(u"\t=1"_s), u"'\t=1"_s);
    EXPECT_EQ(spreadsheetSafe(u"\r=1"_s), u"'\r=1"_s);
    // An apostrophe already in front of one is kept, so the escape can be undone exactly.
    EXPECT_EQ(spreadsheetSafe(u"'=1"_s), u"''=1"_s);

    for (const QString &harmless :
         {QString(), u"a=b"_s, u"1-2"_s, u"'"_s, u"'quoted'"_s, u" =1"_s, u"\n=1"_s, u"資産"_s})
        EXPECT_EQ(spreadsheetSafe(harmless), harmless);
}

TEST(SpreadsheetSafeTest, UndoesExactlyOneAddedApostrophe)
{
    EXPECT_EQ(fromSpreadsheetSafe(u"'=1"_s), u"=1"_s);
    EXPECT_EQ(fromSpreadsheetSafe(u"'-5"_s), u"-5"_s);
    EXPECT_EQ(fromSpreadsheetSafe(u"'\r"_s), u"\r"_s);
    EXPECT_EQ(fromSpreadsheetSafe(u"''=1"_s), u"'=1"_s);
    for (const QString &untouched :
         {QString(), u"'"_s, u"''"_s, u"'abc"_s, u"=1"_s, u"a'=1"_s, u"' =1"_s})
        EXPECT_EQ(fromSpreadsheetSafe(untouched), untouched);
}

TEST_F(CsvWriterTest, WritesUtf8WithBomAndCrLf)
{
    const QString path = tempPath(u"out.csv"_s);
    ASSERT_TRUE(
        test::isOk(CsvWriter::writeFile(path, {u"名前"_s}, {{u"a"_s}}, TextEncoding::Utf8)));
    EXPECT_EQ(test::readAll(path), QByteArray("\xEF\xBB\xBF名前\r\na\r\n"));
}

TEST_F(CsvWriterTest, WritesCp932WithoutBom)
{
    const QString path = tempPath(u"out.csv"_s);
    ASSERT_TRUE(test::isOk(CsvWriter::writeFile(path, {u"資産番号"_s, u"名前"_s},
                                                {{u"1"_s, u"～①髙"_s}}, TextEncoding::Cp932)));
    EXPECT_EQ(test::readAll(path).toHex(), cp932Sample.toHex());
}

TEST_F(CsvWriterTest, Cp932ExportOfAnUnencodableCharacterFailsAndWritesNothing)
{
    const QString path = tempPath(u"out.csv"_s);
    const Status status =
        CsvWriter::writeFile(path, {u"名前"_s}, {{u"吉野"_s}, {u"😀"_s}}, TextEncoding::Cp932);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(status.error().message.contains(u"U+1F600"_s))
        << status.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(CsvWriterTest, UnwritablePathIsAnIoErrorWithThePath)
{
    const QString path = tempPath(u"no-such-folder/out.csv"_s);
    const Status status = CsvWriter::writeFile(path, {u"a"_s}, {}, TextEncoding::Utf8);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Io);
    EXPECT_TRUE(status.error().message.contains(path)) << status.error().message.toStdString();
}

TEST_F(CsvWriterTest, ExportThenImportGivesBackTheCells)
{
    const QStringList header{u"資産番号"_s, u"名前"_s, u"メモ"_s};
    const QList<QStringList> rows{
        {u"A-001"_s, u"ノートPC「軽量」"_s, u"2行\r\nのメモ"_s},
        {u"=1+1"_s, u"+81-3-1234"_s, u"-5"_s},
        {u"@SUM(A1)"_s, u"\tタブ"_s, u"\r改行"_s},
        {u"'=already escaped"_s, u"'plain"_s, u"say \"hi\", then\nleave"_s},
        {u"～①髙"_s, QString(), u"last"_s},
    };
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Cp932}) {
        const QString path = tempPath(u"round-trip.csv"_s);
        ASSERT_TRUE(test::isOk(CsvWriter::writeFile(path, header, rows, encoding)));
        const auto table = CsvReader::readFile(path);
        ASSERT_TRUE(test::isOk(table));
        EXPECT_EQ(table->encodingName,
                  encoding == TextEncoding::Utf8 ? u"UTF-8 (BOM)"_s : u"Shift_JIS (CP932)"_s);
        QList<QStringList> restored;
        for (const TableRow &row : table->rows) {
            QStringList cells;
            for (const QString &cell : row.cells)
                cells << fromSpreadsheetSafe(cell);
            restored << cells;
        }
        EXPECT_EQ(table->header, header);
        EXPECT_EQ(restored, rows);
        EXPECT_EQ(rowNumbers(*table), (QList<int>{2, 3, 4, 5, 6}));
    }
}

// An import cuts the text into pieces and makes each piece's rows on its own thread: for any
// piece size, the pieces' rows in order must be the rows of one pass, numbers included.
TEST_F(CsvReaderTest, PiecesGiveTheRowsOfOnePass)
{
    const QByteArray bytes = "\r\n"
                             ",,\r\n"
                             "a,b,c\r\n"
                             "1,\"x,y\",\"say \"\"hi\"\"\"\r\n"
                             "\r\n"
                             "\"\",,\r\n"
                             "\"multi\r\nline\n\n\",x,\"a\"b\r\n"
                             "2,\"\r\",\n"
                             "\"q\"\"\",\"\"\"\",3\r"
                             "4,5,6";
    const auto whole = CsvReader::parse(bytes, {}, u"pieces.csv"_s);
    ASSERT_TRUE(test::isOk(whole));
    ASSERT_EQ(whole->rows.size(), 5);
    for (qsizetype pieceChars = 1; pieceChars <= bytes.size() + 1; ++pieceChars) {
        SCOPED_TRACE(pieceChars);
        const auto document = CsvReader::document(bytes, {}, u"pieces.csv"_s, pieceChars);
        ASSERT_TRUE(test::isOk(document));
        EXPECT_EQ(document->header, whole->header);
        EXPECT_EQ(document->encodingName, whole->encodingName);
        EXPECT_EQ(document->recordCount, 7); // rows 4 to 10, two of them empty
        Table joined;
        for (qsizetype piece = 0; piece < document->pieces.size(); ++piece)
            joined.rows.append(CsvReader::rows(*document, piece));
        EXPECT_EQ(rowCells(joined), rowCells(*whole));
        EXPECT_EQ(rowNumbers(joined), rowNumbers(*whole));
        if (pieceChars == 1) { // every record its own piece
            EXPECT_EQ(document->pieces.size(), 7);
        }
    }
}

TEST_F(CsvReaderTest, AnUnclosedQuoteIsFoundBeforeAnyPieceIsRead)
{
    const QString path = tempPath(u"open.csv"_s);
    test::writeAll(path, "a,b\n1,2\n\n3,\"open\n4,5\n6,7\n");
    const auto document = CsvReader::readDocument(path, {}, {}, 2);
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.error().message, u"open.csv, row 4: a cell starts with a quotation mark "
                                        u"(\") that is never closed."_s);
}

// Where records end is found by jumping between quotes and line ends; a quote opens a quoted
// field only at the start of a field, as the cell reader has it.
TEST(CsvSplitTest, QuotesOpenFieldsOnlyAtTheirStart)
{
    const auto unclosedRow = [](const QByteArray &bytes) -> int {
        const auto table = CsvReader::parse(bytes, {}, u"q.csv"_s);
        if (table.ok())
            return 0;
        const QString message = table.error().message;
        return message.section(u", row "_s, 1).section(u':', 0, 0).toInt();
    };
    EXPECT_EQ(unclosedRow("h\na,\"b"), 2);
    EXPECT_EQ(unclosedRow("h\nx\r\"y"), 3);    // a lone CR ends a record
    EXPECT_EQ(unclosedRow("h\n\"a\"\""), 2);   // a doubled quote, then the end
    EXPECT_EQ(unclosedRow("h\n1\n2,\"\n"), 3); // the line end is inside the quotes
    EXPECT_EQ(unclosedRow("h\na,b\"c\n"), 0);  // text, not an opening quote
    EXPECT_EQ(unclosedRow("h\n\"a\"b\"c\n"), 0);
    EXPECT_EQ(unclosedRow("h\n\"a\"\"\"\n"), 0);

    const auto table =
        CsvReader::parse("h1,h2\n\"a\"b\"c\nd\",e\n\"x\ny\",\"\"\"\"\n", {}, u"q.csv"_s);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(rowCells(*table),
              (QList<QStringList>{{u"ab\"c"_s}, {u"d\""_s, u"e"_s}, {u"x\ny"_s, u"\""_s}}));
    EXPECT_EQ(rowNumbers(*table), (QList<int>{2, 3, 4}));
}

TEST(CsvDelimiterTest, DetectsSemicolonsInAGlpiExport)
{
    // GLPI quotes every cell and separates them with semicolons; cells hold commas.
    const auto table = CsvReader::parse("\"Name\";\"Entity\";\"Serial number\";\"Comments\"\n"
                                        "\"PC-01\";\"Root entity > Tokyo\";\"ABC123\";\"a, b\"\n"
                                        "\"PC-02\";\"Root entity\";\"\";\"\"\"quoted\"\", ok\"\n",
                                        {}, u"glpi.csv"_s);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->delimiter, u';');
    EXPECT_EQ(table->header,
              (QStringList{u"Name"_s, u"Entity"_s, u"Serial number"_s, u"Comments"_s}));
    EXPECT_EQ(rowCells(*table),
              (QList<QStringList>{{u"PC-01"_s, u"Root entity > Tokyo"_s, u"ABC123"_s, u"a, b"_s},
                                  {u"PC-02"_s, u"Root entity"_s, QString(), u"\"quoted\", ok"_s}}));
}

TEST(CsvDelimiterTest, ATitleAndABlankLineAboveTheHeaderDoNotDecide)
{
    // A Japanese ledger: a title line, a blank line, then the header and the rows.
    const QByteArray bytes = "情報資産管理台帳,,,,\r\n"
                             "\r\n"
                             "資産番号,名前,種別,場所,備考\r\n"
                             "A-001,ノートPC,PC,本社,\r\n"
                             "A-002,複合機,プリンタ複合機,本社,リース\r\n";
    const auto table = CsvReader::parse(bytes, {}, u"ledger.csv"_s);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->delimiter, u',');
    // The reader's header is the first non-empty record: the title. The caller picks row 3.
    EXPECT_EQ(table->headerRow, 1);
    EXPECT_EQ(table->header.value(0), u"情報資産管理台帳"_s);
    EXPECT_EQ(rowNumbers(*table), (QList<int>{3, 4, 5}));

    // A title without commas and a date line above a tab header: tab wins, by the records
    // below.
    const auto tabs = CsvReader::parse("情報資産管理台帳\n作成日: 2024年4月1日, 総務部\n\n"
                                       "資産番号\t名前\t備考\n"
                                       "A-001\tノートPC\t貸出中, 山田\n"
                                       "A-002\tルーター\t\n",
                                       {}, u"ledger.txt"_s);
    ASSERT_TRUE(test::isOk(tabs));
    EXPECT_EQ(tabs->delimiter, u'\t');
    EXPECT_EQ(tabs->rows.value(2).cells,
              (QStringList{u"A-001"_s, u"ノートPC"_s, u"貸出中, 山田"_s}));
}

TEST(CsvDelimiterTest, CommasInsideTheCellsOfATabFileDoNotDecide)
{
    const auto table = CsvReader::parse("name\tprice\tnote\n"
                                        "PC\t1,100\tA\n"
                                        "Mouse\t2,980\tB\n"
                                        "Cable\t3,300\tC\n",
                                        {}, u"tab.txt"_s);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->delimiter, u'\t');
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"PC"_s, u"1,100"_s, u"A"_s},
                                                    {u"Mouse"_s, u"2,980"_s, u"B"_s},
                                                    {u"Cable"_s, u"3,300"_s, u"C"_s}}));
}

TEST(CsvDelimiterTest, TiesGoToMoreFieldsThenToComma)
{
    // Comma and semicolon both split both records in two: comma.
    EXPECT_EQ(CsvReader::parse("a;b,c\n1;2,3\n", {}, u"t.csv"_s)->delimiter, u',');
    // Both split both records, semicolon into more fields.
    EXPECT_EQ(CsvReader::parse("a;b;c,d\n1;2;3,4\n", {}, u"t.csv"_s)->delimiter, u';');
    // More records agreeing beats more fields.
    EXPECT_EQ(CsvReader::parse("a\tb\tc\td\n1,2\n3,4\n5\t6,7\n", {}, u"t.csv"_s)->delimiter, u',');
    // One column: comma.
    EXPECT_EQ(CsvReader::parse("name\nA\n", {}, u"t.csv"_s)->delimiter, u',');
    // Quotes are respected: the semicolons are inside quoted fields.
    EXPECT_EQ(CsvReader::parse("\"a;b;c\",d\n\"1;2;3\",4\n", {}, u"t.csv"_s)->delimiter, u',');
}

TEST(CsvDelimiterTest, AnyGivenCharacterIsTheDelimiter)
{
    CsvReadOptions options;
    options.delimiter = QChar(u'|');
    const auto table = CsvReader::parse("a|b,c;d\n1|\"2|3\"\n", options, u"p.csv"_s);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->delimiter, u'|');
    EXPECT_EQ(table->header, (QStringList{u"a"_s, u"b,c;d"_s}));
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"1"_s, u"2|3"_s}}));
}

TEST(CsvShapeTest, FieldCountsAreThoseWrittenOnEachRecord)
{
    const auto table = CsvReader::parse("a,b,c\n1,,\n2\n3,4,5,\n\"\",x\n", {}, u"r.csv"_s);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_TRUE(table->fieldCountsAreExact);
    EXPECT_EQ(table->headerRow, 1);
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"1"_s, QString(), QString()},
                                                    {u"2"_s},
                                                    {u"3"_s, u"4"_s, u"5"_s, QString()},
                                                    {QString(), u"x"_s}}));
    const auto document = CsvReader::document("a,b\n1\n", {}, u"r.csv"_s);
    ASSERT_TRUE(test::isOk(document));
    EXPECT_TRUE(document->fieldCountsAreExact);
    EXPECT_EQ(CsvReader::rows(*document, 0).value(0).cells, QStringList{u"1"_s});
}

TEST(CsvShapeTest, LeadingRowsAndFirstDataRowLetTheCallerChooseTheHeader)
{
    const QByteArray bytes = "情報資産管理台帳,,\r\n"        // 1
                             "\r\n"                          // 2
                             "資産番号,名前,区分\r\n"        // 3
                             ",,詳細\r\n"                    // 4: second header row
                             "A-001,\"ノート\r\nPC\",PC\r\n" // 5
                             "\r\n"                          // 6
                             "A-002,複合機,プリンタ\r\n"     // 7
                             "A-003,ルーター,NW\r\n";        // 8
    for (const qsizetype pieceChars : {qsizetype(1), qsizetype(7), CsvReader::defaultPieceChars}) {
        SCOPED_TRACE(pieceChars);
        auto document = CsvReader::document(bytes, {}, u"ledger.csv"_s, pieceChars);
        ASSERT_TRUE(test::isOk(document));
        EXPECT_EQ(document->headerRow, 1);

        const QList<TableRow> leading = CsvReader::leadingRows(*document, 4);
        QList<int> numbers;
        for (const TableRow &row : leading)
            numbers << row.number;
        EXPECT_EQ(numbers, (QList<int>{1, 3, 4, 5}));
        EXPECT_EQ(leading.value(0).cells,
                  (QStringList{u"情報資産管理台帳"_s, QString(), QString()}));
        EXPECT_EQ(leading.value(3).cells, (QStringList{u"A-001"_s, u"ノート\r\nPC"_s, u"PC"_s}));
        EXPECT_EQ(CsvReader::leadingRows(*document, 1).size(), 1);
        EXPECT_TRUE(CsvReader::leadingRows(*document, 0).isEmpty());
        EXPECT_EQ(CsvReader::leadingRows(*document, 100).size(), 6);

        // The caller reads rows 3 and 4 as the header: rows start at 5.
        document->firstDataRow = 5;
        document->header = {u"資産番号"_s, u"名前"_s, u"区分 詳細"_s};
        QList<int> dataRows;
        for (qsizetype piece = 0; piece < document->pieces.size(); ++piece) {
            for (const TableRow &row : CsvReader::rows(*document, piece))
                dataRows << row.number;
        }
        EXPECT_EQ(dataRows, (QList<int>{5, 7, 8}));
    }

    const auto headerOnly = CsvReader::document("\n\na,b\n", {}, u"h.csv"_s);
    ASSERT_TRUE(test::isOk(headerOnly));
    EXPECT_EQ(headerOnly->headerRow, 3);
    const auto onlyHeader = CsvReader::leadingRows(*headerOnly, 5);
    ASSERT_EQ(onlyHeader.size(), 1);
    EXPECT_EQ(onlyHeader.value(0).number, 3);
    const auto empty = CsvReader::document("\r\n", {}, u"e.csv"_s);
    ASSERT_TRUE(test::isOk(empty));
    EXPECT_EQ(empty->headerRow, 0);
    EXPECT_TRUE(CsvReader::leadingRows(*empty, 5).isEmpty());
}
