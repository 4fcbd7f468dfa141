#include "TestEnvironment.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/TextDecoding.h"

#include <QElapsedTimer>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

// "資産番号\t名前\t備考\r\nPC-001\tノートPC, 14型\t\r\n" as Excel saves 「Unicode テキスト」: a
// UTF-16LE BOM, tabs between the cells and CRLF after each row (bytes from Python's codec).
const QByteArray excelUnicodeText = QByteArray::fromHex(
    "fffec78c23756a75f75309000d544d520900995003800d000a00500043002d00300030003100"
    "0900ce30fc30c830500043002c002000310034008b5709000d000a00");
// The same text in UTF-16BE with its BOM.
const QByteArray utf16BeText = QByteArray::fromHex(
    "feff8cc77523756a53f70009540d524d000950998003000d000a00500043002d003000300031"
    "000930ce30fc30c800500043002c002000310034578b0009000d000a");
// "資産番号,名前\n1,～①髙\n" in UTF-16LE without a BOM.
const QByteArray bomlessUtf16Le =
    QByteArray::fromHex("c78c23756a75f7532c000d544d520a0031002c005eff6024d99a0a00");
// The same in EUC-JP as glibc's EUC-JP-MS writes it: ～ is A1 C1 (FULLWIDTH TILDE, as in
// CP932), ① the NEC row 13 (AD A1) and 髙 the IBM extension in JIS X 0212 (8F F4 FB).
const QByteArray eucJpSample =
    QByteArray::fromHex("bbf1bbbac8d6b9e62cccbec1b00a312ca1c1ada18ff4fb0a");

QByteArray utf16Le(QStringView text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QList<QStringList> rowCells(const Table &table)
{
    QList<QStringList> cells;
    for (const TableRow &row : table.rows)
        cells << row.cells;
    return cells;
}

Result<Table> parse(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto)
{
    CsvReadOptions options;
    options.encoding = encoding;
    return CsvReader::parse(bytes, options, u"input.txt"_s);
}

} // namespace

TEST(TextDecodingTest, ReadsExcelsUnicodeTextAsTabSeparatedUtf16Le)
{
    const auto table = parse(excelUnicodeText);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->encodingName, u"UTF-16LE (BOM)"_s);
    EXPECT_EQ(table->delimiter, u'\t');
    EXPECT_EQ(table->header, (QStringList{u"資産番号"_s, u"名前"_s, u"備考"_s}));
    EXPECT_EQ(rowCells(*table),
              (QList<QStringList>{{u"PC-001"_s, u"ノートPC, 14型"_s, QString()}}));
    EXPECT_EQ(table->rows.value(0).number, 2);
}

TEST(TextDecodingTest, ReadsUtf16BeWithBom)
{
    const auto table = parse(utf16BeText);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->encodingName, u"UTF-16BE (BOM)"_s);
    EXPECT_EQ(table->header, (QStringList{u"資産番号"_s, u"名前"_s, u"備考"_s}));
    EXPECT_EQ(rowCells(*table),
              (QList<QStringList>{{u"PC-001"_s, u"ノートPC, 14型"_s, QString()}}));

    // Asking for UTF-16 reads the BOM the same way.
    const auto forced = TextDecoding::decode(utf16BeText, TextEncoding::Utf16, u"be.txt"_s);
    ASSERT_TRUE(test::isOk(forced));
    EXPECT_EQ(forced->encodingName, u"UTF-16BE (BOM)"_s);
    EXPECT_TRUE(forced->text.startsWith(u"資産番号\t"_s));
}

TEST(TextDecodingTest, DetectsUtf16WithoutBomFromWhereTheNulsFall)
{
    const auto little = parse(bomlessUtf16Le);
    ASSERT_TRUE(test::isOk(little));
    EXPECT_EQ(little->encodingName, u"UTF-16LE"_s);
    EXPECT_EQ(little->header, (QStringList{u"資産番号"_s, u"名前"_s}));
    EXPECT_EQ(rowCells(*little), (QList<QStringList>{{u"1"_s, u"～①髙"_s}}));

    QByteArray swapped = bomlessUtf16Le;
    for (qsizetype i = 0; i + 1 < swapped.size(); i += 2)
        std::swap(swapped[i], swapped[i + 1]);
    const auto big = parse(swapped);
    ASSERT_TRUE(test::isOk(big));
    EXPECT_EQ(big->encodingName, u"UTF-16BE"_s);
    EXPECT_EQ(big->header, (QStringList{u"資産番号"_s, u"名前"_s}));

    // Kanji only: no NULs to go by, so it is not detected; asked for, it is read little-endian
    // unless big-endian is asked for.
    const QByteArray kanji = QByteArray::fromHex("c78c23756a75f753"); // 資産番号 in UTF-16LE
    const auto detected = TextDecoding::decode(kanji, TextEncoding::Auto, u"k.txt"_s);
    EXPECT_TRUE(!detected.ok() || detected->encodingName != u"UTF-16LE"_s);
    const auto asked = TextDecoding::decode(kanji, TextEncoding::Utf16, u"k.txt"_s);
    ASSERT_TRUE(test::isOk(asked));
    EXPECT_EQ(asked->text, u"資産番号"_s);
    EXPECT_EQ(asked->encodingName, u"UTF-16LE"_s);
    const auto askedBig = TextDecoding::decode(kanji, TextEncoding::Utf16Be, u"k.txt"_s);
    ASSERT_TRUE(test::isOk(askedBig));
    EXPECT_EQ(askedBig->encodingName, u"UTF-16BE"_s);
    EXPECT_NE(askedBig->text, u"資産番号"_s);
}

TEST(TextDecodingTest, TextWithoutNulsIsNotTakenForUtf16)
{
    // Plain ASCII, CP932 and a binary file with NULs on both sides keep their old reading.
    EXPECT_EQ(TextDecoding::decode("a,b\n1,2\n", TextEncoding::Auto, u"a.csv"_s)->encodingName,
              u"UTF-8"_s);
    QByteArray binary;
    for (int i = 0; i < 64; ++i)
        binary.append(i % 3 == 0 ? '\0' : char('a' + i % 26));
    const auto decoded = TextDecoding::decode(binary, TextEncoding::Auto, u"b.csv"_s);
    ASSERT_TRUE(test::isOk(decoded));
    EXPECT_EQ(decoded->encodingName, u"UTF-8"_s);
}

TEST(TextDecodingTest, InvalidUtf16IsAnErrorWithTheLine)
{
    const QByteArray bom("\xFF\xFE", 2);
    // An unpaired high surrogate (D800 followed by "x") on line 3; a lone CR ends line 1.
    const auto unpaired =
        parse(bom + utf16Le(u"a\rb\n") + QByteArray::fromHex("00d8") + utf16Le(u"x\n"));
    ASSERT_FALSE(unpaired.ok());
    EXPECT_EQ(unpaired.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(unpaired.error().message, u"input.txt, line 3: the text is not valid UTF-16LE "
                                        u"(BOM). Choose another encoding."_s);

    // A lone low surrogate on line 2.
    const auto lowAlone = parse(bom + utf16Le(u"a\r\n") + QByteArray::fromHex("00dc"));
    ASSERT_FALSE(lowAlone.ok());
    EXPECT_TRUE(lowAlone.error().message.startsWith(u"input.txt, line 2: "_s))
        << lowAlone.error().message.toStdString();

    // A pair that is cut off, and an odd number of bytes: the last line.
    const auto cutPair = parse(bom + utf16Le(u"a\nb\n") + QByteArray::fromHex("3dd8"));
    ASSERT_FALSE(cutPair.ok());
    EXPECT_TRUE(cutPair.error().message.startsWith(u"input.txt, line 3: "_s));
    const auto odd = parse(bom + utf16Le(u"a\nb") + "c");
    ASSERT_FALSE(odd.ok());
    EXPECT_EQ(odd.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(odd.error().message.startsWith(u"input.txt, line 2: "_s));

    // A valid pair (😀) is text.
    const auto emoji = parse(bom + utf16Le(u"a\n😀\n"));
    ASSERT_TRUE(test::isOk(emoji));
    EXPECT_EQ(emoji->rows.value(0).cells, QStringList{u"😀"_s});
}

TEST(TextDecodingTest, ReadsEucJpOnlyOnRequest)
{
    const auto table = parse(eucJpSample, TextEncoding::EucJp);
    ASSERT_TRUE(test::isOk(table));
    EXPECT_EQ(table->encodingName, u"EUC-JP"_s);
    EXPECT_EQ(table->header, (QStringList{u"資産番号"_s, u"名前"_s}));
    EXPECT_EQ(rowCells(*table), (QList<QStringList>{{u"1"_s, u"～①髙"_s}}));

    // Never detected: the same bytes are no UTF-8, and detection does not try EUC-JP.
    const auto detected = parse(eucJpSample);
    EXPECT_TRUE(!detected.ok() || detected->encodingName != u"EUC-JP"_s);
}

TEST(TextDecodingTest, InvalidEucJpIsAnErrorWithTheLine)
{
    // FF is no EUC-JP byte; then a lead byte cut off by the end of the file.
    const auto invalid = parse("a\r\nb\r\n\xA4\xA2\xFF\n", TextEncoding::EucJp);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(invalid.error().message,
              u"input.txt, line 3: the text is not valid EUC-JP. Choose another encoding."_s);
    const auto truncated = parse("a\nb\xA4", TextEncoding::EucJp);
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error().message.startsWith(u"input.txt, line 2: "_s));
}

TEST(TextDecodingTest, EncodesUtf16LeWithBomAsExcelDoes)
{
    const QString text = u"資産番号\t名前\t備考\r\nPC-001\tノートPC, 14型\t\r\n"_s;
    const auto little = TextDecoding::encode(text, TextEncoding::Utf16, true);
    ASSERT_TRUE(test::isOk(little));
    EXPECT_EQ(little->toHex(), excelUnicodeText.toHex());
    const auto big = TextDecoding::encode(text, TextEncoding::Utf16Be, true);
    ASSERT_TRUE(test::isOk(big));
    EXPECT_EQ(big->toHex(), utf16BeText.toHex());
    const auto noBom = TextDecoding::encode(u"a😀"_s, TextEncoding::Utf16Le, false);
    ASSERT_TRUE(test::isOk(noBom));
    EXPECT_EQ(noBom->toHex(), QByteArray("61003dd800de"));
}

TEST(TextDecodingTest, EncodesEucJpAndRejectsWhatItCannotHold)
{
    const auto bytes = TextDecoding::encode(u"資産番号,名前\n1,～①髙\n"_s, TextEncoding::EucJp,
                                            true); // EUC-JP has no BOM to add
    ASSERT_TRUE(test::isOk(bytes));
    EXPECT_EQ(bytes->toHex(), eucJpSample.toHex());

    const auto emoji = TextDecoding::encode(u"名前😀"_s, TextEncoding::EucJp, false);
    ASSERT_FALSE(emoji.ok());
    EXPECT_EQ(emoji.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(emoji.error().message, u"The character “😀” (U+1F600) cannot be saved in EUC-JP. "
                                     u"Save as UTF-8 instead."_s);
}

TEST(TextDecodingTest, ReadsTheNewEncodingNames)
{
    for (const QString &name : {u"utf-16"_s, u"UTF16"_s, u" Utf-16 "_s})
        EXPECT_EQ(TextDecoding::fromName(name), TextEncoding::Utf16) << name.toStdString();
    EXPECT_EQ(TextDecoding::fromName(u"utf-16le"_s), TextEncoding::Utf16Le);
    EXPECT_EQ(TextDecoding::fromName(u"UTF-16BE"_s), TextEncoding::Utf16Be);
    EXPECT_EQ(TextDecoding::fromName(u"euc-jp"_s), TextEncoding::EucJp);
    EXPECT_EQ(TextDecoding::fromName(u"EUCJP"_s), TextEncoding::EucJp);
    EXPECT_EQ(TextDecoding::fromName(u"utf-32"_s), std::nullopt);
    EXPECT_EQ(TextDecoding::fromName(u"-"_s), std::nullopt);
}

class TextDecodingFileTest : public test::TempDirTest
{};

TEST_F(TextDecodingFileTest, Utf16AndEucJpExportsReadBackUnchanged)
{
    const QStringList header{u"資産番号"_s, u"名前"_s, u"メモ"_s};
    const QList<QStringList> rows{
        {u"A-001"_s, u"ノートPC「軽量」"_s, u"2行\r\nのメモ"_s},
        {u"～①髙"_s, QString(), u"say \"hi\", then\nleave"_s},
    };
    const QList<std::pair<TextEncoding, QString>> encodings{
        {TextEncoding::Utf16, u"UTF-16LE (BOM)"_s},
        {TextEncoding::Utf16Be, u"UTF-16BE (BOM)"_s},
        {TextEncoding::EucJp, u"EUC-JP"_s},
    };
    for (const auto &[encoding, name] : encodings) {
        SCOPED_TRACE(name.toStdString());
        const QString path = tempPath(u"round-trip.csv"_s);
        ASSERT_TRUE(test::isOk(CsvWriter::writeFile(path, header, rows, encoding)));
        CsvReadOptions options;
        options.encoding = encoding == TextEncoding::EucJp ? encoding : TextEncoding::Auto;
        const auto table = CsvReader::readFile(path, options);
        ASSERT_TRUE(test::isOk(table));
        EXPECT_EQ(table->encodingName, name);
        EXPECT_EQ(table->header, header);
        EXPECT_EQ(rowCells(*table), rows);
    }
}

// Not a benchmark, a guard: decoding 10 MB of UTF-16 is a copy and a scan, well under a second
// even in a debug build.
TEST(TextDecodingTest, DecodesTenMegabytesOfUtf16Quickly)
{
    const QString line = u"PC-000123\tノートPC 14型\t東京本社 3F\t2024-04-01\t98000\r\n"_s;
    QString text;
    while (text.size() * 2 < 10 * 1024 * 1024)
        text += line;
    const auto bytes = TextDecoding::encode(text, TextEncoding::Utf16, true);
    ASSERT_TRUE(test::isOk(bytes));
    QElapsedTimer timer;
    timer.start();
    const auto decoded = TextDecoding::decode(*bytes, TextEncoding::Auto, u"big.txt"_s);
    const qint64 elapsed = timer.elapsed();
    ASSERT_TRUE(test::isOk(decoded));
    EXPECT_EQ(decoded->text.size(), text.size());
    EXPECT_LT(elapsed, 1000);
    RecordProperty("utf16_decode_10mb_ms", int(elapsed));
}
