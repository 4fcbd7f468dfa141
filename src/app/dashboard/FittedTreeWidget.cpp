#include "FittedTreeWidget.h"

#include "WrappingItemDelegate.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QTimer>

namespace mamori {

FittedTreeWidget::FittedTreeWidget(QWidget *parent) : QTreeWidget(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRootIsDecorated(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setSelectionMode(QAbstractItemView::SingleSelection);
    WrappingItemDelegate::install(this);
}

void FittedTreeWidget::fitToRows()
{
    doItemsLayout();
    int height = 2 * frameWidth();
    if (!isHeaderHidden())
        height += header()->sizeHint().height();
    if (const int rows = topLevelItemCount(); rows > 0) {
        const QRect first = visualItemRect(topLevelItem(0));
        const QRect last = visualItemRect(topLevelItem(rows - 1));
        height += last.bottom() - first.top() + 1;
    } else {
        height += fontMetrics().height();
    }
    setFixedHeight(height);
}

void FittedTreeWidget::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    // Wrapped rows change height with the width; measure once the new width is laid out.
    if (event->size().width() != event->oldSize().width())
        QTimer::singleShot(0, this, &FittedTreeWidget::fitToRows);
}

} // namespace mamori
