#include "TestEnvironment.h"

#include "action/Policy.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

using namespace mamori;

namespace {

const QStringList sectionKeys{QStringLiteral("management"), QStringLiteral("structure"),
                              QStringLiteral("employees"), QStringLiteral("compliance"),
                              QStringLiteral("incidents")};

PolicyDocument templateDocument(UiLanguage language)
{
    auto document = PolicyDocument::fromTemplate(language, QStringLiteral("株式会社まもり製作所"),
                                                 QStringLiteral("山田 太郎"), QDate(2026, 4, 1));
    EXPECT_TRUE(mamori::test::isOk(document));
    return document ? *document : PolicyDocument{};
}

QStringList keysOf(const PolicyDocument &document)
{
    QStringList keys;
    for (const PolicyDocument::Section &section : document.sections)
        keys << section.key;
    return keys;
}

} // namespace

TEST(PolicyDocumentTest, JapaneseTemplateIsFilledIn)
{
    const PolicyDocument document = templateDocument(UiLanguage::Japanese);
    EXPECT_EQ(document.title, QStringLiteral("情報セキュリティ基本方針"));
    EXPECT_EQ(keysOf(document), sectionKeys);
    EXPECT_TRUE(document.preamble.startsWith(QStringLiteral("株式会社まもり製作所")));
    EXPECT_TRUE(document.closing.contains(QStringLiteral("2026年4月1日")))
        << document.closing.toStdString();
    EXPECT_TRUE(document.closing.contains(QStringLiteral("山田 太郎")));
    const QString text = document.toPlainText();
    EXPECT_FALSE(text.contains(u'{')) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1. 経営者の責任")));
    EXPECT_FALSE(text.contains(QStringLiteral("認定")));
}

TEST(PolicyDocumentTest, EnglishTemplateIsFilledIn)
{
    const PolicyDocument document = templateDocument(UiLanguage::English);
    EXPECT_EQ(keysOf(document), sectionKeys);
    EXPECT_TRUE(document.closing.contains(QStringLiteral("1 April 2026")))
        << document.closing.toStdString();
    const QString text = document.toPlainText();
    EXPECT_FALSE(text.contains(u'{')) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("certif"), Qt::CaseInsensitive));
    EXPECT_TRUE(text.contains(QStringLiteral("5. Response to violations and incidents")));
    EXPECT_NE(text, templateDocument(UiLanguage::Japanese).toPlainText());
}

TEST(PolicyDocumentTest, JsonRoundTripIsExact)
{
    PolicyDocument document = templateDocument(UiLanguage::Japanese);
    document.sections[1].body = QStringLiteral("担当者: 総務部 \"佐藤\"\n内線 123 <script>");
    document.sections.append({QStringLiteral("custom"), QStringLiteral("追加の項目"), QString()});
    const QByteArray json = document.toJson();
    auto parsed = PolicyDocument::fromJson(json);
    ASSERT_TRUE(mamori::test::isOk(parsed));
    EXPECT_EQ(*parsed, document);
    EXPECT_EQ(parsed->toJson(), json);
    EXPECT_FALSE(PolicyDocument::fromJson("not json"));
    EXPECT_FALSE(PolicyDocument::fromJson("[1]"));
}

class PolicyRepositoryTest : public mamori::test::DatabaseTest
{};

TEST_F(PolicyRepositoryTest, EachSaveAddsAVersionAndKeepsTheEarlierOnes)
{
    PolicyRepository repository(*m_db);
    auto none = repository.latest();
    ASSERT_TRUE(mamori::test::isOk(none));
    EXPECT_FALSE(none->has_value());

    const PolicyDocument first = templateDocument(UiLanguage::Japanese);
    auto v1 = repository.saveNewVersion(first, QDate(2026, 4, 1));
    ASSERT_TRUE(mamori::test::isOk(v1));
    EXPECT_EQ(v1->version, 1);
    PolicyDocument edited = first;
    edited.sections[0].body += QStringLiteral("年に一度、方針を見直します。");
    auto v2 = repository.saveNewVersion(edited, QDate(2026, 5, 1));
    ASSERT_TRUE(mamori::test::isOk(v2));
    EXPECT_EQ(v2->version, 2);
    EXPECT_NE(v1->id, v2->id);

    // Read back from the file by a fresh connection.
    m_db.reset();
    auto reopened = Database::open(tempPath(QStringLiteral("test.sqlite")));
    ASSERT_TRUE(mamori::test::isOk(reopened));
    auto all = PolicyRepository(**reopened).all();
    ASSERT_TRUE(mamori::test::isOk(all));
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).version, 2); // newest first
    EXPECT_EQ(all->at(0).document, edited);
    EXPECT_EQ(all->at(1).version, 1);
    EXPECT_EQ(all->at(1).document, first); // unchanged by the second save
    EXPECT_EQ(all->at(1).adoptedOn, QDate(2026, 4, 1));
    EXPECT_EQ(all->at(1).savedAt, v1->savedAt);
    EXPECT_FALSE(all->at(0).published());
    auto latest = PolicyRepository(**reopened).latest();
    ASSERT_TRUE(mamori::test::isOk(latest));
    EXPECT_EQ((*latest)->version, 2);
}

TEST_F(PolicyRepositoryTest, PublicationAndReviewAreRecordedAndAudited)
{
    PolicyRepository repository(*m_db);
    auto saved =
        repository.saveNewVersion(templateDocument(UiLanguage::English), QDate(2026, 4, 1));
    ASSERT_TRUE(mamori::test::isOk(saved));
    ASSERT_TRUE(mamori::test::isOk(repository.recordPublication(
        saved->id, QDate(2026, 4, 10), QStringLiteral(" https://example.jp/policy "))));
    ASSERT_TRUE(mamori::test::isOk(repository.recordReview(saved->id, QDate(2027, 3, 30))));
    auto latest = repository.latest();
    ASSERT_TRUE(mamori::test::isOk(latest));
    const PolicyVersion &version = **latest;
    EXPECT_TRUE(version.published());
    EXPECT_EQ(version.publishedOn, QDate(2026, 4, 10));
    EXPECT_EQ(version.publishedUrl, QStringLiteral("https://example.jp/policy"));
    EXPECT_EQ(version.reviewedOn, QDate(2027, 3, 30));
    EXPECT_EQ(version.lastReviewed(), QDate(2027, 3, 30));

    auto history =
        AuditLog(*m_db).entriesFor(QStringLiteral("policy_version"), QString::number(saved->id));
    ASSERT_TRUE(mamori::test::isOk(history));
    QStringList fields;
    for (const AuditEntry &entry : *history)
        fields << entry.change.field;
    EXPECT_EQ(fields,
              (QStringList{QString(), QStringLiteral("published_on"),
                           QStringLiteral("published_url"), QStringLiteral("reviewed_on")}));
    EXPECT_EQ(history->at(0).change.action, AuditAction::Insert);
    EXPECT_TRUE(history->at(0).change.newValue.contains(QStringLiteral("Basic Information")));
}

TEST_F(PolicyRepositoryTest, RefusesWhatCannotBeRecorded)
{
    PolicyRepository repository(*m_db);
    auto undated = repository.saveNewVersion(templateDocument(UiLanguage::English), QDate());
    ASSERT_FALSE(undated);
    EXPECT_EQ(undated.error().kind, ErrorKind::InvalidInput);
    const Status missing = repository.recordPublication(42, QDate(2026, 4, 1), QString());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::InvalidInput);
    auto all = repository.all();
    ASSERT_TRUE(mamori::test::isOk(all));
    EXPECT_TRUE(all->isEmpty());
}
