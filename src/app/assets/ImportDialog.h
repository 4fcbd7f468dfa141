#pragma once

#include "inventory/AssetImporter.h"
#include "inventory/ImportPreset.h"

#include <QDialog>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class ImportDialog;
}

namespace mamori {

class InventoryDocument;

// Choose a file (encoding, delimiter, header row and sheet detected or chosen) → preview with an
// editable column mapping → check every row: the Values step lists the values of enumerated
// columns that the built-in words do not name, each with a drop-down of what it means; errors
// and warnings are listed grouped → import all or nothing, with progress and Cancel. The mapping,
// the value choices and the date order can be saved as a preset.
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
    ImportFileOptions readingOptions() const;
    QString fileFacts() const;
    // The last check no longer holds (the mapping, the date order or a value choice changed).
    void forgetCheck();
    void clearCheck();
    // The check's errors and warnings, one line per kind and column.
    void showProblems(const QList<ImportProblem> &problems,
                      const QList<ImportProblem> &warnings = {});
    void fillValues();
    void valueChosen(int row);
    void updateStepTitles();
    // The line under the steps, kept as a function so that it follows a language change.
    void setSummary(std::function<QString()> summary);
    // The value choices shown in the Values step together with the chosen map: what a preset keeps.
    ValueMap chosenValues() const;
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
    std::function<QString()> m_summary;
    std::optional<ImportPreset> m_preset; // the chosen preset, for the mapping of a new read
    ImportOptions m_options;              // date order and the firm's words for values
    QList<ImportedValue> m_values;        // the last check's mapped, guessed, unknown values
    bool m_checked = false;               // m_values and the problems are from a check
    int m_problemCount = 0;
    int m_warningCount = 0;
    // Values (field and text) the Values step has listed: Import stops after a check that finds
    // a guessed or unknown value not listed before, so no guess is applied unseen.
    QSet<QString> m_listedValues;
    bool m_unlistedValues = false; // the last check found such a value
    AssetKind m_valuesKind = AssetKind::Devices;
    bool m_isWorkbook = false;
    bool m_reading = false;
    std::atomic_bool m_cancelReading{false};
};

} // namespace mamori
