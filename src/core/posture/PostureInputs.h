#pragma once

#include "inventory/AssetValues.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mamori {

// Devices past end of support that share a category and an operating system, so an action can
// say "replace or upgrade 3 PCs on Windows 10".
struct SupportEndedGroup
{
    DeviceCategory category = DeviceCategory::Other;
    QString osName; // as recorded; empty when not recorded
    int count = 0;

    bool operator==(const SupportEndedGroup &) const = default;
};

// Everything the posture score looks at, as plain counts and facts (never copies of records).
// Storage gathers them with SQL aggregates; a snapshot stores them as JSON (toJson), so a day's
// score can be recomputed and explained later. Each count names the DeviceCheck or rule it
// comes from.
struct PostureInputs
{
    // Self-diagnosis: the latest completed one (0–100).
    int diagnosisRecorded = 0; // 0 or 1
    int diagnosisScore = 0;

    // Device hygiene among active devices (DeviceChecks).
    int supportTracked = 0;       // SupportTracked
    int supportEnded = 0;         // SupportEnded
    int updatable = 0;            // Updatable
    int noRecentUpdate = 0;       // NoRecentUpdate
    int needsAntivirus = 0;       // NeedsAntivirus
    int antivirusMissing = 0;     // NoAntivirus + AntivirusUnknown
    int cloudServices = 0;        // UsesMfa
    int mfaMissing = 0;           // WeakMfa + MfaUnknown
    int portableDevices = 0;      // Portable
    int portableNotEncrypted = 0; // PortableUnencrypted + PortableEncryptionUnknown

    // Backup health (BackupRules, ThreeTwoOne).
    int backupPlans = 0;
    int backupPlansOnTime = 0;      // state ok or due (not late, failed or partial)
    int offlineCopies = 0;          // plans to an offline or immutable place that have succeeded
    int restoreTestsCurrent = 0;    // plans whose restore test is within its interval
    int importantAssets = 0;        // information assets of importance 3
    int importantAssetsCovered = 0; // … copied by a plan that has succeeded at least once

    // Incident readiness.
    int incidentsRecorded = 0; // 1 once a contact, a playbook copy or an incident is recorded
    int contactsToFill = 0;    // the firm's contacts (its vendor, insurer, own additions)
    int contactsFilled = 0;    // … with a phone number or an e-mail address
    int playbooks = 0;         // bundled and the firm's own
    int playbooksReviewed = 0; // saved as the firm's copy or exercised in the last 12 months
    int exercisesInYear = 0;   // tabletop exercises started in the last 12 months
    int openCriticalIncidents = 0;
    int overdueClocks = 0;

    // SECURITY ACTION.
    int actionRecorded = 0; // 1 once any rule, policy or declaration has been recorded
    int declaredLevel = 0;  // 0 none, 1 ★, 2 ★★
    int rulesInPlace = 0;   // of the five
    int twoStarsReady = 0;  // 0 or 1 (ActionRules::readiness)
    int policyPublished = 0;
    int policyReviewCurrent = 0; // adopted or reviewed within the review interval

    // The largest groups behind supportEnded, for the actions. Stored in a snapshot beside the
    // facts (never one of them: explain compares the counts above), so a report that prints a
    // day's score can rank that day's actions without reading the devices again.
    QList<SupportEndedGroup> supportEndedGroups;

    // The counts by their stable keys ("support_ended", …): a snapshot's facts.
    QJsonObject toJson() const;
    // Keys missing from `json` read as 0 (a snapshot from before a fact existed).
    static PostureInputs fromJson(const QJsonObject &json);
    // The keys in their order, with a pointer to the member each names.
    struct Fact
    {
        const char *key;
        int PostureInputs::*member;
    };
    static const QList<Fact> &facts();

    bool operator==(const PostureInputs &) const = default;
};

} // namespace mamori
