#include "TestEnvironment.h"

#include "storage/AssetLinkRepository.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mamori;
using mamori::test::isOk;

namespace {

using Outcome = mamori::test::ProgramRun;

const QString clockTime = QStringLiteral("2026-04-01T10:00:00+09:00");

QJsonDocument parse(const Outcome &run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    EXPECT_FALSE(document.isNull()) << run.out.toStdString() << run.err.toStdString();
    return document;
}

} // namespace

class IncidentCliTest : public mamori::test::TempDirTest
{
protected:
    QString dbPath() const { return tempPath(QStringLiteral("i.sqlite")); }

    Outcome cli(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        return mamori::test::runProgram(QStringLiteral(MAMORI_CLI_PATH),
                                        QStringList{QStringLiteral("--db"), dbPath()} + arguments,
                                        lang, {{QStringLiteral("MAMORI_CLOCK"), clockTime}});
    }

    QJsonObject json(const QStringList &arguments)
    {
        const Outcome run = cli(arguments + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return parse(run).object();
    }

    // The accounting PC (PC-001) holds the customer list.
    void createPcWithCustomerData()
    {
        auto database = Database::open(dbPath());
        ASSERT_TRUE(isOk(database));
        Device pc;
        pc.assetNumber = QStringLiteral("PC-001");
        pc.name = QStringLiteral("Accounting PC");
        auto pcId = AssetRepository<Device>(**database).insert(pc);
        ASSERT_TRUE(isOk(pcId));
        InformationAsset customers;
        customers.businessArea = QStringLiteral("Sales");
        customers.name = QStringLiteral("Customer list");
        customers.personalData = PersonalData::Personal;
        auto customersId = AssetRepository<InformationAsset>(**database).insert(customers);
        ASSERT_TRUE(isOk(customersId));
        ASSERT_TRUE(isOk(AssetLinkRepository(**database).linkAll({{*customersId, *pcId}})));
    }
};

TEST_F(IncidentCliTest, PlaybooksAreListedWithStableIdsAndShownWithTheirSteps)
{
    const Outcome list =
        cli({QStringLiteral("playbook"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    QStringList ids;
    for (const QJsonValue &value : parse(list).array())
        ids << value.toObject().value(QStringLiteral("id")).toString();
    for (const QString &id :
         {QStringLiteral("ransomware"), QStringLiteral("emotet"), QStringLiteral("lost-device"),
          QStringLiteral("account-takeover"), QStringLiteral("web-compromise"),
          QStringLiteral("bec"), QStringLiteral("personal-data-leak")})
        EXPECT_TRUE(ids.contains(id)) << id.toStdString();

    const QJsonObject shown =
        json({QStringLiteral("playbook"), QStringLiteral("show"), QStringLiteral("ransomware")});
    const QJsonArray steps = shown.value(QStringLiteral("steps")).toArray();
    ASSERT_FALSE(steps.isEmpty());
    QStringList phases;
    bool decision = false;
    for (const QJsonValue &step : steps) {
        const QString phase = step.toObject().value(QStringLiteral("phase")).toString();
        if (!phases.contains(phase))
            phases << phase;
        decision = decision || step.toObject().value(QStringLiteral("decision")).toBool();
        EXPECT_FALSE(step.toObject().value(QStringLiteral("why")).toString().isEmpty());
    }
    EXPECT_EQ(phases, (QStringList{QStringLiteral("detect"), QStringLiteral("report"),
                                   QStringLiteral("recover")}));
    EXPECT_TRUE(decision) << "the ransomware playbook asks whether to pay";

    const Outcome unknown =
        cli({QStringLiteral("playbook"), QStringLiteral("show"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 2);
}

TEST_F(IncidentCliTest, AnUnknownPlaybookExitsTwoAndWritesNothing)
{
    const Outcome run =
        cli({QStringLiteral("incident"), QStringLiteral("start"), QStringLiteral("--playbook"),
             QStringLiteral("nope"), QStringLiteral("--title"), QStringLiteral("x")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("nope"))) << run.err.toStdString();
    const Outcome list = cli({QStringLiteral("incident"), QStringLiteral("list"),
                              QStringLiteral("--all"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_TRUE(parse(list).array().isEmpty());
}

TEST_F(IncidentCliTest, ARansomwareIncidentFromStartToClose)
{
    createPcWithCustomerData();
    const QJsonObject started =
        json({QStringLiteral("incident"), QStringLiteral("start"), QStringLiteral("--playbook"),
              QStringLiteral("ransomware"), QStringLiteral("--title"),
              QStringLiteral("Ransom note on the accounting PC"), QStringLiteral("--detected-at"),
              QStringLiteral("2026-03-31T18:00:00+09:00"), QStringLiteral("--aware-at"),
              QStringLiteral("2026-04-01T09:00:00+09:00"), QStringLiteral("--device"),
              QStringLiteral("PC-001"), QStringLiteral("--trigger"),
              QStringLiteral("unauthorised_purpose=yes")});
    const QString id = QString::number(started.value(QStringLiteral("id")).toInt());
    EXPECT_EQ(started.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    const QJsonArray clocks = started.value(QStringLiteral("clocks")).toArray();
    ASSERT_EQ(clocks.size(), 3) << "customer data on the affected PC, unauthorised purpose";
    EXPECT_EQ(clocks.at(0).toObject().value(QStringLiteral("due_at")).toString(),
              QStringLiteral("2026-04-06T14:59:59Z"));
    EXPECT_EQ(clocks.at(1).toObject().value(QStringLiteral("due_at")).toString(),
              QStringLiteral("2026-05-31T14:59:59Z"))
        << "60 days from awareness, not from detection";

    const auto run = [&](QStringList arguments) {
        const Outcome outcome = cli(arguments);
        EXPECT_EQ(outcome.exitCode, 0)
            << arguments.join(u' ').toStdString() << ": " << outcome.err.toStdString();
        return outcome;
    };
    const QString incident = QStringLiteral("incident");
    run({incident, QStringLiteral("step"), id, QStringLiteral("1"), QStringLiteral("--done")});
    run({incident, QStringLiteral("step"), id, QStringLiteral("2"), QStringLiteral("--done"),
         QStringLiteral("--by"), QStringLiteral("Tanaka")});
    run({incident, QStringLiteral("step"), id, QStringLiteral("3"), QStringLiteral("--na"),
         QStringLiteral("No VPN in this office")});
    EXPECT_EQ(
        cli({incident, QStringLiteral("step"), id, QStringLiteral("999"), QStringLiteral("--done")})
            .exitCode,
        2);
    run({incident, QStringLiteral("log"), id, QStringLiteral("LAN cable pulled at 09:05")});
    run({incident, QStringLiteral("log"), id, QStringLiteral("We do not pay"),
         QStringLiteral("--kind"), QStringLiteral("decision"), QStringLiteral("--why"),
         QStringLiteral("Backups are clean")});
    const QJsonObject shownBefore = json({incident, QStringLiteral("show"), id});
    const QJsonArray before = shownBefore.value(QStringLiteral("timeline")).toArray();
    ASSERT_EQ(before.size(), 3);
    const QString cableEntry =
        QString::number(before.at(1).toObject().value(QStringLiteral("id")).toInt());
    run({incident, QStringLiteral("log"), id, QStringLiteral("It was 09:15"),
         QStringLiteral("--corrects"), cableEntry});

    const QJsonObject shown = json({incident, QStringLiteral("show"), id});
    const QJsonArray checklist = shown.value(QStringLiteral("checklist")).toArray();
    ASSERT_GE(checklist.size(), 3);
    EXPECT_EQ(checklist.at(0).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("done"));
    EXPECT_EQ(checklist.at(1).toObject().value(QStringLiteral("done_by")).toString(),
              QStringLiteral("Tanaka"));
    EXPECT_EQ(checklist.at(2).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("na"));
    const QJsonArray timeline = shown.value(QStringLiteral("timeline")).toArray();
    ASSERT_EQ(timeline.size(), 4);
    EXPECT_EQ(timeline.at(2).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("decision"));
    EXPECT_EQ(timeline.at(2).toObject().value(QStringLiteral("why")).toString(),
              QStringLiteral("Backups are clean"));
    EXPECT_EQ(QString::number(timeline.at(3).toObject().value(QStringLiteral("corrects")).toInt()),
              cableEntry);
    const QJsonArray exposed = shown.value(QStringLiteral("exposed_assets")).toArray();
    ASSERT_EQ(exposed.size(), 1);
    EXPECT_EQ(exposed.at(0).toObject().value(QStringLiteral("personal_data")).toString(),
              QStringLiteral("personal"));

    const QJsonObject draft = json({incident, QStringLiteral("ppc-draft"), id});
    EXPECT_TRUE(draft.value(QStringLiteral("notice")).toString().contains(QStringLiteral("draft")));
    EXPECT_EQ(draft.value(QStringLiteral("items")).toArray().size(), 9);

    // Closing: no cause is refused; open steps and clocks need a reason.
    Outcome refused = cli({incident, QStringLiteral("close"), id});
    EXPECT_EQ(refused.exitCode, 2);
    refused = cli({incident, QStringLiteral("close"), id, QStringLiteral("--cause"),
                   QStringLiteral("VPN device not patched"), QStringLiteral("--impact"),
                   QStringLiteral("Two days of orders lost")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("still open"))) << refused.err.toStdString();
    EXPECT_EQ(json({incident, QStringLiteral("show"), id}).value(QStringLiteral("status")),
              QStringLiteral("open"));
    const QStringList closing{incident,
                              QStringLiteral("close"),
                              id,
                              QStringLiteral("--cause"),
                              QStringLiteral("VPN device not patched"),
                              QStringLiteral("--impact"),
                              QStringLiteral("Two days of orders lost"),
                              QStringLiteral("--override"),
                              QStringLiteral("Reports filed by our lawyer"),
                              QStringLiteral("--changed"),
                              QStringLiteral("policy"),
                              QStringLiteral("--changed")};
    EXPECT_EQ(cli(closing + QStringList{QStringLiteral("rule:9")}).exitCode, 2);
    run(closing + QStringList{QStringLiteral("device:PC-001")});
    const QJsonObject closeOut =
        json({incident, QStringLiteral("show"), id}).value(QStringLiteral("close_out")).toObject();
    EXPECT_EQ(closeOut.value(QStringLiteral("changed_records")).toArray().toVariantList(),
              (QVariantList{QStringLiteral("policy"), QStringLiteral("device:PC-001")}));
    EXPECT_EQ(closeOut.value(QStringLiteral("cause")).toString(),
              QStringLiteral("VPN device not patched"));

    const Outcome open = cli({incident, QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_TRUE(parse(open).array().isEmpty());
    const Outcome all =
        cli({incident, QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
    const QJsonArray incidents = parse(all).array();
    ASSERT_EQ(incidents.size(), 1);
    const QJsonObject listed = incidents.at(0).toObject();
    for (const QString &key :
         {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("status"),
          QStringLiteral("exercise"), QStringLiteral("clocks")})
        EXPECT_TRUE(listed.contains(key)) << key.toStdString();
    EXPECT_EQ(listed.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
}

TEST_F(IncidentCliTest, ExercisesAreMarkedAndRaiseNoAlerts)
{
    createPcWithCustomerData();
    const QJsonObject started =
        json({QStringLiteral("incident"), QStringLiteral("start"), QStringLiteral("--playbook"),
              QStringLiteral("lost-device"), QStringLiteral("--title"),
              QStringLiteral("Tabletop: laptop left in a taxi"), QStringLiteral("--exercise"),
              QStringLiteral("--device"), QStringLiteral("PC-001"), QStringLiteral("--trigger"),
              QStringLiteral("sensitive")});
    EXPECT_TRUE(started.value(QStringLiteral("exercise")).toBool());
    const QJsonArray clocks = started.value(QStringLiteral("clocks")).toArray();
    ASSERT_FALSE(clocks.isEmpty());
    for (const QJsonValue &clock : clocks)
        EXPECT_FALSE(clock.toObject().value(QStringLiteral("alerts")).toBool(true));
    const Outcome text = cli({QStringLiteral("incident"), QStringLiteral("list")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("(exercise)"))) << text.out.toStdString();
}

TEST_F(IncidentCliTest, TheContactsSheetIsOneA4PageInEitherLanguage)
{
    const QString ja = tempPath(QStringLiteral("contacts-ja.pdf"));
    Outcome run =
        cli({QStringLiteral("report"), QStringLiteral("contacts"), QStringLiteral("--out"), ja,
             QStringLiteral("--lang"), QStringLiteral("ja")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString jaText = mamori::test::pdfText(ja);
    EXPECT_TRUE(jaText.contains(QStringLiteral("個人情報保護委員会"))) << jaText.toStdString();
    EXPECT_EQ(jaText.count(u'\f'), 1) << "one page";

    const QString en = tempPath(QStringLiteral("contacts-en.pdf"));
    run = cli({QStringLiteral("report"), QStringLiteral("contacts"), QStringLiteral("--out"), en,
               QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString enText = mamori::test::pdfText(en);
    EXPECT_TRUE(enText.contains(QStringLiteral("Incident contacts"))) << enText.toStdString();
    EXPECT_TRUE(enText.contains(QStringLiteral("Check before use")));

    const QString nowhere = tempPath(QStringLiteral("missing/contacts.pdf"));
    run = cli(
        {QStringLiteral("report"), QStringLiteral("contacts"), QStringLiteral("--out"), nowhere});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(QFile::exists(nowhere));
}
