#pragma once

#include "Language.h"

#include <QWizard>

#include <memory>

namespace Ui {
class FirstRunWizard;
}

namespace mamori {

class SettingsDocument;

// Asks a new user for the display language and the company profile, and saves the profile.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    FirstRunWizard(SettingsDocument &settings, UiLanguage language, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    bool validateCurrentPage() override;

signals:
    // Emitted as soon as the user picks a language, so the wizard itself switches.
    void languageChosen(mamori::UiLanguage language);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::FirstRunWizard> m_ui;
    SettingsDocument &m_settings;
};

} // namespace mamori
