#pragma once

#include "PageFrame.h"
#include "backups/BackupState.h"

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class BackupsPage;
}

namespace mamori {

class AttentionMonitor;
class BackupDocument;
class RemindersWidget;

// The Backups page: the plans with their state (late, failed, restore test due), recording a
// run in two clicks (select the plan, Record OK Run Now) or with details, the recent runs, the
// 3-2-1 check per protected asset, and the reminder list.
class BackupsPage : public PageFrame
{
    Q_OBJECT

public:
    BackupsPage(BackupDocument &document, AttentionMonitor &attention,
                std::function<void(Page)> showPage, QWidget *parent = nullptr);
    ~BackupsPage() override;

    // Shows the reminder list with this reminder selected (the tray's notification).
    void showReminder(const QString &key);
    // The record a reminder belongs to ("backup_plan:3"), or another page for the others'.
    void openRecord(const QString &record);
    // A section as the posture's actions name it: "three_two_one", or the plans ("late", …).
    void showSection(const QString &section);
    RemindersWidget &remindersWidget() { return *m_reminders; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showPlans();
    void showRuns();
    void showRule();
    void showState();
    const PlanOverview *selectedPlan() const;
    void selectPlan(qint64 id);
    void addPlan();
    void editPlan();
    void removePlan();
    void recordOkRun();
    void recordRun();
    void recordRestoreTest();
    void updateButtons();
    void retranslate();

    std::unique_ptr<Ui::BackupsPage> m_ui;
    BackupDocument &m_document;
    std::function<void(Page)> m_showPage;
    RemindersWidget *m_reminders = nullptr;
    QPushButton *m_addPlan = nullptr;
    QList<PlanOverview> m_overviews;
    QString m_readError;
};

} // namespace mamori
