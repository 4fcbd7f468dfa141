#pragma once

#include "InventoryDocument.h"
#include "PageFrame.h"

#include <memory>

class QPushButton;

namespace Ui {
class AssetsPage;
}

namespace mamori {

class AssetListWidget;
class AttentionMonitor;
class ReportsDocument;

// The inventory: devices and services, and information assets, with import and export. The
// state line says how many there are and what needs attention (AttentionMonitor's counts).
class AssetsPage : public PageFrame
{
    Q_OBJECT

public:
    AssetsPage(InventoryDocument &document, AttentionMonitor &attention, QWidget *parent = nullptr);
    ~AssetsPage() override;

    AssetListWidget *currentList() const;
    // The devices tab showing exactly the devices `filter` selects.
    void showDevices(const AssetFilter &filter);
    // Applies a bulk edit as one undoable command (the dialog's result, or a test's).
    void applyBulkEdit(const QList<Device> &before, const QList<Device> &after);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showState();
    void importFile();
    void exportFile();
    // The asset ledger of what both tabs show: their search text and filters.
    void printLedger();
    void addRecord();
    void editRecord(qint64 id);
    void editSelected();
    void bulkEditSelected();
    void deleteSelected();
    void updateButtons();
    // Every selected record, or nothing (and the error shown) when one cannot be read: an
    // action never applies to fewer records than were selected.
    std::optional<QList<AssetRecord>> selectedRecords(const QString &action);

    std::unique_ptr<Ui::AssetsPage> m_ui;
    InventoryDocument &m_document;
    AttentionMonitor &m_attention;
    AssetListWidget *m_devices;
    AssetListWidget *m_information;
    ReportsDocument *m_reports;
    QPushButton *m_printLedger; // beside the tabs: the ledger is of both
};

} // namespace mamori
