#pragma once

#include "inventory/AssetFields.h"
#include "inventory/AssetFilter.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class AssetListWidget;
}

namespace mamori {

class AssetTableModel;
class InventoryDocument;

// The table of one kind of asset with its filters, column chooser, row count and the legend of
// its marks; while there are no records, a sentence and the buttons that start the list.
class AssetListWidget : public QWidget
{
    Q_OBJECT

public:
    AssetListWidget(InventoryDocument &document, AssetKind kind, QWidget *parent = nullptr);
    ~AssetListWidget() override;

    AssetTableModel *model() const { return m_model; }
    AssetKind kind() const;
    QList<qint64> selectedIds() const;
    // Shows exactly the devices `filter` selects (the records behind a dashboard figure). The
    // filters show what they can; several checks or an operating system show as one extra
    // choice of the mark filter, dropped once another mark is chosen.
    void showFilter(const AssetFilter &filter);

signals:
    // A row was double-clicked or Enter was pressed on it.
    void rowActivated(qint64 id);
    void selectionChanged();
    // The empty list's buttons: start the list with an import, or with one record.
    void importRequested();
    void addRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillFilterChoices();
    void applyFilter();
    // The extra mark choice for showFilter()'s checks and operating system, if there is one.
    void addLinkedChoice();
    void updateCount();
    // While the list has no records at all, what it is for and how to start it.
    void showEmptyStateIfEmpty();
    void fillLegend();
    void retranslate();
    void showColumnMenu(const QPoint &position);
    void restoreColumns();
    void saveColumns() const;
    QString settingsKey() const;

    std::unique_ptr<Ui::AssetListWidget> m_ui;
    InventoryDocument &m_document;
    QString m_departmentsError; // why the department filter is incomplete
    AssetTableModel *m_model;
    QTimer m_filterDelay;
    AssetFilter m_linked; // showFilter()'s checks and OS while its choice is in the list
    bool m_hasLinked = false;
};

} // namespace mamori
