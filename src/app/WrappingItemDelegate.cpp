#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

namespace mamori {

namespace {

// The height of `text` laid out as the item views' style lays it out: wrapped at word
// boundaries, or anywhere when a word (or a run of Japanese) is longer than the line.
qreal wrappedHeight(const QString &text, const QFont &font, qreal width)
{
    qreal height = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
    }
    return height;
}

} // namespace

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QSize natural = QStyledItemDelegate::sizeHint(option, index);
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    // A column sized to its contents keeps its natural width: it is never wrapped.
    if (!view || view->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
        return natural;
    QStyleOptionViewItem measured(option);
    initStyleOption(&measured, index);
    int width = view->header()->sectionSize(index.column());
    if (view->header()->visualIndex(index.column()) == 0) {
        int depth = view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * view->indentation();
    }
    const QStyle *style = view->style() ? view->style() : QApplication::style();
    measured.rect = QRect(0, 0, qMax(width, 1), natural.height());
    // Where the style paints the text, check box and icon already taken off.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &measured, view);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &measured, view) + 1;
    const qreal textWidth = qMax(textRect.width() - 2 * margin, 1);
    const int height = qCeil(wrappedHeight(measured.text, measured.font, textWidth)) + 2 * margin;
    return {natural.width(), qMax(natural.height(), height)};
}

void WrappingItemDelegate::install(QTreeView *view)
{
    view->setItemDelegate(new WrappingItemDelegate(view));
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    QObject::connect(view->header(), &QHeaderView::sectionResized, view, [view] {
        // Once per turn of the event loop, however many sections moved.
        if (view->property("mamoriRelayoutPending").toBool())
            return;
        view->setProperty("mamoriRelayoutPending", true);
        QTimer::singleShot(0, view, [view] {
            view->setProperty("mamoriRelayoutPending", false);
            view->doItemsLayout();
        });
    });
}

} // namespace mamori
