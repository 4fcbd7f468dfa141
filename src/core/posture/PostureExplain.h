#pragma once

#include "posture/PostureInputs.h"
#include "posture/PostureScore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mamori {

// One day's stored posture: the facts behind it and the score they gave.
struct PostureSnapshot
{
    QDate date; // the local day
    PostureInputs inputs;
    std::optional<int> score;                                          // as stored
    QList<std::pair<PostureComponent, std::optional<int>>> components; // as stored
    QDateTime takenAt;                                                 // UTC

    // A snapshot of `inputs` as the formula scores them now.
    static PostureSnapshot of(const QDate &date, const PostureInputs &inputs,
                              const QDateTime &takenAt);
    std::optional<int> component(PostureComponent component) const;
};

// How many records of one kind the audit log says changed between two days.
struct ChangeActivity
{
    QString entity; // the audit log's entity: "device", "backup_run", …
    int inserted = 0;
    int updated = 0; // records updated (not fields)
    int deleted = 0;

    bool operator==(const ChangeActivity &) const = default;
};

// One part of the score whose facts differ between the two days, and what it moved.
struct ExplainedChange
{
    PostureComponent component = PostureComponent::Devices;
    QString part;      // PostureRules part key
    QString before;    // translated fact sentence on the first day
    QString after;     // … on the second
    double points = 0; // what it moved the score, to 0.1: the items add up to the change
};

struct PostureExplanation
{
    QDate from;
    QDate to;
    std::optional<double> scoreBefore; // recomputed from the facts with today's formula
    std::optional<double> scoreAfter;
    QList<ExplainedChange> changes; // the largest move first
    QList<ChangeActivity> activity; // what the audit log recorded in between
    std::optional<double> change() const;
};

class PostureExplain
{
    Q_DECLARE_TR_FUNCTIONS(PostureExplain)

public:
    // Swaps each part's facts from `before` to `after` in PostureRules::parts() order and
    // credits the part with what that step moved the score, so the parts' points add up to the
    // whole change (a component that becomes recorded moves the others' weights too, and that
    // is credited to the part that recorded it).
    static PostureExplanation explain(const PostureSnapshot &before, const PostureSnapshot &after,
                                      const QList<ChangeActivity> &activity);
    // "Devices: 12 added, 40 changed": one line per kind of record, translated.
    static QString describe(const ChangeActivity &activity);
    static QString entityLabel(const QString &entity);
};

} // namespace mamori
