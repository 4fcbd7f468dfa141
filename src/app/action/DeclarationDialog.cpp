#include "DeclarationDialog.h"

#include "Clock.h"
#include "ui_DeclarationDialog.h"

#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace mamori {

DeclarationDialog::DeclarationDialog(const Declaration &declaration, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DeclarationDialog>()), m_original(declaration)
{
    m_ui->setupUi(this);
    setWindowTitle(declaration.id == 0 ? tr("New Declaration") : tr("Edit Declaration"));
    m_ui->levelComboBox->addItem(Declaration::levelLabel(1), 1);
    m_ui->levelComboBox->addItem(Declaration::levelLabel(2), 2);
    m_ui->levelComboBox->setCurrentIndex(declaration.level >= 2 ? 1 : 0);
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    const QDate today = Clock::today();
    m_ui->declaredDateEdit->setDisplayFormat(dateFormat);
    // No declarations in the future; one recorded elsewhere (the CLI) keeps its date.
    m_ui->declaredDateEdit->setMaximumDate(std::max(today, declaration.declaredOn));
    m_ui->declaredDateEdit->setDate(declaration.declaredOn.isValid() ? declaration.declaredOn
                                                                     : today);
    m_ui->declarationIdLineEdit->setText(declaration.declarationId);
    m_ui->gbizLineEdit->setText(declaration.gbizAccount);
    m_ui->logoLineEdit->setText(declaration.logoShownAt);
    m_ui->withdrawnDateEdit->setDisplayFormat(dateFormat);
    m_ui->withdrawnDateEdit->setMaximumDate(std::max(today, declaration.withdrawnOn));
    m_ui->withdrawnCheckBox->setChecked(declaration.withdrawnOn.isValid());
    m_ui->withdrawnDateEdit->setDate(declaration.withdrawnOn.isValid() ? declaration.withdrawnOn
                                                                       : today);
    m_ui->withdrawnDateEdit->setEnabled(declaration.withdrawnOn.isValid());
    // A new declaration is in force; withdrawing one is done with Withdraw… or here later.
    m_ui->withdrawnLabel->setVisible(declaration.id != 0);
    m_ui->withdrawnCheckBox->setVisible(declaration.id != 0);
    m_ui->withdrawnDateEdit->setVisible(declaration.id != 0);
    m_ui->notesPlainTextEdit->setPlainText(declaration.notes);
    m_ui->problemLabel->hide();
    QPalette warning = m_ui->problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_ui->problemLabel->setPalette(warning);
    connect(m_ui->withdrawnCheckBox, &QCheckBox::toggled, m_ui->withdrawnDateEdit,
            &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DeclarationDialog::accept);
}

DeclarationDialog::~DeclarationDialog() = default;

Declaration DeclarationDialog::declaration() const
{
    Declaration edited = m_original;
    edited.level = m_ui->levelComboBox->currentData().toInt();
    edited.declaredOn = m_ui->declaredDateEdit->date();
    edited.declarationId = m_ui->declarationIdLineEdit->text().trimmed();
    edited.gbizAccount = m_ui->gbizLineEdit->text().trimmed();
    edited.logoShownAt = m_ui->logoLineEdit->text().trimmed();
    edited.withdrawnOn =
        m_ui->withdrawnCheckBox->isChecked() ? m_ui->withdrawnDateEdit->date() : QDate();
    edited.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    return edited;
}

void DeclarationDialog::accept()
{
    const Declaration edited = declaration();
    QString problem;
    if (edited.withdrawnOn.isValid() && edited.withdrawnOn < edited.declaredOn)
        problem = tr("A declaration cannot be withdrawn before the day it was made.");
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace mamori
