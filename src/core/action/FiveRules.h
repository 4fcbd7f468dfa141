#pragma once

#include "Language.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mamori {

// The five basic rules (情報セキュリティ5か条), REFERENCE.md §2: what the firm records for each.
enum class RuleState
{
    NotYet,  // "not_yet"
    Partly,  // "partly"
    InPlace, // "in_place"
};

QString ruleStateCode(RuleState state);
// Unknown codes read as NotYet.
RuleState ruleStateFromCode(const QString &code);
QString ruleStateLabel(RuleState state); // translated

struct FiveRuleStatus
{
    int rule = 0; // 1–5
    RuleState state = RuleState::NotYet;
    QString owner;
    QString howDone;
    QString evidence; // a note or a file reference
    QDate confirmedOn;

    bool operator==(const FiveRuleStatus &) const = default;
};

// The rules' titles, summaries and how-to lists in one language, from
// resources/action/five-rules_<lang>.json (our own wording).
class FiveRulesContent
{
public:
    struct Rule
    {
        int number = 0;
        QString title;
        QString summary;
        QStringList howTo;
        QString inventoryHint; // "updates", "antivirus", "sharing" or empty
    };

    static Result<FiveRulesContent> load(UiLanguage language);
    static Result<FiveRulesContent> fromJson(const QByteArray &json, const QString &sourceName);

    const QList<Rule> &rules() const { return m_rules; }
    const Rule *rule(int number) const;

private:
    static Result<FiveRulesContent> fromObject(const QJsonObject &root, const QString &sourceName);

    QList<Rule> m_rules;
};

} // namespace mamori
