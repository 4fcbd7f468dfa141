#pragma once

#include "action/Declaration.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DeclarationDialog;
}

namespace mamori {

// Adds or edits the record of one SECURITY ACTION declaration. The self-declaration ID is
// free text: IPA has changed its format, so nothing about it is checked.
class DeclarationDialog : public QDialog
{
    Q_OBJECT

public:
    // A declaration with id 0 is new.
    explicit DeclarationDialog(const Declaration &declaration, QWidget *parent = nullptr);
    ~DeclarationDialog() override;

    Declaration declaration() const; // as edited
    void accept() override;

private:
    std::unique_ptr<Ui::DeclarationDialog> m_ui;
    Declaration m_original;
};

} // namespace mamori
