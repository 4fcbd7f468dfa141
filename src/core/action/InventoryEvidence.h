#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mamori {

// What the inventory (and, later, backup and incident records) says about the practices the
// five rules and the self-diagnosis ask about: counts of DeviceChecks (inventory/DeviceChecks),
// made in SQL by loadInventoryEvidence() (storage/InventoryEvidenceQuery), so the Assets page's
// filter of the same name lists exactly the devices counted.
struct InventoryEvidence
{
    int activeDevices = 0;         // DeviceCheck::SupportTracked: devices and software in use
    int unsupportedOs = 0;         // DeviceCheck::SupportEnded
    int noRecentUpdate = 0;        // DeviceCheck::NoRecentUpdate
    int withoutAntivirus = 0;      // DeviceCheck::NoAntivirus
    int antivirusUnknown = 0;      // DeviceCheck::AntivirusUnknown
    int withoutMfa = 0;            // DeviceCheck::WeakMfa
    int disposedDevices = 0;       // DeviceCheck::Disposed
    int disposedWithoutMethod = 0; // DeviceCheck::DisposedWithoutMethod
    int informationAssets = 0;
    int assetsOnCloudOrShared = 0;   // linked to a cloud service or a NAS/server, or media says so
    int cloudServices = 0;           // DeviceCheck::UsesMfa
    std::optional<QDate> lastBackup; // the latest successful backup run of any plan
    // The denominators of the counts above, so a suggestion can tell "some" from "most".
    int updatableDevices = 0; // DeviceCheck::Updatable
    int computers = 0;        // DeviceCheck::NeedsAntivirus
    int mfaUnknown = 0;       // DeviceCheck::MfaUnknown
    QDate asOf;               // the day counted; the last backup's age is measured from it
};

// A suggested answer for a self-diagnosis item, with the reason — shown, never filled silently.
struct AnswerSuggestion
{
    int item = 0;
    int answer = 0; // 4, 2 or 0
    QString reason; // translated, with the counts
};

// A line shown beside a five-rule row: what the inventory knows (translated), or nothing.
struct RuleHint
{
    int rule = 0;
    QString text;
    bool attention = false; // something needs doing
};

class InventoryAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(InventoryAdvisor)

public:
    // Only items the evidence can inform (1 updates, 2 antivirus, 11 backups, 18 disposal,
    // 23 cloud, …) and only when there is something to count.
    static QList<AnswerSuggestion> suggestAnswers(const InventoryEvidence &evidence);
    // Rule 1: unsupported OS / no update for 90 days; rule 2: devices without antivirus;
    // rule 4: information assets on cloud services or shared storage to review.
    static QList<RuleHint> ruleHints(const InventoryEvidence &evidence);
};

} // namespace mamori
