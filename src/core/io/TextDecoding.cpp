#include "TextDecoding.h"

#include "LargeBuffers.h"

#include <QHash>
#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <memory>
#include <optional>

namespace mamori {

namespace {

const QString utf8Name = QStringLiteral("UTF-8");
const QString utf8BomName = QStringLiteral("UTF-8 (BOM)");
const QString cp932Name = QStringLiteral("Shift_JIS (CP932)");
const QString eucJpName = QStringLiteral("EUC-JP");

// iconv names of the legacy encodings, the preferred first: EUC-JP-MS maps like CP932 (～ is
// FULLWIDTH TILDE, the NEC and IBM extensions are there); plain EUC-JP where glibc lacks it.
constexpr const char *cp932Codes[] = {"CP932"};
constexpr const char *eucJpCodes[] = {"EUC-JP-MS", "EUC-JP"};

constexpr char utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype utf8BomSize = 3;

// glibc's name for QString's in-memory form, so iconv converts straight into a QString buffer.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
constexpr char qStringCode[] = "UTF-16LE";
#else
constexpr char qStringCode[] = "UTF-16BE";
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
        int error; // errno when not ok: EILSEQ, EINVAL (cut off at the end) or E2BIG
    };
    Outcome convert(const char *input, size_t inputSize, char *output, size_t outputSize)
    {
        char *in = const_cast<char *>(input); // iconv's signature predates const
        char *out = output;
        size_t inLeft = inputSize;
        size_t outLeft = outputSize;
        const bool ok = ::iconv(m_handle, &in, &inLeft, &out, &outLeft) != static_cast<size_t>(-1);
        return {ok, static_cast<size_t>(out - output), static_cast<size_t>(in - input),
                ok ? 0 : errno};
    }

private:
    iconv_t m_handle;
    int m_openError;
};

// The first of `codes` iconv can convert to or from UTF-16; the last one's failure otherwise.
template<std::size_t N>
std::unique_ptr<Iconv> openIconv(const char *const (&codes)[N], bool toUtf16)
{
    std::unique_ptr<Iconv> converter;
    for (const char *code : codes) {
        converter = toUtf16 ? std::make_unique<Iconv>(qStringCode, code)
                            : std::make_unique<Iconv>(code, qStringCode);
        if (converter->isValid())
            break;
    }
    return converter;
}

Error conversionUnavailable(const Iconv &converter, const QString &encodingName)
{
    return Error(
        ErrorKind::Io,
        TextDecoding::tr("%1 conversion is not available on this system.").arg(encodingName),
        QString::fromLocal8Bit(std::strerror(converter.openError())));
}

bool isLineEnd(char byte)
{
    return byte == '\n' || byte == '\r';
}

// The 1-based line an offset lies on; LF, CRLF and a lone CR each end a line. Neither byte
// occurs inside a UTF-8, CP932 or EUC-JP multi-byte character, so counting bytes is safe; for
// UTF-16 it counts code units of the decoded text.
template<typename View> int lineAt(View text, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == u'\n' ||
            (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++line;
    }
    return line;
}

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    // ConvertInitialBom: the caller removes one BOM; a second one is content, not to be dropped.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    // UTF-8 never takes fewer bytes than UTF-16 code units, so the text fits in bytes.size().
    QString text(decoder.requiredSpace(bytes.size()), Qt::Uninitialized);
    adviseHugePages(text.data(), std::size_t(text.size()) * sizeof(QChar));
    const QChar *end = decoder.appendToBuffer(text.data(), bytes);
    if (decoder.hasError())
        return std::nullopt;
    text.truncate(end - text.constData());
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

struct LegacyDecoded
{
    QString text;
    qsizetype invalidAt = -1; // offset of the first byte not in the encoding, or -1
};

// CP932 or EUC-JP through glibc iconv.
template<std::size_t N>
Result<LegacyDecoded> decodeLegacy(QByteArrayView bytes, const char *const (&codes)[N],
                                   const QString &encodingName)
{
    // Every CP932 or EUC-JP character, one byte to three, becomes one UTF-16 code unit (the
    // user-defined area maps into the BMP's private use area), so one unit per byte is enough;
    // two per byte always are, should a table ever map beyond the BMP.
    for (const qsizetype unitsPerByte : {1, 2}) {
        const auto converter = openIconv(codes, true);
        if (!converter->isValid())
            return conversionUnavailable(*converter, encodingName);
        QString text(bytes.size() * unitsPerByte, Qt::Uninitialized);
        const auto outcome = converter->convert(bytes.data(), static_cast<size_t>(bytes.size()),
                                                reinterpret_cast<char *>(text.data()),
                                                static_cast<size_t>(text.size()) * 2);
        if (!outcome.ok && outcome.error == E2BIG)
            continue;
        if (!outcome.ok)
            return LegacyDecoded{{}, static_cast<qsizetype>(outcome.failedAt)};
        text.truncate(static_cast<qsizetype>(outcome.written / 2));
        return LegacyDecoded{std::move(text)};
    }
    Q_UNREACHABLE();
    return LegacyDecoded{};
}

Error invalidText(const QString &sourceName, int line, const QString &encodingName)
{
    return Error(ErrorKind::InvalidInput,
                 TextDecoding::tr("%1, line %2: the text is not valid %3. Choose another encoding.")
                     .arg(sourceName)
                     .arg(line)
                     .arg(encodingName));
}

template<std::size_t N>
Result<QByteArray> encodeLegacy(const QString &text, const char *const (&codes)[N],
                                const QString &encodingName)
{
    const auto converter = openIconv(codes, false);
    if (!converter->isValid())
        return conversionUnavailable(*converter, encodingName);
    // One UTF-16 code unit never needs more than two CP932 or three EUC-JP bytes.
    const size_t inputSize = static_cast<size_t>(text.size()) * 2;
    QByteArray bytes(text.size() * 3, Qt::Uninitialized);
    const auto outcome =
        converter->convert(reinterpret_cast<const char *>(text.constData()), inputSize,
                           bytes.data(), static_cast<size_t>(bytes.size()));
    if (!outcome.ok) {
        const qsizetype index = static_cast<qsizetype>(outcome.failedAt / 2);
        const bool isPair = text.at(index).isHighSurrogate() && index + 1 < text.size() &&
                            text.at(index + 1).isLowSurrogate();
        const char32_t codePoint = isPair
                                       ? QChar::surrogateToUcs4(text.at(index), text.at(index + 1))
                                       : text.at(index).unicode();
        return Error(
            ErrorKind::InvalidInput,
            TextDecoding::tr("The character “%1” (U+%2) cannot be saved in %3. Save as UTF-8 "
                             "instead.")
                .arg(text.mid(index, isPair ? 2 : 1),
                     QString::number(codePoint, 16).toUpper().rightJustified(4, QLatin1Char('0')),
                     encodingName));
    }
    bytes.truncate(static_cast<qsizetype>(outcome.written));
    return bytes;
}

enum class ByteOrder
{
    Little,
    Big,
};

constexpr char utf16LeBom[] = "\xFF\xFE";
constexpr char utf16BeBom[] = "\xFE\xFF";
constexpr qsizetype utf16BomSize = 2;

std::optional<ByteOrder> utf16Bom(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView(utf16LeBom, utf16BomSize)))
        return ByteOrder::Little;
    if (bytes.startsWith(QByteArrayView(utf16BeBom, utf16BomSize)))
        return ByteOrder::Big;
    return std::nullopt;
}

// NUL bytes in the first kilobyte, by position: an ASCII character in UTF-16LE is its byte and
// a NUL (odd offsets), in UTF-16BE a NUL and its byte (even offsets).
struct NulCounts
{
    qsizetype units = 0;
    qsizetype even = 0;
    qsizetype odd = 0;
};

NulCounts countNuls(QByteArrayView bytes)
{
    NulCounts counts;
    counts.units = std::min<qsizetype>(bytes.size(), 1024) / 2;
    for (qsizetype i = 0; i < counts.units * 2; i += 2) {
        counts.even += bytes[i] == '\0';
        counts.odd += bytes[i + 1] == '\0';
    }
    return counts;
}

// Clearly UTF-16: at least one character in eight has its NUL on one side and hardly any on the
// other. A Japanese UTF-16 file has its ASCII delimiters, digits and line ends; U+xx00 kanji
// (一 is U+4E00) put a few NULs on the other side; text in other encodings has no NULs, and
// binary files have them on both sides.
std::optional<ByteOrder> utf16ByNuls(QByteArrayView bytes)
{
    const NulCounts counts = countNuls(bytes);
    const qsizetype most = std::max(counts.even, counts.odd);
    const qsizetype least = std::min(counts.even, counts.odd);
    if (most == 0 || most * 8 < counts.units || least * 4 > most)
        return std::nullopt;
    return counts.odd > counts.even ? ByteOrder::Little : ByteOrder::Big;
}

QString utf16Name(ByteOrder order, bool hasBom)
{
    const QString name =
        order == ByteOrder::Little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    return hasBom ? name + QStringLiteral(" (BOM)") : name;
}

// The index of the first unpaired surrogate, or -1.
qsizetype firstUnpairedSurrogate(QStringView text)
{
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (QChar::isHighSurrogate(units[i])) {
            if (i + 1 == size || !QChar::isLowSurrogate(units[i + 1]))
                return i;
            ++i;
        } else if (QChar::isLowSurrogate(units[i])) {
            return i;
        }
    }
    return -1;
}

// UTF-16 after its BOM (if any): the units copied in one go, byte-swapped when the file's order
// is not the machine's, then checked for unpaired surrogates.
Result<DecodedText> decodeUtf16(QByteArrayView bytes, ByteOrder order, bool hasBom,
                                const QString &sourceName)
{
    const QString name = utf16Name(order, hasBom);
    const QByteArrayView content = bytes.sliced(hasBom ? utf16BomSize : 0);
    QString text(content.size() / 2, Qt::Uninitialized);
    if (order == ByteOrder::Little)
        qFromLittleEndian<quint16>(content.data(), text.size(), text.data());
    else
        qFromBigEndian<quint16>(content.data(), text.size(), text.data());
    if (const qsizetype invalid = firstUnpairedSurrogate(text); invalid >= 0)
        return invalidText(sourceName, lineAt(QStringView(text), invalid), name);
    // An odd byte count: the last character is cut off, on the last line.
    if (content.size() % 2 != 0)
        return invalidText(sourceName, lineAt(QStringView(text), text.size()), name);
    return DecodedText{std::move(text), name};
}

// Forced UTF-16: the BOM's order, else the one the NULs suggest, else little-endian (what
// Windows writes). A BOM of the other order than the one forced is content, and invalid.
Result<DecodedText> decodeUtf16As(QByteArrayView bytes, std::optional<ByteOrder> forced,
                                  const QString &sourceName)
{
    const std::optional<ByteOrder> bom = utf16Bom(bytes);
    if (bom && (!forced || forced == bom))
        return decodeUtf16(bytes, *bom, true, sourceName);
    if (forced)
        return decodeUtf16(bytes, *forced, false, sourceName);
    const NulCounts counts = countNuls(bytes);
    return decodeUtf16(bytes, counts.even > counts.odd ? ByteOrder::Big : ByteOrder::Little, false,
                       sourceName);
}

Result<DecodedText> decodeLegacyText(const QByteArray &bytes, TextEncoding encoding,
                                     const QString &sourceName)
{
    const bool isEucJp = encoding == TextEncoding::EucJp;
    const QString &name = isEucJp ? eucJpName : cp932Name;
    auto decoded =
        isEucJp ? decodeLegacy(bytes, eucJpCodes, name) : decodeLegacy(bytes, cp932Codes, name);
    if (!decoded)
        return decoded.error();
    if (decoded->invalidAt >= 0)
        return invalidText(sourceName, lineAt(QByteArrayView(bytes), decoded->invalidAt), name);
    return DecodedText{std::move(decoded->text), name};
}

QByteArray encodeUtf16(const QString &text, ByteOrder order, bool withBom)
{
    const qsizetype bomSize = withBom ? utf16BomSize : 0;
    QByteArray bytes(bomSize + text.size() * 2, Qt::Uninitialized);
    if (withBom)
        std::memcpy(bytes.data(), order == ByteOrder::Little ? utf16LeBom : utf16BeBom, bomSize);
    if (order == ByteOrder::Little)
        qToLittleEndian<quint16>(text.utf16(), text.size(), bytes.data() + bomSize);
    else
        qToBigEndian<quint16>(text.utf16(), text.size(), bytes.data() + bomSize);
    return bytes;
}

} // namespace

Result<DecodedText> TextDecoding::decode(const QByteArray &bytes, TextEncoding encoding,
                                         const QString &sourceName)
{
    switch (encoding) {
    case TextEncoding::Cp932:
    case TextEncoding::EucJp:
        return decodeLegacyText(bytes, encoding, sourceName);
    case TextEncoding::Utf16:
        return decodeUtf16As(bytes, std::nullopt, sourceName);
    case TextEncoding::Utf16Le:
        return decodeUtf16As(bytes, ByteOrder::Little, sourceName);
    case TextEncoding::Utf16Be:
        return decodeUtf16As(bytes, ByteOrder::Big, sourceName);
    case TextEncoding::Auto:
        if (const auto bom = utf16Bom(bytes))
            return decodeUtf16(bytes, *bom, true, sourceName);
        break;
    case TextEncoding::Utf8:
        break;
    }

    const bool hasBom = bytes.startsWith(utf8Bom);
    if (encoding == TextEncoding::Auto && !hasBom) {
        if (const auto order = utf16ByNuls(bytes))
            return decodeUtf16(bytes, *order, false, sourceName);
    }
    const QByteArrayView content = QByteArrayView(bytes).sliced(hasBom ? utf8BomSize : 0);
    if (auto text = decodeUtf8(content))
        return DecodedText{std::move(*text), hasBom ? utf8BomName : utf8Name};
    // A BOM holds no line break, so lines in content are lines in the file.
    if (encoding == TextEncoding::Utf8 || hasBom)
        return invalidText(sourceName, firstInvalidUtf8Line(content), utf8Name);

    auto decoded = decodeLegacy(bytes, cp932Codes, cp932Name);
    if (!decoded)
        return decoded.error();
    if (decoded->invalidAt < 0)
        return DecodedText{std::move(decoded->text), cp932Name};
    // The encoding that got further is most likely the one the file was meant to be in, so its
    // failure is the one worth pointing at.
    const int line =
        std::max(firstInvalidUtf8Line(content), lineAt(QByteArrayView(bytes), decoded->invalidAt));
    return Error(ErrorKind::InvalidInput,
                 tr("%1, line %2: the text is neither UTF-8 nor Shift_JIS (CP932).")
                     .arg(sourceName)
                     .arg(line));
}

Result<QByteArray> TextDecoding::encode(const QString &text, TextEncoding encoding, bool withBom)
{
    switch (encoding) {
    case TextEncoding::Cp932:
        return encodeLegacy(text, cp932Codes, cp932Name);
    case TextEncoding::EucJp:
        return encodeLegacy(text, eucJpCodes, eucJpName);
    case TextEncoding::Utf16:
    case TextEncoding::Utf16Le:
        return encodeUtf16(text, ByteOrder::Little, withBom);
    case TextEncoding::Utf16Be:
        return encodeUtf16(text, ByteOrder::Big, withBom);
    case TextEncoding::Auto: // nothing to detect when writing: UTF-8 holds every character
    case TextEncoding::Utf8:
        break;
    }
    QByteArray bytes = text.toUtf8();
    if (withBom)
        bytes.prepend(utf8Bom, utf8BomSize);
    return bytes;
}

std::optional<TextEncoding> TextDecoding::fromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    static const QHash<QString, TextEncoding> encodings{
        {QStringLiteral("auto"), TextEncoding::Auto},
        {QStringLiteral("utf8"), TextEncoding::Utf8},
        {QStringLiteral("cp932"), TextEncoding::Cp932},
        {QStringLiteral("shiftjis"), TextEncoding::Cp932},
        {QStringLiteral("sjis"), TextEncoding::Cp932},
        {QStringLiteral("utf16"), TextEncoding::Utf16},
        {QStringLiteral("utf16le"), TextEncoding::Utf16Le},
        {QStringLiteral("utf16be"), TextEncoding::Utf16Be},
        {QStringLiteral("eucjp"), TextEncoding::EucJp},
    };
    const auto found = encodings.constFind(key);
    if (key.isEmpty() || found == encodings.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace mamori
