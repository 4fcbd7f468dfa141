#include "io/CsvReader.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace mamori;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Any bytes must give a table or an error: no crash, hang or sanitizer report. Cut into small
// pieces (as an import reads them on several threads), they must give the same rows; the
// leading rows and a later first data row must agree with them too.
void checkReading(const QByteArray &bytes, TextEncoding encoding, int firstDataRowOffset)
{
    const CsvReadOptions options{encoding, QChar()};
    const auto table = CsvReader::parse(bytes, options, QStringLiteral("fuzz.csv"));
    auto document = CsvReader::document(bytes, options, QStringLiteral("fuzz.csv"), 3);
    check(table.ok() == document.ok());
    if (!table.ok())
        return;
    check(document->header == table->header && document->headerRow == table->headerRow);
    check(document->delimiter == table->delimiter && table->fieldCountsAreExact);
    check(table->header.isEmpty() == (table->headerRow == 0));
    QList<TableRow> rows;
    for (qsizetype piece = 0; piece < document->pieces.size(); ++piece)
        rows.append(CsvReader::rows(*document, piece));
    check(rows.size() == table->rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        check(rows[i].number == table->rows[i].number && rows[i].cells == table->rows[i].cells);
        check(!rows[i].cells.isEmpty() && rows[i].number > table->headerRow);
    }

    const QList<TableRow> leading = CsvReader::leadingRows(*document, 4);
    check(leading.size() ==
          (table->header.isEmpty() ? 0 : 1 + std::min<qsizetype>(3, rows.size())));
    for (qsizetype i = 1; i < leading.size(); ++i)
        check(leading[i].number == rows[i - 1].number && leading[i].cells == rows[i - 1].cells);

    document->firstDataRow = table->headerRow + firstDataRowOffset;
    QList<TableRow> later;
    for (qsizetype piece = 0; piece < document->pieces.size(); ++piece)
        later.append(CsvReader::rows(*document, piece));
    qsizetype expected = 0;
    for (const TableRow &row : rows)
        expected += row.number >= document->firstDataRow;
    check(later.size() == expected);
    for (qsizetype i = 0; i < later.size(); ++i)
        check(later[i].number == rows[rows.size() - expected + i].number);

    // Whatever was decoded survives a UTF-16 export and an automatic read back.
    const auto exported = TextDecoding::encode(document->text, TextEncoding::Utf16, true);
    check(exported.ok());
    const auto reread = TextDecoding::decode(*exported, TextEncoding::Auto, {});
    check(reread.ok() && reread->text == document->text);
}

} // namespace

// Every input is read with automatic detection, and again with the encoding its first byte
// picks, so the UTF-16, EUC-JP and CP932 decoders see every input too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    constexpr std::array encodings{TextEncoding::Auto,   TextEncoding::Utf8,  TextEncoding::Cp932,
                                   TextEncoding::Utf16,  TextEncoding::EucJp, TextEncoding::Utf16Le,
                                   TextEncoding::Utf16Be};
    const int firstDataRowOffset = size > 1 ? data[1] % 8 : 1;
    checkReading(bytes, TextEncoding::Auto, firstDataRowOffset);
    if (size > 0 && encodings[data[0] % encodings.size()] != TextEncoding::Auto)
        checkReading(bytes, encodings[data[0] % encodings.size()], firstDataRowOffset);
    return 0;
}
