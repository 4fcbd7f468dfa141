#pragma once

#include "Progress.h"
#include "Result.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QSet>

class QPagedPaintDevice;

namespace mamori::report {

struct RenderOptions
{
    QDateTime generatedAt; // UTC; printed in the footer when valid
    QString fingerprint;   // printed (first 16 hex digits) in the footer when not empty
    // Told rows done of the rows to lay out and paint (twice the streamed rows: the page count
    // is known before the first page is painted, so every footer can say "n / m").
    ProgressCallback progress;
};

// What painting drew, for the PDF's text-layer repair (PdfTextRepair).
struct PaintedReport
{
    int pages = 0;
    QSet<char16_t> characters;
    QList<QFont> fonts;
};

// The one renderer of report::Document: A4 pages (landscape where a section asks), a header with
// the company name and the report's title, a footer with the generation time, the fingerprint
// and "n / m". Paints on any paged device — a QPdfWriter, or a QPrinter in full-page mode for
// print preview and printing — treating its page as A4. Needs a QGuiApplication (fonts); may run
// on a worker thread. Text is drawn as plain text, never interpreted as markup.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    static Result<PaintedReport> paint(QPagedPaintDevice &device, const Document &document,
                                       const RenderOptions &options);
    // Sets `device` to the page layout of the document's first page (before painting starts).
    static void preparePageLayout(QPagedPaintDevice &device, const Document &document);
    static const QString &fontFamily();
};

} // namespace mamori::report
