#pragma once

#include <QIcon>

class QColor;
class QPalette;
class QString;

namespace mamori {

// A line icon drawn in one colour (resources/icons/pages: black strokes on nothing), painted in
// the colours of a palette so it reads on a light and a dark desktop alike: the text colour
// normally, the highlighted text colour when its item is selected, a muted one when disabled.
QIcon tintedIcon(const QString &svgPath, const QPalette &palette);
// An icon that carries its own colours (resources/icons/states), at the usual small sizes.
QIcon stateIcon(const QString &svgPath);

} // namespace mamori
