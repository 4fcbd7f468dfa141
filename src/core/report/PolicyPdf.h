#pragma once

#include "CompanyProfile.h"
#include "Language.h"
#include "Result.h"
#include "action/Policy.h"
#include "report/ReportDocument.h"
#include "report/ReportRequest.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace mamori {

// The basic security policy as a printed document: title, preamble, the numbered sections and
// the closing block on A4, with a footer naming the company, the version and the page. Needs a
// QGuiApplication (fonts); the text is set in Noto Sans CJK JP.
class PolicyPdf
{
    Q_DECLARE_TR_FUNCTIONS(PolicyPdf)

public:
    // The policy as a report document, its footer in `language` (the report engine prints it,
    // and fingerprints it when it is issued as a report).
    static report::Document document(const PolicyVersion &version, const CompanyProfile &company,
                                     UiLanguage language);
    // Paints on any paged device (a QPrinter for Print…), treating its whole page as A4 paper:
    // set the printer to full-page mode. The footer is written in `language`.
    static Status paint(QPagedPaintDevice &device, const PolicyVersion &version,
                        const CompanyProfile &company, UiLanguage language);
    // Writes an A4 PDF with the fonts embedded. Replaces `pdfPath` only when everything was
    // written: on failure the previous file, if any, is untouched.
    static Status write(const PolicyVersion &version, const CompanyProfile &company,
                        UiLanguage language, const QString &pdfPath);
    // The language the policy is written in, so its PDF footer matches its text whatever the
    // interface language: Japanese when the text uses kana or kanji.
    static UiLanguage languageOf(const PolicyDocument &document);
    // The request that issues `version` as a report (Export PDF…, `policy export`): in the
    // policy's own language, so the footer matches the text.
    static report::ReportRequest exportRequest(const PolicyVersion &version,
                                               const QDateTime &nowUtc);
};

} // namespace mamori
