#include "CompanyProfileForm.h"

#include "ui_CompanyProfileForm.h"

#include <QEvent>
#include <QSignalBlocker>

namespace mamori {

CompanyProfileForm::CompanyProfileForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CompanyProfileForm>())
{
    m_ui->setupUi(this);
    fillMonths();
    setProfile(CompanyProfile{});
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->representativeLineEdit, m_ui->addressLineEdit,
                            m_ui->industryLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &CompanyProfileForm::edited);
    }
    connect(m_ui->employeeCountSpinBox, &QSpinBox::valueChanged, this, &CompanyProfileForm::edited);
    connect(m_ui->fiscalYearComboBox, &QComboBox::activated, this, &CompanyProfileForm::edited);
}

CompanyProfileForm::~CompanyProfileForm() = default;

void CompanyProfileForm::setProfile(const CompanyProfile &profile)
{
    const QSignalBlocker blocker(m_ui->employeeCountSpinBox);
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->representativeLineEdit->setText(profile.representative);
    m_ui->addressLineEdit->setText(profile.address);
    m_ui->employeeCountSpinBox->setValue(profile.employeeCount);
    m_ui->industryLineEdit->setText(profile.industry);
    m_ui->fiscalYearComboBox->setCurrentIndex(
        m_ui->fiscalYearComboBox->findData(profile.fiscalYearStartMonth));
}

CompanyProfile CompanyProfileForm::profile() const
{
    CompanyProfile profile;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.representative = m_ui->representativeLineEdit->text().trimmed();
    profile.address = m_ui->addressLineEdit->text().trimmed();
    profile.employeeCount = m_ui->employeeCountSpinBox->value();
    profile.industry = m_ui->industryLineEdit->text().trimmed();
    profile.fiscalYearStartMonth = m_ui->fiscalYearComboBox->currentData().toInt();
    return profile;
}

void CompanyProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillMonths();
    }
    QWidget::changeEvent(event);
}

void CompanyProfileForm::fillMonths()
{
    QComboBox *months = m_ui->fiscalYearComboBox;
    const int selected = months->currentData().toInt();
    const QSignalBlocker blocker(months);
    months->clear();
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        months->addItem(locale.standaloneMonthName(month), month);
    months->setCurrentIndex(months->findData(selected > 0 ? selected : 4));
}

} // namespace mamori
