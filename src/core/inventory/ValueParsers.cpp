#include "ValueParsers.h"

#include "ParsingSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mamori::parse {

using namespace support;

namespace {

// Hiragana and katakana letters, after which ー is the long-vowel mark of a word (サーバー,
// らーめん). The katakana middle dot ・ and the double hyphen ゠ are punctuation, not letters.
bool isKanaLetter(QChar character)
{
    const char16_t code = character.unicode();
    const bool hiragana = (code >= 0x3041 && code <= 0x3096) || (code >= 0x309D && code <= 0x309F);
    const bool katakana = (code >= 0x30A1 && code <= 0x30FA) || (code >= 0x30FC && code <= 0x30FF);
    const bool katakanaExtension = code >= 0x31F0 && code <= 0x31FF;
    return hiragana || katakana || katakanaExtension;
}

// The dashes a Japanese input method offers for "-" that NFKC leaves alone: hyphen, figure dash,
// en and em dash, horizontal bar, minus sign and the box-drawing line. NFKC already turns
// full-width － and small ﹣ into "-".
bool isDash(QChar character)
{
    const char16_t code = character.unicode();
    return (code >= 0x2010 && code <= 0x2015) || code == 0x2212 || code == 0x2500;
}

bool isMinusLike(const QString &text, qsizetype index)
{
    const QChar character = text.at(index);
    if (isDash(character))
        return true;
    // ー (and half-width ｰ, which NFKC turns into ー) is the long-vowel mark after kana, and
    // a dash anywhere else: a lone ー meaning "none", or 2024ー4ー1 typed with the IME on.
    const bool longVowelMark = character == QChar(0x30FC);
    return longVowelMark && (index == 0 || !isKanaLetter(text.at(index - 1)));
}

} // namespace

QString normalizeWidth(const QString &text)
{
    if (isPlainAscii(text))
        return text.trimmed();
    return general::normalizeWidth(text);
}

QString wordKey(const QString &text)
{
    if (!isPlainAscii(text))
        return general::wordKey(text);
    // ASCII case folding is lowering A-Z; removing every space also trims.
    QString key;
    key.reserve(text.size());
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (character.isSpace())
            continue;
        key.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c));
    }
    return key;
}

std::optional<int> months(const QString &text)
{
    // Years are accepted too ("3年" = 36), since Japanese lists usually give warranties so.
    static const QRegularExpression duration(
        QStringLiteral("^(\\d{1,4})\\s*(?:(months?|[ヶかカヵケ箇]月間?)|(years?|年間?))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = duration.match(normalizeWidth(text));
    if (!match.hasMatch())
        return std::nullopt;
    const int count = match.captured(1).toInt();
    const bool inYears = match.capturedLength(3) > 0;
    return inYears ? count * 12 : count;
}

namespace general {

QString wordKey(const QString &text)
{
    QString key = general::normalizeWidth(text).toCaseFolded();
    key.removeIf([](QChar character) { return character.isSpace(); });
    return key;
}

QString normalizeWidth(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    for (qsizetype index = 0; index < result.size(); ++index) {
        if (isMinusLike(result, index))
            result[index] = QLatin1Char('-');
    }
    return result.trimmed();
}

} // namespace general

} // namespace mamori::parse
