#include "SelfDiagnosis.h"

#include "io/JsonContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mamori {

namespace diagnosis {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SelfDiagnosis)
};
} // namespace

bool isValidAnswer(int value)
{
    return value == done || value == partly || value == notDone || value == dontKnow;
}

int partOf(int item)
{
    if (item >= 1 && item <= 5)
        return 1;
    if (item >= 6 && item <= 18)
        return 2;
    if (item >= 19 && item <= itemCount)
        return 3;
    return 0;
}

Score score(const Answers &answers)
{
    Score result;
    for (int part = 1; part <= 3; ++part)
        result.partSubtotals.insert(part, 0);
    for (int item = 1; item <= itemCount; ++item) {
        const auto found = answers.constFind(item);
        if (found == answers.cend() || !isValidAnswer(*found)) {
            result.unansweredItems << item;
            continue;
        }
        result.total += *found;
        result.partSubtotals[partOf(item)] += *found;
        if (*found == dontKnow)
            result.unknownItems << item;
    }
    return result;
}

int bandOf(int total)
{
    if (total >= 100)
        return 1;
    if (total >= 70)
        return 2;
    if (total >= 50)
        return 3;
    return 4;
}

QList<int> weakestItems(const Answers &answers, int count)
{
    QList<int> items;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (isValidAnswer(*it) && *it < done)
            items << it.key();
    }
    std::stable_sort(items.begin(), items.end(),
                     [&answers](int a, int b) { return answers.value(a) < answers.value(b); });
    return items.mid(0, count);
}

Answers combine(const QList<Answers> &departments)
{
    Answers combined;
    for (const Answers &answers : departments) {
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            const auto found = combined.constFind(it.key());
            if (found == combined.cend() || *it < *found)
                combined.insert(it.key(), *it);
        }
    }
    return combined;
}

Result<Answers> answersFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(ErrorKind::InvalidInput,
                     Text::tr("Not a JSON object of answers (%1).").arg(parseError.errorString()));
    }
    const QJsonObject object = document.object();
    Answers answers;
    QStringList problems;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool isNumber = false;
        const int item = it.key().toInt(&isNumber);
        if (!isNumber || item < 1 || item > itemCount) {
            problems << Text::tr("\"%1\" is not an item number from 1 to 25.").arg(it.key());
            continue;
        }
        const double value = it.value().toDouble(-100);
        if (!it.value().isDouble() || value != int(value) || !isValidAnswer(int(value))) {
            problems << Text::tr("item %1: the answer must be 4, 2, 0 or -1.").arg(item);
            continue;
        }
        answers.insert(item, int(value));
    }
    for (int item = 1; item <= itemCount; ++item) {
        if (!object.contains(QString::number(item)))
            problems << Text::tr("item %1 has no answer.").arg(item);
    }
    if (!problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    return answers;
}

QByteArray answersToJson(const Answers &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(QString::number(it.key()), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace diagnosis

Result<SelfDiagnosisContent> SelfDiagnosisContent::load(UiLanguage language)
{
    const QString path =
        QStringLiteral(":/action/self-diagnosis_%1.json").arg(languageCode(language));
    const Result<QJsonObject> root = json_content::load(path);
    if (!root)
        return root.error();
    return fromObject(*root, path);
}

Result<SelfDiagnosisContent> SelfDiagnosisContent::fromJson(const QByteArray &json,
                                                            const QString &sourceName)
{
    const Result<QJsonObject> root = json_content::parse(json, sourceName);
    if (!root)
        return root.error();
    return fromObject(*root, sourceName);
}

Result<SelfDiagnosisContent> SelfDiagnosisContent::fromObject(const QJsonObject &root,
                                                              const QString &sourceName)
{
    SelfDiagnosisContent content;
    for (const QJsonValue &value : root.value(QStringLiteral("answers")).toArray()) {
        const QJsonObject answer = value.toObject();
        content.m_answerLabels.insert(answer.value(QStringLiteral("value")).toInt(),
                                      answer.value(QStringLiteral("label")).toString());
    }
    for (const QJsonValue &value : root.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject object = value.toObject();
        Part part{object.value(QStringLiteral("number")).toInt(),
                  object.value(QStringLiteral("title")).toString(),
                  object.value(QStringLiteral("description")).toString(),
                  {}};
        for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray())
            part.items << item.toInt();
        content.m_parts << part;
    }
    for (const QJsonValue &value : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject object = value.toObject();
        content.m_items.append({object.value(QStringLiteral("number")).toInt(),
                                object.value(QStringLiteral("part")).toInt(),
                                object.value(QStringLiteral("keyword")).toString(),
                                object.value(QStringLiteral("question")).toString(),
                                object.value(QStringLiteral("why")).toString(),
                                object.value(QStringLiteral("nextStep")).toString(),
                                object.value(QStringLiteral("evidenceHint")).toString()});
    }
    for (const QJsonValue &value : root.value(QStringLiteral("bands")).toArray()) {
        const QJsonObject object = value.toObject();
        content.m_bands.append({object.value(QStringLiteral("min")).toInt(),
                                object.value(QStringLiteral("max")).toInt(),
                                object.value(QStringLiteral("title")).toString(),
                                object.value(QStringLiteral("meaning")).toString()});
    }
    // The scoring rules live in code; the file must agree with them item by item.
    bool consistent = content.m_items.size() == diagnosis::itemCount &&
                      content.m_bands.size() == 4 && content.m_answerLabels.size() == 4;
    for (int i = 0; consistent && i < content.m_items.size(); ++i) {
        const Item &item = content.m_items[i];
        consistent = item.number == i + 1 && item.part == diagnosis::partOf(item.number) &&
                     !item.question.isEmpty() && !item.why.isEmpty() && !item.nextStep.isEmpty();
    }
    if (!consistent)
        return Error(ErrorKind::InvalidInput,
                     tr("%1 does not describe the 25 items.").arg(sourceName));
    return content;
}

const SelfDiagnosisContent::Item *SelfDiagnosisContent::item(int number) const
{
    return number >= 1 && number <= m_items.size() ? &m_items[number - 1] : nullptr;
}

const SelfDiagnosisContent::Band *SelfDiagnosisContent::bandFor(int total) const
{
    for (const Band &band : m_bands) {
        if (total >= band.min && total <= band.max)
            return &band;
    }
    return nullptr;
}

QString SelfDiagnosisContent::answerLabel(int value) const
{
    return m_answerLabels.value(value);
}

} // namespace mamori
