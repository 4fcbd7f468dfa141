#pragma once

// Internal to the value parsers (ValueParsers.cpp, DateParsing.cpp, AmountParsing.cpp,
// Vocabularies.cpp): the character tests their fast paths share.

#include <QStringView>

#include <algorithm>
#include <optional>

namespace mamori::parse::support {

// NFKC maps every ASCII character to itself, and the dashes normalizeWidth turns into "-" are
// all outside ASCII: for ASCII text, normalizeWidth is trimmed().
inline bool isPlainAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

inline bool isAsciiDigit(QChar character)
{
    return character.unicode() >= u'0' && character.unicode() <= u'9';
}

inline bool isAsciiLetterOrDigit(QChar character)
{
    const char16_t c = character.unicode();
    return isAsciiDigit(character) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The digits at `index` (1 to maxDigits of them) as a number; index moves past them.
inline std::optional<int> asciiNumber(QStringView text, qsizetype &index, qsizetype maxDigits)
{
    int value = 0;
    const qsizetype start = index;
    while (index < text.size() && isAsciiDigit(text[index]) && index - start < maxDigits)
        value = value * 10 + (text[index++].unicode() - u'0');
    if (index == start || (index < text.size() && isAsciiDigit(text[index])))
        return std::nullopt;
    return value;
}

} // namespace mamori::parse::support
