#pragma once

#include "Language.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UserGuideDialog;
}

namespace mamori {

// Shows the user guide bundled in the resources, in the display language.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    UserGuideDialog(UiLanguage language, QWidget *parent = nullptr);
    ~UserGuideDialog() override;

private:
    std::unique_ptr<Ui::UserGuideDialog> m_ui;
};

} // namespace mamori
