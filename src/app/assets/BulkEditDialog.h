#pragma once

#include "inventory/Device.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BulkEditDialog;
}

namespace mamori {

// Sets the status, department, location or user of several devices at once.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(const QList<Device> &devices, const QStringList &departments,
                   QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    void choose(const QString &field, const QString &value);
    // The devices with the chosen change applied.
    QList<Device> changedDevices() const;

private:
    void fillValues();

    std::unique_ptr<Ui::BulkEditDialog> m_ui;
    QList<Device> m_devices;
    QStringList m_departments;
};

} // namespace mamori
