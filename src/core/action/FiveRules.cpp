#include "FiveRules.h"

#include "io/JsonContent.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FiveRules)
};

constexpr int ruleCount = 5;

} // namespace

QString ruleStateCode(RuleState state)
{
    switch (state) {
    case RuleState::InPlace:
        return QStringLiteral("in_place");
    case RuleState::Partly:
        return QStringLiteral("partly");
    case RuleState::NotYet:
        break;
    }
    return QStringLiteral("not_yet");
}

RuleState ruleStateFromCode(const QString &code)
{
    if (code == QLatin1String("in_place"))
        return RuleState::InPlace;
    if (code == QLatin1String("partly"))
        return RuleState::Partly;
    return RuleState::NotYet;
}

QString ruleStateLabel(RuleState state)
{
    switch (state) {
    case RuleState::InPlace:
        return Text::tr("In place");
    case RuleState::Partly:
        return Text::tr("Partly");
    case RuleState::NotYet:
        break;
    }
    return Text::tr("Not yet");
}

Result<FiveRulesContent> FiveRulesContent::load(UiLanguage language)
{
    const QString path = QStringLiteral(":/action/five-rules_%1.json").arg(languageCode(language));
    const Result<QJsonObject> root = json_content::load(path);
    if (!root)
        return root.error();
    return fromObject(*root, path);
}

Result<FiveRulesContent> FiveRulesContent::fromJson(const QByteArray &json,
                                                    const QString &sourceName)
{
    const Result<QJsonObject> root = json_content::parse(json, sourceName);
    if (!root)
        return root.error();
    return fromObject(*root, sourceName);
}

Result<FiveRulesContent> FiveRulesContent::fromObject(const QJsonObject &root,
                                                      const QString &sourceName)
{
    FiveRulesContent content;
    for (const QJsonValue &value : root.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.number = object.value(QStringLiteral("number")).toInt();
        rule.title = object.value(QStringLiteral("title")).toString();
        rule.summary = object.value(QStringLiteral("summary")).toString();
        for (const QJsonValue &step : object.value(QStringLiteral("howTo")).toArray())
            rule.howTo << step.toString();
        rule.inventoryHint = object.value(QStringLiteral("inventoryHint")).toString();
        content.m_rules << rule;
    }
    // Readiness and storage count on exactly rules 1–5, in order.
    bool consistent = content.m_rules.size() == ruleCount;
    for (int i = 0; consistent && i < content.m_rules.size(); ++i) {
        const Rule &rule = content.m_rules[i];
        consistent = rule.number == i + 1 && !rule.title.isEmpty() && !rule.summary.isEmpty() &&
                     !rule.howTo.isEmpty();
    }
    if (!consistent)
        return Error(ErrorKind::InvalidInput,
                     Text::tr("%1 does not describe the five basic rules.").arg(sourceName));
    return content;
}

const FiveRulesContent::Rule *FiveRulesContent::rule(int number) const
{
    return number >= 1 && number <= m_rules.size() ? &m_rules[number - 1] : nullptr;
}

} // namespace mamori
