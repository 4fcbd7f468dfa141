#include "ReportCharts.h"

#include "ReportRenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mamori::report {

namespace {

constexpr int imageWidth = 1800;
const QColor barColor(0x3A, 0x5A, 0x80);
const QColor trackColor(0xE6, 0xEA, 0xF0);
const QColor textColor(0x1A, 0x1A, 0x1A);

QFont chartFont(int pixels, bool bold = false)
{
    QFont font(ReportRenderer::fontFamily());
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QImage blank(int height)
{
    QImage image(imageWidth, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

} // namespace

QImage ReportCharts::bars(const QList<Bar> &bars, const QString &unit)
{
    const int rowHeight = 70;
    QImage image = blank(std::max<int>(1, int(bars.size())) * rowHeight + 20);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = chartFont(34);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    qreal labelWidth = 0;
    qreal chartMaximum = 0;
    for (const Bar &bar : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        chartMaximum = std::max(chartMaximum, bar.maximum > 0 ? bar.maximum : bar.value);
    }
    labelWidth = std::min<qreal>(labelWidth + 30, imageWidth * 0.45);
    const qreal valueWidth = 260;
    const qreal trackWidth = imageWidth - labelWidth - valueWidth - 20;
    qreal y = 10;
    for (const Bar &bar : bars) {
        const qreal maximum = bar.maximum > 0 ? bar.maximum : std::max<qreal>(chartMaximum, 1);
        const QRectF track(labelWidth, y + 14, trackWidth, rowHeight - 28);
        painter.fillRect(track, trackColor);
        const qreal share = std::clamp<qreal>(bar.value / maximum, 0, 1);
        painter.fillRect(QRectF(track.left(), track.top(), track.width() * share, track.height()),
                         barColor);
        painter.setPen(textColor);
        painter.drawText(QRectF(0, y, labelWidth - 20, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 20));
        QString value = QString::number(bar.value, 'f', 0);
        if (bar.maximum > 0)
            value += QStringLiteral(" / ") + QString::number(bar.maximum, 'f', 0);
        if (!unit.isEmpty())
            value += QLatin1Char(' ') + unit;
        painter.drawText(QRectF(track.right() + 20, y, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        y += rowHeight;
    }
    return image;
}

QImage ReportCharts::trend(const QList<Point> &points, qreal maximum)
{
    QImage image = blank(600);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = chartFont(30);
    painter.setFont(font);
    const QRectF plot(110, 30, imageWidth - 160, 600 - 110);
    painter.setPen(QPen(trackColor, 2));
    for (int step = 0; step <= 4; ++step) {
        const qreal y = plot.bottom() - plot.height() * step / 4;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(textColor);
        painter.drawText(QRectF(0, y - 20, plot.left() - 15, 40), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(maximum * step / 4, 'f', 0));
        painter.setPen(QPen(trackColor, 2));
    }
    if (points.isEmpty())
        return image;
    const qint64 first = points.constFirst().day.toJulianDay();
    const qint64 span = std::max<qint64>(1, points.constLast().day.toJulianDay() - first);
    QPainterPath path;
    for (qsizetype index = 0; index < points.size(); ++index) {
        const Point &point = points.at(index);
        const QPointF at(plot.left() + plot.width() * (point.day.toJulianDay() - first) / span,
                         plot.bottom() -
                             plot.height() * std::clamp<qreal>(point.value / maximum, 0, 1));
        index == 0 ? path.moveTo(at) : path.lineTo(at);
    }
    painter.setPen(QPen(barColor, 6));
    painter.drawPath(path);
    painter.setPen(textColor);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 15, 400, 50), Qt::AlignLeft,
                     points.constFirst().day.toString(Qt::ISODate));
    painter.drawText(QRectF(plot.right() - 400, plot.bottom() + 15, 400, 50), Qt::AlignRight,
                     points.constLast().day.toString(Qt::ISODate));
    return image;
}

} // namespace mamori::report
