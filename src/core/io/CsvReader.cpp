#include "CsvReader.h"

#include "LargeBuffers.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace mamori {

namespace {

constexpr char16_t quote = u'"';
constexpr char16_t comma = u',';
constexpr char16_t tab = u'\t';
constexpr char16_t semicolon = u';';
constexpr char16_t carriageReturn = u'\r';
constexpr char16_t lineFeed = u'\n';

bool allEmpty(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); });
}

// One pass over the decoded text. Fields are sliced out of it; only a field with doubled
// quotes or text after its closing quote is assembled piece by piece. split() finds the same
// record ends without reading the cells.
class Parser
{
public:
    Parser(QStringView text, char16_t delimiter, qsizetype from = 0,
           CsvReader::Cells cells = CsvReader::Cells::Copied)
        : m_text(text), m_delimiter(delimiter), m_pos(from),
          m_borrow(cells == CsvReader::Cells::Borrowed)
    {}

    qsizetype position() const { return m_pos; }

    // Reads records up to the first one with something in it, the header. Returns the row of a
    // quoted cell that is never closed.
    std::optional<int> readHeader(QStringList &header, int &row)
    {
        while (header.isEmpty() && m_pos < m_text.size()) {
            ++row;
            QStringList cells;
            if (!readRecord(cells))
                return row;
            if (!allEmpty(cells))
                header = std::move(cells);
        }
        return std::nullopt;
    }

    // Cuts the rest of the text into pieces of whole records, about `pieceChars` long; `row`
    // becomes the number of the last record.
    std::optional<int> split(int &row, qsizetype pieceChars, QList<CsvDocument::Piece> &pieces)
    {
        CsvDocument::Piece piece{m_pos, m_pos, row};
        NextOf quotes(m_text, quote);
        NextOf lineFeeds(m_text, lineFeed);
        NextOf carriageReturns(m_text, carriageReturn);
        while (m_pos < m_text.size()) {
            ++row;
            if (!skipRecord(quotes, lineFeeds, carriageReturns))
                return row;
            if (m_pos - piece.begin >= pieceChars || m_pos == m_text.size()) {
                piece.end = m_pos;
                pieces.append(piece);
                piece = {m_pos, m_pos, row};
            }
        }
        return std::nullopt;
    }

    // Every record with something in it as a row, numbered from `row` + 1, leaving out those
    // numbered below `firstRow`; at most `maxRows` of them.
    void rowsInto(QList<TableRow> &rows, int row, qsizetype cellsPerRow, int firstRow = 0,
                  qsizetype maxRows = std::numeric_limits<qsizetype>::max())
    {
        for (qsizetype added = 0; added < maxRows && m_pos < m_text.size();) {
            ++row;
            QStringList cells;
            cells.reserve(std::max<qsizetype>(cellsPerRow, 1));
            readRecord(cells); // a piece holds whole records: it is closed
            if (row >= firstRow && !allEmpty(cells)) {
                rows.append(TableRow{row, std::move(cells)});
                ++added;
            }
        }
    }

    // The number of fields of the next non-empty record, or 0 at the end of the text or of the
    // last record that is closed.
    qsizetype nextFieldCount()
    {
        QStringList cells;
        while (m_pos < m_text.size()) {
            cells.clear();
            if (!readRecord(cells))
                return 0;
            if (!allEmpty(cells))
                return cells.size();
        }
        return 0;
    }

private:
    // The next position of one character at or after a position, found with QStringView's
    // vectorised search and remembered until the position passes it.
    class NextOf
    {
    public:
        NextOf(QStringView text, char16_t character) : m_text(text), m_character(character) {}

        qsizetype from(qsizetype position)
        {
            if (m_next < position) {
                m_next = m_text.indexOf(QChar(m_character), position);
                if (m_next < 0)
                    m_next = m_text.size();
            }
            return m_next;
        }

    private:
        QStringView m_text;
        char16_t m_character;
        qsizetype m_next = -1;
    };

    // Moves past the record as readRecord() would, jumping from quote to line end instead of
    // reading every character: a record ends at the first line end outside a quoted field, and
    // a quote opens a quoted field only at the start of a field (the record's, or just after a
    // delimiter). False when a quoted field is never closed.
    bool skipRecord(NextOf &quotes, NextOf &lineFeeds, NextOf &carriageReturns)
    {
        const qsizetype size = m_text.size();
        const qsizetype recordStart = m_pos;
        for (;;) {
            const qsizetype lineEnd = std::min(lineFeeds.from(m_pos), carriageReturns.from(m_pos));
            const qsizetype nextQuote = quotes.from(m_pos);
            if (lineEnd < nextQuote) {
                m_pos = lineEnd + 1;
                if (m_text[lineEnd] == carriageReturn && m_pos < size && m_text[m_pos] == lineFeed)
                    ++m_pos;
                return true;
            }
            if (nextQuote == size) { // no line end and no quote: the last record
                m_pos = size;
                return true;
            }
            const bool opensField =
                nextQuote == recordStart || m_text[nextQuote - 1] == m_delimiter;
            m_pos = nextQuote + 1;
            if (!opensField)
                continue; // a quote inside an unquoted field is text
            for (;;) {    // to the closing quote; a doubled quote is one quote of text
                const qsizetype closing = quotes.from(m_pos);
                if (closing == size)
                    return false;
                m_pos = closing + 1;
                if (m_pos < size && m_text[m_pos] == quote) {
                    ++m_pos;
                    continue;
                }
                break;
            }
        }
    }

    // Reads one record and its line end; false when a quoted field is never closed.
    bool readRecord(QStringList &cells)
    {
        for (;;) {
            if (m_pos < m_text.size() && m_text[m_pos] == quote) {
                if (!readQuotedField(cells))
                    return false;
            } else {
                const qsizetype start = m_pos;
                skipToFieldEnd();
                cells.append(cell(start, m_pos - start));
            }
            if (m_pos == m_text.size())
                return true;
            const char16_t c = m_text[m_pos++].unicode();
            if (c == carriageReturn) {
                if (m_pos < m_text.size() && m_text[m_pos] == lineFeed)
                    ++m_pos;
                return true;
            }
            if (c == lineFeed)
                return true;
            // c is the delimiter: another field follows, possibly an empty last one.
        }
    }

    bool readQuotedField(QStringList &cells)
    {
        qsizetype start = ++m_pos;
        QString assembled; // stays empty unless the field has doubled quotes
        bool isAssembled = false;
        for (;;) {
            const qsizetype closing = m_text.indexOf(QChar(quote), m_pos);
            if (closing < 0)
                return false;
            if (closing + 1 < m_text.size() && m_text[closing + 1] == quote) {
                // Keep the text up to and including one of the two quotes.
                assembled.append(m_text.sliced(start, closing + 1 - start));
                isAssembled = true;
                start = m_pos = closing + 2;
                continue;
            }
            m_pos = closing + 1;
            const qsizetype trailingStart = m_pos;
            skipToFieldEnd();
            if (!isAssembled && m_pos == trailingStart) {
                cells.append(cell(start, closing - start));
                return true;
            }
            // Excel keeps text between the closing quote and the delimiter, as in "a"b -> ab.
            assembled.append(m_text.sliced(start, closing - start));
            assembled.append(m_text.sliced(trailingStart, m_pos - trailingStart));
            cells.append(std::move(assembled));
            return true;
        }
    }

    QString cell(qsizetype start, qsizetype size) const
    {
        if (m_borrow && size > 0)
            return QString::fromRawData(reinterpret_cast<const QChar *>(m_text.utf16()) + start,
                                        size);
        return m_text.sliced(start, size).toString();
    }

    void skipToFieldEnd()
    {
        const qsizetype size = m_text.size();
        const char16_t *data = m_text.utf16();
        while (m_pos < size) {
            const char16_t c = data[m_pos];
            if (c == m_delimiter || c == lineFeed || c == carriageReturn)
                return;
            ++m_pos;
        }
    }

    QStringView m_text;
    char16_t m_delimiter;
    qsizetype m_pos = 0;
    bool m_borrow = false;
};

// See CsvReader's comment: the candidate splitting the most of the first records into one same
// number of fields (> 1) wins; ties go to more fields, then to the earlier candidate.
char16_t detectDelimiter(QStringView text)
{
    constexpr int sampleRecords = 20;
    char16_t best = comma;
    std::pair<int, qsizetype> bestScore{0, 0}; // records agreeing, their field count
    for (const char16_t candidate : {comma, tab, semicolon}) {
        Parser parser(text, candidate, 0, CsvReader::Cells::Borrowed);
        QHash<qsizetype, int> recordsByFieldCount;
        for (int record = 0; record < sampleRecords; ++record) {
            const qsizetype fields = parser.nextFieldCount();
            if (fields == 0)
                break;
            if (fields > 1)
                ++recordsByFieldCount[fields];
        }
        for (auto it = recordsByFieldCount.cbegin(); it != recordsByFieldCount.cend(); ++it) {
            const std::pair score{it.value(), it.key()};
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
    }
    return best;
}

// The whole file in one read, into memory advised to take huge pages (see LargeBuffers.h).
QByteArray readWhole(QFile &file)
{
    if (file.isSequential() || file.size() == 0)
        return file.readAll(); // a pipe or a special file: its size says nothing
    QByteArray bytes(file.size(), Qt::Uninitialized);
    adviseHugePages(bytes.data(), std::size_t(bytes.size()));
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const qint64 read = file.read(bytes.data() + filled, bytes.size() - filled);
        if (read <= 0)
            break; // the end, or a read error: the caller checks file.error()
        filled += qsizetype(read);
    }
    bytes.truncate(filled);
    return bytes;
}

// The whole file in blocks of a megabyte, telling `progress` after each; nullopt when it asks
// to stop.
std::optional<QByteArray> readInBlocks(QFile &file, const ProgressCallback &progress)
{
    const qint64 total = file.size();
    QByteArray bytes;
    bytes.reserve(total);
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (block.isEmpty())
            break; // a read error: the caller checks file.error()
        bytes += block;
        if (!progress(bytes.size(), total))
            return std::nullopt;
    }
    return bytes;
}

} // namespace

namespace {

// The whole file's bytes, or why not.
Result<QByteArray> readBytes(const QString &path, const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, CsvReader::tr("Cannot read %1.").arg(path), file.errorString());
    std::optional<QByteArray> read =
        progress ? readInBlocks(file, progress) : std::optional(readWhole(file));
    if (!read)
        return Error(ErrorKind::Cancelled, CsvReader::tr("Reading %1 was cancelled.").arg(path));
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorKind::Io, CsvReader::tr("Cannot read %1.").arg(path), file.errorString());
    return std::move(*read);
}

} // namespace

Result<Table> CsvReader::readFile(const QString &path, const CsvReadOptions &options,
                                  const ProgressCallback &progress)
{
    auto bytes = readBytes(path, progress);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, options, QFileInfo(path).fileName());
}

Result<Table> CsvReader::parse(const QByteArray &bytes, const CsvReadOptions &options,
                               const QString &sourceName)
{
    // One piece: the rows are read in one pass after the split has found the record ends.
    auto document =
        CsvReader::document(bytes, options, sourceName, std::numeric_limits<qsizetype>::max());
    if (!document)
        return document.error();
    Table table;
    table.sourceName = sourceName;
    table.encodingName = document->encodingName;
    table.header = document->header;
    table.headerRow = document->headerRow;
    table.delimiter = document->delimiter;
    table.fieldCountsAreExact = document->fieldCountsAreExact;
    for (qsizetype piece = 0; piece < document->pieces.size(); ++piece)
        table.rows.append(rows(*document, piece));
    return table;
}

Result<CsvDocument> CsvReader::readDocument(const QString &path, const CsvReadOptions &options,
                                            const ProgressCallback &progress, qsizetype pieceChars)
{
    auto bytes = readBytes(path, progress);
    if (!bytes)
        return bytes.error();
    return document(*bytes, options, QFileInfo(path).fileName(), pieceChars);
}

Result<CsvDocument> CsvReader::document(const QByteArray &bytes, const CsvReadOptions &options,
                                        const QString &sourceName, qsizetype pieceChars)
{
    auto decoded = TextDecoding::decode(bytes, options.encoding, sourceName);
    if (!decoded)
        return decoded.error();
    CsvDocument document;
    document.sourceName = sourceName;
    document.encodingName = decoded->encodingName;
    document.text = std::move(decoded->text);
    document.delimiter =
        options.delimiter.isNull() ? detectDelimiter(document.text) : options.delimiter.unicode();
    Parser parser(document.text, document.delimiter);
    int row = 0;
    std::optional<int> unclosedRow = parser.readHeader(document.header, row);
    const int headerRow = row;
    if (!document.header.isEmpty())
        document.headerRow = headerRow;
    if (!unclosedRow)
        unclosedRow = parser.split(row, pieceChars, document.pieces);
    document.recordCount = row - headerRow;
    if (unclosedRow) {
        return Error(ErrorKind::InvalidInput,
                     tr("%1, row %2: a cell starts with a quotation mark (\") that is never "
                        "closed.")
                         .arg(sourceName)
                         .arg(*unclosedRow));
    }
    return document;
}

QList<TableRow> CsvReader::rows(const CsvDocument &document, qsizetype piece, Cells cells)
{
    const CsvDocument::Piece &range = document.pieces.at(piece);
    QList<TableRow> rows;
    Parser(QStringView(document.text).first(range.end), document.delimiter, range.begin, cells)
        .rowsInto(rows, range.recordsBefore, document.header.size(), document.firstDataRow);
    return rows;
}

QList<TableRow> CsvReader::leadingRows(const CsvDocument &document, int count)
{
    QList<TableRow> rows;
    if (count <= 0 || document.header.isEmpty())
        return rows;
    rows.append(TableRow{document.headerRow, document.header});
    if (document.pieces.isEmpty())
        return rows;
    // The pieces are consecutive: from the first one's start to the last one's end is the text
    // after the header, in whole records.
    const CsvDocument::Piece &first = document.pieces.first();
    Parser(QStringView(document.text).first(document.pieces.last().end), document.delimiter,
           first.begin)
        .rowsInto(rows, first.recordsBefore, document.header.size(), 0, count - 1);
    return rows;
}

} // namespace mamori
