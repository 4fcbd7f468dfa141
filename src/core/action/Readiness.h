#pragma once

#include "action/Declaration.h"
#include "action/DiagnosisSession.h"
#include "action/FiveRules.h"
#include "action/Policy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace mamori {

// How often things are redone (app_setting; configurable on the Settings page).
// The reminder intervals the firm sets on the Settings page. The tabletop exercise is the
// incidents module's, kept here so that one record holds every interval the firm chooses.
struct ActionIntervals
{
    int diagnosisMonths = 12;
    int policyReviewMonths = 12;
    int exerciseMonths = 12;
};

// Everything the readiness rules and reminders look at.
struct ActionSnapshot
{
    QDate today;
    ActionIntervals intervals;
    QList<FiveRuleStatus> rules;                     // five entries, rule 1–5
    std::optional<DiagnosisSession> latestDiagnosis; // latest completed
    std::optional<PolicyVersion> latestPolicy;
    std::optional<Declaration> currentDeclaration; // latest in force
};

// What is missing for ★ and ★★, in plain translated sentences, e.g. "Policy written but not
// published", "Last self-diagnosis is older than 12 months", "3 items answered “don't know”".
struct Readiness
{
    QStringList missingForOneStar;
    QStringList missingForTwoStars;
    bool oneStarReady() const { return missingForOneStar.isEmpty(); }
    bool twoStarsReady() const { return missingForTwoStars.isEmpty(); }
};

// A dated SECURITY ACTION thing to do; reminders/ModuleReminders turns these into the reminder
// service's Reminders (key "action:" + key).
struct ActionReminder
{
    QString key;   // stable: "diagnosis", "policy_review", "five_rules"
    QString title; // translated
    QDate due;
    bool overdue(const QDate &today) const { return due.isValid() && due <= today; }
};

class ActionRules
{
    Q_DECLARE_TR_FUNCTIONS(ActionRules)

public:
    // ★: each of the five rules in place (★ may be declared as a commitment before that; the
    // list says what to finish). ★★: a completed diagnosis within the interval with no
    // "don't know" left, and a policy written and published.
    // Looks up a source text (n for plural forms, -1 for none); the default is the installed
    // translation. A report in another language passes its own words.
    using Translate = std::function<QString(const char *source, int n)>;
    static Readiness readiness(const ActionSnapshot &snapshot, const Translate &translate = {});
    // Redo the diagnosis every diagnosisMonths after the last one; review the policy every
    // policyReviewMonths after it was adopted or last reviewed. Due now when never done.
    static QList<ActionReminder> reminders(const ActionSnapshot &snapshot);
};

} // namespace mamori
