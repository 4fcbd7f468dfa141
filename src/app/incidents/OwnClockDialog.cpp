#include "OwnClockDialog.h"

#include "ui_OwnClockDialog.h"

#include <QPushButton>

namespace mamori {

OwnClockDialog::OwnClockDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OwnClockDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLineEdit->setPlaceholderText(tr("e.g. Tell the customer (contract §12)"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OwnClockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OwnClockDialog::reject);
    const auto updateOk = [this] {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_ui->titleLineEdit->text().trimmed().isEmpty());
    };
    connect(m_ui->titleLineEdit, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

OwnClockDialog::~OwnClockDialog() = default;

OwnClock OwnClockDialog::clock() const
{
    OwnClock clock;
    clock.title = m_ui->titleLineEdit->text().trimmed();
    clock.hours = m_ui->hoursSpinBox->value();
    return clock;
}

void OwnClockDialog::accept()
{
    if (!m_ui->titleLineEdit->text().trimmed().isEmpty())
        QDialog::accept();
}

} // namespace mamori
