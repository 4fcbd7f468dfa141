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
    Cp932
};

struct DecodedText
{
    QString text;
    QString encodingName; // "UTF-8", "UTF-8 (BOM)" or "Shift_JIS (CP932)"
};

// Decodes a text file's bytes. Auto: a UTF-8 BOM means UTF-8; valid UTF-8 means UTF-8;
// otherwise CP932 (what Japanese Excel writes). Bytes invalid in the chosen encoding are an
// InvalidInput error naming the file and the line, never silently replaced.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    static Result<DecodedText> decode(const QByteArray &bytes, TextEncoding encoding,
                                      const QString &sourceName);
    // Encodes for export; characters CP932 cannot hold are an InvalidInput error.
    static Result<QByteArray> encode(const QString &text, TextEncoding encoding, bool withBom);
    static std::optional<TextEncoding> fromName(const QString &name); // "auto", "utf-8", "cp932"
};

} // namespace mamori
