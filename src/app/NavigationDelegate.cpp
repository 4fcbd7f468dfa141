#include "NavigationDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace mamori {

namespace {

QString badgeText(const QModelIndex &index)
{
    const int count = index.data(NavigationDelegate::badgeRole).toInt();
    if (count <= 0)
        return {};
    return count > 999 ? QStringLiteral("999+") : QString::number(count);
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

} // namespace

QRect NavigationDelegate::badgeRect(const QStyleOptionViewItem &option, const QString &text)
{
    const QFontMetrics metrics(badgeFont(option.font));
    const int height = metrics.height() + 4;
    const int width = qMax(height, metrics.horizontalAdvance(text) + 12);
    const QRect item = option.rect;
    return QRect(item.right() - 8 - width, item.center().y() - height / 2, width, height);
}

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QString text = badgeText(index);
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background (selected or not) across the whole row, then the icon and title
    // short of the badge, so a long title never runs under it.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    const QRect badge = badgeRect(option, text);
    item.rect.setRight(badge.left() - 4);
    QStyledItemDelegate::paint(painter, item, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath pill;
    pill.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    // A deep orange that reads against light and dark palettes, white digits on it.
    painter->fillPath(pill, QColor(0xc4, 0x4a, 0x00));
    painter->setPen(Qt::white);
    painter->setFont(badgeFont(option.font));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = badgeText(index);
    if (!text.isEmpty())
        size.rwidth() += badgeRect(option, text).width() + 12;
    return size;
}

} // namespace mamori
