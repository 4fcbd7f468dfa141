#include "io/XlsxReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Whatever the bytes, XlsxReader must return a Table or an Error: no crash, no hang; merged
// ranges it keeps are ranges within Excel's limits.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = mamori::XlsxReader::readData(bytes, {}, QStringLiteral("fuzz.xlsx"));
    if (!table.ok())
        return 0;
    if (table->header.isEmpty() != (table->headerRow == 0) || table->fieldCountsAreExact ||
        table->merges.size() > 100'000)
        std::abort();
    for (const mamori::CellRange &range : table->merges) {
        if (range.firstRow < 1 || range.firstRow > range.lastRow || range.lastRow > 1'048'576 ||
            range.firstColumn < 0 || range.firstColumn > range.lastColumn ||
            range.lastColumn >= 16'384)
            std::abort();
    }
    return 0;
}
