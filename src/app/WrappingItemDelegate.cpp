#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

#include <functional>

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

// Runs `relayout` once per turn of the event loop after sections of `header` moved, however many.
void relayoutWhenResized(QHeaderView *header, QAbstractItemView *view,
                         const std::function<void()> &relayout)
{
    QObject::connect(header, &QHeaderView::sectionResized, view, [view, relayout] {
        if (view->property("mamoriRelayoutPending").toBool())
            return;
        view->setProperty("mamoriRelayoutPending", true);
        QTimer::singleShot(0, view, [view, relayout] {
            view->setProperty("mamoriRelayoutPending", false);
            relayout();
        });
    });
}

} // namespace

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QSize natural = QStyledItemDelegate::sizeHint(option, index);
    const auto *tree = qobject_cast<const QTreeView *>(option.widget);
    const auto *table = qobject_cast<const QTableView *>(option.widget);
    const QHeaderView *header = tree ? tree->header() : table ? table->horizontalHeader() : nullptr;
    // A column sized to its contents keeps its natural width: it is never wrapped.
    if (!header || header->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
        return natural;
    QStyleOptionViewItem measured(option);
    initStyleOption(&measured, index);
    int width = header->sectionSize(index.column());
    if (tree && header->visualIndex(index.column()) == 0) {
        int depth = tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * tree->indentation();
    }
    if (table && table->showGrid())
        width -= 1; // the grid line is painted inside the cell
    const QWidget *view = option.widget;
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
    relayoutWhenResized(view->header(), view, [view] { view->doItemsLayout(); });
}

void WrappingItemDelegate::install(QTableView *view, const QList<int> &stretched)
{
    view->setItemDelegate(new WrappingItemDelegate(view));
    view->setWordWrap(true);
    QHeaderView *columns = view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : stretched)
        columns->setSectionResizeMode(column, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The rows' heights depend on the new widths: the vertical header measures them again.
    relayoutWhenResized(columns, view, [view] {
        view->verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
    });
}

} // namespace mamori
