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

QString categoryWords(DeviceCategory category, int count, const TopActions::Translate &t)
{
    switch (category) {
    case DeviceCategory::Pc:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "%n PC(s)"), count);
    case DeviceCategory::Laptop:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "%n laptop(s)"), count);
    case DeviceCategory::Server:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "%n server(s)"), count);
    case DeviceCategory::MobileDevice:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "%n phone(s) or tablet(s)"), count);
    case DeviceCategory::Software:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "%n software licence(s)"), count);
    default:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "%n device(s)"), count);
    }
}

QString describe(const PostureAction &action, const TopActions::Translate &t)
{
    const int n = action.count;
    switch (action.kind) {
    case K::ReplaceUnsupported: {
        const QString what = action.target.category
                                 ? categoryWords(*action.target.category, n, t)
                                 : t(QT_TRANSLATE_N_NOOP("TopActions", "%n device(s)"), n);
        return action.groupOs.isEmpty()
                   ? t(QT_TRANSLATE_NOOP("TopActions", "Replace or upgrade %1 past end of support"),
                       -1)
                         .arg(what)
                   : t(QT_TRANSLATE_NOOP("TopActions",
                                         "Replace or upgrade %1 on %2 (support ended)"),
                       -1)
                         .arg(what, action.groupOs);
    }
    case K::UpdateDevices:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Update %n device(s) not updated in 90 days"),
                 n);
    case K::InstallAntivirus:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Install or record antivirus on %n computer(s)"),
                 n);
    case K::EnableMfa:
        return t(QT_TRANSLATE_N_NOOP("TopActions",
                                     "Turn on multi-factor sign-in for %n cloud service(s)"),
                 n);
    case K::EncryptPortable:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Encrypt %n portable device(s)"), n);
    case K::FixLateBackups:
        return t(QT_TRANSLATE_N_NOOP("TopActions",
                                     "Bring %n late or failed backup plan(s) back on schedule"),
                 n);
    case K::AddOfflineCopy:
        return t(QT_TRANSLATE_NOOP("TopActions",
                                   "Add a backup copy that is offline or cannot be changed"),
                 -1);
    case K::TestRestores:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Test restoring %n backup plan(s)"), n);
    case K::BackUpImportant:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Back up %n important information asset(s)"), n);
    case K::FillContacts:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Fill in %n incident contact(s)"), n);
    case K::ReviewPlaybooks:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Review %n incident playbook(s)"), n);
    case K::RunExercise:
        return t(QT_TRANSLATE_NOOP("TopActions", "Run a tabletop exercise"), -1);
    case K::ContainCritical:
        return t(
            QT_TRANSLATE_N_NOOP("TopActions", "Resolve and close %n open critical incident(s)"), n);
    case K::SendOverdueReports:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Send %n overdue report(s)"), n);
    case K::PutRulesInPlace:
        return t(QT_TRANSLATE_N_NOOP("TopActions", "Put the remaining %n basic rule(s) in place"),
                 n);
    case K::Declare:
        return n >= 2 ? t(QT_TRANSLATE_NOOP("TopActions", "Declare SECURITY ACTION ★★"), -1)
                      : t(QT_TRANSLATE_NOOP("TopActions", "Declare SECURITY ACTION ★"), -1);
    case K::PublishPolicy:
        return t(QT_TRANSLATE_NOOP("TopActions", "Publish the security policy"), -1);
    case K::ReviewPolicy:
        return t(QT_TRANSLATE_NOOP("TopActions", "Review the security policy"), -1);
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
        action.description = describe(action, [](const char *source, int n) {
            return QCoreApplication::translate("TopActions", source, nullptr, n);
        });
        action.label = label(action);
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

QString TopActions::label(const PostureAction &action, const Translate &translate)
{
    const Translate t = translate ? translate : [](const char *source, int n) {
        return QCoreApplication::translate("TopActions", source, nullptr, n);
    };
    const QString what = describe(action, t);
    return action.points > 0
               ? t(QT_TRANSLATE_NOOP("TopActions", "%1: +%2"), -1).arg(what).arg(action.points)
               : t(QT_TRANSLATE_NOOP("TopActions", "%1: less than 1 point"), -1).arg(what);
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
