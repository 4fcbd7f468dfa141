#pragma once

#include "Language.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace mamori {

class DatabaseSession;

// The company profile editor and the display language.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(DatabaseSession &session, UiLanguage language, QWidget *parent = nullptr);
    ~SettingsPage() override;

    bool hasUnsavedChanges() const { return m_dirty; }
    bool saveProfile();
    // Shows the language in use after it was changed elsewhere (the first-run wizard).
    void showLanguage(UiLanguage language);

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
    DatabaseSession &m_session;
    bool m_dirty = false;
};

} // namespace mamori
