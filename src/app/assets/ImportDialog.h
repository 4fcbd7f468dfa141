#pragma once

#include "inventory/AssetImporter.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class ImportDialog;
}

namespace mamori {

class InventoryDocument;

// Choose a file → preview with the detected encoding and an editable column mapping (savable
// as a preset) → check every row → import all or nothing, with progress and Cancel.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(InventoryDocument &document, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Loads a file as if chosen with the Choose… button: reads it on a worker thread, with
    // progress and Cancel in this dialog, and returns once it is read (true) or failed.
    bool openFile(const QString &path);
    bool isReading() const { return m_reading; }
    // Checks every row (on worker threads, with progress and Cancel once it takes a moment) and
    // lists the problems; true when there are none.
    bool checkRows();
    // Imports when the rows are valid, checking them first unless the last check still holds;
    // true when the import was written.
    bool runImport();

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void loadTable();
    // Reads m_path into m_table (and the sheet names, for a workbook) off the GUI thread; the
    // event loop keeps running meanwhile, so the window repaints and Cancel works.
    void readFile(bool listSheets);
    void setReading(bool reading);
    void showReadingProgress(int percent);
    void fillChoices();
    void fillPreview();
    void mappingEdited();
    void applyPreset();
    void savePreset();
    AssetKind currentKind() const;
    QStringList currentMapping() const;
    void showProblems(const QList<ImportProblem> &problems);
    // The rows parsed off the GUI thread with the current kind and mapping; nothing when the
    // parse was cancelled or failed (the dialog then says so).
    std::optional<ParsedImport> parseTable();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    InventoryDocument &m_document;
    QString m_path;
    std::optional<Table> m_table;
    std::optional<AssetKind> m_detectedKind;
    QStringList m_mapping;
    QList<QComboBox *> m_mappingBoxes;
    std::optional<ParsedImport> m_checkedRows; // the last check's rows, when all were valid
    bool m_isWorkbook = false;
    bool m_reading = false;
    std::atomic_bool m_cancelReading{false};
};

} // namespace mamori
