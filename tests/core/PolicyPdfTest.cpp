#include "TestEnvironment.h"

#include "action/Policy.h"
#include "report/PdfTextRepair.h"
#include "report/PolicyPdf.h"

#include <QFile>
#include <QFont>
#include <QRawFont>
#include <QRegularExpression>

using namespace mamori;
using mamori::test::isOk;
using mamori::test::pdfFonts;
using mamori::test::pdfText;

namespace {

CompanyProfile company()
{
    CompanyProfile profile;
    profile.name = QStringLiteral("株式会社みらい精工");
    profile.representative = QStringLiteral("佐藤 花子");
    return profile;
}

PolicyVersion templateVersion(UiLanguage language, int number, const QDate &adopted)
{
    auto document =
        PolicyDocument::fromTemplate(language, company().name, company().representative, adopted);
    EXPECT_TRUE(isOk(document));
    PolicyVersion version;
    version.version = number;
    version.document = document ? *document : PolicyDocument();
    version.adoptedOn = adopted;
    return version;
}

// pdftotext -layout spreads right-aligned text with runs of spaces; compare words only.
QString squeezed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

int pageCount(const QString &text)
{
    return int(text.count(QLatin1Char('\f')));
}

} // namespace

class PolicyPdfTest : public mamori::test::TempDirTest
{};

TEST_F(PolicyPdfTest, JapanesePolicyReadsBackWithEveryHeadingAndTheDate)
{
    const PolicyVersion version = templateVersion(UiLanguage::Japanese, 1, QDate(2026, 4, 1));
    const QString path = tempPath(QStringLiteral("基本方針.pdf"));
    ASSERT_TRUE(isOk(PolicyPdf::write(version, company(), UiLanguage::Japanese, path)));

    const QString text = squeezed(pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("情報セキュリティ基本方針"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("株式会社みらい精工")));
    for (const auto &heading :
         {QStringLiteral("1. 経営者の責任"), QStringLiteral("2. 社内体制の整備"),
          QStringLiteral("3. 従業員の取組み"), QStringLiteral("4. 法令及び契約上の要求事項の遵守"),
          QStringLiteral("5. 違反及び事故への対応")}) {
        EXPECT_TRUE(text.contains(heading)) << heading.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("制定日：2026年4月1日")));
    EXPECT_TRUE(text.contains(QStringLiteral("代表取締役 佐藤 花子")));
    // The footer: version, adoption date and page.
    EXPECT_TRUE(text.contains(QStringLiteral("1 / 1")));
    EXPECT_EQ(pageCount(text), 1);
}

TEST_F(PolicyPdfTest, TextLayerHasTheKanjiThatWereDrawnNotTheirRadicals)
{
    // Noto Sans CJK draws 方 and the Kangxi radical ⽅ with one glyph; Qt alone writes ⽅.
    const PolicyVersion version = templateVersion(UiLanguage::Japanese, 1, QDate(2026, 4, 1));
    const QString path = tempPath(QStringLiteral("policy.pdf"));
    ASSERT_TRUE(isOk(PolicyPdf::write(version, company(), UiLanguage::Japanese, path)));
    const QString text = pdfText(path);
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        EXPECT_FALSE(code >= 0x2E80 && code <= 0x2FDF)
            << "radical U+" << QString::number(code, 16).toStdString() << " in the text layer";
    }
    EXPECT_FALSE(text.contains(QLatin1Char('\t')));
    EXPECT_TRUE(text.contains(QStringLiteral("方針")));
    EXPECT_TRUE(text.contains(QStringLiteral("精工")));
}

TEST_F(PolicyPdfTest, FontsAreEmbeddedNotoSansCjk)
{
    const PolicyVersion version = templateVersion(UiLanguage::Japanese, 1, QDate(2026, 4, 1));
    const QString path = tempPath(QStringLiteral("policy.pdf"));
    ASSERT_TRUE(isOk(PolicyPdf::write(version, company(), UiLanguage::Japanese, path)));
    const QStringList lines = pdfFonts(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2); // two header lines, then one line per font
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        EXPECT_TRUE(line.contains(QStringLiteral("NotoSansCJKjp"))) << line.toStdString();
        // name type… encoding emb sub uni object-id generation: emb is the fifth from the end.
        ASSERT_GE(columns.size(), 6);
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
    EXPECT_LT(QFile(path).size(), 200 * 1024); // subsets, not the 19 MB font collection
}

TEST_F(PolicyPdfTest, EnglishPolicyShowsTheRevisionInItsFooter)
{
    const PolicyVersion version = templateVersion(UiLanguage::English, 2, QDate(2027, 4, 1));
    const QString path = tempPath(QStringLiteral("policy-en.pdf"));
    ASSERT_TRUE(isOk(PolicyPdf::write(version, company(), UiLanguage::English, path)));
    const QString text = squeezed(pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("Basic Information Security Policy")));
    for (const auto &heading :
         {QStringLiteral("1. Management responsibility"), QStringLiteral("2. Internal structure"),
          QStringLiteral("3. Employee efforts"),
          QStringLiteral("4. Compliance with laws and contracts"),
          QStringLiteral("5. Response to violations and incidents")}) {
        EXPECT_TRUE(text.contains(heading)) << heading.toStdString() << " in:\n"
                                            << text.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Adopted: 1 April 2027")));
    EXPECT_TRUE(text.contains(QStringLiteral("Version 2, revised 1 April 2027")));
    EXPECT_TRUE(text.contains(QStringLiteral("株式会社みらい精工")));
}

TEST_F(PolicyPdfTest, LongTextFlowsOntoNumberedPages)
{
    PolicyVersion version = templateVersion(UiLanguage::Japanese, 3, QDate(2026, 4, 1));
    QStringList rules;
    for (int rule = 1; rule <= 60; ++rule)
        rules << QStringLiteral("（%"
                                "1）業務で扱う情報は、定められた場所に保管し、持ち出すときは上長の"
                                "許可を得ます。")
                     .arg(rule);
    version.document.sections[1].body = rules.join(QLatin1Char('\n'));
    const QString path = tempPath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(isOk(PolicyPdf::write(version, company(), UiLanguage::Japanese, path)));
    const QString text = squeezed(pdfText(path));
    const int pages = pageCount(text);
    EXPECT_GE(pages, 3);
    EXPECT_TRUE(text.contains(QStringLiteral("1 / %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("%1 / %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("（60）業務で扱う情報")));
    EXPECT_TRUE(text.contains(QStringLiteral("5. 違反及び事故への対応")));
}

TEST_F(PolicyPdfTest, AFailedWriteLeavesNoFile)
{
    const PolicyVersion version = templateVersion(UiLanguage::Japanese, 1, QDate(2026, 4, 1));
    const QString path = tempPath(QStringLiteral("missing-folder/policy.pdf"));
    const Status written = PolicyPdf::write(version, company(), UiLanguage::Japanese, path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, ErrorKind::Io);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(PolicyPdfTest, LanguageFollowsTheTitleAndHeadings)
{
    EXPECT_EQ(
        PolicyPdf::languageOf(templateVersion(UiLanguage::Japanese, 1, QDate(2026, 4, 1)).document),
        UiLanguage::Japanese);
    // The English template names a Japanese company in its text: still English.
    EXPECT_EQ(
        PolicyPdf::languageOf(templateVersion(UiLanguage::English, 1, QDate(2026, 4, 1)).document),
        UiLanguage::English);
}

TEST(PdfTextRepairTest, RewritesSharedGlyphsToTheDrawnCharacterOnly)
{
    const QRawFont font = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK JP")));
    ASSERT_TRUE(font.isValid());
    QByteArray pdf = "3 beginbfrange\n"
                     "<0001> <0003> [<2F45> <91DD> <0009> ]\n"
                     "<0004> <0004> <2F2F>\n"
                     "<0005> <000E> <2F00>\n" // a run of ten: left alone
                     "endbfrange\n";
    const int changed = repairPdfTextLayer(pdf, QStringLiteral("方針 工"), {font});
    EXPECT_EQ(changed, 3);
    EXPECT_EQ(pdf, QByteArray("3 beginbfrange\n"
                              "<0001> <0003> [<65B9> <91DD> <0020> ]\n"
                              "<0004> <0004> <5DE5>\n"
                              "<0005> <000E> <2F00>\n"
                              "endbfrange\n"));
    // A radical that was really drawn stays a radical.
    QByteArray radical = "1 beginbfrange\n<0001> <0001> <2F45>\nendbfrange\n";
    EXPECT_EQ(repairPdfTextLayer(radical, QStringLiteral("⽅方"), {font}), 0);
}
