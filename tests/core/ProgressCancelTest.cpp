// Progress and Cancel of the long file operations the GUI runs on worker threads: reading an
// import file and writing an export. A cancelled export must leave no file, not even a partial
// one, and an earlier file at the same path exactly as it was.

#include "TestEnvironment.h"

#include "inventory/AssetImporter.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "services/AssetExporter.h"
#include "services/DemoCompany.h"

#include <QDir>

using namespace mamori;
using mamori::test::isOk;

namespace {

struct Reports
{
    QList<qint64> done;
    qint64 total = -1;
    bool monotonic = true;
};

// Records every report; asks to stop once `stopAt` is reached (never when negative).
ProgressCallback recorder(Reports &reports, qint64 stopAt = -1)
{
    return [&reports, stopAt](qint64 done, qint64 total) {
        if (!reports.done.isEmpty() && done < reports.done.constLast())
            reports.monotonic = false;
        reports.done.append(done);
        reports.total = total;
        return stopAt < 0 || done < stopAt;
    };
}

QStringList header()
{
    return {QStringLiteral("資産番号"), QStringLiteral("名称"), QStringLiteral("種別"),
            QStringLiteral("購入日"), QStringLiteral("備考")};
}

QList<QStringList> rows(int count)
{
    QList<QStringList> rows;
    for (int i = 1; i <= count; ++i) {
        rows.append({QStringLiteral("PC-%1").arg(i, 5, 10, QLatin1Char('0')),
                     QStringLiteral("事務用PC %1").arg(i), QStringLiteral("パソコン"),
                     QStringLiteral("2024-04-01"), QStringLiteral("備考 %1 ").arg(i).repeated(8)});
    }
    return rows;
}

} // namespace

class ProgressCancelTest : public mamori::test::TempDirTest
{
protected:
    // Files in the test folder, so a leftover temporary file of QSaveFile shows up.
    QStringList files() const { return QDir(dir()).entryList(QDir::Files | QDir::Hidden); }
};

TEST_F(ProgressCancelTest, ReadersCountTheBytesOfTheFileAndStopWhenAsked)
{
    const QString csv = tempPath(QStringLiteral("devices.csv"));
    ASSERT_TRUE(isOk(CsvWriter::writeFile(csv, header(), rows(20000), TextEncoding::Utf8)));
    const QString xlsx = tempPath(QStringLiteral("devices.xlsx"));
    ASSERT_TRUE(isOk(XlsxWriter::writeFile(xlsx, QStringLiteral("機器"), header(), rows(20000))));

    for (const QString &path : {csv, xlsx}) {
        SCOPED_TRACE(path.toStdString());
        Reports reports;
        auto table = AssetImporter::readFile(path, {}, recorder(reports));
        ASSERT_TRUE(isOk(table));
        EXPECT_EQ(table->rows.size(), 20000);
        EXPECT_GT(reports.done.size(), 1);
        EXPECT_TRUE(reports.monotonic);
        EXPECT_EQ(reports.total, QFileInfo(path).size());
        EXPECT_GE(reports.done.constLast(), reports.total * 9 / 10);
        EXPECT_LE(reports.done.constLast(), reports.total);

        Reports stopped;
        auto cancelled = AssetImporter::readFile(path, {}, recorder(stopped, 1));
        ASSERT_FALSE(cancelled);
        EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
        EXPECT_EQ(stopped.done.size(), 1) << "no read after the one that was refused";
    }
    // The signatures without progress still work as before.
    EXPECT_EQ(CsvReader::readFile(csv)->rows.size(), 20000);
    EXPECT_EQ(XlsxReader::readFile(xlsx)->rows.size(), 20000);
}

TEST_F(ProgressCancelTest, CancelledCsvAndXlsxWritesLeaveNoFile)
{
    const QList<QStringList> data = rows(5000);
    for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
        SCOPED_TRACE(name.toStdString());
        const QString path = tempPath(name);
        const bool xlsx = name.endsWith(QStringLiteral(".xlsx"));
        const auto write = [&](const ProgressCallback &progress) {
            return xlsx ? XlsxWriter::writeFile(path, QStringLiteral("機器"), header(), data,
                                                progress)
                        : CsvWriter::writeFile(path, header(), data, TextEncoding::Utf8, progress);
        };

        Reports halfway;
        const Status cancelled = write(recorder(halfway, 2500));
        ASSERT_FALSE(cancelled);
        EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
        EXPECT_EQ(files(), QStringList()) << "no file and no temporary file";

        Reports complete;
        ASSERT_TRUE(isOk(write(recorder(complete))));
        EXPECT_TRUE(complete.monotonic);
        EXPECT_EQ(complete.done.constLast(), complete.total);
        const QByteArray written = mamori::test::readAll(path);
        ASSERT_FALSE(written.isEmpty());

        // Cancelling a second export to the same path keeps the first one as it was.
        Reports early;
        ASSERT_FALSE(write(recorder(early, 1)));
        EXPECT_EQ(mamori::test::readAll(path), written);
        EXPECT_EQ(files(), QStringList{name});
        QFile::remove(path);
    }
}

TEST_F(ProgressCancelTest, ExportReportsRowsAndACancelledExportWritesNothing)
{
    auto db = Database::open(tempPath(QStringLiteral("inventory.sqlite")));
    ASSERT_TRUE(isOk(db));
    ASSERT_TRUE(isOk(DemoCompany::fill(**db, 1200)));
    const QStringList databaseFiles = files();

    const QString path = tempPath(QStringLiteral("devices.xlsx"));
    Reports stopped;
    const Status cancelled =
        AssetExporter::writeFile(**db, AssetKind::Devices, path, ExportFormat::Xlsx,
                                 TextEncoding::Utf8, recorder(stopped, 600));
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(files(), databaseFiles);
    EXPECT_EQ(stopped.done.constFirst(), 0) << "the records are read before rows are counted";

    Reports complete;
    ASSERT_TRUE(isOk(AssetExporter::writeFile(**db, AssetKind::Devices, path, ExportFormat::Xlsx,
                                              TextEncoding::Utf8, recorder(complete))));
    EXPECT_TRUE(complete.monotonic);
    EXPECT_EQ(complete.done.constLast(), complete.total);
    auto table = XlsxReader::readFile(path);
    ASSERT_TRUE(isOk(table));
    EXPECT_EQ(table->rows.size(), 1200);
}
