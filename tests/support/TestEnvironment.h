#pragma once

#include "Result.h"
#include "storage/Database.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

// Let GoogleTest print Qt values in failure messages. Declared here, once, for every test:
// a printer defined in one test file only is silently dropped by the linker.
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QDate &value, std::ostream *out)
{
    *out << (value.isValid() ? value.toString(Qt::ISODate).toStdString()
                             : std::string("(invalid)"));
}

namespace mamori::test {

// A fresh temporary folder per test, for database files and their backups.
class TempDirTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// ASSERT_TRUE(isOk(result)) prints the error's message and detail when it fails.
template<typename T>::testing::AssertionResult isOk(const Result<T> &result)
{
    if (result.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << result.error().fullText().toStdString();
}

// A fresh Mamori database in the test's temporary folder, open as m_db.
class DatabaseTest : public TempDirTest
{
protected:
    void SetUp() override;
    std::unique_ptr<Database> m_db;
};

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
// Runs one SQL statement through a raw sqlite3 connection, bypassing Mamori entirely.
void rawExec(const QString &databasePath, const QString &sql);
// The rows `sql` selects, read with SQLite's own library: each row its columns joined by '|'.
QStringList rawQuery(const QString &databasePath, const QString &sql);
// A closed Mamori database (at `schemaVersion`, 0 for the latest) with a filler table of 2,000
// rows spanning a few dozen pages.
void createPopulatedDatabase(const QString &path, int schemaVersion = 0);
// Overwrites one page inside that filler table: the header and schema stay readable, opening
// works, PRAGMA quick_check fails. Returns the damaged bytes.
QByteArray damageFillerPage(const QString &path);
// The POSIX permission bits of a file, e.g. 0600.
int fileMode(const QString &path);

// What a finished program printed and returned; exitCode -1 when it did not finish in time.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a built program (mamori-cli, mamori) as a user's script would, with LANG set to `lang`.
// `environment` adds or replaces variables, e.g. MAMORI_CLOCK and TZ.
ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QString &lang = QStringLiteral("C.UTF-8"),
                      const QMap<QString, QString> &environment = {});

// A PDF's text as poppler's `pdftotext -layout` reads it: what search and copy will see.
QString pdfText(const QString &pdfPath);
// The table `pdffonts` prints for a PDF (name, type, encoding, embedded, subset, unicode).
QString pdfFonts(const QString &pdfPath);

} // namespace mamori::test
