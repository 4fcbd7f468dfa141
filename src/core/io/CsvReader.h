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

// A CSV file decoded and cut, after its header, into pieces of whole records, so that the
// records can be turned into rows on several threads. The rows of every piece, in order, are
// the rows parse() gives.
struct CsvDocument
{
    struct Piece
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        int recordsBefore = 0; // records (empty ones and the header included) before the piece
    };

    QString text;
    char16_t delimiter = u',';
    QStringList header;
    QList<Piece> pieces;
    int recordCount = 0;  // after the header, empty ones included: at least the rows
    QString sourceName;   // file name, for messages
    QString encodingName; // as Table::encodingName
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

    // The same, decoded and split (pieces of about `pieceChars` characters) but not yet
    // turned into rows: an unclosed quotation mark is found here, as parse() finds it.
    static Result<CsvDocument> readDocument(const QString &path, const CsvReadOptions &options = {},
                                            const ProgressCallback &progress = {},
                                            qsizetype pieceChars = defaultPieceChars);
    static Result<CsvDocument> document(const QByteArray &bytes, const CsvReadOptions &options,
                                        const QString &sourceName,
                                        qsizetype pieceChars = defaultPieceChars);
    // How rows() hands out cells: as copies, or as strings over the document's own text
    // (QString::fromRawData: no allocation per cell), valid only while the document lives
    // unchanged. Borrowed cells suit rows that are used up before the document goes.
    enum class Cells
    {
        Copied,
        Borrowed,
    };
    // The rows of one piece; may run on any thread.
    static QList<TableRow> rows(const CsvDocument &document, qsizetype piece,
                                Cells cells = Cells::Copied);

    static constexpr qsizetype defaultPieceChars = 128 * 1024;
};

} // namespace mamori
