#pragma once

#include "Language.h"
#include "PageFrame.h"

#include <memory>
#include <optional>

namespace Ui {
class SettingsPage;
}

namespace mamori {

class SettingsDocument;
struct CompanyProfile;

// The company profile editor, the display language and the reminder intervals: a page of forms,
// so the frame scrolls it.
class SettingsPage : public PageFrame, public PageWithUnsavedEdits
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
    void showState(const std::optional<CompanyProfile> &profile);
    void setDirty(bool dirty);
    void reloadIntervals();
    void fitIntervalWidths();
    void saveIntervals();
    void showTrayOptions();
    void chooseStartAtLogin(bool start);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    SettingsDocument &m_settings;
    bool m_dirty = false;
};

} // namespace mamori
