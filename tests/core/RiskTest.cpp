#include "TestEnvironment.h"

#include "inventory/InformationAsset.h"
#include "inventory/Risk.h"

using namespace mamori;

TEST(RiskTest, LikelihoodFollowsTheGuidelineTable)
{
    // rows: threat 3, 2, 1; columns: vulnerability 3, 2, 1 (REFERENCE.md §5b)
    const int expected[3][3] = {{3, 2, 1}, {2, 1, 1}, {1, 1, 1}};
    for (int threat = 3; threat >= 1; --threat) {
        for (int vulnerability = 3; vulnerability >= 1; --vulnerability) {
            EXPECT_EQ(Risk::likelihood(threat, vulnerability),
                      expected[3 - threat][3 - vulnerability])
                << "threat " << threat << ", vulnerability " << vulnerability;
        }
    }
}

TEST(RiskTest, ValueIsImportanceTimesLikelihoodAndOnlyTakesTheSixValues)
{
    QSet<int> seen;
    for (int importance = 1; importance <= 3; ++importance) {
        for (int threat = 1; threat <= 3; ++threat) {
            for (int vulnerability = 1; vulnerability <= 3; ++vulnerability)
                seen.insert(Risk::value(importance, threat, vulnerability));
        }
    }
    EXPECT_EQ(seen, (QSet<int>{1, 2, 3, 4, 6, 9}));
    EXPECT_EQ(Risk::value(3, 3, 3), 9);
    EXPECT_EQ(Risk::value(2, 3, 2), 4);
    EXPECT_EQ(Risk::value(3, 2, 3), 6);
}

TEST(RiskTest, LevelsAreHighMediumLow)
{
    EXPECT_EQ(Risk::level(9), RiskLevel::High);
    EXPECT_EQ(Risk::level(6), RiskLevel::High);
    EXPECT_EQ(Risk::level(4), RiskLevel::Medium);
    EXPECT_EQ(Risk::level(3), RiskLevel::Low);
    EXPECT_EQ(Risk::level(1), RiskLevel::Low);
}

TEST(RiskTest, ImportanceIsTheHighestOfCiaUnlessOverridden)
{
    InformationAsset asset;
    asset.confidentiality = 3;
    asset.integrity = 1;
    asset.availability = 2;
    EXPECT_EQ(asset.importance(), 3);
    EXPECT_FALSE(asset.risk().has_value());
    asset.threat = 3;
    asset.vulnerability = 2;
    EXPECT_EQ(asset.risk(), 6);
    asset.importanceOverride = 1;
    EXPECT_EQ(asset.importance(), 1);
    EXPECT_EQ(asset.risk(), 2);
}
