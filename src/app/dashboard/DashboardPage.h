#pragma once

#include "PageFrame.h"
#include "dashboard/GettingStartedWidget.h"

#include <memory>

namespace Ui {
class DashboardPage;
}

namespace mamori {

class DashboardDocument;
class DeviceStatusChart;
class PostureHistoryChart;
struct PostureExplanation;

// The first page the manager sees: the posture score and its change against a month and a year
// ago, its history as a chart, the actions that would raise it most (each opening the records
// behind it), why it moved between two days, devices by category and status, SECURITY ACTION
// readiness, and what is due. The facts are read on a worker after the first paint
// (DashboardDocument); the getting-started steps stay on top until all five are done.
class DashboardPage : public PageFrame
{
    Q_OBJECT

public:
    using Step = GettingStartedWidget::Step;

    DashboardPage(const PageContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Reads everything again (on every visit and whenever the data changes while shown).
    void refresh();
    bool isDone(Step step) const;
    DashboardDocument &document() const { return *m_document; }
    PostureHistoryChart *historyChart() const { return m_history; }
    DeviceStatusChart *deviceChart() const { return m_devices; }
    // Opens the records behind the ranked action at `row` (what a double-click does).
    void openAction(int row);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectChanges();
    void refreshIfShown();
    void showAll();
    void showState();
    void showScore();
    void showActions();
    void showSecurityAction();
    void showBackups();
    void showIncidents();
    void showReminders();
    void showExplanation(const PostureExplanation &explanation);
    void explainChosenDays();
    void openReminderAt(int row, const QString &source);

    std::unique_ptr<Ui::DashboardPage> m_ui;
    PageContext m_context; // references to the window's documents, which outlive the page
    DashboardDocument *m_document;
    GettingStartedWidget *m_gettingStarted;
    PostureHistoryChart *m_history;
    DeviceStatusChart *m_devices;
    bool m_explainedOnce = false;
};

} // namespace mamori
