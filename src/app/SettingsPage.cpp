#include "SettingsPage.h"

#include "DatabaseSession.h"
#include "Dialogs.h"
#include "LanguageComboBox.h"
#include "Page.h"
#include "storage/ActionRepository.h"

#include "ui_SettingsPage.h"

#include <QEvent>
#include <QSignalBlocker>

namespace mamori {

SettingsPage::SettingsPage(DatabaseSession &session, UiLanguage language, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_session(session)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->titleLabel);
    m_ui->titleLabel->setText(pageTitle(Page::Settings));
    fillLanguageComboBox(m_ui->languageComboBox, language);

    connect(m_ui->companyProfileForm, &CompanyProfileForm::edited, this,
            [this] { setDirty(true); });
    connect(m_ui->saveProfilePushButton, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    connect(m_ui->revertProfilePushButton, &QPushButton::clicked, this,
            &SettingsPage::reloadProfile);
    connect(m_ui->languageComboBox, &QComboBox::activated, this,
            [this] { emit languageChosen(selectedLanguage(m_ui->languageComboBox)); });
    connect(&m_session, &DatabaseSession::databaseChanged, this, &SettingsPage::reloadProfile);
    for (QSpinBox *interval : {m_ui->diagnosisIntervalSpinBox, m_ui->policyIntervalSpinBox})
        connect(interval, &QSpinBox::valueChanged, this, &SettingsPage::saveIntervals);
    connect(&m_session, &DatabaseSession::companyProfileChanged, this,
            &SettingsPage::reloadProfile);
    fitIntervalWidths();
    reloadProfile();
}

SettingsPage::~SettingsPage() = default;

bool SettingsPage::saveProfile()
{
    const Status saved = m_session.saveCompanyProfile(m_ui->companyProfileForm->profile());
    if (!saved) {
        Dialogs::showError(this, tr("Company profile not saved"), saved.error());
        return false;
    }
    setDirty(false);
    m_ui->profileStatusLabel->setText(tr("Saved."));
    return true;
}

void SettingsPage::showLanguage(UiLanguage language)
{
    fillLanguageComboBox(m_ui->languageComboBox, language);
}

void SettingsPage::reloadProfile()
{
    const auto profile = m_session.companyProfile();
    if (!profile) {
        Dialogs::showError(this, tr("Company profile not loaded"), profile.error());
        return;
    }
    m_ui->companyProfileForm->setProfile(profile->value_or(CompanyProfile{}));
    m_ui->companyGroupBox->setEnabled(m_session.isOpen());
    reloadIntervals();
    setDirty(false);
    m_ui->profileStatusLabel->clear();
}

// Spin boxes size themselves for the suffix they were created with ("months"); the Japanese
// one is longer.
void SettingsPage::fitIntervalWidths()
{
    for (QSpinBox *interval : {m_ui->diagnosisIntervalSpinBox, m_ui->policyIntervalSpinBox}) {
        interval->setMinimumWidth(
            interval->fontMetrics().horizontalAdvance(QStringLiteral("60") + interval->suffix()) +
            48);
    }
}

void SettingsPage::reloadIntervals()
{
    Database *database = m_session.database();
    m_ui->remindersGroupBox->setEnabled(database != nullptr);
    if (!database)
        return;
    auto intervals = ActionSettingsRepository(*database).intervals();
    if (!intervals) {
        Dialogs::showError(this, tr("Reminder intervals"), intervals.error());
        return;
    }
    const QSignalBlocker diagnosisBlocker(m_ui->diagnosisIntervalSpinBox);
    const QSignalBlocker policyBlocker(m_ui->policyIntervalSpinBox);
    m_ui->diagnosisIntervalSpinBox->setValue(intervals->diagnosisMonths);
    m_ui->policyIntervalSpinBox->setValue(intervals->policyReviewMonths);
}

// Saved as soon as a value is confirmed: two numbers need no Save button of their own.
void SettingsPage::saveIntervals()
{
    Database *database = m_session.database();
    if (!database)
        return;
    ActionIntervals intervals;
    intervals.diagnosisMonths = m_ui->diagnosisIntervalSpinBox->value();
    intervals.policyReviewMonths = m_ui->policyIntervalSpinBox->value();
    auto saved = ActionSettingsRepository(*database).intervals();
    if (saved && saved->diagnosisMonths == intervals.diagnosisMonths &&
        saved->policyReviewMonths == intervals.policyReviewMonths) {
        return;
    }
    if (Status done = ActionSettingsRepository(*database).saveIntervals(intervals); !done)
        Dialogs::showError(this, tr("Reminder intervals"), done.error());
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
        m_ui->retranslateUi(this);
        m_ui->titleLabel->setText(pageTitle(Page::Settings));
        fitIntervalWidths();
        m_ui->profileStatusLabel->setText(m_dirty ? tr("Unsaved changes.") : QString());
    }
    QWidget::changeEvent(event);
}

} // namespace mamori
