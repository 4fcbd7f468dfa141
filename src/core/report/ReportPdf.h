#pragma once

#include "Result.h"
#include "report/ReportRenderer.h"

#include <QCoreApplication>

namespace mamori::report {

// A report::Document as an A4 PDF with its fonts embedded and its text layer repaired
// (PdfTextRepair), so text read back or copied out is the text that was drawn.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // The PDF's bytes; `pages` receives the page count.
    static Result<QByteArray> render(const Document &document, const RenderOptions &options,
                                     int *pages = nullptr);
    // Writes `pdf` to `path` through a temporary file renamed into place: on failure `path` is
    // untouched and no partial file is left.
    static Status save(const QByteArray &pdf, const QString &path);
    // render() then save(); returns the page count.
    static Result<int> write(const Document &document, const RenderOptions &options,
                             const QString &path);
};

} // namespace mamori::report
