#include "PdfTextRepair.h"

#include <QHash>
#include <QRawFont>
#include <QSet>

#include <optional>

namespace mamori {

namespace {

// One `<XXXX>` destination code inside a ToUnicode map, by its position in the PDF.
struct Destination
{
    qsizetype offset = 0; // of the first hex digit
    char16_t code = 0;
};

std::optional<char16_t> parseCode(const QByteArray &pdf, qsizetype from, qsizetype to)
{
    if (to - from != 4)
        return std::nullopt; // only BMP codes are rewritten in place
    bool ok = false;
    const uint value = pdf.mid(from, 4).toUInt(&ok, 16);
    return ok ? std::optional<char16_t>(char16_t(value)) : std::nullopt;
}

// The hex strings of one line of a bfrange or bfchar block: (offset of digits, end of digits).
QList<std::pair<qsizetype, qsizetype>> hexStrings(const QByteArray &pdf, qsizetype from,
                                                  qsizetype to)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    for (qsizetype i = from; i < to; ++i) {
        if (pdf.at(i) != '<')
            continue;
        const qsizetype end = pdf.indexOf('>', i);
        if (end < 0 || end > to)
            break;
        found.append({i + 1, end});
        i = end;
    }
    return found;
}

// The destinations that name one character for one glyph: single mappings and array entries.
// A range `<a> <b> <u>` with a < b maps consecutive glyphs to consecutive codes; changing its
// start would shift them all, so it is left alone (Qt writes one only for runs of ten).
QList<Destination> destinations(const QByteArray &pdf, const QByteArray &begin,
                                const QByteArray &end, bool ranges)
{
    QList<Destination> result;
    qsizetype at = 0;
    while ((at = pdf.indexOf(begin, at)) >= 0) {
        const qsizetype blockEnd = pdf.indexOf(end, at);
        if (blockEnd < 0)
            break;
        qsizetype line = at + begin.size();
        while (line < blockEnd) {
            qsizetype lineEnd = pdf.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > blockEnd)
                lineEnd = blockEnd;
            const auto strings = hexStrings(pdf, line, lineEnd);
            const bool array = pdf.mid(line, lineEnd - line).contains('[');
            QList<std::pair<qsizetype, qsizetype>> targets;
            if (!ranges && strings.size() == 2) {
                targets = strings.mid(1);
            } else if (ranges && array && strings.size() > 2) {
                targets = strings.mid(2);
            } else if (ranges && strings.size() == 3 &&
                       pdf.mid(strings[0].first, strings[0].second - strings[0].first) ==
                           pdf.mid(strings[1].first, strings[1].second - strings[1].first)) {
                targets = strings.mid(2);
            }
            for (const auto &[from, to] : targets) {
                if (const auto code = parseCode(pdf, from, to))
                    result.append({from, *code});
            }
            line = lineEnd + 1;
        }
        at = blockEnd;
    }
    return result;
}

} // namespace

int repairPdfTextLayer(QByteArray &pdf, const QString &drawnText, const QList<QRawFont> &fonts)
{
    QSet<char16_t> drawn;
    for (const QChar character : drawnText) {
        if (!character.isSurrogate())
            drawn.insert(character.unicode());
    }
    // Per font, which drawn characters each glyph stands for.
    QList<QHash<quint32, QList<char16_t>>> drawnByGlyph(fonts.size());
    const auto glyphOf = [&fonts](int font, char16_t code) {
        const QList<quint32> glyphs = fonts[font].glyphIndexesForString(QString(QChar(code)));
        return glyphs.size() == 1 ? glyphs.constFirst() : 0u;
    };
    for (int font = 0; font < fonts.size(); ++font) {
        for (const char16_t code : std::as_const(drawn)) {
            if (const quint32 glyph = glyphOf(font, code))
                drawnByGlyph[font][glyph].append(code);
        }
    }
    QHash<char16_t, std::optional<char16_t>> replacements;
    const auto replacementFor = [&](char16_t code) -> std::optional<char16_t> {
        if (drawn.contains(code))
            return std::nullopt;
        if (const auto known = replacements.constFind(code); known != replacements.constEnd())
            return *known;
        QSet<char16_t> candidates;
        for (int font = 0; font < fonts.size(); ++font) {
            if (const quint32 glyph = glyphOf(font, code)) {
                for (const char16_t candidate : drawnByGlyph[font].value(glyph))
                    candidates.insert(candidate);
            }
        }
        const std::optional<char16_t> chosen =
            candidates.size() == 1 ? std::optional<char16_t>(*candidates.cbegin()) : std::nullopt;
        replacements.insert(code, chosen);
        return chosen;
    };

    int changed = 0;
    const QList<Destination> all = destinations(pdf, "beginbfrange", "endbfrange", true) +
                                   destinations(pdf, "beginbfchar", "endbfchar", false);
    for (const Destination &destination : all) {
        if (const auto replacement = replacementFor(destination.code)) {
            const QByteArray hex =
                QByteArray::number(uint(*replacement), 16).toUpper().rightJustified(4, '0');
            pdf.replace(destination.offset, 4, hex);
            ++changed;
        }
    }
    return changed;
}

} // namespace mamori
