#pragma once

#include "CompanyProfile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CompanyProfileForm;
}

namespace mamori {

// The company profile fields, used by the first-run wizard and by Settings.
class CompanyProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyProfileForm(QWidget *parent = nullptr);
    ~CompanyProfileForm() override;

    void setProfile(const CompanyProfile &profile);
    CompanyProfile profile() const;

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMonths();

    std::unique_ptr<Ui::CompanyProfileForm> m_ui;
};

} // namespace mamori
