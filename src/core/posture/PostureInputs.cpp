#include "PostureInputs.h"

#include <QJsonArray>

namespace mamori {

const QList<PostureInputs::Fact> &PostureInputs::facts()
{
    using P = PostureInputs;
    static const QList<Fact> all{
        {"diagnosis_recorded", &P::diagnosisRecorded},
        {"diagnosis_score", &P::diagnosisScore},
        {"support_tracked", &P::supportTracked},
        {"support_ended", &P::supportEnded},
        {"updatable", &P::updatable},
        {"no_recent_update", &P::noRecentUpdate},
        {"needs_antivirus", &P::needsAntivirus},
        {"antivirus_missing", &P::antivirusMissing},
        {"cloud_services", &P::cloudServices},
        {"mfa_missing", &P::mfaMissing},
        {"portable_devices", &P::portableDevices},
        {"portable_not_encrypted", &P::portableNotEncrypted},
        {"backup_plans", &P::backupPlans},
        {"backup_plans_on_time", &P::backupPlansOnTime},
        {"offline_copies", &P::offlineCopies},
        {"restore_tests_current", &P::restoreTestsCurrent},
        {"important_assets", &P::importantAssets},
        {"important_assets_covered", &P::importantAssetsCovered},
        {"incidents_recorded", &P::incidentsRecorded},
        {"contacts_to_fill", &P::contactsToFill},
        {"contacts_filled", &P::contactsFilled},
        {"playbooks", &P::playbooks},
        {"playbooks_reviewed", &P::playbooksReviewed},
        {"exercises_in_year", &P::exercisesInYear},
        {"open_critical_incidents", &P::openCriticalIncidents},
        {"overdue_clocks", &P::overdueClocks},
        {"action_recorded", &P::actionRecorded},
        {"declared_level", &P::declaredLevel},
        {"rules_in_place", &P::rulesInPlace},
        {"two_stars_ready", &P::twoStarsReady},
        {"policy_published", &P::policyPublished},
        {"policy_review_current", &P::policyReviewCurrent},
    };
    return all;
}

namespace {

const auto groupsKey = QLatin1String("support_ended_groups");

} // namespace

QJsonObject PostureInputs::toJson() const
{
    QJsonObject json;
    for (const Fact &fact : facts())
        json.insert(QLatin1String(fact.key), this->*fact.member);
    if (!supportEndedGroups.isEmpty()) {
        QJsonArray groups;
        for (const SupportEndedGroup &group : supportEndedGroups)
            groups.append(
                QJsonObject{{QStringLiteral("category"), AssetValues::code(group.category)},
                            {QStringLiteral("os"), group.osName},
                            {QStringLiteral("count"), group.count}});
        json.insert(groupsKey, groups);
    }
    return json;
}

PostureInputs PostureInputs::fromJson(const QJsonObject &json)
{
    PostureInputs inputs;
    for (const Fact &fact : facts())
        inputs.*fact.member = json.value(QLatin1String(fact.key)).toInt();
    for (const QJsonValue &value : json.value(groupsKey).toArray()) {
        const QJsonObject group = value.toObject();
        inputs.supportEndedGroups.append(
            {AssetValues::categoryFromCode(group.value(QStringLiteral("category")).toString())
                 .value_or(DeviceCategory::Other),
             group.value(QStringLiteral("os")).toString(),
             group.value(QStringLiteral("count")).toInt()});
    }
    return inputs;
}

} // namespace mamori
