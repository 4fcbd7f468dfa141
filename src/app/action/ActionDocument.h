#pragma once

#include "BackgroundTask.h"
#include "Document.h"
#include "action/Declaration.h"
#include "action/DiagnosisSession.h"
#include "action/FiveRules.h"
#include "action/InventoryEvidence.h"
#include "action/Policy.h"
#include "action/Readiness.h"

#include <QDate>

namespace mamori {

class InventoryDocument;
class SettingsDocument;

// The SECURITY ACTION records: the five rules, self-diagnoses, basic policy versions and
// declarations. Every change is an undoable command through the audited repositories, with a
// signal per kind of data; completing a diagnosis cannot be undone (the database keeps completed
// diagnoses read-only), so it fences the history instead.
class ActionDocument : public Document
{
    Q_OBJECT

public:
    ActionDocument(DatabaseSession &session, InventoryDocument &inventory,
                   SettingsDocument &settings, QObject *parent = nullptr);

    Result<QList<FiveRuleStatus>> fiveRules() const;
    Result<QList<Declaration>> declarations() const;   // newest first
    Result<QList<DiagnosisSession>> diagnoses() const; // newest first
    // For the combined view: per department, its latest completed diagnosis.
    Result<QList<DiagnosisSession>> latestCompletedPerDepartment() const;
    Result<QList<PolicyVersion>> policyVersions() const; // newest first
    // Everything readiness and reminders look at, read at one moment.
    Result<ActionSnapshot> snapshot(const QDate &today) const;
    // Counts the inventory for the hints and suggestions on a worker, reading through its own
    // connection (0.2–0.4 s at 100,000 devices); `evidence` receives them.
    BackgroundJob inventoryEvidenceJob(const QDate &today,
                                       std::shared_ptr<InventoryEvidence> evidence) const;

    bool saveRule(const FiveRuleStatus &status);
    // The new declaration's id, or 0 when it was not saved.
    qint64 addDeclaration(const Declaration &declaration);
    bool updateDeclaration(const Declaration &declaration);
    bool removeDeclaration(qint64 id);
    // The draft's id (new or the same), or 0 when it was not saved.
    qint64 saveDiagnosisDraft(const DiagnosisSession &session);
    bool removeDiagnosisDraft(qint64 id);
    // Saves the answers and completes the diagnosis: it is read-only afterwards, so this fences
    // the history. Returns the session's id, or an error.
    Result<qint64> completeDiagnosis(const DiagnosisSession &session);
    // The saved version, or nothing when it was not saved.
    std::optional<PolicyVersion> savePolicyVersion(const PolicyDocument &document,
                                                   const QDate &adoptedOn);
    bool recordPolicyPublication(qint64 versionId, const QDate &publishedOn, const QString &url);
    bool recordPolicyReview(qint64 versionId, const QDate &reviewedOn);

signals:
    void fiveRulesChanged();
    void declarationsChanged();
    void diagnosesChanged();
    void policyChanged();
    // What the inventory says changed (devices edited or imported): the hints are counted again.
    void inventoryEvidenceChanged();
    // The reminder intervals changed (on the Settings page).
    void intervalsChanged();
};

} // namespace mamori
