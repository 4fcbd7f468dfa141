#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mamori {

enum class TextEncoding
{
    Auto,
    Utf8,
    Cp932,
    Utf16, // byte order from the BOM, else from where the NULs of ASCII characters fall
    EucJp, // only on request: never detected
    Utf16Le,
    Utf16Be,
};

struct DecodedText
{
    QString text;
    // "UTF-8", "UTF-8 (BOM)", "Shift_JIS (CP932)", "UTF-16LE (BOM)", "UTF-16BE (BOM)",
    // "UTF-16LE", "UTF-16BE" or "EUC-JP"
    QString encodingName;
};

// Decodes a text file's bytes. Auto, in this order: a UTF-16 BOM (FF FE, FE FF) means UTF-16
// (what Excel's 「Unicode テキスト」 writes); a UTF-8 BOM means UTF-8; a file without a BOM whose
// first kilobyte has NULs in the odd (LE) or even (BE) bytes of many characters and hardly any
// in the others is UTF-16 (CP932 and UTF-8 text has no NULs); valid UTF-8 means UTF-8;
// otherwise CP932 (what Japanese Excel writes). EUC-JP is read only on request (glibc's
// EUC-JP-MS where it exists: Microsoft's mapping, as for CP932). Bytes invalid in the chosen
// encoding (for UTF-16: an unpaired surrogate or an odd byte count) are an InvalidInput error
// naming the file and the line, never silently replaced.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    static Result<DecodedText> decode(const QByteArray &bytes, TextEncoding encoding,
                                      const QString &sourceName);
    // Encodes for export; characters CP932 or EUC-JP cannot hold are an InvalidInput error.
    // Utf16 and Utf16Le write little-endian (Excel's 「Unicode テキスト」), Utf16Be big-endian;
    // `withBom` adds the BOM to UTF-8 and UTF-16 (CP932 and EUC-JP have none).
    static Result<QByteArray> encode(const QString &text, TextEncoding encoding, bool withBom);
    // "auto", "utf-8", "cp932" (also "shift_jis", "sjis"), "utf-16", "utf-16le", "utf-16be",
    // "euc-jp"; case-insensitive, the hyphen optional.
    static std::optional<TextEncoding> fromName(const QString &name);
};

} // namespace mamori
