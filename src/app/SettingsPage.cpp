#include "SettingsPage.h"

#include "DatabaseSession.h"
#include "Dialogs.h"
#include "LanguageComboBox.h"
#include "Page.h"
#include "SettingsDocument.h"
#include "TrayOptions.h"

#include "ui_SettingsPage.h"

#include <QCheckBox>
#include <QEvent>
#include <QSignalBlocker>

namespace mamori {

SettingsPage::SettingsPage(SettingsDocument &settings, UiLanguage language, QWidget *parent)
    : PageFrame(Page::Settings, Scrolling::FrameScrolls, parent),
      m_ui(std::make_unique<Ui::SettingsPage>()), m_settings(settings)
{
    m_ui->setupUi(content());
    fillLanguageComboBox(m_ui->languageComboBox, language);

    connect(m_ui->companyProfileForm, &CompanyProfileForm::edited, this,
            [this] { setDirty(true); });
    connect(m_ui->saveProfilePushButton, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    connect(m_ui->revertProfilePushButton, &QPushButton::clicked, this,
            &SettingsPage::reloadProfile);
    connect(m_ui->languageComboBox, &QComboBox::activated, this,
            [this] { emit languageChosen(selectedLanguage(m_ui->languageComboBox)); });
    for (QSpinBox *interval : {m_ui->diagnosisIntervalSpinBox, m_ui->policyIntervalSpinBox,
                               m_ui->exerciseIntervalSpinBox})
        connect(interval, &QSpinBox::valueChanged, this, &SettingsPage::saveIntervals);
    connect(&m_settings, &SettingsDocument::companyProfileChanged, this,
            &SettingsPage::reloadProfile);
    connect(&m_settings, &SettingsDocument::reminderIntervalsChanged, this,
            &SettingsPage::reloadIntervals);
    connect(m_ui->keepInTrayCheckBox, &QCheckBox::toggled, this,
            [](bool keep) { TrayOptions::setKeepRunningInTray(keep); });
    connect(m_ui->startAtLoginCheckBox, &QCheckBox::clicked, this,
            &SettingsPage::chooseStartAtLogin);
    fitIntervalWidths();
    reloadProfile();
    showTrayOptions();
}

void SettingsPage::showTrayOptions()
{
    const QSignalBlocker keep(m_ui->keepInTrayCheckBox);
    const QSignalBlocker login(m_ui->startAtLoginCheckBox);
    m_ui->keepInTrayCheckBox->setChecked(TrayOptions::keepRunningInTray());
    m_ui->startAtLoginCheckBox->setChecked(TrayOptions::startsAtLogin());
#ifdef Q_OS_WIN
    m_ui->startAtLoginNoteLabel->setText(
        tr("Mamori adds itself to your Windows sign-in programs (the Run key of your user)."));
#else
    m_ui->startAtLoginNoteLabel->setText(
        tr("Mamori writes %1 when you turn this on and removes it when you turn it off.")
            .arg(TrayOptions::autostartFilePath()));
#endif
}

// The autostart entry is written only now, when the user asks for it.
void SettingsPage::chooseStartAtLogin(bool start)
{
    if (Status saved = TrayOptions::setStartAtLogin(start); !saved)
        Dialogs::showError(this, tr("Start at login"), saved.error());
    showTrayOptions();
}

SettingsPage::~SettingsPage() = default;

bool SettingsPage::saveProfile()
{
    // Refused or failed saves are shown by the main window, as every failed change is.
    if (!m_settings.saveCompanyProfile(m_ui->companyProfileForm->profile()))
        return false;
    setDirty(false);
    m_ui->profileStatusLabel->setText(tr("Saved."));
    return true;
}

bool SettingsPage::confirmDiscard()
{
    return !m_dirty ||
           Dialogs::confirm(this, tr("Unsaved changes"),
                            tr("The company profile has changes that are not saved. Discard "
                               "them?"),
                            tr("Discard"));
}

void SettingsPage::reloadProfile()
{
    const auto profile = m_settings.companyProfile();
    if (!profile) {
        // The form stays disabled: saving over a profile that could not be read would lose it.
        m_ui->companyGroupBox->setEnabled(false);
        m_ui->profileStatusLabel->setText(
            tr("The company profile cannot be read: %1").arg(profile.error().fullText()));
        Dialogs::showError(this, tr("Company profile not loaded"), profile.error());
        setState(tr("The company profile cannot be read."));
        return;
    }
    showState(*profile);
    m_ui->companyProfileForm->setProfile(profile->value_or(CompanyProfile{}));
    m_ui->companyGroupBox->setEnabled(m_settings.isOpen());
    reloadIntervals();
    setDirty(false);
    m_ui->profileStatusLabel->clear();
}

void SettingsPage::showState(const std::optional<CompanyProfile> &profile)
{
    if (!m_settings.isOpen())
        setState(tr("No database open."));
    else if (!profile || profile->name.isEmpty())
        setState(tr("No company profile yet: fill in your company below."));
    else
        setState(tr("Settings for %1.").arg(profile->name));
}

// Spin boxes size themselves for the suffix they were created with ("months"); the Japanese
// one is longer.
void SettingsPage::fitIntervalWidths()
{
    for (QSpinBox *interval : {m_ui->diagnosisIntervalSpinBox, m_ui->policyIntervalSpinBox,
                               m_ui->exerciseIntervalSpinBox}) {
        interval->setMinimumWidth(
            interval->fontMetrics().horizontalAdvance(QStringLiteral("60") + interval->suffix()) +
            48);
    }
}

void SettingsPage::reloadIntervals()
{
    m_ui->remindersGroupBox->setEnabled(m_settings.isOpen());
    if (!m_settings.isOpen())
        return;
    auto intervals = m_settings.reminderIntervals();
    if (!intervals) {
        m_ui->remindersGroupBox->setEnabled(false);
        Dialogs::showError(this, tr("Reminder intervals"), intervals.error());
        return;
    }
    const QSignalBlocker diagnosisBlocker(m_ui->diagnosisIntervalSpinBox);
    const QSignalBlocker policyBlocker(m_ui->policyIntervalSpinBox);
    const QSignalBlocker exerciseBlocker(m_ui->exerciseIntervalSpinBox);
    m_ui->diagnosisIntervalSpinBox->setValue(intervals->diagnosisMonths);
    m_ui->policyIntervalSpinBox->setValue(intervals->policyReviewMonths);
    m_ui->exerciseIntervalSpinBox->setValue(intervals->exerciseMonths);
}

// Saved as soon as a value is confirmed: two numbers need no Save button of their own.
void SettingsPage::saveIntervals()
{
    ActionIntervals intervals;
    intervals.diagnosisMonths = m_ui->diagnosisIntervalSpinBox->value();
    intervals.policyReviewMonths = m_ui->policyIntervalSpinBox->value();
    intervals.exerciseMonths = m_ui->exerciseIntervalSpinBox->value();
    m_settings.saveReminderIntervals(intervals);
}

void SettingsPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_ui->saveProfilePushButton->setEnabled(dirty);
    m_ui->revertProfilePushButton->setEnabled(dirty);
    if (dirty)
        m_ui->profileStatusLabel->setText(tr("Unsaved changes."));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(content());
        // The language may have been chosen elsewhere (the first-run wizard).
        fillLanguageComboBox(m_ui->languageComboBox, currentUiLanguage());
        fitIntervalWidths();
        showTrayOptions(); // the login note is set in code, not by the form
        m_ui->profileStatusLabel->setText(m_dirty ? tr("Unsaved changes.") : QString());
        const auto profile = m_settings.companyProfile();
        if (profile)
            showState(*profile);
    }
    PageFrame::changeEvent(event);
}

} // namespace mamori
