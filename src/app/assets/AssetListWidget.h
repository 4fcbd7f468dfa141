#pragma once

#include "inventory/AssetFields.h"

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
};

} // namespace mamori
