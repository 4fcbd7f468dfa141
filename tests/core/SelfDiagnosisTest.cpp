#include "TestEnvironment.h"

#include "action/SelfDiagnosis.h"

using namespace mamori;
namespace dx = mamori::diagnosis;

namespace {

dx::Answers allAnswered(int value)
{
    dx::Answers answers;
    for (int item = 1; item <= dx::itemCount; ++item)
        answers.insert(item, value);
    return answers;
}

} // namespace

TEST(SelfDiagnosisTest, ScoresRunFromMinusTwentyFiveToOneHundred)
{
    EXPECT_EQ(dx::score(allAnswered(dx::done)).total, 100);
    EXPECT_EQ(dx::score(allAnswered(dx::dontKnow)).total, -25);
    EXPECT_EQ(dx::score(allAnswered(dx::notDone)).total, 0);
    EXPECT_EQ(dx::score(allAnswered(dx::dontKnow)).unknownItems.size(), 25);
    EXPECT_TRUE(dx::score(allAnswered(dx::partly)).complete());
}

TEST(SelfDiagnosisTest, PartSubtotalsFollowThePartRanges)
{
    const dx::Score score = dx::score(allAnswered(dx::done));
    EXPECT_EQ(score.partSubtotals.value(1), 5 * 4);
    EXPECT_EQ(score.partSubtotals.value(2), 13 * 4);
    EXPECT_EQ(score.partSubtotals.value(3), 7 * 4);
    EXPECT_EQ(dx::partOf(5), 1);
    EXPECT_EQ(dx::partOf(6), 2);
    EXPECT_EQ(dx::partOf(18), 2);
    EXPECT_EQ(dx::partOf(19), 3);
    EXPECT_EQ(dx::partOf(26), 0);
}

TEST(SelfDiagnosisTest, BandEdges)
{
    EXPECT_EQ(dx::bandOf(100), 1);
    EXPECT_EQ(dx::bandOf(99), 2);
    EXPECT_EQ(dx::bandOf(70), 2);
    EXPECT_EQ(dx::bandOf(69), 3);
    EXPECT_EQ(dx::bandOf(50), 3);
    EXPECT_EQ(dx::bandOf(49), 4);
    EXPECT_EQ(dx::bandOf(-25), 4);
}

TEST(SelfDiagnosisTest, MissingAnswersAreReported)
{
    dx::Answers answers = allAnswered(dx::done);
    answers.remove(7);
    answers.insert(8, 3); // not a valid answer
    const dx::Score score = dx::score(answers);
    EXPECT_FALSE(score.complete());
    EXPECT_EQ(score.unansweredItems, (QList<int>{7, 8}));
    EXPECT_EQ(score.total, 92);
}

TEST(SelfDiagnosisTest, WeakestItemsAndCombinedDepartments)
{
    dx::Answers office = allAnswered(dx::done);
    office.insert(11, dx::notDone);
    office.insert(3, dx::partly);
    office.insert(20, dx::dontKnow);
    EXPECT_EQ(dx::weakestItems(office, 2), (QList<int>{20, 11}));

    dx::Answers factory = allAnswered(dx::done);
    factory.insert(3, dx::notDone);
    const dx::Answers combined = dx::combine({office, factory});
    EXPECT_EQ(combined.value(3), dx::notDone); // the lowest answer wins
    EXPECT_EQ(combined.value(11), dx::notDone);
    EXPECT_EQ(combined.value(1), dx::done);
}

TEST(SelfDiagnosisTest, JsonExchangeAcceptsOnlyTheTwentyFiveItemsAndFourValues)
{
    const dx::Answers answers = allAnswered(dx::partly);
    auto parsed = dx::answersFromJson(dx::answersToJson(answers));
    ASSERT_TRUE(mamori::test::isOk(parsed));
    EXPECT_EQ(*parsed, answers);

    QByteArray wrongValue = dx::answersToJson(answers);
    wrongValue.replace("\"3\": 2", "\"3\": 3");
    auto bad = dx::answersFromJson(wrongValue);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("item 3")));

    QByteArray extraItem = dx::answersToJson(answers);
    extraItem.replace("{", "{\"26\": 4,");
    EXPECT_FALSE(dx::answersFromJson(extraItem));
    EXPECT_FALSE(dx::answersFromJson("{\"1\": 4}")); // 24 items missing
    EXPECT_FALSE(dx::answersFromJson("[1, 2]"));
}

TEST(SelfDiagnosisTest, ContentIsCompleteAndAlikeInBothLanguages)
{
    auto japanese = SelfDiagnosisContent::load(UiLanguage::Japanese);
    auto english = SelfDiagnosisContent::load(UiLanguage::English);
    ASSERT_TRUE(mamori::test::isOk(japanese));
    ASSERT_TRUE(mamori::test::isOk(english));
    ASSERT_EQ(japanese->items().size(), 25);
    for (int item = 1; item <= 25; ++item) {
        const auto *ja = japanese->item(item);
        const auto *en = english->item(item);
        ASSERT_TRUE(ja && en);
        EXPECT_EQ(ja->part, en->part);
        EXPECT_EQ(ja->evidenceHint, en->evidenceHint);
        EXPECT_NE(ja->question, en->question);
    }
    for (const int value : {4, 2, 0, -1}) {
        EXPECT_FALSE(japanese->answerLabel(value).isEmpty());
        EXPECT_FALSE(english->answerLabel(value).isEmpty());
    }
    EXPECT_EQ(japanese->answerLabel(-1), QStringLiteral("わからない"));
    for (const int total : {100, 99, 70, 69, 50, 49, -25}) {
        ASSERT_TRUE(japanese->bandFor(total)) << total;
        EXPECT_EQ(japanese->bandFor(total)->min, english->bandFor(total)->min);
    }
    // IPA's rules: a declaration, never a certification.
    for (const auto *content : {&*japanese, &*english}) {
        for (const auto &entry : content->items()) {
            for (const QString &text : {entry.question, entry.why, entry.nextStep}) {
                EXPECT_FALSE(text.contains(QStringLiteral("認定")));
                EXPECT_FALSE(text.contains(QStringLiteral("certif"), Qt::CaseInsensitive));
            }
        }
    }
}

TEST(SelfDiagnosisTest, ContentThatDisagreesWithTheScoringIsRefused)
{
    EXPECT_FALSE(SelfDiagnosisContent::fromJson("{\"items\": []}", QStringLiteral("empty.json")));
}
