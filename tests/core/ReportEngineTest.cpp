#include "TestEnvironment.h"

#include "report/ReportDocument.h"
#include "report/ReportFingerprint.h"
#include "report/ReportPdf.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace mamori;
using mamori::test::isOk;

namespace {

QStringList pagesOf(const QString &text)
{
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Reading order, one line per text run: pdftotext -layout closes up the narrow spaces of a
// short right-aligned footer ("1 / 3").
QStringList rawPagesOf(const QString &pdf)
{
    return pagesOf(mamori::test::runProgram(QStringLiteral("pdftotext"),
                                            {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
                       .out);
}

// pdfinfo's "Page N size: W x H pts" for every page: true where the page is wider than tall.
QList<bool> landscapePages(const QString &pdf)
{
    const QString info =
        mamori::test::runProgram(QStringLiteral("pdfinfo"),
                                 {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                  QStringLiteral("999"), pdf})
            .out;
    static const QRegularExpression size(
        QStringLiteral("Page +\\d+ size: +([\\d.]+) x ([\\d.]+) pts"));
    QList<bool> landscape;
    for (auto match = size.globalMatch(info); match.hasNext();) {
        const auto page = match.next();
        landscape << (page.captured(1).toDouble() > page.captured(2).toDouble());
    }
    return landscape;
}

report::Table numberedTable(int rows, const QString &headerWord)
{
    report::Table table;
    table.columns = {report::TableColumn(headerWord, 0.3),
                     report::TableColumn(QStringLiteral("Value"), 0.7)};
    for (int row = 1; row <= rows; ++row)
        table.rows << QStringList{QStringLiteral("Row%1").arg(row, 4, 10, QLatin1Char('0')),
                                  QStringLiteral("value of row %1").arg(row)};
    return table;
}

report::Document englishDocument()
{
    report::Document document;
    document.type = QStringLiteral("test");
    document.title = QStringLiteral("Engine test");
    document.company = QStringLiteral("Example Ltd.");
    document.language = UiLanguage::English;
    return document;
}

} // namespace

class ReportEngineTest : public mamori::test::TempDirTest
{
protected:
    // Writes `document` and returns its path; `pages` receives the page count.
    QString write(const report::Document &document, const QString &name, int *pages = nullptr)
    {
        const QString path = tempPath(name);
        report::RenderOptions options;
        options.generatedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30), QTimeZone::utc());
        options.fingerprint = QString(64, u'a').replace(0, 6, QStringLiteral("0123ab"));
        const auto written = report::ReportPdf::write(document, options, path);
        EXPECT_TRUE(isOk(written));
        if (pages)
            *pages = written ? *written : 0;
        return path;
    }
};

TEST_F(ReportEngineTest, ALongTableRepeatsItsHeaderRowOnEveryPageAndNumbersThePages)
{
    report::Document document = englishDocument();
    document.add(report::Heading(QStringLiteral("Long table")));
    document.add(numberedTable(400, QStringLiteral("Headerword")));
    int pages = 0;
    const QString path = write(document, QStringLiteral("long.pdf"), &pages);
    ASSERT_GT(pages, 3) << "400 rows run onto several pages";

    const QStringList text = pagesOf(mamori::test::pdfText(path));
    ASSERT_EQ(text.size(), pages);
    int rowsSeen = 0;
    for (int page = 0; page < pages; ++page) {
        EXPECT_EQ(text[page].count(QStringLiteral("Headerword")), 1)
            << "the header row on page " << page + 1;
        rowsSeen += int(text[page].count(QRegularExpression(QStringLiteral("\\bRow\\d{4}\\b"))));
    }
    EXPECT_EQ(rowsSeen, 400) << "every row printed once, none lost at a page break";

    const QStringList raw = rawPagesOf(path);
    ASSERT_EQ(raw.size(), pages);
    for (int page = 0; page < pages; ++page) {
        EXPECT_TRUE(raw[page].contains(QStringLiteral("%1 / %2").arg(page + 1).arg(pages)))
            << raw[page].toStdString();
        EXPECT_TRUE(raw[page].contains(QStringLiteral("0123ab"))) << "the fingerprint's digits";
    }
}

TEST_F(ReportEngineTest, ALandscapeSectionGetsLandscapePagesAndItsHeaderRepeatsThere)
{
    report::Document document = englishDocument();
    document.add(report::Paragraph(QStringLiteral("A portrait first page.")));
    document.addSection(report::Orientation::Landscape);
    document.add(numberedTable(120, QStringLiteral("Wideheader")));
    document.addSection(report::Orientation::Portrait);
    document.add(report::Paragraph(QStringLiteral("Back to portrait.")));
    int pages = 0;
    const QString path = write(document, QStringLiteral("landscape.pdf"), &pages);
    const QList<bool> landscape = landscapePages(path);
    ASSERT_EQ(landscape.size(), pages);
    ASSERT_GE(pages, 4);
    EXPECT_FALSE(landscape.first());
    EXPECT_FALSE(landscape.last());
    const QStringList text = pagesOf(mamori::test::pdfText(path));
    for (int page = 1; page + 1 < pages; ++page) {
        EXPECT_TRUE(landscape[page]) << "page " << page + 1;
        EXPECT_TRUE(text[page].contains(QStringLiteral("Wideheader"))) << "page " << page + 1;
    }
    EXPECT_TRUE(text.last().contains(QStringLiteral("Back to portrait.")));
}

TEST_F(ReportEngineTest, MarkupIsPrintedAsItsCharacters)
{
    const QString bold = QStringLiteral("<b>not bold</b> & <img src=x> &amp;");
    report::Document document = englishDocument();
    document.title = QStringLiteral("<i>Title</i>");
    document.add(report::Title(QStringLiteral("<h1>Big</h1>")));
    document.add(report::Paragraph(bold));
    report::Table table;
    table.columns = {report::TableColumn(QStringLiteral("<u>Column</u>"))};
    table.rows = {{QStringLiteral("<img src=x>")}};
    document.add(table);
    document.add(report::KeyFigures{
        {report::KeyFigure(QStringLiteral("<br>label"), QStringLiteral("<b>3</b>"))}});
    const QString text = mamori::test::pdfText(write(document, QStringLiteral("markup.pdf")));
    for (const QString &literal :
         {bold, QStringLiteral("<i>Title</i>"), QStringLiteral("<h1>Big</h1>"),
          QStringLiteral("<u>Column</u>"), QStringLiteral("<img src=x>"),
          QStringLiteral("<br>label"), QStringLiteral("<b>3</b>")})
        EXPECT_TRUE(text.contains(literal)) << literal.toStdString() << "\n" << text.toStdString();
}

TEST_F(ReportEngineTest, EveryFontIsEmbedded)
{
    report::Document document = englishDocument();
    document.language = UiLanguage::Japanese;
    document.add(report::Heading(QStringLiteral("見出し Heading")));
    document.add(report::Paragraph(QStringLiteral("本文とEnglish text、数字 0123。")));
    report::Paragraph bold(QStringLiteral("太字 bold"));
    bold.emphasis = true;
    document.add(bold);
    const QString fonts = mamori::test::pdfFonts(write(document, QStringLiteral("fonts.pdf")));
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // after the header
    ASSERT_FALSE(lines.isEmpty()) << fonts.toStdString();
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(u' ');
        ASSERT_GE(columns.size(), 5) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes"))
            << "embedded: " << line.toStdString();
    }
}

TEST_F(ReportEngineTest, ReadingTheStreamsKeepsTheContentAndStopsWhenCancelled)
{
    report::Document document = englishDocument();
    report::Table table;
    table.columns = {report::TableColumn(QStringLiteral("N"))};
    report::RowStream stream;
    stream.rowCount = 2000;
    stream.forEach = [](const std::function<bool(const QStringList &)> &row) -> Status {
        for (int n = 0; n < 2000; ++n)
            if (!row({QString::number(n)}))
                return Error(ErrorKind::Cancelled, QStringLiteral("stopped"));
        return {};
    };
    table.stream = stream;
    document.add(table);
    const auto streamed = report::ReportFingerprint::of(document);
    ASSERT_TRUE(isOk(streamed));

    report::Document cancelled = document;
    const Status stopped = cancelled.readStreams([](qint64 done, qint64) { return done < 1000; });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().kind, ErrorKind::Cancelled);

    qint64 lastDone = 0;
    ASSERT_TRUE(isOk(document.readStreams([&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 2000);
        lastDone = done;
        return true;
    })));
    EXPECT_EQ(lastDone, 2000);
    const auto &read = std::get<report::Table>(document.sections.first().blocks.first());
    EXPECT_FALSE(read.stream.has_value());
    ASSERT_EQ(read.rows.size(), 2000);
    EXPECT_EQ(read.rows.last(), QStringList{QStringLiteral("1999")});
    const auto readPrint = report::ReportFingerprint::of(document);
    ASSERT_TRUE(isOk(readPrint));
    EXPECT_EQ(*readPrint, *streamed) << "the same content, the same fingerprint";
}
