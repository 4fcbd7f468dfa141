#pragma once

#include "inventory/DeviceChecks.h"
#include "posture/PostureInputs.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace mamori {

enum class PostureActionKind
{
    ReplaceUnsupported, // "replace_unsupported": one group of devices past end of support
    UpdateDevices,      // "update_devices"
    InstallAntivirus,   // "install_antivirus"
    EnableMfa,          // "enable_mfa"
    EncryptPortable,    // "encrypt_portable"
    FixLateBackups,     // "fix_late_backups"
    AddOfflineCopy,     // "add_offline_copy"
    TestRestores,       // "test_restores"
    BackUpImportant,    // "back_up_important"
    FillContacts,       // "fill_contacts"
    ReviewPlaybooks,    // "review_playbooks"
    RunExercise,        // "run_exercise"
    ContainCritical,    // "contain_critical"
    SendOverdueReports, // "send_overdue_reports"
    PutRulesInPlace,    // "put_rules_in_place"
    Declare,            // "declare": the next level (★, or ★★ once ready)
    PublishPolicy,      // "publish_policy"
    ReviewPolicy,       // "review_policy"
};

// The records behind an action, so the dashboard can open exactly them: a page ("assets",
// "backups", "incidents", "security_action") and, for devices, the DeviceChecks that select them
// (any of them) narrowed by category and OS.
struct PostureActionTarget
{
    QString page;
    QList<DeviceCheck> deviceChecks;
    std::optional<DeviceCategory> category;
    QString osName;  // exact; empty: any
    QString section; // within the page: "late", "restore_tests", "contacts", "rules", …

    // "assets?check=support_ended&category=pc&os=Windows 10": one string for JSON and links.
    QString reference() const;
};

struct PostureAction
{
    PostureActionKind kind = PostureActionKind::UpdateDevices;
    PostureActionTarget target;
    int count = 0;       // the records it concerns
    double gain = 0;     // exact points the score gains
    int points = 0;      // as shown: the rounded score after minus the rounded score before
    QString label;       // translated, e.g. "Update 3 devices not updated in 90 days: +6"
    QString description; // the label without its points: "Update 3 devices not updated …"
    QString groupOs;     // ReplaceUnsupported: the group's OS, as PostureInputs recorded it
};

class TopActions
{
    Q_DECLARE_TR_FUNCTIONS(TopActions)

public:
    static constexpr int defaultCount = 10;
    // The words of a label: `source` (context "TopActions") in the language wanted, with %n
    // replaced by `n` when n >= 0. A printed report passes its own language's.
    using Translate = std::function<QString(const char *source, int n)>;

    // Every action that would raise the score, each applied to `inputs` and the score
    // recomputed, ranked by the points it shows, then by its exact gain; at most `count`.
    static QList<PostureAction> rank(const PostureInputs &inputs, int count = defaultCount);
    // The inputs as they would be once `action` is done: what rank() scored it with.
    static PostureInputs applied(const PostureInputs &inputs, const PostureAction &action);
    static QString code(PostureActionKind kind);
    // "Update 3 devices not updated in 90 days: +6", in the interface's language unless
    // `translate` is given (rank() fills PostureAction::label with it).
    static QString label(const PostureAction &action, const Translate &translate = {});
};

} // namespace mamori
