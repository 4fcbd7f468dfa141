#include "PostureScore.h"

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

using C = PostureComponent;

double share(int good, int of)
{
    return of <= 0 ? 1.0 : std::clamp(double(good) / double(of), 0.0, 1.0);
}

double passes(bool condition)
{
    return condition ? 1.0 : 0.0;
}

// Whether a component has anything recorded at all; parts without a population are left out
// separately.
bool recorded(C component, const PostureInputs &in)
{
    switch (component) {
    case C::Diagnosis:
        return in.diagnosisRecorded != 0;
    case C::Devices:
        return in.supportTracked + in.updatable + in.needsAntivirus + in.cloudServices +
                   in.portableDevices >
               0;
    case C::Backups:
        return in.backupPlans > 0;
    case C::Incidents:
        // The bundled playbooks and contacts are always there: the component starts to count
        // once the firm has recorded something of its own, so a new file is not given points
        // for having had no incident.
        return in.incidentsRecorded != 0 && (in.playbooks > 0 || in.contactsToFill > 0);
    case C::SecurityAction:
        return in.actionRecorded != 0;
    }
    return false;
}

// A part's value (none: nothing to measure) and its fact sentence.
std::pair<std::optional<double>, QString> measure(const QString &key, const PostureInputs &in)
{
    const auto ratio = [](int population, int bad) -> std::optional<double> {
        if (population <= 0)
            return std::nullopt;
        return share(population - bad, population);
    };
    if (key == QLatin1String("score"))
        return {in.diagnosisScore / 100.0,
                PostureRules::tr("Latest self-diagnosis: %1 of 100 points").arg(in.diagnosisScore)};
    if (key == QLatin1String("supported_os"))
        return {ratio(in.supportTracked, in.supportEnded),
                PostureRules::tr("%1 of %2 devices and software past end of support")
                    .arg(in.supportEnded)
                    .arg(in.supportTracked)};
    if (key == QLatin1String("updated"))
        return {ratio(in.updatable, in.noRecentUpdate),
                PostureRules::tr("%1 of %2 PCs, servers and phones not updated in 90 days")
                    .arg(in.noRecentUpdate)
                    .arg(in.updatable)};
    if (key == QLatin1String("antivirus"))
        return {ratio(in.needsAntivirus, in.antivirusMissing),
                PostureRules::tr("%1 of %2 PCs and servers without antivirus (or not recorded)")
                    .arg(in.antivirusMissing)
                    .arg(in.needsAntivirus)};
    if (key == QLatin1String("mfa"))
        return {ratio(in.cloudServices, in.mfaMissing),
                PostureRules::tr(
                    "%1 of %2 cloud services without multi-factor sign-in (or not recorded)")
                    .arg(in.mfaMissing)
                    .arg(in.cloudServices)};
    if (key == QLatin1String("encrypted"))
        return {
            ratio(in.portableDevices, in.portableNotEncrypted),
            PostureRules::tr("%1 of %2 laptops, phones and removable media not encrypted (or not "
                             "recorded)")
                .arg(in.portableNotEncrypted)
                .arg(in.portableDevices)};
    if (key == QLatin1String("on_time"))
        return {ratio(in.backupPlans, in.backupPlans - in.backupPlansOnTime),
                PostureRules::tr("%1 of %2 backup plans late or failed")
                    .arg(in.backupPlans - in.backupPlansOnTime)
                    .arg(in.backupPlans)};
    if (key == QLatin1String("offline_copy"))
        return {in.backupPlans > 0 ? std::optional(passes(in.offlineCopies > 0)) : std::nullopt,
                in.offlineCopies > 0 ? PostureRules::tr("An offline or immutable copy exists")
                                     : PostureRules::tr("No offline or immutable backup copy")};
    if (key == QLatin1String("restore_tests"))
        return {ratio(in.backupPlans, in.backupPlans - in.restoreTestsCurrent),
                PostureRules::tr("%1 of %2 backup plans without a recent restore test")
                    .arg(in.backupPlans - in.restoreTestsCurrent)
                    .arg(in.backupPlans)};
    if (key == QLatin1String("important_covered"))
        return {ratio(in.importantAssets, in.importantAssets - in.importantAssetsCovered),
                PostureRules::tr("%1 of %2 important information assets not backed up")
                    .arg(in.importantAssets - in.importantAssetsCovered)
                    .arg(in.importantAssets)};
    if (key == QLatin1String("contacts"))
        return {ratio(in.contactsToFill, in.contactsToFill - in.contactsFilled),
                PostureRules::tr("%1 of %2 incident contacts without a phone number or e-mail")
                    .arg(in.contactsToFill - in.contactsFilled)
                    .arg(in.contactsToFill)};
    if (key == QLatin1String("playbooks"))
        return {ratio(in.playbooks, in.playbooks - in.playbooksReviewed),
                PostureRules::tr("%1 of %2 incident playbooks not reviewed in 12 months")
                    .arg(in.playbooks - in.playbooksReviewed)
                    .arg(in.playbooks)};
    if (key == QLatin1String("exercise"))
        return {passes(in.exercisesInYear > 0),
                in.exercisesInYear > 0 ? PostureRules::tr("An exercise in the last 12 months")
                                       : PostureRules::tr("No exercise in the last 12 months")};
    if (key == QLatin1String("no_open_critical"))
        return {
            passes(in.openCriticalIncidents == 0),
            PostureRules::tr("%n open critical incident(s)", nullptr, in.openCriticalIncidents)};
    if (key == QLatin1String("no_overdue_clock"))
        return {passes(in.overdueClocks == 0),
                PostureRules::tr("%n overdue reporting deadline(s)", nullptr, in.overdueClocks)};
    if (key == QLatin1String("declaration"))
        return {std::clamp(in.declaredLevel, 0, 2) / 2.0,
                in.declaredLevel >= 2   ? PostureRules::tr("SECURITY ACTION ★★ declared")
                : in.declaredLevel == 1 ? PostureRules::tr("SECURITY ACTION ★ declared")
                                        : PostureRules::tr("SECURITY ACTION not declared")};
    if (key == QLatin1String("one_star"))
        return {share(in.rulesInPlace, 5),
                PostureRules::tr("%1 of the 5 basic rules in place").arg(in.rulesInPlace)};
    if (key == QLatin1String("two_stars"))
        return {passes(in.twoStarsReady != 0), in.twoStarsReady != 0
                                                   ? PostureRules::tr("Ready for ★★")
                                                   : PostureRules::tr("Not yet ready for ★★")};
    if (key == QLatin1String("policy_published"))
        return {passes(in.policyPublished != 0),
                in.policyPublished != 0 ? PostureRules::tr("Security policy published")
                                        : PostureRules::tr("Security policy not published")};
    if (key == QLatin1String("policy_reviewed"))
        return {passes(in.policyReviewCurrent != 0),
                in.policyReviewCurrent != 0
                    ? PostureRules::tr("Security policy reviewed within its interval")
                    : PostureRules::tr("Security policy review overdue or never done")};
    return {std::nullopt, {}};
}

} // namespace

const QList<PostureComponent> &PostureRules::components()
{
    static const QList<PostureComponent> all{C::Diagnosis, C::Devices, C::Backups, C::Incidents,
                                             C::SecurityAction};
    return all;
}

int PostureRules::weight(PostureComponent component)
{
    switch (component) {
    case C::Diagnosis:
        return 20;
    case C::Devices:
        return 30;
    case C::Backups:
        return 20;
    case C::Incidents:
        return 15;
    case C::SecurityAction:
        return 15;
    }
    return 0;
}

const QList<PostureRules::PartDefinition> &PostureRules::parts()
{
    const auto facts = [](std::initializer_list<const char *> keys) {
        QStringList list;
        for (const char *key : keys)
            list << QString::fromLatin1(key);
        return list;
    };
    static const QList<PartDefinition> all{
        {QStringLiteral("score"), C::Diagnosis, 1,
         facts({"diagnosis_recorded", "diagnosis_score"})},
        {QStringLiteral("supported_os"), C::Devices, 20,
         facts({"support_tracked", "support_ended"})},
        {QStringLiteral("updated"), C::Devices, 20, facts({"updatable", "no_recent_update"})},
        {QStringLiteral("antivirus"), C::Devices, 20,
         facts({"needs_antivirus", "antivirus_missing"})},
        {QStringLiteral("mfa"), C::Devices, 20, facts({"cloud_services", "mfa_missing"})},
        {QStringLiteral("encrypted"), C::Devices, 20,
         facts({"portable_devices", "portable_not_encrypted"})},
        {QStringLiteral("on_time"), C::Backups, 30,
         facts({"backup_plans", "backup_plans_on_time"})},
        {QStringLiteral("offline_copy"), C::Backups, 20, facts({"backup_plans", "offline_copies"})},
        {QStringLiteral("restore_tests"), C::Backups, 25,
         facts({"backup_plans", "restore_tests_current"})},
        {QStringLiteral("important_covered"), C::Backups, 25,
         facts({"important_assets", "important_assets_covered"})},
        {QStringLiteral("contacts"), C::Incidents, 20,
         facts({"incidents_recorded", "contacts_to_fill", "contacts_filled"})},
        {QStringLiteral("playbooks"), C::Incidents, 20, facts({"playbooks", "playbooks_reviewed"})},
        {QStringLiteral("exercise"), C::Incidents, 20, facts({"exercises_in_year"})},
        {QStringLiteral("no_open_critical"), C::Incidents, 20, facts({"open_critical_incidents"})},
        {QStringLiteral("no_overdue_clock"), C::Incidents, 20, facts({"overdue_clocks"})},
        {QStringLiteral("declaration"), C::SecurityAction, 35,
         facts({"action_recorded", "declared_level"})},
        {QStringLiteral("one_star"), C::SecurityAction, 20, facts({"rules_in_place"})},
        {QStringLiteral("two_stars"), C::SecurityAction, 15, facts({"two_stars_ready"})},
        {QStringLiteral("policy_published"), C::SecurityAction, 15, facts({"policy_published"})},
        {QStringLiteral("policy_reviewed"), C::SecurityAction, 15,
         facts({"policy_review_current"})},
    };
    return all;
}

PostureScore PostureRules::compute(const PostureInputs &inputs)
{
    PostureScore score;
    double weighted = 0;
    for (const PostureComponent component : components()) {
        ComponentScore result;
        result.component = component;
        result.weight = weight(component);
        const bool has = recorded(component, inputs);
        double partWeights = 0;
        double partSum = 0;
        for (const PartDefinition &definition : parts()) {
            if (definition.component != component)
                continue;
            auto [value, fact] = measure(definition.key, inputs);
            PosturePart part{
                definition.key, component, definition.weight, has ? value : std::nullopt, fact, 0};
            if (part.value) {
                partWeights += part.weight;
                partSum += part.weight * *part.value;
            }
            result.parts << part;
        }
        if (has && partWeights > 0) {
            result.value = 100.0 * partSum / partWeights;
            score.recordedWeight += result.weight;
            weighted += result.weight * *result.value;
        }
        score.components << result;
    }
    if (score.recordedWeight == 0)
        return score;
    score.value = weighted / score.recordedWeight;
    for (ComponentScore &component : score.components) {
        if (!component.recorded())
            continue;
        double partWeights = 0;
        for (const PosturePart &part : std::as_const(component.parts))
            partWeights += part.value ? part.weight : 0;
        for (PosturePart &part : component.parts) {
            if (part.value)
                part.pointsLost = 100.0 * component.weight / score.recordedWeight * part.weight /
                                  partWeights * (1.0 - *part.value);
        }
    }
    return score;
}

std::optional<int> ComponentScore::points() const
{
    if (!value)
        return std::nullopt;
    return int(std::lround(*value));
}

std::optional<int> PostureScore::points() const
{
    if (!value)
        return std::nullopt;
    return int(std::lround(*value));
}

const ComponentScore &PostureScore::component(PostureComponent which) const
{
    for (const ComponentScore &candidate : components) {
        if (candidate.component == which)
            return candidate;
    }
    static const ComponentScore none;
    return none;
}

QList<PosturePart> PostureScore::pullingDown() const
{
    QList<PosturePart> below;
    for (const ComponentScore &component : components) {
        for (const PosturePart &part : component.parts) {
            if (part.value && *part.value < 1.0)
                below << part;
        }
    }
    std::stable_sort(below.begin(), below.end(), [](const PosturePart &a, const PosturePart &b) {
        return a.pointsLost > b.pointsLost;
    });
    return below;
}

QString PostureRules::code(PostureComponent component)
{
    switch (component) {
    case C::Diagnosis:
        return QStringLiteral("diagnosis");
    case C::Devices:
        return QStringLiteral("devices");
    case C::Backups:
        return QStringLiteral("backups");
    case C::Incidents:
        return QStringLiteral("incidents");
    case C::SecurityAction:
        return QStringLiteral("security_action");
    }
    return {};
}

std::optional<PostureComponent> PostureRules::componentFromCode(const QString &text)
{
    for (const PostureComponent component : components()) {
        if (code(component) == text)
            return component;
    }
    return std::nullopt;
}

QString PostureRules::label(PostureComponent component)
{
    switch (component) {
    case C::Diagnosis:
        return tr("Self-diagnosis");
    case C::Devices:
        return tr("Device hygiene");
    case C::Backups:
        return tr("Backup health");
    case C::Incidents:
        return tr("Incident readiness");
    case C::SecurityAction:
        return tr("SECURITY ACTION");
    }
    return {};
}

QString PostureRules::notRecordedReason(PostureComponent component)
{
    switch (component) {
    case C::Diagnosis:
        return tr("No self-diagnosis completed yet");
    case C::Devices:
        return tr("No devices in use recorded yet");
    case C::Backups:
        return tr("No backup plan recorded yet");
    case C::Incidents:
        return tr("Nothing recorded for incidents yet (contacts, playbooks, exercises)");
    case C::SecurityAction:
        return tr("Nothing recorded for SECURITY ACTION yet");
    }
    return {};
}

QString PostureRules::partLabel(const QString &key)
{
    static const QList<std::pair<const char *, const char *>> labels{
        {"score", QT_TR_NOOP("Self-diagnosis score")},
        {"supported_os", QT_TR_NOOP("Supported OS and software")},
        {"updated", QT_TR_NOOP("Updated within 90 days")},
        {"antivirus", QT_TR_NOOP("Antivirus")},
        {"mfa", QT_TR_NOOP("Multi-factor sign-in")},
        {"encrypted", QT_TR_NOOP("Portable devices encrypted")},
        {"on_time", QT_TR_NOOP("Backups on time")},
        {"offline_copy", QT_TR_NOOP("An offline copy")},
        {"restore_tests", QT_TR_NOOP("Restore tests")},
        {"important_covered", QT_TR_NOOP("Important information backed up")},
        {"contacts", QT_TR_NOOP("Contacts filled in")},
        {"playbooks", QT_TR_NOOP("Playbooks reviewed")},
        {"exercise", QT_TR_NOOP("Exercise in the last 12 months")},
        {"no_open_critical", QT_TR_NOOP("No open critical incident")},
        {"no_overdue_clock", QT_TR_NOOP("No overdue reporting deadline")},
        {"declaration", QT_TR_NOOP("Declared level")},
        {"one_star", QT_TR_NOOP("Ready for ★ (five basic rules)")},
        {"two_stars", QT_TR_NOOP("Ready for ★★")},
        {"policy_published", QT_TR_NOOP("Policy published")},
        {"policy_reviewed", QT_TR_NOOP("Policy reviewed")},
    };
    for (const auto &[candidate, label] : labels) {
        if (key == QLatin1String(candidate))
            return tr(label);
    }
    return key;
}

} // namespace mamori
