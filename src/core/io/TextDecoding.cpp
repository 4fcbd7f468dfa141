#include "TextDecoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace mamori {

namespace {

const QString utf8Name = QStringLiteral("UTF-8");
const QString utf8BomName = QStringLiteral("UTF-8 (BOM)");
const QString cp932Name = QStringLiteral("Shift_JIS (CP932)");

constexpr char utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype utf8BomSize = 3;

// glibc's name for QString's in-memory form, so iconv converts straight into a QString buffer.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
constexpr char utf16Name[] = "UTF-16LE";
#else
constexpr char utf16Name[] = "UTF-16BE";
#endif

// Qt's ICU-backed "CP932" is IBM-943: it swaps 0x1A and 0x1C, drops an incomplete last
// character without an error and cannot say where the bad bytes are. glibc's CP932 is
// Microsoft's table and reports the exact position, which the error messages need.
class Iconv
{
public:
    Iconv(const char *to, const char *from)
        : m_handle(::iconv_open(to, from)), m_openError(isValid() ? 0 : errno)
    {}
    ~Iconv()
    {
        if (isValid())
            ::iconv_close(m_handle);
    }
    Iconv(const Iconv &) = delete;
    Iconv &operator=(const Iconv &) = delete;

    bool isValid() const { return m_handle != reinterpret_cast<iconv_t>(-1); }
    int openError() const { return m_openError; }

    // Converts all of input into output, which must be large enough. Returns the number of
    // bytes written, or the offset of the first input byte that could not be converted.
    struct Outcome
    {
        bool ok;
        size_t written;
        size_t failedAt;
    };
    Outcome convert(const char *input, size_t inputSize, char *output, size_t outputSize)
    {
        char *in = const_cast<char *>(input); // iconv's signature predates const
        char *out = output;
        size_t inLeft = inputSize;
        size_t outLeft = outputSize;
        const bool ok = ::iconv(m_handle, &in, &inLeft, &out, &outLeft) != static_cast<size_t>(-1);
        return {ok, static_cast<size_t>(out - output), static_cast<size_t>(in - input)};
    }

private:
    iconv_t m_handle;
    int m_openError;
};

Error conversionUnavailable(const Iconv &converter)
{
    return Error(ErrorKind::Io,
                 TextDecoding::tr("Shift_JIS (CP932) conversion is not available on this system."),
                 QString::fromLocal8Bit(std::strerror(converter.openError())));
}

bool isLineEnd(char byte)
{
    return byte == '\n' || byte == '\r';
}

// The 1-based line an offset lies on; LF, CRLF and a lone CR each end a line. Neither byte
// occurs inside a UTF-8 or CP932 multi-byte character, so counting bytes is safe.
int lineAt(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    // ConvertInitialBom: the caller removes one BOM; a second one is content, not to be dropped.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Qt's decoder does not say where invalid UTF-8 is, so decode line by line to find it; this
// only runs once a file has already failed.
int firstInvalidUtf8Line(QByteArrayView bytes)
{
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = start;
        while (end < bytes.size() && !isLineEnd(bytes[end]))
            ++end;
        if (!decodeUtf8(bytes.sliced(start, end - start)))
            return lineAt(bytes, start);
        start = end + 1;
    }
    return lineAt(bytes, bytes.size());
}

struct Cp932Decoded
{
    QString text;
    qsizetype invalidAt = -1; // offset of the first byte that is not CP932, or -1
};

Result<Cp932Decoded> decodeCp932(QByteArrayView bytes)
{
    Iconv converter(utf16Name, "CP932");
    if (!converter.isValid())
        return conversionUnavailable(converter);
    // Every CP932 character, one byte or two, becomes exactly one UTF-16 code unit.
    QString text(bytes.size(), Qt::Uninitialized);
    const auto outcome = converter.convert(bytes.data(), static_cast<size_t>(bytes.size()),
                                           reinterpret_cast<char *>(text.data()),
                                           static_cast<size_t>(bytes.size()) * 2);
    if (!outcome.ok)
        return Cp932Decoded{{}, static_cast<qsizetype>(outcome.failedAt)};
    text.truncate(static_cast<qsizetype>(outcome.written / 2));
    return Cp932Decoded{std::move(text)};
}

Error invalidText(const QString &sourceName, int line, const QString &encodingName)
{
    return Error(ErrorKind::InvalidInput,
                 TextDecoding::tr("%1, line %2: the text is not valid %3. Choose another encoding.")
                     .arg(sourceName)
                     .arg(line)
                     .arg(encodingName));
}

Result<QByteArray> encodeCp932(const QString &text)
{
    Iconv converter("CP932", utf16Name);
    if (!converter.isValid())
        return conversionUnavailable(converter);
    // One UTF-16 code unit never needs more than two CP932 bytes.
    const size_t inputSize = static_cast<size_t>(text.size()) * 2;
    QByteArray bytes(text.size() * 2, Qt::Uninitialized);
    const auto outcome = converter.convert(reinterpret_cast<const char *>(text.constData()),
                                           inputSize, bytes.data(), inputSize);
    if (!outcome.ok) {
        const qsizetype index = static_cast<qsizetype>(outcome.failedAt / 2);
        const bool isPair = text.at(index).isHighSurrogate() && index + 1 < text.size() &&
                            text.at(index + 1).isLowSurrogate();
        const char32_t codePoint = isPair
                                       ? QChar::surrogateToUcs4(text.at(index), text.at(index + 1))
                                       : text.at(index).unicode();
        return Error(
            ErrorKind::InvalidInput,
            TextDecoding::tr("The character “%1” (U+%2) cannot be saved in Shift_JIS "
                             "(CP932). Save as UTF-8 instead.")
                .arg(text.mid(index, isPair ? 2 : 1),
                     QString::number(codePoint, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }
    bytes.truncate(static_cast<qsizetype>(outcome.written));
    return bytes;
}

} // namespace

Result<DecodedText> TextDecoding::decode(const QByteArray &bytes, TextEncoding encoding,
                                         const QString &sourceName)
{
    const bool hasBom = bytes.startsWith(utf8Bom);
    if (encoding == TextEncoding::Cp932) {
        auto decoded = decodeCp932(bytes);
        if (!decoded)
            return decoded.error();
        if (decoded->invalidAt >= 0)
            return invalidText(sourceName, lineAt(bytes, decoded->invalidAt), cp932Name);
        return DecodedText{std::move(decoded->text), cp932Name};
    }

    const QByteArrayView content = QByteArrayView(bytes).sliced(hasBom ? utf8BomSize : 0);
    if (auto text = decodeUtf8(content))
        return DecodedText{std::move(*text), hasBom ? utf8BomName : utf8Name};
    // A BOM holds no line break, so lines in content are lines in the file.
    if (encoding == TextEncoding::Utf8 || hasBom)
        return invalidText(sourceName, firstInvalidUtf8Line(content), utf8Name);

    auto decoded = decodeCp932(bytes);
    if (!decoded)
        return decoded.error();
    if (decoded->invalidAt < 0)
        return DecodedText{std::move(decoded->text), cp932Name};
    // The encoding that got further is most likely the one the file was meant to be in, so its
    // failure is the one worth pointing at.
    const int line = std::max(firstInvalidUtf8Line(content), lineAt(bytes, decoded->invalidAt));
    return Error(ErrorKind::InvalidInput,
                 tr("%1, line %2: the text is neither UTF-8 nor Shift_JIS (CP932).")
                     .arg(sourceName)
                     .arg(line));
}

Result<QByteArray> TextDecoding::encode(const QString &text, TextEncoding encoding, bool withBom)
{
    if (encoding == TextEncoding::Cp932)
        return encodeCp932(text);
    // Auto has nothing to detect when writing: UTF-8 holds every character.
    QByteArray bytes = text.toUtf8();
    if (withBom)
        bytes.prepend(utf8Bom, utf8BomSize);
    return bytes;
}

std::optional<TextEncoding> TextDecoding::fromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("cp932") || key == QLatin1String("shift_jis") ||
        key == QLatin1String("sjis"))
        return TextEncoding::Cp932;
    return std::nullopt;
}

} // namespace mamori
