#pragma once

#include "Language.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace mamori {

// IPA's 25-item self-diagnosis (5分でできる自社診断), REFERENCE.md §3.
// Answers: done 4, partly 2, not done 0, don't know −1; maximum 100, minimum −25.
namespace diagnosis {

constexpr int itemCount = 25;
constexpr int done = 4;
constexpr int partly = 2;
constexpr int notDone = 0;
constexpr int dontKnow = -1;

// Item number → answer value.
using Answers = QMap<int, int>;

bool isValidAnswer(int value);
// Part 1 = items 1–5 (basic measures), part 2 = 6–18 (as employees), part 3 = 19–25 (as an
// organisation).
int partOf(int item);

struct Score
{
    int total = 0;
    QMap<int, int> partSubtotals; // part number → subtotal
    QList<int> unknownItems;      // answered "don't know": to resolve
    QList<int> unansweredItems;
    bool complete() const { return unansweredItems.isEmpty(); }
};

Score score(const Answers &answers);
// 1: 100; 2: 70–99; 3: 50–69; 4: 49 or less.
int bandOf(int total);
// The lowest-scoring answered items, lowest first, at most `count` (ties by item number).
QList<int> weakestItems(const Answers &answers, int count);
// Several departments' answers combined: the lowest answer per item.
Answers combine(const QList<Answers> &departments);

// Parses the exchange format of `mamori-cli diagnosis import/export`: {"1": 4, "2": 2, …,
// "25": -1}. Any other item number or value, or a missing item, is an InvalidInput error that
// names it.
Result<Answers> answersFromJson(const QByteArray &json);
QByteArray answersToJson(const Answers &answers);

} // namespace diagnosis

// The questions, explanations, next steps and bands in one language, from
// resources/action/self-diagnosis_<lang>.json (our own wording).
class SelfDiagnosisContent
{
    Q_DECLARE_TR_FUNCTIONS(SelfDiagnosisContent)

public:
    struct Item
    {
        int number = 0;
        int part = 0;
        QString keyword;
        QString question;
        QString why;
        QString nextStep;
        QString evidenceHint; // "updates", "antivirus", …; empty when no data can suggest one
    };
    struct Part
    {
        int number = 0;
        QString title;
        QString description;
        QList<int> items;
    };
    struct Band
    {
        int min = 0;
        int max = 0;
        QString title;
        QString meaning;
    };

    static Result<SelfDiagnosisContent> load(UiLanguage language);
    static Result<SelfDiagnosisContent> fromJson(const QByteArray &json, const QString &sourceName);

    const QList<Item> &items() const { return m_items; }
    const QList<Part> &parts() const { return m_parts; }
    const QList<Band> &bands() const { return m_bands; }
    const Item *item(int number) const;
    const Band *bandFor(int total) const;
    QString answerLabel(int value) const;

private:
    static Result<SelfDiagnosisContent> fromObject(const QJsonObject &root,
                                                   const QString &sourceName);

    QList<Item> m_items;
    QList<Part> m_parts;
    QList<Band> m_bands;
    QMap<int, QString> m_answerLabels;
};

} // namespace mamori
