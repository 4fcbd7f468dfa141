#pragma once

#include "PageFrame.h"

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class DashboardPage;
}

namespace mamori {

// The Dashboard, until its own issue builds it: what it will be for, and the "getting started"
// list of first steps (company profile, device list, five rules, self-diagnosis, backup plan),
// each ticked as soon as its data is in the database and each with a button to where it is done.
class DashboardPage : public PageFrame
{
    Q_OBJECT

public:
    enum class Step
    {
        CompanyProfile,
        DeviceList,
        FiveRules,
        SelfDiagnosis,
        BackupPlan,
    };

    DashboardPage(const PageContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Reads the steps again (done on every visit and whenever their data changes).
    void refresh();
    bool isDone(Step step) const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct StepRow
    {
        Step step = Step::CompanyProfile;
        QLabel *state = nullptr;
        QLabel *text = nullptr;
        QPushButton *go = nullptr;
        bool done = false;
        int rulesInPlace = -1; // for the five rules, once read
    };
    void createRows();
    void readSteps();
    void showSteps();
    void refreshIfShown();

    std::unique_ptr<Ui::DashboardPage> m_ui;
    PageContext m_context; // references to the window's documents, which outlive the page
    QList<StepRow> m_rows;
    QString m_readError;
};

} // namespace mamori
