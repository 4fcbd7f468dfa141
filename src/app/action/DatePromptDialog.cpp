#include "DatePromptDialog.h"

#include "ui_DatePromptDialog.h"

#include <QLocale>

namespace mamori {

DatePromptDialog::DatePromptDialog(const QString &title, const QString &prompt, const QDate &date,
                                   QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DatePromptDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    m_ui->dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->dateEdit->setDate(date);
    m_ui->textLabel->hide();
    m_ui->textLineEdit->hide();
    m_ui->noteLabel->hide();
    m_ui->problemLabel->hide();
    QPalette warning = m_ui->problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_ui->problemLabel->setPalette(warning);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DatePromptDialog::accept);
}

DatePromptDialog::~DatePromptDialog() = default;

void DatePromptDialog::setMaximumDate(const QDate &date)
{
    m_ui->dateEdit->setMaximumDate(date);
}

void DatePromptDialog::showTextField(const QString &label, const QString &placeholder,
                                     const QString &text)
{
    m_ui->textLabel->setText(label);
    m_ui->textLineEdit->setPlaceholderText(placeholder);
    m_ui->textLineEdit->setText(text);
    m_ui->textLabel->show();
    m_ui->textLineEdit->show();
}

void DatePromptDialog::setNote(const QString &note)
{
    m_ui->noteLabel->setText(note);
    m_ui->noteLabel->setVisible(!note.isEmpty());
}

QDate DatePromptDialog::date() const
{
    return m_ui->dateEdit->date();
}

QString DatePromptDialog::text() const
{
    return m_ui->textLineEdit->text().trimmed();
}

void DatePromptDialog::accept()
{
    const QString problem = m_check ? m_check(date(), text()) : QString();
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace mamori
