#pragma once

#include "Language.h"
#include "Page.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace mamori {

class SettingsDocument;

// The company profile editor and the display language.
class SettingsPage : public QWidget, public PageWithUnsavedEdits
{
    Q_OBJECT

public:
    SettingsPage(SettingsDocument &settings, UiLanguage language, QWidget *parent = nullptr);
    ~SettingsPage() override;

    bool hasUnsavedChanges() const { return m_dirty; }
    bool saveProfile();
    bool confirmDiscard() override;

signals:
    void languageChosen(mamori::UiLanguage language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadProfile();
    void setDirty(bool dirty);
    void reloadIntervals();
    void fitIntervalWidths();
    void saveIntervals();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    SettingsDocument &m_settings;
    bool m_dirty = false;
};

} // namespace mamori
