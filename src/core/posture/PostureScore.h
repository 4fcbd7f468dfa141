#pragma once

#include "posture/PostureInputs.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mamori {

enum class PostureComponent
{
    Diagnosis,      // "diagnosis"
    Devices,        // "devices"
    Backups,        // "backups"
    Incidents,      // "incidents"
    SecurityAction, // "security_action"
};

// One measured thing inside a component, e.g. "devices on a supported OS".
struct PosturePart
{
    QString key; // stable: "supported_os", "restore_tests", …
    PostureComponent component = PostureComponent::Devices;
    int weight = 0;              // within its component
    std::optional<double> value; // 0–1; none when nothing to measure (left out of the component)
    QString fact;                // translated: "12 of 150 devices past end of support"
    double pointsLost = 0;       // how much of the total score its shortfall costs
};

struct ComponentScore
{
    PostureComponent component = PostureComponent::Devices;
    int weight = 0;              // of the total (PostureRules::weight)
    std::optional<double> value; // 0–100; none: "not recorded", left out of the weighting
    QList<PosturePart> parts;

    bool recorded() const { return value.has_value(); }
    std::optional<int> points() const;
};

// The posture score: the weighted mean of the recorded components. A component with no data is
// left out and the others' weights are scaled up, so the score is never pulled to 0 or 100 by
// what nobody recorded; recordedWeight says how much of the full weight it stands on.
struct PostureScore
{
    std::optional<double> value;      // 0–100; none when no component is recorded
    QList<ComponentScore> components; // in PostureRules::components() order
    int recordedWeight = 0;           // 0–100

    std::optional<int> points() const; // the score as shown: rounded
    const ComponentScore &component(PostureComponent component) const;
    // The parts below full marks, the costliest first: what pulls the score down.
    QList<PosturePart> pullingDown() const;
};

class PostureRules
{
    Q_DECLARE_TR_FUNCTIONS(PostureRules)

public:
    static PostureScore compute(const PostureInputs &inputs);

    static const QList<PostureComponent> &components();
    // Diagnosis 20, devices 30, backups 20, incidents 15, SECURITY ACTION 15 (sum 100).
    static int weight(PostureComponent component);
    static QString code(PostureComponent component);
    static std::optional<PostureComponent> componentFromCode(const QString &code);
    static QString label(PostureComponent component); // translated
    // Why a component reads "not recorded", translated.
    static QString notRecordedReason(PostureComponent component);
    // The part keys of every component in order, with the facts (PostureInputs keys) each reads.
    struct PartDefinition
    {
        QString key;
        PostureComponent component;
        int weight;
        QStringList facts;
    };
    static const QList<PartDefinition> &parts();
    static QString partLabel(const QString &partKey); // translated
};

} // namespace mamori
