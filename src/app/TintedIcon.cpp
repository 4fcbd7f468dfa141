#include "TintedIcon.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace mamori {

namespace {

const QList<int> iconSizes{16, 20, 24, 32, 48};

QPixmap render(QSvgRenderer &renderer, int size, const QColor &colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    if (colour.isValid()) {
        // Keeps the drawing's shape (its alpha) and replaces its colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
    }
    return pixmap;
}

} // namespace

QIcon tintedIcon(const QString &svgPath, const QPalette &palette)
{
    QSvgRenderer renderer(svgPath);
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : iconSizes) {
        icon.addPixmap(render(renderer, size, palette.color(QPalette::Active, QPalette::Text)),
                       QIcon::Normal);
        icon.addPixmap(
            render(renderer, size, palette.color(QPalette::Active, QPalette::HighlightedText)),
            QIcon::Selected);
        icon.addPixmap(render(renderer, size, palette.color(QPalette::Disabled, QPalette::Text)),
                       QIcon::Disabled);
    }
    return icon;
}

QIcon stateIcon(const QString &svgPath)
{
    QSvgRenderer renderer(svgPath);
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : iconSizes)
        icon.addPixmap(render(renderer, size, QColor()));
    return icon;
}

} // namespace mamori
