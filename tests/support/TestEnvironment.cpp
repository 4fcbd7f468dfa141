#include "TestEnvironment.h"

#include <QFile>
#include <QProcess>

#include <sqlite3.h>
#include <sys/stat.h>

namespace mamori::test {

void DatabaseTest::SetUp()
{
    TempDirTest::SetUp();
    auto opened = Database::open(tempPath(QStringLiteral("test.sqlite")));
    ASSERT_TRUE(isOk(opened));
    m_db = std::move(*opened);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

void rawExec(const QString &databasePath, const QString &sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(databasePath).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const std::string text = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << text;
}

QStringList rawQuery(const QString &databasePath, const QString &sql)
{
    QStringList rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        ADD_FAILURE() << "cannot open " << databasePath.toStdString();
        sqlite3_close(db);
        return rows;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << sqlite3_errmsg(db);
        sqlite3_close(db);
        return rows;
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList columns;
        for (int column = 0; column < sqlite3_column_count(statement); ++column)
            columns << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
        rows << columns.join(u'|');
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

void createPopulatedDatabase(const QString &path, int schemaVersion)
{
    {
        DatabaseOpenOptions options;
        options.targetSchemaVersion = schemaVersion;
        auto db = Database::open(path, options);
        ASSERT_TRUE(isOk(db));
    }
    rawExec(path, QStringLiteral("CREATE TABLE filler (text TEXT);"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                 "SELECT i + 1 FROM n WHERE i < 2000) "
                                 "INSERT INTO filler SELECT printf('%0200d', i) FROM n;"));
}

QByteArray damageFillerPage(const QString &path)
{
    constexpr int pageSize = 4096;
    constexpr int damagedPage = 12; // inside the filler table's b-tree
    QByteArray bytes = readAll(path);
    EXPECT_GT(bytes.size(), (damagedPage + 8) * pageSize);
    bytes.replace(damagedPage * pageSize, pageSize, QByteArray(pageSize, char(0x5a)));
    writeAll(path, bytes);
    return bytes;
}

int fileMode(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QString &lang,
                      const QMap<QString, QString> &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), lang);
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LANGUAGE"));
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString pdfText(const QString &pdfPath)
{
    const ProgramRun run = runProgram(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                       QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out;
}

QString pdfFonts(const QString &pdfPath)
{
    const ProgramRun run = runProgram(QStringLiteral("pdffonts"), {pdfPath});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out;
}

} // namespace mamori::test
