#pragma once

#include "action/FiveRules.h"
#include "backups/BackupState.h"
#include "incidents/Incident.h"
#include "incidents/ReportingClocks.h"
#include "inventory/AssetValues.h"
#include "inventory/DeviceChecks.h"
#include "inventory/Risk.h"
#include "report/ReportLanguage.h"

#include <QCoreApplication>

namespace mamori::report {

// The labels of stored values in the language a report is printed in. The domain's own
// label() functions follow the installed interface language; a report may be printed in the
// other one, on a worker thread, so its words come from its own ReportLanguage.
class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)

public:
    explicit ReportLabels(const ReportLanguage &words) : m_words(words) {}

    QString category(DeviceCategory value) const;
    QString status(DeviceStatus value) const;
    QString coverage(Coverage value) const;
    QString mfa(MfaState value) const;
    QString personalData(PersonalData value) const;
    QString risk(RiskLevel value) const;
    QString check(DeviceCheck value) const;
    QString ruleState(RuleState value) const;
    QString level(int level) const;
    QString severity(IncidentSeverity value) const;
    QString incidentStatus(IncidentStatus value) const;
    QString stepState(StepState value) const;
    QString entryKind(EntryKind value) const;
    QString clockState(ReportingClock::State value) const;
    QString backupState(BackupState value) const;
    QString restoreState(RestoreState value) const;
    QString yesNo(bool value) const;

private:
    QString text(const char *source) const { return m_words.text("ReportLabels", source); }
    const ReportLanguage &m_words;
};

} // namespace mamori::report
