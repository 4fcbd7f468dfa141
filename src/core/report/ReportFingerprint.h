#pragma once

#include "Progress.h"
#include "Result.h"
#include "report/ReportDocument.h"

#include <QString>

namespace mamori::report {

// The SHA-256 of a document's content in a canonical serialisation: the type, language, titles
// and every text, figure, table cell and chart's data in order, each field length-prefixed so no
// two documents serialise alike. What it leaves out: when it was generated, the fonts, the page
// layout and the PDF bytes, so the same data gives the same fingerprint on any machine, and a
// rebuild from the stored parameters tells whether today's data still says the same.
class ReportFingerprint
{
public:
    // 64 lower-case hex digits. Streams a RowStream's rows (bounded memory).
    static Result<QString> of(const Document &document, const ProgressCallback &progress = {});
    // What the footer prints: the first 16 hex digits.
    static QString shortForm(const QString &fingerprint) { return fingerprint.left(16); }
    static constexpr int shortLength = 16;
};

} // namespace mamori::report
