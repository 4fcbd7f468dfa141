#include "io/XlsxReader.h"

#include <cstddef>
#include <cstdint>

// Whatever the bytes, XlsxReader must return a Table or an Error: no crash, no hang.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)mamori::XlsxReader::readData(bytes, {}, QStringLiteral("fuzz.xlsx"));
    return 0;
}
