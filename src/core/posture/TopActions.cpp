#include "TopActions.h"

#include "posture/PostureScore.h"

#include <QUrlQuery>

#include <algorithm>

namespace mamori {

namespace {

using K = PostureActionKind;

PostureActionTarget devices(QList<DeviceCheck> checks)
{
    return {QStringLiteral("assets"), std::move(checks), std::nullopt, {}, {}};
}

PostureActionTarget page(const QString &name, const QString &section)
{
    return {name, {}, std::nullopt, {}, section};
}

// The candidate actions: one per shortfall the inputs show, before scoring.
QList<PostureAction> candidates(const PostureInputs &in)
{
    QList<PostureAction> all;
    const auto add = [&all](K kind, PostureActionTarget target, int count) {
        PostureAction action;
        action.kind = kind;
        action.target = std::move(target);
        action.count = count;
        all << action;
    };
    int grouped = 0;
    for (const SupportEndedGroup &group : in.supportEndedGroups) {
        PostureActionTarget target = devices({DeviceCheck::SupportEnded});
        target.category = group.category;
        target.osName = group.osName;
        add(K::ReplaceUnsupported, target, group.count);
        all.last().groupOs = group.osName;
        grouped += group.count;
    }
    if (in.supportEnded > grouped) // devices outside the listed groups: one action for them all
        add(K::ReplaceUnsupported, devices({DeviceCheck::SupportEnded}), in.supportEnded - grouped);
    if (in.noRecentUpdate > 0)
        add(K::UpdateDevices, devices({DeviceCheck::NoRecentUpdate}), in.noRecentUpdate);
    if (in.antivirusMissing > 0)
        add(K::InstallAntivirus, devices({DeviceCheck::NoAntivirus, DeviceCheck::AntivirusUnknown}),
            in.antivirusMissing);
    if (in.mfaMissing > 0)
        add(K::EnableMfa, devices({DeviceCheck::WeakMfa, DeviceCheck::MfaUnknown}), in.mfaMissing);
    if (in.portableNotEncrypted > 0)
        add(K::EncryptPortable,
            devices({DeviceCheck::PortableUnencrypted, DeviceCheck::PortableEncryptionUnknown}),
            in.portableNotEncrypted);
    if (in.backupPlans > in.backupPlansOnTime)
        add(K::FixLateBackups, page(QStringLiteral("backups"), QStringLiteral("late")),
            in.backupPlans - in.backupPlansOnTime);
    if (in.backupPlans > 0 && in.offlineCopies == 0)
        add(K::AddOfflineCopy, page(QStringLiteral("backups"), QStringLiteral("plans")), 1);
    if (in.backupPlans > in.restoreTestsCurrent)
        add(K::TestRestores, page(QStringLiteral("backups"), QStringLiteral("restore_tests")),
            in.backupPlans - in.restoreTestsCurrent);
    if (in.importantAssets > in.importantAssetsCovered)
        add(K::BackUpImportant, page(QStringLiteral("backups"), QStringLiteral("three_two_one")),
            in.importantAssets - in.importantAssetsCovered);
    if (in.contactsToFill > in.contactsFilled)
        add(K::FillContacts, page(QStringLiteral("incidents"), QStringLiteral("contacts")),
            in.contactsToFill - in.contactsFilled);
    if (in.playbooks > in.playbooksReviewed)
        add(K::ReviewPlaybooks, page(QStringLiteral("incidents"), QStringLiteral("playbooks")),
            in.playbooks - in.playbooksReviewed);
    if (in.exercisesInYear == 0)
        add(K::RunExercise, page(QStringLiteral("incidents"), QStringLiteral("exercise")), 1);
    if (in.openCriticalIncidents > 0)
        add(K::ContainCritical, page(QStringLiteral("incidents"), QStringLiteral("open")),
            in.openCriticalIncidents);
    if (in.overdueClocks > 0)
        add(K::SendOverdueReports, page(QStringLiteral("incidents"), QStringLiteral("clocks")),
            in.overdueClocks);
    if (in.rulesInPlace < 5)
        add(K::PutRulesInPlace, page(QStringLiteral("security_action"), QStringLiteral("rules")),
            5 - in.rulesInPlace);
    if (in.declaredLevel == 0 || (in.declaredLevel == 1 && in.twoStarsReady != 0))
        add(K::Declare, page(QStringLiteral("security_action"), QStringLiteral("declaration")),
            in.declaredLevel + 1);
    if (in.policyPublished == 0)
        add(K::PublishPolicy, page(QStringLiteral("security_action"), QStringLiteral("policy")), 1);
    if (in.policyReviewCurrent == 0)
        add(K::ReviewPolicy, page(QStringLiteral("security_action"), QStringLiteral("policy")), 1);
    return all;
}

QString categoryWords(DeviceCategory category, int count)
{
    switch (category) {
    case DeviceCategory::Pc:
        return TopActions::tr("%n PC(s)", nullptr, count);
    case DeviceCategory::Laptop:
        return TopActions::tr("%n laptop(s)", nullptr, count);
    case DeviceCategory::Server:
        return TopActions::tr("%n server(s)", nullptr, count);
    case DeviceCategory::MobileDevice:
        return TopActions::tr("%n phone(s) or tablet(s)", nullptr, count);
    case DeviceCategory::Software:
        return TopActions::tr("%n software licence(s)", nullptr, count);
    default:
        return TopActions::tr("%n device(s)", nullptr, count);
    }
}

QString describe(const PostureAction &action)
{
    const int n = action.count;
    switch (action.kind) {
    case K::ReplaceUnsupported: {
        const QString what = action.target.category ? categoryWords(*action.target.category, n)
                                                    : TopActions::tr("%n device(s)", nullptr, n);
        return action.groupOs.isEmpty()
                   ? TopActions::tr("Replace or upgrade %1 past end of support").arg(what)
                   : TopActions::tr("Replace or upgrade %1 on %2 (support ended)")
                         .arg(what, action.groupOs);
    }
    case K::UpdateDevices:
        return TopActions::tr("Update %n device(s) not updated in 90 days", nullptr, n);
    case K::InstallAntivirus:
        return TopActions::tr("Install or record antivirus on %n computer(s)", nullptr, n);
    case K::EnableMfa:
        return TopActions::tr("Turn on multi-factor sign-in for %n cloud service(s)", nullptr, n);
    case K::EncryptPortable:
        return TopActions::tr("Encrypt %n portable device(s)", nullptr, n);
    case K::FixLateBackups:
        return TopActions::tr("Bring %n late or failed backup plan(s) back on schedule", nullptr,
                              n);
    case K::AddOfflineCopy:
        return TopActions::tr("Add a backup copy that is offline or cannot be changed");
    case K::TestRestores:
        return TopActions::tr("Test restoring %n backup plan(s)", nullptr, n);
    case K::BackUpImportant:
        return TopActions::tr("Back up %n important information asset(s)", nullptr, n);
    case K::FillContacts:
        return TopActions::tr("Fill in %n incident contact(s)", nullptr, n);
    case K::ReviewPlaybooks:
        return TopActions::tr("Review %n incident playbook(s)", nullptr, n);
    case K::RunExercise:
        return TopActions::tr("Run a tabletop exercise");
    case K::ContainCritical:
        return TopActions::tr("Resolve and close %n open critical incident(s)", nullptr, n);
    case K::SendOverdueReports:
        return TopActions::tr("Send %n overdue report(s)", nullptr, n);
    case K::PutRulesInPlace:
        return TopActions::tr("Put the remaining %n basic rule(s) in place", nullptr, n);
    case K::Declare:
        return n >= 2 ? TopActions::tr("Declare SECURITY ACTION ★★")
                      : TopActions::tr("Declare SECURITY ACTION ★");
    case K::PublishPolicy:
        return TopActions::tr("Publish the security policy");
    case K::ReviewPolicy:
        return TopActions::tr("Review the security policy");
    }
    return {};
}

} // namespace

QString PostureActionTarget::reference() const
{
    QUrlQuery query;
    if (!deviceChecks.isEmpty()) {
        QStringList codes;
        for (const DeviceCheck check : deviceChecks)
            codes << DeviceChecks::code(check);
        query.addQueryItem(QStringLiteral("check"), codes.join(QLatin1Char(',')));
    }
    if (category)
        query.addQueryItem(QStringLiteral("category"), AssetValues::code(*category));
    if (!osName.isEmpty())
        query.addQueryItem(QStringLiteral("os"), osName);
    if (!section.isEmpty())
        query.addQueryItem(QStringLiteral("section"), section);
    const QString items = query.toString(QUrl::FullyDecoded);
    return items.isEmpty() ? page : page + QLatin1Char('?') + items;
}

PostureInputs TopActions::applied(const PostureInputs &inputs, const PostureAction &action)
{
    PostureInputs in = inputs;
    if (action.target.page == QLatin1String("incidents"))
        in.incidentsRecorded = 1;
    switch (action.kind) {
    case K::ReplaceUnsupported:
        in.supportEnded = std::max(0, in.supportEnded - action.count);
        in.supportEndedGroups.removeIf([&action](const SupportEndedGroup &group) {
            return action.target.category == group.category && group.osName == action.groupOs;
        });
        break;
    case K::UpdateDevices:
        in.noRecentUpdate = std::max(0, in.noRecentUpdate - action.count);
        break;
    case K::InstallAntivirus:
        in.antivirusMissing = std::max(0, in.antivirusMissing - action.count);
        break;
    case K::EnableMfa:
        in.mfaMissing = std::max(0, in.mfaMissing - action.count);
        break;
    case K::EncryptPortable:
        in.portableNotEncrypted = std::max(0, in.portableNotEncrypted - action.count);
        break;
    case K::FixLateBackups:
        in.backupPlansOnTime = std::min(in.backupPlans, in.backupPlansOnTime + action.count);
        break;
    case K::AddOfflineCopy:
        in.offlineCopies += 1;
        break;
    case K::TestRestores:
        in.restoreTestsCurrent = std::min(in.backupPlans, in.restoreTestsCurrent + action.count);
        break;
    case K::BackUpImportant:
        in.importantAssetsCovered =
            std::min(in.importantAssets, in.importantAssetsCovered + action.count);
        break;
    case K::FillContacts:
        in.contactsFilled = std::min(in.contactsToFill, in.contactsFilled + action.count);
        break;
    case K::ReviewPlaybooks:
        in.playbooksReviewed = std::min(in.playbooks, in.playbooksReviewed + action.count);
        break;
    case K::RunExercise:
        in.exercisesInYear += 1;
        break;
    case K::ContainCritical:
        in.openCriticalIncidents = std::max(0, in.openCriticalIncidents - action.count);
        break;
    case K::SendOverdueReports:
        in.overdueClocks = std::max(0, in.overdueClocks - action.count);
        break;
    case K::PutRulesInPlace:
        in.rulesInPlace = 5;
        in.actionRecorded = 1;
        break;
    case K::Declare:
        in.declaredLevel = std::max(in.declaredLevel, action.count);
        in.actionRecorded = 1;
        break;
    case K::PublishPolicy:
        in.policyPublished = 1;
        in.actionRecorded = 1;
        break;
    case K::ReviewPolicy:
        in.policyReviewCurrent = 1;
        in.actionRecorded = 1;
        break;
    }
    return in;
}

QList<PostureAction> TopActions::rank(const PostureInputs &inputs, int count)
{
    const PostureScore before = PostureRules::compute(inputs);
    QList<PostureAction> ranked;
    if (!before.value)
        return ranked; // nothing recorded: no score to raise
    for (PostureAction action : candidates(inputs)) {
        const PostureScore after = PostureRules::compute(applied(inputs, action));
        if (!after.value)
            continue;
        action.gain = *after.value - *before.value;
        if (action.gain <= 1e-9)
            continue;
        action.points = *after.points() - *before.points();
        const QString what = describe(action);
        action.description = what;
        action.label = action.points > 0 ? tr("%1: +%2").arg(what).arg(action.points)
                                         : tr("%1: less than 1 point").arg(what);
        ranked << action;
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const PostureAction &a, const PostureAction &b) {
                         if (a.points != b.points)
                             return a.points > b.points;
                         return a.gain > b.gain;
                     });
    if (ranked.size() > count)
        ranked.resize(count);
    return ranked;
}

QString TopActions::code(PostureActionKind kind)
{
    switch (kind) {
    case K::ReplaceUnsupported:
        return QStringLiteral("replace_unsupported");
    case K::UpdateDevices:
        return QStringLiteral("update_devices");
    case K::InstallAntivirus:
        return QStringLiteral("install_antivirus");
    case K::EnableMfa:
        return QStringLiteral("enable_mfa");
    case K::EncryptPortable:
        return QStringLiteral("encrypt_portable");
    case K::FixLateBackups:
        return QStringLiteral("fix_late_backups");
    case K::AddOfflineCopy:
        return QStringLiteral("add_offline_copy");
    case K::TestRestores:
        return QStringLiteral("test_restores");
    case K::BackUpImportant:
        return QStringLiteral("back_up_important");
    case K::FillContacts:
        return QStringLiteral("fill_contacts");
    case K::ReviewPlaybooks:
        return QStringLiteral("review_playbooks");
    case K::RunExercise:
        return QStringLiteral("run_exercise");
    case K::ContainCritical:
        return QStringLiteral("contain_critical");
    case K::SendOverdueReports:
        return QStringLiteral("send_overdue_reports");
    case K::PutRulesInPlace:
        return QStringLiteral("put_rules_in_place");
    case K::Declare:
        return QStringLiteral("declare");
    case K::PublishPolicy:
        return QStringLiteral("publish_policy");
    case K::ReviewPolicy:
        return QStringLiteral("review_policy");
    }
    return {};
}

} // namespace mamori
