#include "PostureExplain.h"

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

int *member(PostureInputs &inputs, const QString &key)
{
    for (const PostureInputs::Fact &fact : PostureInputs::facts()) {
        if (key == QLatin1String(fact.key))
            return &(inputs.*fact.member);
    }
    return nullptr;
}

int valueOf(const PostureInputs &inputs, const QString &key)
{
    for (const PostureInputs::Fact &fact : PostureInputs::facts()) {
        if (key == QLatin1String(fact.key))
            return inputs.*fact.member;
    }
    return 0;
}

const PosturePart *findPart(const PostureScore &score, const QString &key)
{
    for (const ComponentScore &component : score.components) {
        for (const PosturePart &part : component.parts) {
            if (part.key == key)
                return &part;
        }
    }
    return nullptr;
}

double valueOrZero(const PostureScore &score)
{
    return score.value.value_or(0.0);
}

} // namespace

PostureSnapshot PostureSnapshot::of(const QDate &date, const PostureInputs &inputs,
                                    const QDateTime &takenAt)
{
    const PostureScore score = PostureRules::compute(inputs);
    PostureSnapshot snapshot{date, inputs, score.points(), {}, takenAt};
    for (const ComponentScore &component : score.components)
        snapshot.components.append({component.component, component.points()});
    return snapshot;
}

std::optional<int> PostureSnapshot::component(PostureComponent which) const
{
    for (const auto &[component, value] : components) {
        if (component == which)
            return value;
    }
    return std::nullopt;
}

std::optional<double> PostureExplanation::change() const
{
    if (!scoreBefore || !scoreAfter)
        return std::nullopt;
    return *scoreAfter - *scoreBefore;
}

PostureExplanation PostureExplain::explain(const PostureSnapshot &before,
                                           const PostureSnapshot &after,
                                           const QList<ChangeActivity> &activity)
{
    PostureExplanation explanation;
    explanation.from = before.date;
    explanation.to = after.date;
    explanation.activity = activity;
    const PostureScore first = PostureRules::compute(before.inputs);
    const PostureScore last = PostureRules::compute(after.inputs);
    explanation.scoreBefore = first.value;
    explanation.scoreAfter = last.value;

    // Parts that share a fact (the backup parts all read backup_plans) are swapped together:
    // swapping one alone would read a new number of plans against old counts.
    QList<QList<const PostureRules::PartDefinition *>> groups;
    for (const PostureRules::PartDefinition &definition : PostureRules::parts()) {
        const auto shares = [&definition](const PostureRules::PartDefinition *other) {
            for (const QString &key : definition.facts) {
                if (other->facts.contains(key))
                    return true;
            }
            return false;
        };
        if (!groups.isEmpty() && std::any_of(groups.last().cbegin(), groups.last().cend(), shares))
            groups.last() << &definition;
        else
            groups.append({&definition});
    }

    PostureInputs current = before.inputs;
    PostureScore currentScore = first;
    for (const auto &group : std::as_const(groups)) {
        PostureInputs next = current;
        QList<const PostureRules::PartDefinition *> changed;
        for (const PostureRules::PartDefinition *definition : group) {
            bool differs = false;
            for (const QString &key : definition->facts) {
                int *to = member(next, key);
                const int target = valueOf(after.inputs, key);
                if (to && *to != target) {
                    *to = target;
                    differs = true;
                }
            }
            if (differs)
                changed << definition;
        }
        if (changed.isEmpty())
            continue;
        const PostureScore nextScore = PostureRules::compute(next);
        const double step = valueOrZero(nextScore) - valueOrZero(currentScore);
        // Within a group each part is credited with what its own shortfall changed; what is
        // left (the other components' weights moving when this one becomes recorded) goes to
        // the part whose facts changed first.
        QList<ExplainedChange> items;
        double credited = 0;
        for (const PostureRules::PartDefinition *definition : group) {
            const PosturePart *was = findPart(currentScore, definition->key);
            const PosturePart *is = findPart(nextScore, definition->key);
            const double lostBefore = was && was->value ? was->pointsLost : 0;
            const double lostAfter = is && is->value ? is->pointsLost : 0;
            const PosturePart *firstFact = findPart(first, definition->key);
            const PosturePart *lastFact = findPart(last, definition->key);
            ExplainedChange change;
            change.component = definition->component;
            change.part = definition->key;
            change.before = firstFact ? firstFact->fact : QString();
            change.after = lastFact ? lastFact->fact : QString();
            change.points = lostBefore - lostAfter;
            credited += change.points;
            items << change;
        }
        for (ExplainedChange &item : items) {
            if (item.part == changed.constFirst()->key)
                item.points += step - credited;
        }
        for (ExplainedChange &item : items) {
            item.points = std::round(item.points * 10) / 10;
            if (item.points != 0 || item.before != item.after)
                explanation.changes << item;
        }
        current = next;
        currentScore = nextScore;
    }
    std::stable_sort(explanation.changes.begin(), explanation.changes.end(),
                     [](const ExplainedChange &a, const ExplainedChange &b) {
                         return std::abs(a.points) > std::abs(b.points);
                     });
    return explanation;
}

QString PostureExplain::entityLabel(const QString &entity)
{
    static const QList<std::pair<const char *, const char *>> labels{
        {"device", QT_TR_NOOP("Devices")},
        {"information_asset", QT_TR_NOOP("Information assets")},
        {"asset_link", QT_TR_NOOP("Links between assets")},
        {"diagnosis_session", QT_TR_NOOP("Self-diagnoses")},
        {"five_rule_status", QT_TR_NOOP("Basic rules")},
        {"policy_version", QT_TR_NOOP("Security policy versions")},
        {"security_action_declaration", QT_TR_NOOP("Declarations")},
        {"backup_plan", QT_TR_NOOP("Backup plans")},
        {"backup_run", QT_TR_NOOP("Backup runs")},
        {"restore_test", QT_TR_NOOP("Restore tests")},
        {"incident", QT_TR_NOOP("Incidents and exercises")},
        {"incident_step", QT_TR_NOOP("Incident steps")},
        {"incident_entry", QT_TR_NOOP("Incident timeline entries")},
        {"incident_clock", QT_TR_NOOP("Reporting deadlines")},
        {"incident_contact", QT_TR_NOOP("Incident contacts")},
        {"playbook_copy", QT_TR_NOOP("Playbooks")},
        {"company_profile", QT_TR_NOOP("Company profile")},
        {"app_setting", QT_TR_NOOP("Settings")},
    };
    for (const auto &[candidate, label] : labels) {
        if (entity == QLatin1String(candidate))
            return tr(label);
    }
    return entity;
}

QString PostureExplain::describe(const ChangeActivity &activity)
{
    QStringList parts;
    if (activity.inserted > 0)
        parts << tr("%n added", nullptr, activity.inserted);
    if (activity.updated > 0)
        parts << tr("%n changed", nullptr, activity.updated);
    if (activity.deleted > 0)
        parts << tr("%n removed", nullptr, activity.deleted);
    return tr("%1: %2").arg(entityLabel(activity.entity), parts.join(tr(", ")));
}

} // namespace mamori
