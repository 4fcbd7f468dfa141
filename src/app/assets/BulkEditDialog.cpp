#include "BulkEditDialog.h"

#include "inventory/AssetFields.h"
#include "inventory/AssetRecords.h"

#include "ui_BulkEditDialog.h"

#include <QPushButton>

namespace mamori {

namespace {
const QStringList editableFields{QStringLiteral("status"), QStringLiteral("department"),
                                 QStringLiteral("location"), QStringLiteral("assigned_user")};
}

BulkEditDialog::BulkEditDialog(const QList<Device> &devices, const QStringList &departments,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulkEditDialog>()), m_devices(devices),
      m_departments(departments)
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(
        tr("%n device(s) selected. The change can be undone with Edit → Undo.", nullptr,
           int(devices.size())));
    for (const QString &name : editableFields)
        m_ui->fieldComboBox->addItem(
            AssetFields::label(*AssetFields::find(AssetKind::Devices, name)), name);
    connect(m_ui->fieldComboBox, &QComboBox::currentIndexChanged, this,
            &BulkEditDialog::fillValues);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &QDialog::accept);
    fillValues();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::fillValues()
{
    const QString field = m_ui->fieldComboBox->currentData().toString();
    QComboBox *values = m_ui->valueComboBox;
    values->clear();
    const bool status = field == QLatin1String("status");
    values->setEditable(!status);
    if (status) {
        for (const DeviceStatus value : AssetValues::statuses())
            values->addItem(AssetValues::label(value), AssetValues::code(value));
    } else if (field == QLatin1String("department")) {
        values->addItems(m_departments);
    }
}

void BulkEditDialog::choose(const QString &field, const QString &value)
{
    m_ui->fieldComboBox->setCurrentIndex(m_ui->fieldComboBox->findData(field));
    const int index = m_ui->valueComboBox->findData(value);
    if (index >= 0)
        m_ui->valueComboBox->setCurrentIndex(index);
    else
        m_ui->valueComboBox->setEditText(value);
}

QList<Device> BulkEditDialog::changedDevices() const
{
    const QString field = m_ui->fieldComboBox->currentData().toString();
    const QString value = m_ui->valueComboBox->isEditable()
                              ? m_ui->valueComboBox->currentText().trimmed()
                              : m_ui->valueComboBox->currentData().toString();
    QList<Device> changed = m_devices;
    for (Device &device : changed)
        AssetRecords::parseCell(device, field, value);
    return changed;
}

} // namespace mamori
