#pragma once

#include "Progress.h"
#include "Result.h"
#include "Table.h"
#include "TextDecoding.h"

#include <QCoreApplication>

namespace mamori {

struct CsvReadOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter; // null: detect comma or tab from the header line
};

// RFC 4180 CSV (comma or tab; quoted fields with embedded delimiters, doubled quotes and
// newlines; CRLF or LF). The first non-empty record is the header. Completely empty records
// are skipped but still counted, so row numbers match what a spreadsheet shows.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // `progress` counts the bytes read from the file (parsing follows, without progress).
    static Result<Table> readFile(const QString &path, const CsvReadOptions &options = {},
                                  const ProgressCallback &progress = {});
    static Result<Table> parse(const QByteArray &bytes, const CsvReadOptions &options,
                               const QString &sourceName);
};

} // namespace mamori
