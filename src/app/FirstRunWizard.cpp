#include "FirstRunWizard.h"

#include "LanguageComboBox.h"
#include "SettingsDocument.h"

#include "ui_FirstRunWizard.h"

#include <QEvent>

namespace mamori {

FirstRunWizard::FirstRunWizard(SettingsDocument &settings, UiLanguage language, QWidget *parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::FirstRunWizard>()), m_settings(settings)
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnStartPage);
    fillLanguageComboBox(m_ui->languageComboBox, language);
    connect(m_ui->languageComboBox, &QComboBox::activated, this,
            [this] { emit languageChosen(selectedLanguage(m_ui->languageComboBox)); });
}

FirstRunWizard::~FirstRunWizard() = default;

bool FirstRunWizard::validateCurrentPage()
{
    if (currentPage() != m_ui->companyWizardPage)
        return QWizard::validateCurrentPage();
    const CompanyProfile profile = m_ui->companyProfileForm->profile();
    if (const QStringList problems = profile.validationErrors(); !problems.isEmpty()) {
        m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
        return false;
    }
    // A failure is shown by the main window, like every write that fails.
    return m_settings.saveCompanyProfile(profile);
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->problemLabel->clear();
    }
    QWizard::changeEvent(event);
}

} // namespace mamori
