#include "TestEnvironment.h"

#include "action/FiveRules.h"
#include "action/SelfDiagnosis.h"
#include "inventory/EndOfSupportCatalog.h"
#include "io/JsonContent.h"

using namespace mamori;

TEST(JsonContentTest, ASyntaxErrorNamesTheFileAndTheByte)
{
    const auto parsed =
        json_content::parse("{\"rules\": [1, 2,, 3]}", QStringLiteral("rules.json"));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("rules.json")))
        << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("byte 17")))
        << parsed.error().message.toStdString();
}

TEST(JsonContentTest, AnArrayIsNotContent)
{
    const auto parsed = json_content::parse("[1]", QStringLiteral("list.json"));
    ASSERT_FALSE(parsed);
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("list.json")));
}

TEST(JsonContentTest, AMissingFileIsAnIoError)
{
    const auto loaded = json_content::load(QStringLiteral(":/action/no-such-file.json"));
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().kind, ErrorKind::Io);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("no-such-file.json")));
}

// Every content loader goes through the one parser, so a truncated file says where it broke
// instead of reading as empty content.
TEST(JsonContentTest, EveryContentLoaderReportsWhereATruncatedFileBreaks)
{
    QFile rules(QStringLiteral(":/action/five-rules_ja.json"));
    ASSERT_TRUE(rules.open(QIODevice::ReadOnly));
    const QByteArray truncated = rules.readAll().left(300);
    const auto expectOffset = [&](const Error &error, const char *source) {
        EXPECT_TRUE(error.message.contains(QLatin1String(source))) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("byte"))) << error.message.toStdString();
    };
    const auto fiveRules = FiveRulesContent::fromJson(truncated, QStringLiteral("five.json"));
    ASSERT_FALSE(fiveRules);
    expectOffset(fiveRules.error(), "five.json");
    const auto selfDiagnosis =
        SelfDiagnosisContent::fromJson(truncated, QStringLiteral("diagnosis.json"));
    ASSERT_FALSE(selfDiagnosis);
    expectOffset(selfDiagnosis.error(), "diagnosis.json");
    const auto catalog = EndOfSupportCatalog::fromJson(truncated, QStringLiteral("eos.json"));
    ASSERT_FALSE(catalog);
    expectOffset(catalog.error(), "eos.json");
}

TEST(JsonContentTest, TheBundledContentLoadsInBothLanguages)
{
    for (const UiLanguage language : {UiLanguage::Japanese, UiLanguage::English}) {
        EXPECT_TRUE(mamori::test::isOk(FiveRulesContent::load(language)));
        EXPECT_TRUE(mamori::test::isOk(SelfDiagnosisContent::load(language)));
    }
    QFile file(QStringLiteral(":/inventory/end-of-support.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto catalog = EndOfSupportCatalog::fromJson(file.readAll(), file.fileName());
    ASSERT_TRUE(mamori::test::isOk(catalog));
    EXPECT_EQ(catalog->products().size(), EndOfSupportCatalog::bundled().products().size());
}

#if !defined(QT_NO_DEBUG) || defined(QT_FORCE_ASSERTS)
// Reading the value of a failed Result is a caller's bug; it stops the program instead of
// handing back an empty value that looks like real data.
TEST(ResultDeathTest, ReadingTheValueOfAFailedResultStops)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const Result<int> failed = Error(ErrorKind::Io, QStringLiteral("no"));
    EXPECT_DEATH((void)*failed, "failed result");
}
#endif
