#include "CompanyProfile.h"

#include "TestEnvironment.h"

using mamori::CompanyProfile;

TEST(CompanyProfileTest, NameIsRequired)
{
    CompanyProfile profile;
    EXPECT_EQ(profile.validationErrors().size(), 1);
    profile.name = QStringLiteral("有限会社さくら");
    EXPECT_TRUE(profile.validationErrors().isEmpty());
}

TEST(CompanyProfileTest, RangesAreChecked)
{
    CompanyProfile profile;
    profile.name = QStringLiteral("Sakura Ltd.");
    profile.employeeCount = -1;
    profile.fiscalYearStartMonth = 13;
    EXPECT_EQ(profile.validationErrors().size(), 2);
    profile.employeeCount = 0;
    profile.fiscalYearStartMonth = 1;
    EXPECT_TRUE(profile.validationErrors().isEmpty());
}

TEST(CompanyProfileTest, FiscalYearDefaultsToApril)
{
    EXPECT_EQ(CompanyProfile{}.fiscalYearStartMonth, 4);
}
