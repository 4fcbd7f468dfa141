#include "TestEnvironment.h"

#include "storage/Database.h"
#include "storage/detail/Migrations.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace mamori;

namespace {

using CliRun = mamori::test::ProgramRun;

CliRun runCli(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    return mamori::test::runProgram(QStringLiteral(MAMORI_CLI_PATH), arguments, lang);
}

} // namespace

class CliTest : public mamori::test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        QSettings().remove(QStringLiteral("ui/language")); // messages follow LANG
        QSettings().sync();
        m_db = tempPath(QStringLiteral("x.sqlite"));
    }
    QStringList withDb(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_db} + arguments;
    }

    QString m_db;
};

TEST_F(CliTest, InitThenCheckSucceedAndTheFileIsOwnerOnly)
{
    const CliRun init = runCli(withDb({QStringLiteral("db"), QStringLiteral("init")}));
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    const CliRun check = runCli(withDb({QStringLiteral("db"), QStringLiteral("check")}));
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_EQ(mamori::test::fileMode(m_db), 0600);
}

TEST_F(CliTest, RandomBytesGiveExitThreeAndStayUnchanged)
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919 + 13) % 251));
    mamori::test::writeAll(m_db, bytes);
    for (const QString &verb :
         {QStringLiteral("check"), QStringLiteral("init"), QStringLiteral("info")}) {
        const CliRun run = runCli(withDb({QStringLiteral("db"), verb}));
        EXPECT_EQ(run.exitCode, 3) << verb.toStdString();
        EXPECT_TRUE(run.err.contains(m_db)) << run.err.toStdString();
    }
    EXPECT_EQ(mamori::test::readAll(m_db), bytes);
}

// A 0-byte file where the database should be (a failed copy, a full disk, a sync conflict) is
// reported, never silently made into a new, empty database; only `db init` may do that.
TEST_F(CliTest, EmptyFileIsRefusedByEveryVerbButInit)
{
    mamori::test::writeAll(m_db, {});
    const QList<QStringList> verbs{
        {QStringLiteral("db"), QStringLiteral("check")},
        {QStringLiteral("db"), QStringLiteral("info")},
        {QStringLiteral("assets"), QStringLiteral("list")},
        {QStringLiteral("action"), QStringLiteral("status")},
        {QStringLiteral("demo"), QStringLiteral("--assets"), QStringLiteral("5")},
    };
    for (const QStringList &verb : verbs) {
        const CliRun run = runCli(withDb(verb));
        EXPECT_EQ(run.exitCode, 3) << verb.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("is empty"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(m_db)) << run.err.toStdString();
        EXPECT_EQ(QFileInfo(m_db).size(), 0) << verb.join(u' ').toStdString();
    }
    const CliRun json =
        runCli(withDb({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check")}));
    EXPECT_EQ(QJsonDocument::fromJson(json.err.toUtf8())
                  .object()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("kind"))
                  .toString(),
              QStringLiteral("empty_file"));

    const CliRun init = runCli(withDb({QStringLiteral("db"), QStringLiteral("init")}));
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(runCli(withDb({QStringLiteral("db"), QStringLiteral("check")})).exitCode, 0);
}

// `db check` reads; it never writes, whatever the file: here one that another tool switched to
// rollback-journal mode, which a read-write open would switch back to WAL.
TEST_F(CliTest, CheckNeverWrites)
{
    ASSERT_EQ(runCli(withDb({QStringLiteral("db"), QStringLiteral("init")})).exitCode, 0);
    mamori::test::rawExec(m_db, QStringLiteral("PRAGMA journal_mode=DELETE"));
    const QByteArray before = mamori::test::readAll(m_db);
    const CliRun check = runCli(withDb({QStringLiteral("db"), QStringLiteral("check")}));
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_EQ(mamori::test::readAll(m_db), before);
}

TEST_F(CliTest, MissingDatabaseIsADatabaseError)
{
    const CliRun run = runCli(withDb({QStringLiteral("db"), QStringLiteral("check")}));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_FALSE(QFileInfo::exists(m_db));
}

TEST_F(CliTest, NewerSchemaIsADatabaseError)
{
    ASSERT_EQ(runCli(withDb({QStringLiteral("db"), QStringLiteral("init")})).exitCode, 0);
    mamori::test::rawExec(m_db, QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = mamori::test::readAll(m_db);
    const CliRun run = runCli(withDb({QStringLiteral("db"), QStringLiteral("init")}));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer version"))) << run.err.toStdString();
    EXPECT_EQ(mamori::test::readAll(m_db), before);
}

TEST_F(CliTest, DatabaseOpenInAnotherProcessIsADatabaseError)
{
    auto held = Database::open(m_db); // this test process plays the running application
    ASSERT_TRUE(held);
    const CliRun run = runCli(withDb({QStringLiteral("db"), QStringLiteral("info")}));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("already open elsewhere")))
        << run.err.toStdString();

    // A backup reads through its own connection and works while the database is open.
    const QString out = tempPath(QStringLiteral("while-open.sqlite"));
    const CliRun backup = runCli(
        withDb({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), out}));
    EXPECT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_TRUE(Database::checkFile(out));
}

TEST_F(CliTest, UsageErrorsExitOne)
{
    EXPECT_EQ(runCli({}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("db"), QStringLiteral("frobnicate")}).exitCode, 1);
    EXPECT_EQ(
        runCli({QStringLiteral("--no-such-option"), QStringLiteral("db"), QStringLiteral("info")})
            .exitCode,
        1);
    EXPECT_EQ(runCli(withDb({QStringLiteral("db"), QStringLiteral("backup")})).exitCode, 1);
    EXPECT_EQ(
        runCli(withDb({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("extra")}))
            .exitCode,
        1);
    EXPECT_FALSE(QFileInfo::exists(m_db));
}

TEST_F(CliTest, HelpAndVersionExitZero)
{
    const CliRun help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("db backup")));
    const CliRun verbHelp =
        runCli({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--help")});
    EXPECT_EQ(verbHelp.exitCode, 0);
    EXPECT_TRUE(verbHelp.out.contains(QStringLiteral("--out")));
    const CliRun version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("mamori-cli ")));
}

TEST_F(CliTest, BackupRefusesToOverwriteAndNeedsAnExistingFolder)
{
    ASSERT_EQ(runCli(withDb({QStringLiteral("db"), QStringLiteral("init")})).exitCode, 0);
    const QString out = tempPath(QStringLiteral("copy.sqlite"));
    const QStringList backup{QStringLiteral("db"), QStringLiteral("backup"),
                             QStringLiteral("--out"), out};
    const CliRun first = runCli(withDb(backup));
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(mamori::test::fileMode(out), 0600);
    EXPECT_EQ(*Database::checkFile(out), latestSchemaVersion());

    const QByteArray copy = mamori::test::readAll(out);
    EXPECT_EQ(runCli(withDb(backup)).exitCode, 2);
    EXPECT_EQ(mamori::test::readAll(out), copy);
    EXPECT_EQ(runCli(withDb(backup + QStringList{QStringLiteral("--force")})).exitCode, 0);
    EXPECT_EQ(
        runCli(withDb({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"),
                       tempPath(QStringLiteral("no/such/folder/b.sqlite"))}))
            .exitCode,
        2);
}

TEST_F(CliTest, InfoAsJsonNamesPathVersionSizeAndTables)
{
    ASSERT_EQ(runCli(withDb({QStringLiteral("db"), QStringLiteral("init")})).exitCode, 0);
    const CliRun run =
        runCli(withDb({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError parseError;
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_EQ(info.value(QStringLiteral("path")).toString(), QFileInfo(m_db).absoluteFilePath());
    EXPECT_EQ(info.value(QStringLiteral("schema_version")).toInt(), latestSchemaVersion());
    EXPECT_GT(info.value(QStringLiteral("size_bytes")).toInteger(), 0);
    const QJsonObject tables = info.value(QStringLiteral("tables")).toObject();
    EXPECT_EQ(tables.value(QStringLiteral("audit_log")).toInt(-1), 0);
    EXPECT_EQ(tables.value(QStringLiteral("company_profile")).toInt(-1), 0);
}

TEST_F(CliTest, JsonErrorsCarryKindAndExitCode)
{
    const CliRun run =
        runCli(withDb({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")}));
    EXPECT_EQ(run.exitCode, 3);
    const QJsonObject root = QJsonDocument::fromJson(run.err.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("exit_code")).toInt(), 3);
    EXPECT_EQ(
        root.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("database_missing"));
}

TEST_F(CliTest, MessagesFollowTheJapaneseLocale)
{
    const CliRun run = runCli(withDb({QStringLiteral("db"), QStringLiteral("check")}),
                              QStringLiteral("ja_JP.UTF-8"));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("データベース"))) << run.err.toStdString();
}
