#pragma once

#include <QTreeWidget>

namespace mamori {

// A short list that is always as tall as its rows, word-wrapped, so a page that scrolls as a
// whole never holds a second scrolling area. For lists kept short on purpose (ten actions,
// the next reminders), never for a table that can grow with the data.
class FittedTreeWidget : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FittedTreeWidget(QWidget *parent = nullptr);

    // Sets the height to the rows' (after the items or the width changed).
    void fitToRows();

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace mamori
