#pragma once

#include <QStyledItemDelegate>

namespace mamori {

// Draws a navigation entry as usual (icon and title) with a badge at its right end: the number
// of things due or needing attention on that page (badgeRole, nothing when 0). The number is
// the signal and the item's tooltip says what it counts, so the badge's colour is not needed
// to read it.
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int badgeRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QRect badgeRect(const QStyleOptionViewItem &option, const QString &text);
};

} // namespace mamori
