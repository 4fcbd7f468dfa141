#pragma once

#include "InventoryDocument.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class AssetEditorDialog;
}

namespace mamori {

// Adds or edits one device or information asset: every field with validation (dates in any
// form the importer accepts, a unique asset number), the records it is linked to and its
// history. Saving goes through the document as one undoable command.
class AssetEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // A record with id 0 is new.
    AssetEditorDialog(InventoryDocument &document, const AssetRecord &record,
                      QWidget *parent = nullptr);
    ~AssetEditorDialog() override;

    // The editor widget of a canonical field (a QLineEdit or a QComboBox), for tests.
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    void accept() override;
    // Links the record to the one named in the link box (an asset number, or "area / name").
    bool linkTo(const QString &text);
    void unlinkSelected();

private:
    void buildEditors();
    void fillLinksAndHistory();
    void fillLinks();
    qint64 recordId() const;
    QString editorText(const QString &field) const;
    // The record as edited, or the problems that stop it from being saved.
    std::optional<AssetRecord> editedRecord(QStringList &problems) const;

    std::unique_ptr<Ui::AssetEditorDialog> m_ui;
    InventoryDocument &m_document;
    AssetRecord m_original;
    AssetKind m_kind;
    QHash<QString, QWidget *> m_editors;
};

} // namespace mamori
