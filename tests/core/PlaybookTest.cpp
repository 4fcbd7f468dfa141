#include "TestEnvironment.h"

#include "incidents/Contacts.h"
#include "incidents/Playbook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mamori;

namespace {

const QStringList bundledIds{
    QStringLiteral("ransomware"),        QStringLiteral("emotet"),
    QStringLiteral("lost-device"),       QStringLiteral("account-takeover"),
    QStringLiteral("web-compromise"),    QStringLiteral("bec"),
    QStringLiteral("personal-data-leak")};

const PlaybookFormat::Keys testKeys{
    {QStringLiteral("incident_lead"), QStringLiteral("finder"), QStringLiteral("management")},
    {QStringLiteral("ppc"), QStringLiteral("bank")}};

QJsonObject text(const QString &ja, const QString &en)
{
    return QJsonObject{{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
}

QJsonObject step(const QString &phase, const QString &role = QStringLiteral("incident_lead"))
{
    return QJsonObject{
        {QStringLiteral("phase"), phase},
        {QStringLiteral("text"), text(QStringLiteral("手順"), QStringLiteral("Step"))},
        {QStringLiteral("why"), text(QStringLiteral("理由"), QStringLiteral("Why"))},
        {QStringLiteral("role"), role}};
}

// A small valid playbook; each test breaks one thing in it.
QJsonObject validPlaybook()
{
    QJsonObject decision = step(QStringLiteral("detect"), QStringLiteral("management"));
    decision.insert(QStringLiteral("decision"), true);
    decision.insert(QStringLiteral("criteria"),
                    text(QStringLiteral("止める"), QStringLiteral("Stop when…")));
    QJsonObject report = step(QStringLiteral("report"));
    report.insert(QStringLiteral("contact"), QStringLiteral("ppc"));
    report.insert(QStringLiteral("reports"), QJsonArray{QStringLiteral("ppc_preliminary")});
    QJsonObject optional = step(QStringLiteral("recover"));
    optional.insert(QStringLiteral("required"), false);
    return QJsonObject{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("id"), QStringLiteral("sample")},
        {QStringLiteral("version"), 3},
        {QStringLiteral("title"), text(QStringLiteral("見本"), QStringLiteral("Sample"))},
        {QStringLiteral("summary"), text(QStringLiteral("概要"), QStringLiteral("Summary"))},
        {QStringLiteral("personalDataLikely"), true},
        {QStringLiteral("steps"),
         QJsonArray{step(QStringLiteral("detect"), QStringLiteral("finder")), decision, report,
                    step(QStringLiteral("recover")), optional}}};
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QJsonObject withStep(QJsonObject playbook, int number, const QString &key, const QJsonValue &value)
{
    QJsonArray steps = playbook.value(QStringLiteral("steps")).toArray();
    QJsonObject changed = steps[number - 1].toObject();
    if (value.isUndefined())
        changed.remove(key);
    else
        changed.insert(key, value);
    steps[number - 1] = changed;
    playbook.insert(QStringLiteral("steps"), steps);
    return playbook;
}

// The error of parsing a broken variant of the sample, which must fail.
QString errorOf(const QJsonObject &playbook,
                PlaybookFormat::Languages languages = PlaybookFormat::Languages::Both)
{
    const auto parsed = PlaybookFormat::parse(bytesOf(playbook), QStringLiteral("sample.json"),
                                              testKeys, languages);
    EXPECT_FALSE(parsed.ok()) << "a broken playbook was accepted";
    if (parsed.ok())
        return {};
    EXPECT_EQ(parsed.error().kind, ErrorKind::InvalidInput);
    return parsed.error().message;
}

#define EXPECT_CONTAINS(haystack, needle)                                                          \
    EXPECT_TRUE(QString(haystack).contains(needle)) << (haystack).toStdString()

} // namespace

TEST(PlaybookTest, TheSampleIsValid)
{
    const auto parsed =
        PlaybookFormat::parse(bytesOf(validPlaybook()), QStringLiteral("sample.json"), testKeys);
    ASSERT_TRUE(mamori::test::isOk(parsed));
    EXPECT_EQ(parsed->id, QStringLiteral("sample"));
    EXPECT_EQ(parsed->version, 3);
    EXPECT_TRUE(parsed->personalDataLikely);
    ASSERT_EQ(parsed->steps.size(), 5);
    EXPECT_TRUE(parsed->steps[1].decision);
    EXPECT_EQ(parsed->steps[1].criteria.en, QStringLiteral("Stop when…"));
    EXPECT_EQ(parsed->steps[2].contact, QStringLiteral("ppc"));
    EXPECT_EQ(parsed->steps[2].reports, QList<ReportKind>{ReportKind::PpcPreliminary});
    EXPECT_TRUE(parsed->steps[3].required);
    EXPECT_FALSE(parsed->steps[4].required);
    EXPECT_EQ(parsed->stepNumbersIn(IncidentPhase::Detect), (QList<int>{1, 2}));
    EXPECT_EQ(parsed->stepNumbersIn(IncidentPhase::Report), QList<int>{3});
    EXPECT_EQ(parsed->stepNumbersIn(IncidentPhase::Recover), (QList<int>{4, 5}));
}

TEST(PlaybookTest, MissingEnglishTextNamesFileAndStep)
{
    const QString message = errorOf(withStep(validPlaybook(), 4, QStringLiteral("text"),
                                             text(QStringLiteral("手順"), QStringLiteral(" "))));
    EXPECT_EQ(message, QStringLiteral("sample.json, step 4: the English text is empty."));
}

TEST(PlaybookTest, MissingJapaneseReasonNamesFileAndStep)
{
    const QJsonObject englishOnly{{QStringLiteral("en"), QStringLiteral("Why")}};
    const QString message =
        errorOf(withStep(validPlaybook(), 3, QStringLiteral("why"), englishOnly));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 3"));
    EXPECT_CONTAINS(message, QStringLiteral("Japanese"));
}

TEST(PlaybookTest, UnknownRoleNamesFileStepAndRole)
{
    const QString message = errorOf(
        withStep(validPlaybook(), 2, QStringLiteral("role"), QStringLiteral("chief_wizard")));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 2"));
    EXPECT_CONTAINS(message, QStringLiteral("chief_wizard"));
}

TEST(PlaybookTest, AStepWithoutARoleIsRefused)
{
    const QString message =
        errorOf(withStep(validPlaybook(), 1, QStringLiteral("role"), QJsonValue::Undefined));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 1"));
    EXPECT_CONTAINS(message, QStringLiteral("role"));
}

TEST(PlaybookTest, UnknownContactNamesFileStepAndContact)
{
    const QString message = errorOf(
        withStep(validPlaybook(), 3, QStringLiteral("contact"), QStringLiteral("ghostbusters")));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 3"));
    EXPECT_CONTAINS(message, QStringLiteral("ghostbusters"));
}

TEST(PlaybookTest, EmptyKeysSkipTheRoleAndContactChecks)
{
    const QJsonObject playbook = withStep(
        withStep(validPlaybook(), 2, QStringLiteral("role"), QStringLiteral("firm_own_role")), 3,
        QStringLiteral("contact"), QStringLiteral("own-7"));
    EXPECT_TRUE(mamori::test::isOk(
        PlaybookFormat::parse(bytesOf(playbook), QStringLiteral("copy"), PlaybookFormat::Keys{})));
}

TEST(PlaybookTest, UnknownReportCodeIsRefused)
{
    const QString message = errorOf(withStep(validPlaybook(), 3, QStringLiteral("reports"),
                                             QJsonArray{QStringLiteral("ppc_prelim")}));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 3"));
    EXPECT_CONTAINS(message, QStringLiteral("ppc_prelim"));
}

TEST(PlaybookTest, PhasesOutOfOrderNameTheStep)
{
    const QString message =
        errorOf(withStep(validPlaybook(), 4, QStringLiteral("phase"), QStringLiteral("detect")));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 4"));
    EXPECT_CONTAINS(message, QStringLiteral("detect, report, recover"));
}

TEST(PlaybookTest, APhaseWithoutStepsIsRefused)
{
    const QString message =
        errorOf(withStep(validPlaybook(), 3, QStringLiteral("phase"), QStringLiteral("recover")));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json"));
    EXPECT_CONTAINS(message, QStringLiteral("“report” has no steps"));
}

TEST(PlaybookTest, AnUnknownPhaseIsRefused)
{
    const QString message =
        errorOf(withStep(validPlaybook(), 1, QStringLiteral("phase"), QStringLiteral("detection")));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 1"));
    EXPECT_CONTAINS(message, QStringLiteral("detection"));
}

TEST(PlaybookTest, ADecisionWithoutCriteriaNamesTheStep)
{
    const QString message =
        errorOf(withStep(validPlaybook(), 2, QStringLiteral("criteria"), QJsonValue::Undefined));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 2"));
    EXPECT_CONTAINS(message, QStringLiteral("criteria"));
    const QString empty = errorOf(
        withStep(validPlaybook(), 2, QStringLiteral("criteria"), text(QString(), QString())));
    EXPECT_CONTAINS(empty, QStringLiteral("sample.json, step 2"));
}

TEST(PlaybookTest, CriteriaOnAnOrdinaryStepAreRefused)
{
    const QString message = errorOf(withStep(validPlaybook(), 1, QStringLiteral("criteria"),
                                             text(QStringLiteral("a"), QStringLiteral("b"))));
    EXPECT_CONTAINS(message, QStringLiteral("sample.json, step 1"));
    EXPECT_CONTAINS(message, QStringLiteral("decision"));
}

// A misspelt key would otherwise be dropped and its text lost when the copy is saved again.
TEST(PlaybookTest, AnUnknownFieldIsRefusedWhereItIs)
{
    const QString inStep = errorOf(withStep(validPlaybook(), 5, QStringLiteral("wyh"),
                                            text(QStringLiteral("a"), QStringLiteral("b"))));
    EXPECT_CONTAINS(inStep, QStringLiteral("sample.json, step 5"));
    EXPECT_CONTAINS(inStep, QStringLiteral("wyh"));

    const QJsonObject typoLanguage{{QStringLiteral("ja"), QStringLiteral("手順")},
                                   {QStringLiteral("eng"), QStringLiteral("Step")}};
    const QString inText =
        errorOf(withStep(validPlaybook(), 2, QStringLiteral("text"), typoLanguage));
    EXPECT_CONTAINS(inText, QStringLiteral("sample.json, step 2"));
    EXPECT_CONTAINS(inText, QStringLiteral("eng"));

    QJsonObject topLevel = validPlaybook();
    topLevel.insert(QStringLiteral("sumary"), text(QStringLiteral("a"), QStringLiteral("b")));
    EXPECT_CONTAINS(errorOf(topLevel), QStringLiteral("sumary"));
}

TEST(PlaybookTest, BrokenJsonGivesTheFileAndTheOffset)
{
    const QByteArray truncated = bytesOf(validPlaybook()).left(120);
    const auto parsed = PlaybookFormat::parse(truncated, QStringLiteral("sample.json"), testKeys);
    ASSERT_FALSE(parsed);
    EXPECT_CONTAINS(parsed.error().message, QStringLiteral("sample.json"));
    EXPECT_CONTAINS(parsed.error().message, QStringLiteral("at byte"));
}

TEST(PlaybookTest, AnotherSchemaVersionIsRefused)
{
    QJsonObject newer = validPlaybook();
    newer.insert(QStringLiteral("schema"), 2);
    const QString message = errorOf(newer);
    EXPECT_CONTAINS(message, QStringLiteral("sample.json"));
    EXPECT_CONTAINS(message, QStringLiteral("schema version 2"));

    QJsonObject missing = validPlaybook();
    missing.remove(QStringLiteral("schema"));
    EXPECT_CONTAINS(errorOf(missing), QStringLiteral("“schema” is missing"));
}

TEST(PlaybookTest, WrongTypesAreErrorsNotCrashes)
{
    EXPECT_CONTAINS(
        errorOf(withStep(validPlaybook(), 2, QStringLiteral("decision"), QStringLiteral("yes"))),
        QStringLiteral("sample.json, step 2"));
    QJsonObject badVersion = validPlaybook();
    badVersion.insert(QStringLiteral("version"), 1.5);
    EXPECT_CONTAINS(errorOf(badVersion), QStringLiteral("version"));
    QJsonObject badSteps = validPlaybook();
    badSteps.insert(QStringLiteral("steps"), QJsonArray{1, 2});
    EXPECT_CONTAINS(errorOf(badSteps), QStringLiteral("sample.json, step 1"));
    QJsonObject badId = validPlaybook();
    badId.insert(QStringLiteral("id"), QStringLiteral("Ransom ware"));
    EXPECT_CONTAINS(errorOf(badId), QStringLiteral("Ransom ware"));
}

TEST(PlaybookTest, ToJsonThenParseGivesTheSamePlaybook)
{
    const auto parsed =
        PlaybookFormat::parse(bytesOf(validPlaybook()), QStringLiteral("sample.json"), testKeys);
    ASSERT_TRUE(mamori::test::isOk(parsed));
    const auto again =
        PlaybookFormat::parse(PlaybookFormat::toBytes(*parsed), QStringLiteral("again"), testKeys);
    ASSERT_TRUE(mamori::test::isOk(again));
    EXPECT_EQ(*again, *parsed);
    EXPECT_EQ(PlaybookFormat::toJson(*parsed), validPlaybook());
}

TEST(PlaybookTest, AtLeastOneAcceptsAOneLanguageFirmCopy)
{
    QJsonObject copy = validPlaybook();
    const QJsonObject japaneseOnly{{QStringLiteral("ja"), QStringLiteral("社長に電話する")},
                                   {QStringLiteral("en"), QString()}};
    copy = withStep(copy, 1, QStringLiteral("text"), japaneseOnly);
    EXPECT_CONTAINS(errorOf(copy), QStringLiteral("the English text is empty"));

    const auto parsed = PlaybookFormat::parse(bytesOf(copy), QStringLiteral("firm copy"), testKeys,
                                              PlaybookFormat::Languages::AtLeastOne);
    ASSERT_TRUE(mamori::test::isOk(parsed));
    const LocalizedText &stepText = parsed->steps[0].text;
    EXPECT_EQ(stepText.in(UiLanguage::English), QStringLiteral("社長に電話する"));
    EXPECT_EQ(stepText.in(UiLanguage::Japanese), QStringLiteral("社長に電話する"));

    const auto again =
        PlaybookFormat::parse(PlaybookFormat::toBytes(*parsed), QStringLiteral("firm copy"),
                              testKeys, PlaybookFormat::Languages::AtLeastOne);
    ASSERT_TRUE(mamori::test::isOk(again));
    EXPECT_EQ(*again, *parsed);

    const QString neither =
        errorOf(withStep(copy, 1, QStringLiteral("text"), text(QString(), QString())),
                PlaybookFormat::Languages::AtLeastOne);
    EXPECT_CONTAINS(neither, QStringLiteral("sample.json, step 1"));
    EXPECT_CONTAINS(neither, QStringLiteral("both languages"));
}

TEST(LocalizedTextTest, InPrefersTheLanguageAndFallsBack)
{
    LocalizedText text{QStringLiteral("日本語"), QStringLiteral("English")};
    EXPECT_EQ(text.in(UiLanguage::Japanese), QStringLiteral("日本語"));
    EXPECT_EQ(text.in(UiLanguage::English), QStringLiteral("English"));
    text.set(UiLanguage::English, QStringLiteral("  "));
    EXPECT_EQ(text.ja, QStringLiteral("日本語"));
    EXPECT_EQ(text.in(UiLanguage::English), QStringLiteral("日本語"));
    text.set(UiLanguage::Japanese, QString());
    EXPECT_TRUE(text.isEmpty());
}

TEST(PlaybookCodesTest, EveryCodeReadsBack)
{
    for (const IncidentPhase phase :
         {IncidentPhase::Detect, IncidentPhase::Report, IncidentPhase::Recover}) {
        EXPECT_EQ(phaseFromCode(phaseCode(phase)), phase);
        EXPECT_FALSE(phaseLabel(phase).isEmpty());
    }
    const QStringList codes{QStringLiteral("ppc_preliminary"),
                            QStringLiteral("ppc_final"),
                            QStringLiteral("affected_people"),
                            QStringLiteral("police"),
                            QStringLiteral("ipa"),
                            QStringLiteral("jpcert"),
                            QStringLiteral("payment_provider"),
                            QStringLiteral("customers"),
                            QStringLiteral("insurer"),
                            QStringLiteral("ministry")};
    for (const QString &code : codes) {
        const auto kind = reportFromCode(code);
        ASSERT_TRUE(kind.has_value()) << code.toStdString();
        EXPECT_EQ(reportCode(*kind), code);
        EXPECT_FALSE(reportLabel(*kind).isEmpty());
    }
    EXPECT_FALSE(reportFromCode(QStringLiteral("PPC_FINAL")).has_value());
    EXPECT_FALSE(phaseFromCode(QString()).has_value());
}

// ---- The bundle ----

TEST(BundledPlaybooksTest, EveryBundledPlaybookLoadsAndValidates)
{
    const auto playbooks = BundledPlaybooks::load();
    ASSERT_TRUE(mamori::test::isOk(playbooks));
    QStringList ids;
    const PlaybookRoles &roles = PlaybookRoles::bundled();
    const QStringList contactKeys = BundledContacts::keys();
    for (const Playbook &playbook : *playbooks) {
        ids << playbook.id;
        SCOPED_TRACE(playbook.id.toStdString());
        EXPECT_FALSE(playbook.title.ja.isEmpty());
        EXPECT_FALSE(playbook.title.en.isEmpty());
        bool hasDecision = false;
        for (const PlaybookStep &step : playbook.steps) {
            EXPECT_FALSE(step.text.ja.trimmed().isEmpty());
            EXPECT_FALSE(step.text.en.trimmed().isEmpty());
            EXPECT_FALSE(step.why.ja.trimmed().isEmpty());
            EXPECT_FALSE(step.why.en.trimmed().isEmpty());
            EXPECT_NE(roles.role(step.role), nullptr) << step.role.toStdString();
            EXPECT_TRUE(step.contact.isEmpty() || contactKeys.contains(step.contact))
                << step.contact.toStdString();
            if (step.decision) {
                hasDecision = true;
                EXPECT_FALSE(step.criteria.ja.isEmpty());
                EXPECT_FALSE(step.criteria.en.isEmpty());
            }
        }
        EXPECT_TRUE(hasDecision) << "every playbook asks at least one question in advance";
        for (const IncidentPhase phase :
             {IncidentPhase::Detect, IncidentPhase::Report, IncidentPhase::Recover})
            EXPECT_FALSE(playbook.stepNumbersIn(phase).isEmpty());
    }
    EXPECT_EQ(ids, bundledIds);
    const auto found = BundledPlaybooks::find(QStringLiteral("bec"));
    ASSERT_TRUE(mamori::test::isOk(found));
    EXPECT_EQ(found->id, QStringLiteral("bec"));
}

// Every field of the files is read: writing what was read gives the file's object back.
TEST(BundledPlaybooksTest, TheFilesLoseNothingWhenReadAndWritten)
{
    const auto playbooks = BundledPlaybooks::load();
    ASSERT_TRUE(mamori::test::isOk(playbooks));
    for (const Playbook &playbook : *playbooks) {
        SCOPED_TRACE(playbook.id.toStdString());
        QFile file(QStringLiteral(":/incidents/playbooks/%1.json").arg(playbook.id));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(PlaybookFormat::toJson(playbook),
                  QJsonDocument::fromJson(file.readAll()).object());
        const auto again = PlaybookFormat::parse(PlaybookFormat::toBytes(playbook),
                                                 QStringLiteral("again"), PlaybookFormat::Keys{});
        ASSERT_TRUE(mamori::test::isOk(again));
        EXPECT_EQ(*again, playbook);
    }
}

TEST(BundledPlaybooksTest, AnUnknownIdIsInvalidInput)
{
    const auto found = BundledPlaybooks::find(QStringLiteral("alien-invasion"));
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().kind, ErrorKind::InvalidInput);
    EXPECT_CONTAINS(found.error().message, QStringLiteral("alien-invasion"));
}

TEST(BundledContactsTest, TheFirmRolesAndPublicBodiesAreThereUnchecked)
{
    const auto contacts = BundledContacts::load();
    ASSERT_TRUE(mamori::test::isOk(contacts));
    const QStringList firm{QStringLiteral("incident_lead"),
                           QStringLiteral("management"),
                           QStringLiteral("it_vendor"),
                           QStringLiteral("security_service"),
                           QStringLiteral("cyber_insurer"),
                           QStringLiteral("bank"),
                           QStringLiteral("payment_provider"),
                           QStringLiteral("key_customers"),
                           QStringLiteral("lawyer")};
    const QStringList publicBodies{QStringLiteral("ipa_anshin"), QStringLiteral("ipa_enterprise"),
                                   QStringLiteral("police_cyber"), QStringLiteral("jpcert"),
                                   QStringLiteral("ppc")};
    for (const QString &key : firm + publicBodies)
        EXPECT_TRUE(BundledContacts::keys().contains(key)) << key.toStdString();
    for (const Contact &contact : *contacts) {
        SCOPED_TRACE(contact.key.toStdString());
        EXPECT_FALSE(contact.checked);
        // Unverified numbers are the firm's to fill in.
        EXPECT_TRUE(contact.phone.isEmpty());
        EXPECT_TRUE(contact.description.ja.contains(QStringLiteral("使う前に")));
        EXPECT_TRUE(contact.description.en.contains(QStringLiteral("before use")));
        if (publicBodies.contains(contact.key)) {
            EXPECT_EQ(contact.kind, Contact::Kind::Public);
            EXPECT_TRUE(contact.url.startsWith(QStringLiteral("https://www.")));
        }
    }
    EXPECT_EQ(contactKindFromCode(contactKindCode(Contact::Kind::Public)), Contact::Kind::Public);
    EXPECT_EQ(contactKindFromCode(contactKindCode(Contact::Kind::Firm)), Contact::Kind::Firm);
    EXPECT_FALSE(contactKindFromCode(QStringLiteral("vendor")).has_value());
}

TEST(BundledContactsTest, BrokenContactFilesNameTheEntry)
{
    const auto expectError = [](const QByteArray &json, const char *needle) {
        const auto read = BundledContacts::fromJson(json, QStringLiteral("contacts.json"));
        ASSERT_FALSE(read) << needle;
        EXPECT_CONTAINS(read.error().message, QString::fromUtf8(needle));
    };
    const QByteArray entry = R"({"key": "bank", "kind": "firm",
        "name": {"ja": "銀行", "en": "Bank"}, "description": {"ja": "説明", "en": "About"}})";
    expectError("{\"schema\": 1, \"version\": 1, \"contacts\": [" + entry + "," + entry + "]}",
                "contacts.json, entry 2: the key “bank” appears twice");
    QByteArray checked = entry;
    checked.replace("\"kind\"", "\"checked\": true, \"kind\"");
    expectError("{\"schema\": 1, \"version\": 1, \"contacts\": [" + checked + "]}", "entry 1");
    QByteArray publicWithoutUrl = entry;
    publicWithoutUrl.replace("\"firm\"", "\"public\"");
    expectError("{\"schema\": 1, \"version\": 1, \"contacts\": [" + publicWithoutUrl + "]}",
                "https://");
    QByteArray typo = entry;
    typo.replace("\"kind\"", "\"phnoe\": \"03\", \"kind\"");
    expectError("{\"schema\": 1, \"version\": 1, \"contacts\": [" + typo + "]}", "phnoe");
}

TEST(PlaybookRolesTest, TheBundledRolesAreThere)
{
    const PlaybookRoles &roles = PlaybookRoles::bundled();
    for (const char *key : {"incident_lead", "management", "it_staff", "everyone", "finder",
                            "it_vendor", "security_service"}) {
        const PlaybookRoles::Role *role = roles.role(QLatin1String(key));
        ASSERT_NE(role, nullptr) << key;
        EXPECT_FALSE(role->label.ja.isEmpty());
        EXPECT_FALSE(role->label.en.isEmpty());
    }
    EXPECT_EQ(roles.role(QStringLiteral("nobody")), nullptr);
    const auto duplicate = PlaybookRoles::fromJson(
        R"({"schema": 1, "version": 1, "roles": [
            {"key": "a", "label": {"ja": "甲", "en": "A"}},
            {"key": "a", "label": {"ja": "乙", "en": "B"}}]})",
        QStringLiteral("roles.json"));
    ASSERT_FALSE(duplicate);
    EXPECT_CONTAINS(duplicate.error().message, QStringLiteral("roles.json, entry 2"));
}

// A copy of the bundle in a temporary folder, broken one way per test.
class PlaybookBundleTest : public mamori::test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        ASSERT_TRUE(QDir(dir()).mkpath(QStringLiteral("playbooks")));
        for (const QString &name : {QStringLiteral("roles.json"), QStringLiteral("contacts.json"),
                                    QStringLiteral("playbooks.json")})
            copy(name);
        for (const QString &id : bundledIds)
            copy(QStringLiteral("playbooks/%1.json").arg(id));
    }
    void copy(const QString &name)
    {
        mamori::test::writeAll(tempPath(name),
                               mamori::test::readAll(QStringLiteral(":/incidents/") + name));
    }
    void writeIndex(const QJsonArray &ids)
    {
        mamori::test::writeAll(tempPath(QStringLiteral("playbooks.json")),
                               bytesOf(QJsonObject{{QStringLiteral("schema"), 1},
                                                   {QStringLiteral("playbooks"), ids}}));
    }
    QString errorOfBundle()
    {
        const auto loaded = BundledPlaybooks::loadFrom(dir());
        EXPECT_FALSE(loaded.ok()) << "a broken bundle was accepted";
        return loaded.ok() ? QString() : loaded.error().message;
    }
};

TEST_F(PlaybookBundleTest, TheCopyLoads)
{
    const auto loaded = BundledPlaybooks::loadFrom(dir());
    ASSERT_TRUE(mamori::test::isOk(loaded));
    EXPECT_EQ(loaded->size(), bundledIds.size());
}

TEST_F(PlaybookBundleTest, ADuplicateIdIsRefused)
{
    writeIndex(QJsonArray::fromStringList(bundledIds + QStringList{QStringLiteral("bec")}));
    const QString message = errorOfBundle();
    EXPECT_CONTAINS(message, QStringLiteral("playbooks.json, entry 8"));
    EXPECT_CONTAINS(message, QStringLiteral("“bec” is listed twice"));
}

TEST_F(PlaybookBundleTest, AnIdThatDoesNotMatchItsFileIsRefused)
{
    QJsonObject ransomware =
        QJsonDocument::fromJson(
            mamori::test::readAll(tempPath(QStringLiteral("playbooks/ransomware.json"))))
            .object();
    ransomware.insert(QStringLiteral("id"), QStringLiteral("emotet"));
    mamori::test::writeAll(tempPath(QStringLiteral("playbooks/ransomware.json")),
                           bytesOf(ransomware));
    const QString message = errorOfBundle();
    EXPECT_CONTAINS(message, QStringLiteral("ransomware.json"));
    EXPECT_CONTAINS(message, QStringLiteral("does not match the file name"));
}

TEST_F(PlaybookBundleTest, AnUnlistedFileIsRefused)
{
    writeIndex(QJsonArray::fromStringList(bundledIds.mid(1)));
    EXPECT_CONTAINS(errorOfBundle(), QStringLiteral("ransomware.json is not listed"));
}

TEST_F(PlaybookBundleTest, AMissingFileIsAnIoError)
{
    QFile::remove(tempPath(QStringLiteral("playbooks/bec.json")));
    const auto loaded = BundledPlaybooks::loadFrom(dir());
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().kind, ErrorKind::Io);
    EXPECT_CONTAINS(loaded.error().message, QStringLiteral("bec.json"));
}

// A role removed from roles.json makes every step that names it an error, by file and step.
TEST_F(PlaybookBundleTest, ARoleMissingFromRolesJsonNamesTheStepThatUsesIt)
{
    QJsonObject roles =
        QJsonDocument::fromJson(mamori::test::readAll(tempPath(QStringLiteral("roles.json"))))
            .object();
    QJsonArray kept;
    for (const QJsonValue &role : roles.value(QStringLiteral("roles")).toArray()) {
        if (role.toObject().value(QStringLiteral("key")).toString() != QLatin1String("finder"))
            kept.append(role);
    }
    roles.insert(QStringLiteral("roles"), kept);
    mamori::test::writeAll(tempPath(QStringLiteral("roles.json")), bytesOf(roles));
    const QString message = errorOfBundle();
    EXPECT_CONTAINS(message, QStringLiteral("ransomware.json, step 1"));
    EXPECT_CONTAINS(message, QStringLiteral("“finder”"));
}

TEST_F(PlaybookBundleTest, ABrokenPlaybookFileGivesItsNameAndOffset)
{
    const QByteArray bytes =
        mamori::test::readAll(tempPath(QStringLiteral("playbooks/emotet.json")));
    mamori::test::writeAll(tempPath(QStringLiteral("playbooks/emotet.json")), bytes.left(500));
    const QString message = errorOfBundle();
    EXPECT_CONTAINS(message, QStringLiteral("emotet.json"));
    EXPECT_CONTAINS(message, QStringLiteral("at byte"));
}
