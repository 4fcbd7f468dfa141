#pragma once

#include "inventory/AssetImporter.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class ImportDialog;
}

namespace mamori {

class DatabaseSession;

// Choose a file → preview with the detected encoding and an editable column mapping (savable
// as a preset) → check every row → import all or nothing, with progress and Cancel.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(DatabaseSession &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Loads a file as if chosen with the Choose… button.
    bool openFile(const QString &path);
    // Checks every row and lists the problems; true when there are none.
    bool checkRows();
    // Imports when the rows are valid; true when the import was written.
    bool runImport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void loadTable();
    void fillChoices();
    void fillPreview();
    void mappingEdited();
    void applyPreset();
    void savePreset();
    AssetKind currentKind() const;
    QStringList currentMapping() const;
    void showProblems(const QList<ImportProblem> &problems);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    DatabaseSession &m_session;
    QString m_path;
    std::optional<Table> m_table;
    std::optional<AssetKind> m_detectedKind;
    QStringList m_mapping;
    QList<QComboBox *> m_mappingBoxes;
    bool m_checked = false;
};

} // namespace mamori
