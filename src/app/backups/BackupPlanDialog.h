#pragma once

#include "backups/BackupPlan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BackupPlanDialog;
}

namespace mamori {

// Adds or edits one backup plan: what it protects, how, where, when, and who sees to it. OK
// stays disabled while the plan has problems (BackupPlans::problems), which are listed.
class BackupPlanDialog : public QDialog
{
    Q_OBJECT

public:
    // `choices`: what a plan can protect (BackupDocument::protectableItems).
    BackupPlanDialog(const BackupPlan &plan, const QList<ProtectedItem> &choices,
                     QWidget *parent = nullptr);
    ~BackupPlanDialog() override;

    BackupPlan plan() const;

private:
    void showScheduleFields();
    void check();

    std::unique_ptr<Ui::BackupPlanDialog> m_ui;
    BackupPlan m_plan;
    QList<ProtectedItem> m_choices;
};

} // namespace mamori
