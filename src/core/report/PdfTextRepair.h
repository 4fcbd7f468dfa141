#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QRawFont;

namespace mamori {

// Qt's PDF engine (6.4) writes, for every embedded glyph, the lowest code point the font maps
// to it. Noto Sans CJK draws 方 (U+65B9) and the Kangxi radical ⽅ (U+2F45) with one glyph, so
// the PDF's text layer says ⽅: search, copy and text extraction get the wrong character. A
// space comes back as a tab for the same reason.
//
// Rewrites those entries of the PDF's ToUnicode maps to the character that was actually drawn
// (`drawnText`), when exactly one drawn character shares the glyph in `fonts`. Each entry keeps
// its length, so offsets and the cross-reference table stay valid. Returns how many entries
// were changed.
int repairPdfTextLayer(QByteArray &pdf, const QString &drawnText, const QList<QRawFont> &fonts);

} // namespace mamori
