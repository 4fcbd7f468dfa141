#pragma once

#include "incidents/Incident.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OwnClockDialog;
}

namespace mamori {

// Asks for a clock of the firm's own: what must be done, within how many hours of awareness.
class OwnClockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OwnClockDialog(QWidget *parent = nullptr);
    ~OwnClockDialog() override;

    OwnClock clock() const;
    void accept() override;

private:
    std::unique_ptr<Ui::OwnClockDialog> m_ui;
};

} // namespace mamori
