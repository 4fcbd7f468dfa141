#include "Readiness.h"

namespace mamori {

namespace {

const FiveRuleStatus *statusOf(const ActionSnapshot &snapshot, int rule)
{
    for (const FiveRuleStatus &status : snapshot.rules) {
        if (status.rule == rule)
            return &status;
    }
    return nullptr;
}

QString itemList(const QList<int> &items)
{
    QStringList numbers;
    for (const int item : items)
        numbers << QString::number(item);
    return numbers.join(QStringLiteral(", "));
}

// Due dates for things that have never been done: today, so they show as due now.
QDate dueAfter(const QDate &done, int months, const QDate &today)
{
    return done.isValid() ? done.addMonths(months) : today;
}

} // namespace

Readiness ActionRules::readiness(const ActionSnapshot &snapshot, const Translate &translate)
{
    const Translate t = translate ? translate : [](const char *source, int n) {
        return QCoreApplication::translate("ActionRules", source, nullptr, n);
    };
    // Short names, so a sentence reads on its own without the rules' full titles.
    const QStringList ruleNames{t(QT_TRANSLATE_NOOP("ActionRules", "Updates"), -1),
                                t(QT_TRANSLATE_NOOP("ActionRules", "Antivirus"), -1),
                                t(QT_TRANSLATE_NOOP("ActionRules", "Passwords"), -1),
                                t(QT_TRANSLATE_NOOP("ActionRules", "Sharing settings"), -1),
                                t(QT_TRANSLATE_NOOP("ActionRules", "Threats and tricks"), -1)};
    Readiness readiness;
    for (int rule = 1; rule <= int(ruleNames.size()); ++rule) {
        const FiveRuleStatus *status = statusOf(snapshot, rule);
        const RuleState state = status ? status->state : RuleState::NotYet;
        const QString name = ruleNames.at(rule - 1);
        if (state == RuleState::NotYet)
            readiness.missingForOneStar
                << t(QT_TRANSLATE_NOOP("ActionRules", "Rule %1 (%2) is not in place yet"), -1)
                       .arg(rule)
                       .arg(name);
        else if (state == RuleState::Partly)
            readiness.missingForOneStar
                << t(QT_TRANSLATE_NOOP("ActionRules", "Rule %1 (%2) is only partly in place"), -1)
                       .arg(rule)
                       .arg(name);
    }

    const int months = snapshot.intervals.diagnosisMonths;
    if (!snapshot.latestDiagnosis) {
        readiness.missingForTwoStars
            << t(QT_TRANSLATE_NOOP("ActionRules", "No self-diagnosis completed yet"), -1);
    } else {
        const DiagnosisSession &latest = *snapshot.latestDiagnosis;
        // Still current on its anniversary (when the reminder falls due); stale the day after.
        if (latest.answeredOn.addMonths(months) < snapshot.today) {
            readiness.missingForTwoStars
                << t(QT_TRANSLATE_N_NOOP("ActionRules",
                                         "Last self-diagnosis is older than %n month(s) (%1)"),
                     months)
                       .arg(latest.answeredOn.toString(Qt::ISODate));
        }
        const QList<int> unknown = diagnosis::score(latest.answers).unknownItems;
        if (!unknown.isEmpty()) {
            readiness.missingForTwoStars
                << t(QT_TRANSLATE_N_NOOP("ActionRules", "%n item(s) answered “don't know”: %1"),
                     int(unknown.size()))
                       .arg(itemList(unknown));
        }
    }
    if (!snapshot.latestPolicy)
        readiness.missingForTwoStars
            << t(QT_TRANSLATE_NOOP("ActionRules", "No basic security policy written yet"), -1);
    else if (!snapshot.latestPolicy->published())
        readiness.missingForTwoStars
            << t(QT_TRANSLATE_NOOP("ActionRules", "Policy written but not published"), -1);
    return readiness;
}

QList<ActionReminder> ActionRules::reminders(const ActionSnapshot &snapshot)
{
    QList<ActionReminder> reminders;
    const ActionIntervals &intervals = snapshot.intervals;

    const QDate lastDiagnosis =
        snapshot.latestDiagnosis ? snapshot.latestDiagnosis->answeredOn : QDate();
    reminders.append(
        {QStringLiteral("diagnosis"),
         lastDiagnosis.isValid() ? tr("Redo the self-diagnosis") : tr("Do the self-diagnosis"),
         dueAfter(lastDiagnosis, intervals.diagnosisMonths, snapshot.today)});

    const QDate lastReview =
        snapshot.latestPolicy ? snapshot.latestPolicy->lastReviewed() : QDate();
    reminders.append({QStringLiteral("policy_review"),
                      snapshot.latestPolicy ? tr("Review the basic security policy")
                                            : tr("Write the basic security policy"),
                      dueAfter(lastReview, intervals.policyReviewMonths, snapshot.today)});

    // The five rules are confirmed as often as the diagnosis is redone; the oldest confirmation
    // sets the date, and a rule never confirmed makes it due now.
    QDate oldestConfirmation;
    for (int rule = 1; rule <= 5; ++rule) {
        const FiveRuleStatus *status = statusOf(snapshot, rule);
        if (!status || !status->confirmedOn.isValid()) {
            oldestConfirmation = QDate();
            break;
        }
        if (!oldestConfirmation.isValid() || status->confirmedOn < oldestConfirmation)
            oldestConfirmation = status->confirmedOn;
    }
    reminders.append({QStringLiteral("five_rules"), tr("Confirm the five basic rules"),
                      dueAfter(oldestConfirmation, intervals.diagnosisMonths, snapshot.today)});
    return reminders;
}

} // namespace mamori
