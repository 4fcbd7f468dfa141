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
    QChar delimiter; // null: detect comma, tab or semicolon (see CsvReader); else any character
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
    int headerRow = 0; // the spreadsheet row number of the header record; 0 when there is none
    // rows() leaves out rows numbered below this, for a caller that puts the header lower (a
    // title above it) or reads two rows as the header; it may then replace `header`.
    int firstDataRow = 0;
    QList<Piece> pieces;
    int recordCount = 0;             // after the header, empty ones included: at least the rows
    QString sourceName;              // file name, for messages
    QString encodingName;            // as Table::encodingName
    bool fieldCountsAreExact = true; // as Table::fieldCountsAreExact: always, for CSV
};

// RFC 4180 CSV (quoted fields with embedded delimiters, doubled quotes and newlines; CRLF, LF or
// a lone CR). The first non-empty record is the header. Completely empty records (nothing but
// delimiters and empty quotes) are skipped but still counted, so row numbers match what a
// spreadsheet shows. Every other record becomes a row of exactly the fields written on it:
// trailing empty fields are kept ("a,," is three cells) and short records are never padded.
//
// Without a given delimiter, it is detected among comma, tab and semicolon from the first 20
// non-empty records, read with each candidate as the parser reads them (quotes respected): the
// candidate that splits the most of those records into one same number of fields (more than
// one) wins; on a tie the one giving more fields, then comma before tab before semicolon. So a
// title line (情報資産管理台帳) or a date line above the header does not decide, nor do commas
// inside the cells of a tab file. A file whose records are all one field is read with commas.
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
    // The header record as a row (numbered document.headerRow), then up to count - 1 of the
    // non-empty rows after it (copied cells), whatever firstDataRow says: what a caller looks
    // at to choose the real header. Reads only those records.
    static QList<TableRow> leadingRows(const CsvDocument &document, int count);

    static constexpr qsizetype defaultPieceChars = 128 * 1024;
};

} // namespace mamori
