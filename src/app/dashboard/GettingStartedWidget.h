#pragma once

#include "Page.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class GettingStartedWidget;
}

namespace mamori {

// The Dashboard's "getting started" list of first steps (company profile, device list, five
// rules, self-diagnosis, backup plan), each ticked as soon as its data is in the database and each
// with a button to where it is done. A handful of small reads, done on the GUI thread.
class GettingStartedWidget : public QWidget
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

    GettingStartedWidget(const PageContext &context, QWidget *parent = nullptr);
    ~GettingStartedWidget() override;

    // Reads the steps again (the page does so on every visit and whenever their data changes).
    void refresh();
    bool isDone(Step step) const;
    int doneCount() const;
    int stepCount() const { return int(m_rows.size()); }
    // "First steps: 3 of 5 done.", or why they cannot be read.
    QString stateText() const;

signals:
    void stepsRead();

protected:
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

    std::unique_ptr<Ui::GettingStartedWidget> m_ui;
    PageContext m_context; // references to the window's documents, which outlive the page
    QList<StepRow> m_rows;
    QString m_readError;
};

} // namespace mamori
