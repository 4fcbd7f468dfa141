// The CLI's rule for damaged files (docs/cli.md, "Damaged files"): a verb that writes checks the
// whole file first; a verb that only reads skips that check, yet still reports every damaged page
// it meets, so a broken file never yields a shorter list.

#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace mamori;

namespace {

using Outcome = mamori::test::ProgramRun;

const QString today = QStringLiteral("2026-04-01T12:00:00+09:00");
const QString tomorrow = QStringLiteral("2026-04-02T09:00:00+09:00");

} // namespace

class CliIntegrityTest : public mamori::test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        const Outcome made = cli({QStringLiteral("demo"), QStringLiteral("--assets"),
                                  QStringLiteral("600"), QStringLiteral("--no-history")});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
        // Folds the WAL into the file, so the pages damaged below are the ones SQLite reads.
        test::rawExec(db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    QString db() const { return tempPath(QStringLiteral("i.sqlite")); }

    Outcome cli(const QStringList &arguments, const QString &now = today)
    {
        return test::runProgram(QStringLiteral(MAMORI_CLI_PATH),
                                QStringList{QStringLiteral("--db"), db()} + arguments,
                                QStringLiteral("C.UTF-8"),
                                {{QStringLiteral("MAMORI_CLOCK"), now},
                                 {QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo")}});
    }

    // Overwrites the middle leaf page of `table` and returns the file's bytes afterwards.
    QByteArray damageLeafOf(const QString &table)
    {
        const QStringList pages = test::rawQuery(
            db(), QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = "
                                 "'leaf' ORDER BY pageno")
                      .arg(table));
        const QStringList pageSize = test::rawQuery(db(), QStringLiteral("PRAGMA page_size"));
        EXPECT_GE(pages.size(), 3) << table.toStdString();
        if (pages.size() < 3 || pageSize.isEmpty())
            return {};
        const int size = pageSize.constFirst().toInt();
        const qint64 page = pages.at(pages.size() / 2).toLongLong();
        QByteArray bytes = test::readAll(db());
        bytes.replace((page - 1) * size, size, QByteArray(size, char(0x5a)));
        test::writeAll(db(), bytes);
        return bytes;
    }

    static QString errorKind(const Outcome &run)
    {
        return QJsonDocument::fromJson(run.err.toUtf8())
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("kind"))
            .toString();
    }
};

TEST_F(CliIntegrityTest, ReadingVerbReportsTheDamagedPageItMeetsNotAShorterList)
{
    const Outcome before =
        cli({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("list"),
             QStringLiteral("--kind"), QStringLiteral("devices")});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    const QByteArray damaged = damageLeafOf(QStringLiteral("device"));
    ASSERT_FALSE(damaged.isEmpty());

    const Outcome listed =
        cli({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("list"),
             QStringLiteral("--kind"), QStringLiteral("devices")});
    EXPECT_EQ(listed.exitCode, 3) << listed.out.toStdString();
    EXPECT_EQ(errorKind(listed), QStringLiteral("damaged")) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.isEmpty()) << "no partial list is printed";
    EXPECT_EQ(test::readAll(db()), damaged) << "a reading verb writes nothing";

    const Outcome checked =
        cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check")});
    EXPECT_EQ(checked.exitCode, 3);
    EXPECT_EQ(errorKind(checked), QStringLiteral("damaged"));
}

TEST_F(CliIntegrityTest, WritingVerbChecksTheWholeFileFirstAndChangesNothing)
{
    const QByteArray damaged = damageLeafOf(QStringLiteral("audit_log"));
    ASSERT_FALSE(damaged.isEmpty());

    // Today's snapshot exists and the device table is sound: the reading verb needs no
    // whole-file check and answers.
    const Outcome listed = cli({QStringLiteral("assets"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();

    const Outcome added =
        cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("plan"),
             QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("NAS"),
             QStringLiteral("--frequency"), QStringLiteral("daily")});
    EXPECT_EQ(added.exitCode, 3) << added.out.toStdString();
    EXPECT_EQ(errorKind(added), QStringLiteral("damaged")) << added.err.toStdString();
    EXPECT_EQ(test::readAll(db()), damaged);
}

TEST_F(CliIntegrityTest, ReadingVerbChecksTheFileBeforeTakingTheDaysSnapshot)
{
    const QByteArray damaged = damageLeafOf(QStringLiteral("audit_log"));
    ASSERT_FALSE(damaged.isEmpty());

    // The first open of a new day would write a snapshot, so it checks the file first.
    const Outcome listed =
        cli({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("list")}, tomorrow);
    EXPECT_EQ(listed.exitCode, 3);
    EXPECT_EQ(errorKind(listed), QStringLiteral("damaged")) << listed.err.toStdString();
    EXPECT_EQ(test::readAll(db()), damaged);
}

TEST_F(CliIntegrityTest, SoundFileReadsWithoutChangeAndTheNextDayGetsItsSnapshot)
{
    ASSERT_EQ(cli({QStringLiteral("posture"), QStringLiteral("show")}).exitCode, 0);
    test::rawExec(db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray settled = test::readAll(db());
    for (const QStringList &verb :
         {QStringList{QStringLiteral("assets"), QStringLiteral("list")},
          QStringList{QStringLiteral("reminders")},
          QStringList{QStringLiteral("backup"), QStringLiteral("due")},
          QStringList{QStringLiteral("posture"), QStringLiteral("history")},
          QStringList{QStringLiteral("incident"), QStringLiteral("list")},
          QStringList{QStringLiteral("report"), QStringLiteral("list")}}) {
        const Outcome run = cli(verb);
        EXPECT_NE(run.exitCode, 3) << verb.join(u' ').toStdString() << run.err.toStdString();
    }
    EXPECT_EQ(test::readAll(db()), settled);
    EXPECT_FALSE(QFileInfo(db() + QStringLiteral("-wal")).size() > 0)
        << "no reading verb left a write behind";

    ASSERT_EQ(cli({QStringLiteral("assets"), QStringLiteral("list")}, tomorrow).exitCode, 0);
    EXPECT_EQ(test::rawQuery(db(), QStringLiteral("SELECT count(*) FROM posture_snapshot")),
              QStringList{QStringLiteral("2")});
}
