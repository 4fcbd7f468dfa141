#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>

// Any bytes must give a table or an error: no crash, hang or sanitizer report.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)mamori::CsvReader::parse(bytes, {}, QStringLiteral("fuzz.csv"));
    return 0;
}
