#include "WrappingItemDelegate.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <utility>

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

const char *const wrappedColumnsProperty = "mamoriWrappedColumns";

// A column's width with its text on one line, header included.
int naturalWidth(const QTableView *view, int column)
{
    const auto *asView = static_cast<const QAbstractItemView *>(view);
    return qMax(asView->sizeHintForColumn(column),
                view->horizontalHeader()->sectionSizeHint(column));
}

// A table's columns across its width: the short ones as wide as their contents; the wrapped
// ones share the rest, where one that needs less than an equal share keeps what it needs and
// leaves the others more. When everything fits on one line, the room left is spread in
// proportion, so the table has no empty strip at its right.
void fitColumns(QTableView *view)
{
    const QList<int> wrapped = view->property(wrappedColumnsProperty).value<QList<int>>();
    QHeaderView *header = view->horizontalHeader();
    int left = view->viewport()->width();
    QList<int> columns;
    QList<int> needs;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int need = naturalWidth(view, column);
        if (wrapped.contains(column)) {
            columns << column;
            needs << need;
        } else {
            header->resizeSection(column, need);
            left -= need;
        }
    }
    if (columns.isEmpty())
        return;
    left = qMax(left, 0);
    QList<int> widths(columns.size(), -1);
    int open = int(columns.size());
    for (bool settledOne = true; settledOne && open > 0;) {
        settledOne = false;
        const int share = left / open;
        for (int i = 0; i < columns.size(); ++i) {
            if (widths[i] < 0 && needs[i] <= share) {
                widths[i] = needs[i];
                left -= needs[i];
                --open;
                settledOne = true;
            }
        }
    }
    if (open > 0) {
        for (int &width : widths) {
            if (width < 0)
                width = left / open;
        }
    } else {
        int needed = 0;
        for (const int need : std::as_const(needs))
            needed += need;
        for (int i = 0; i < columns.size(); ++i)
            widths[i] += int(qint64(left) * needs[i] / qMax(needed, 1));
    }
    for (int i = 0; i < columns.size(); ++i) // a header's label is never cut
        header->resizeSection(columns[i], qMax(widths[i], header->sectionSizeHint(columns[i])));
}

// Fits a table's columns again when its width or its contents change, once per turn of the
// event loop.
class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableView *view) : QObject(view), m_view(view)
    {
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::fitLater);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fitLater();
        return QObject::eventFilter(watched, event);
    }

private:
    void fitLater()
    {
        if (std::exchange(m_pending, true))
            return;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            fitColumns(m_view);
        });
    }

    QTableView *m_view;
    bool m_pending = false;
};

} // namespace

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QSize natural = QStyledItemDelegate::sizeHint(option, index);
    const auto *tree = qobject_cast<const QTreeView *>(option.widget);
    const auto *table = qobject_cast<const QTableView *>(option.widget);
    const QHeaderView *header = tree ? tree->header() : table ? table->horizontalHeader() : nullptr;
    // A column sized to its contents keeps its natural width: it is never wrapped.
    const bool wraps =
        table
            ? table->property(wrappedColumnsProperty).value<QList<int>>().contains(index.column())
            : header && header->sectionResizeMode(index.column()) != QHeaderView::ResizeToContents;
    if (!wraps)
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

void WrappingItemDelegate::install(QTableView *view, const QList<int> &wrapped)
{
    view->setItemDelegate(new WrappingItemDelegate(view));
    view->setWordWrap(true);
    view->setProperty(wrappedColumnsProperty, QVariant::fromValue(wrapped));
    QHeaderView *columns = view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    new ColumnFitter(view);
    // The rows' heights depend on the new widths: the vertical header measures them again.
    relayoutWhenResized(columns, view, [view] {
        view->verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
    });
}

} // namespace mamori
