#include "Language.h"
#include "CompanyProfile.h"
#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QSettings>

#include <gtest/gtest.h>

using namespace mamori;

TEST(LanguageTest, SystemLocaleChoosesTheDefault)
{
    EXPECT_EQ(systemLanguage(QLocale(QStringLiteral("ja_JP"))), UiLanguage::Japanese);
    EXPECT_EQ(systemLanguage(QLocale(QStringLiteral("en_GB"))), UiLanguage::English);
    EXPECT_EQ(systemLanguage(QLocale(QStringLiteral("de_DE"))), UiLanguage::English);
}

TEST(LanguageTest, ChoiceInSettingsWinsOverTheSystem)
{
    QSettings().remove(QStringLiteral("ui/language"));
    EXPECT_FALSE(hasConfiguredLanguage());
    saveConfiguredLanguage(UiLanguage::Japanese);
    EXPECT_TRUE(hasConfiguredLanguage());
    EXPECT_EQ(configuredLanguage(), UiLanguage::Japanese);
    saveConfiguredLanguage(UiLanguage::English);
    EXPECT_EQ(configuredLanguage(), UiLanguage::English);
}

TEST(LanguageTest, CompiledCataloguesTranslateCoreMessages)
{
    CompanyProfile empty;
    Translations translations;
    ASSERT_TRUE(translations.install(UiLanguage::English));
    const QString english = empty.validationErrors().constFirst();
    EXPECT_EQ(english, QStringLiteral("Enter the company name."));

    ASSERT_TRUE(translations.install(UiLanguage::Japanese));
    const QString japanese = empty.validationErrors().constFirst();
    EXPECT_NE(japanese, english);
    EXPECT_TRUE(japanese.contains(QStringLiteral("会社名"))) << japanese.toStdString();
    EXPECT_EQ(QLocale().language(), QLocale::Japanese);
}
