#pragma once

#include <QList>
#include <QStyledItemDelegate>

class QTableView;
class QTreeView;

namespace mamori {

// Word-wrapped rows of a tree or table view that are as tall as their text. QTreeView asks for a
// row's height with the whole section width, but paints the first column narrower (the
// indentation, the branch and a check box), so long text is cut off with "…"; a table's rows keep
// their height when a column narrows. This delegate measures with the width the text really
// gets, and install() lays the rows out again whenever a column changes width.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Installs the delegate on `view` and re-measures the rows whenever a column changes width.
    static void install(QTreeView *view);
    // The same for a table, whose rows then follow their contents and whose columns fill its
    // width: the short columns are as wide as their contents, the `wrapped` ones (the long text)
    // share the rest, each given what it needs while there is room, and wrap.
    static void install(QTableView *view, const QList<int> &wrapped);
};

} // namespace mamori
