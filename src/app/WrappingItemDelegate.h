#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace mamori {

// Word-wrapped rows of a tree view that are as tall as their text. QTreeView asks for a row's
// height with the whole section width, but paints the first column narrower (the indentation,
// the branch and a check box), so long text is cut off with "…". This delegate measures with the
// width the text really gets. Install it on a view with wordWrap on, and lay the items out again
// when a section is resized (relayoutOnResize).
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Installs the delegate on `view` and re-measures the rows whenever a column changes width.
    static void install(QTreeView *view);
};

} // namespace mamori
