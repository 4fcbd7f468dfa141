#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Any bytes must give a table or an error: no crash, hang or sanitizer report. Cut into small
// pieces (as an import reads them on several threads), they must give the same rows.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto table = mamori::CsvReader::parse(bytes, {}, QStringLiteral("fuzz.csv"));
    const auto document = mamori::CsvReader::document(bytes, {}, QStringLiteral("fuzz.csv"), 3);
    if (table.ok() != document.ok())
        std::abort();
    if (!table.ok())
        return 0;
    QList<mamori::TableRow> rows;
    for (qsizetype piece = 0; piece < document->pieces.size(); ++piece)
        rows.append(mamori::CsvReader::rows(*document, piece));
    if (document->header != table->header || rows.size() != table->rows.size())
        std::abort();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].number != table->rows[i].number || rows[i].cells != table->rows[i].cells)
            std::abort();
    }
    return 0;
}
