#include "TestEnvironment.h"

#include "action/SelfDiagnosis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mamori;

namespace {

using Outcome = mamori::test::ProgramRun;

Outcome runCli(const QStringList &arguments)
{
    return mamori::test::runProgram(QStringLiteral(MAMORI_CLI_PATH), arguments);
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list << value.toString();
    return list;
}

QJsonObject byKey(const QJsonArray &reminders, const QString &key)
{
    for (const QJsonValue &value : reminders) {
        if (value.toObject().value(QStringLiteral("key")).toString() == key)
            return value.toObject();
    }
    return {};
}

} // namespace

class ActionCliTest : public mamori::test::TempDirTest
{
protected:
    QStringList db() const
    {
        return {QStringLiteral("--db"), tempPath(QStringLiteral("a.sqlite"))};
    }

    QJsonObject status()
    {
        const Outcome run =
            runCli(db() + QStringList{QStringLiteral("action"), QStringLiteral("status"),
                                      QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        EXPECT_TRUE(document.isObject()) << run.out.toStdString();
        return document.object();
    }
};

TEST_F(ActionCliTest, StatusOfAFreshDatabase)
{
    const QJsonObject json = status();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    EXPECT_EQ(json.value(QStringLiteral("declared_level")).toInt(-1), 0);
    EXPECT_TRUE(json.value(QStringLiteral("declaration_id")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("declared_on")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("latest_diagnosis")).isNull());

    const QJsonObject oneStar = json.value(QStringLiteral("one_star")).toObject();
    EXPECT_FALSE(oneStar.value(QStringLiteral("ready")).toBool(true));
    EXPECT_EQ(strings(oneStar.value(QStringLiteral("missing"))).size(), 5);
    const QJsonObject twoStars = json.value(QStringLiteral("two_stars")).toObject();
    EXPECT_FALSE(twoStars.value(QStringLiteral("ready")).toBool(true));
    EXPECT_EQ(strings(twoStars.value(QStringLiteral("missing"))),
              (QStringList{QStringLiteral("No self-diagnosis completed yet"),
                           QStringLiteral("No basic security policy written yet")}));

    const QJsonArray reminders = json.value(QStringLiteral("reminders")).toArray();
    ASSERT_EQ(reminders.size(), 3);
    for (const QString &key : {QStringLiteral("diagnosis"), QStringLiteral("policy_review"),
                               QStringLiteral("five_rules")}) {
        const QJsonObject reminder = byKey(reminders, key);
        EXPECT_EQ(reminder.value(QStringLiteral("due")).toString(), today) << key.toStdString();
        EXPECT_TRUE(reminder.value(QStringLiteral("overdue")).toBool()) << key.toStdString();
    }
}

TEST_F(ActionCliTest, StatusAfterDeclaringAndImportingADiagnosis)
{
    const Outcome declared = runCli(
        db() + QStringList{QStringLiteral("action"), QStringLiteral("declare"),
                           QStringLiteral("--level"), QStringLiteral("2"), QStringLiteral("--date"),
                           QStringLiteral("2026-04-01"), QStringLiteral("--id"),
                           QStringLiteral("51234567890"), QStringLiteral("--json")});
    ASSERT_EQ(declared.exitCode, 0) << declared.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(declared.out.toUtf8())
                  .object()
                  .value(QStringLiteral("level"))
                  .toInt(),
              2);

    diagnosis::Answers answers;
    for (int item = 1; item <= diagnosis::itemCount; ++item)
        answers.insert(item, item % 5 == 0 ? diagnosis::dontKnow : diagnosis::done); // 75
    const QString file = tempPath(QStringLiteral("answers.json"));
    mamori::test::writeAll(file, diagnosis::answersToJson(answers));
    const QDate today = QDate::currentDate();
    const Outcome imported =
        runCli(db() + QStringList{QStringLiteral("diagnosis"), QStringLiteral("import"), file,
                                  QStringLiteral("--date"), today.toString(Qt::ISODate)});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    const QJsonObject json = status();
    EXPECT_EQ(json.value(QStringLiteral("declared_level")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("declaration_id")).toString(),
              QStringLiteral("51234567890"));
    EXPECT_EQ(json.value(QStringLiteral("declared_on")).toString(), QStringLiteral("2026-04-01"));
    const QJsonObject latest = json.value(QStringLiteral("latest_diagnosis")).toObject();
    EXPECT_EQ(latest.value(QStringLiteral("date")).toString(), today.toString(Qt::ISODate));
    EXPECT_EQ(latest.value(QStringLiteral("score")).toInt(), 75);
    EXPECT_EQ(latest.value(QStringLiteral("band")).toInt(), 2);
    EXPECT_EQ(latest.value(QStringLiteral("unknown_items")).toInt(), 5);

    const QStringList missing = strings(
        json.value(QStringLiteral("two_stars")).toObject().value(QStringLiteral("missing")));
    ASSERT_EQ(missing.size(), 2) << missing.join(u'|').toStdString();
    EXPECT_TRUE(missing.at(0).contains(QStringLiteral("5, 10, 15, 20, 25")));
    EXPECT_EQ(missing.at(1), QStringLiteral("No basic security policy written yet"));

    const QJsonObject diagnosisReminder =
        byKey(json.value(QStringLiteral("reminders")).toArray(), QStringLiteral("diagnosis"));
    EXPECT_EQ(diagnosisReminder.value(QStringLiteral("due")).toString(),
              today.addMonths(12).toString(Qt::ISODate));
    EXPECT_FALSE(diagnosisReminder.value(QStringLiteral("overdue")).toBool(true));

    const Outcome text =
        runCli(db() + QStringList{QStringLiteral("action"), QStringLiteral("status")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("★★"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("51234567890")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("75")));
}

TEST_F(ActionCliTest, DeclareRefusesABadLevelAndWritesNothing)
{
    for (const QStringList &options :
         {QStringList{QStringLiteral("--level"), QStringLiteral("3")},
          QStringList{QStringLiteral("--level"), QStringLiteral("★")},
          QStringList{QStringLiteral("--date"), QStringLiteral("2026-04-01")},
          QStringList{QStringLiteral("--level"), QStringLiteral("1"), QStringLiteral("--date"),
                      QStringLiteral("2026/04/01")}}) {
        const Outcome run = runCli(
            db() + QStringList{QStringLiteral("action"), QStringLiteral("declare")} + options);
        EXPECT_EQ(run.exitCode, 1) << options.join(u' ').toStdString();
    }
    EXPECT_EQ(status().value(QStringLiteral("declared_level")).toInt(-1), 0);
}
