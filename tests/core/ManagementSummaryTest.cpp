// The management summary's own words follow the report's language, not the window's: the
// SECURITY ACTION readiness lines come from the domain's rules, translated for the report.

#include "TestEnvironment.h"

#include "Clock.h"
#include "Language.h"
#include "services/reports/ReportBuilder.h"

using namespace mamori;
using namespace mamori::report;

namespace {

QString paragraphs(const Document &document)
{
    QStringList texts;
    for (const Section &section : document.sections) {
        for (const Block &block : section.blocks) {
            if (const auto *paragraph = std::get_if<Paragraph>(&block))
                texts << paragraph->text;
        }
    }
    return texts.join(u'\n');
}

} // namespace

class ManagementSummaryTest : public test::DatabaseTest
{
protected:
    QString readinessIn(UiLanguage reportLanguage)
    {
        ReportRequest request;
        request.type = ReportType::Management;
        request.language = reportLanguage;
        request.at = Clock::nowUtc();
        request.asOf = Clock::today();
        auto document = buildReport(*m_db, request);
        EXPECT_TRUE(test::isOk(document));
        return document ? paragraphs(*document) : QString();
    }
};

TEST_F(ManagementSummaryTest, ReadinessLinesAreInTheReportsLanguageWhateverTheWindows)
{
    // Nothing recorded: every rule is still to do, which the readiness lines say.
    Translations window;
    ASSERT_TRUE(window.install(UiLanguage::Japanese));
    const QString english = readinessIn(UiLanguage::English);
    EXPECT_TRUE(english.contains(QStringLiteral("Rule 1 (Updates) is not in place yet")))
        << english.toStdString();
    EXPECT_FALSE(english.contains(QStringLiteral("実施されていません"))) << english.toStdString();

    ASSERT_TRUE(window.install(UiLanguage::English));
    const QString japanese = readinessIn(UiLanguage::Japanese);
    EXPECT_TRUE(japanese.contains(QStringLiteral("5か条の1"))) << japanese.toStdString();
    EXPECT_FALSE(japanese.contains(QStringLiteral("is not in place"))) << japanese.toStdString();
}
