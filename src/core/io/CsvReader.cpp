#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace mamori {

namespace {

constexpr char16_t quote = u'"';
constexpr char16_t comma = u',';
constexpr char16_t tab = u'\t';
constexpr char16_t carriageReturn = u'\r';
constexpr char16_t lineFeed = u'\n';

bool isLineEnd(char16_t c)
{
    return c == lineFeed || c == carriageReturn;
}

// Tab when the header has more tabs than commas outside quotes, else comma. The header is the
// first record with something other than separators and quotes in it, matching the parser,
// which skips records whose cells are all empty.
QChar detectDelimiter(QStringView text)
{
    int tabs = 0;
    int commas = 0;
    bool hasContent = false;
    bool inQuotes = false;
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (c == quote) {
            inQuotes = !inQuotes; // a doubled quote toggles twice, which is what it should do
        } else if (inQuotes) {
            hasContent = true;
        } else if (c == tab) {
            ++tabs;
        } else if (c == comma) {
            ++commas;
        } else if (isLineEnd(c)) {
            if (hasContent)
                break;
            tabs = commas = 0;
        } else {
            hasContent = true;
        }
    }
    return QLatin1Char(tabs > commas ? '\t' : ',');
}

bool allEmpty(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); });
}

// One pass over the decoded text. Fields are sliced out of it; only a field with doubled
// quotes or text after its closing quote is assembled piece by piece.
class Parser
{
public:
    Parser(QStringView text, char16_t delimiter) : m_text(text), m_delimiter(delimiter) {}

    // Fills the table's header and rows. Returns the row of a quoted cell that is never closed.
    std::optional<int> parseInto(Table &table)
    {
        int row = 0;
        QStringList cells;
        while (m_pos < m_text.size()) {
            ++row;
            cells.reserve(std::max<qsizetype>(table.header.size(), 1));
            if (!readRecord(cells))
                return row;
            if (!allEmpty(cells)) {
                if (table.header.isEmpty())
                    table.header = std::move(cells);
                else
                    table.rows.append(TableRow{row, std::move(cells)});
            }
            cells = QStringList();
        }
        return std::nullopt;
    }

private:
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
                cells.append(m_text.sliced(start, m_pos - start).toString());
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
                cells.append(m_text.sliced(start, closing - start).toString());
                return true;
            }
            // Excel keeps text between the closing quote and the delimiter, as in "a"b -> ab.
            assembled.append(m_text.sliced(start, closing - start));
            assembled.append(m_text.sliced(trailingStart, m_pos - trailingStart));
            cells.append(std::move(assembled));
            return true;
        }
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
};

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

Result<Table> CsvReader::readFile(const QString &path, const CsvReadOptions &options,
                                  const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, tr("Cannot read %1.").arg(path), file.errorString());
    const std::optional<QByteArray> read =
        progress ? readInBlocks(file, progress) : std::optional(file.readAll());
    if (!read)
        return Error(ErrorKind::Cancelled, tr("Reading %1 was cancelled.").arg(path));
    const QByteArray &bytes = *read;
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorKind::Io, tr("Cannot read %1.").arg(path), file.errorString());
    return parse(bytes, options, QFileInfo(path).fileName());
}

Result<Table> CsvReader::parse(const QByteArray &bytes, const CsvReadOptions &options,
                               const QString &sourceName)
{
    auto decoded = TextDecoding::decode(bytes, options.encoding, sourceName);
    if (!decoded)
        return decoded.error();

    Table table;
    table.sourceName = sourceName;
    table.encodingName = decoded->encodingName;
    const QStringView text = decoded->text;
    const QChar delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    if (const auto unclosedRow = Parser(text, delimiter.unicode()).parseInto(table)) {
        return Error(ErrorKind::InvalidInput,
                     tr("%1, row %2: a cell starts with a quotation mark (\") that is never "
                        "closed.")
                         .arg(sourceName)
                         .arg(*unclosedRow));
    }
    return table;
}

} // namespace mamori
