#include "PolicyPdf.h"

#include "report/ReportLanguage.h"
#include "report/ReportPdf.h"

namespace mamori {

namespace {

// The footer is written in the language asked for, not the policy's: an English user may
// print a Japanese policy.
const char *const adoptedText = QT_TRANSLATE_NOOP("PolicyPdf", "Version %1, adopted %2");
const char *const revisedText = QT_TRANSLATE_NOOP("PolicyPdf", "Version %1, revised %2");

QString numberedHeading(int number, const QString &heading)
{
    // Headings the user numbered already keep their own numbers.
    if (!heading.isEmpty() && heading.at(0).isDigit())
        return heading;
    return QStringLiteral("%1. %2").arg(number).arg(heading);
}

} // namespace

report::Document PolicyPdf::document(const PolicyVersion &version, const CompanyProfile &company,
                                     UiLanguage language)
{
    const PolicyDocument &policy = version.document;
    report::Document document;
    document.type = QStringLiteral("policy");
    document.title = policy.title.trimmed();
    document.company = company.name.trimmed();
    document.language = PolicyPdf::languageOf(policy);
    const report::ReportLanguage words(language);
    if (version.version > 0 && version.adoptedOn.isValid())
        document.footnote =
            words.text("PolicyPdf", version.version == 1 ? adoptedText : revisedText)
                .arg(version.version)
                .arg(words.date(version.adoptedOn));
    document.add(report::Title(policy.title.trimmed(), {}, Qt::AlignHCenter));
    if (!policy.preamble.trimmed().isEmpty()) {
        report::Paragraph preamble(policy.preamble.trimmed());
        preamble.spaceBeforeMm = 5;
        document.add(preamble);
    }
    int number = 0;
    for (const PolicyDocument::Section &section : policy.sections) {
        document.add(report::Heading(numberedHeading(++number, section.heading.trimmed()), 2));
        if (!section.body.trimmed().isEmpty()) {
            report::Paragraph body(section.body.trimmed());
            body.indentMm = 5;
            body.spaceBeforeMm = 0.5;
            document.add(body);
        }
    }
    if (!policy.closing.trimmed().isEmpty()) {
        report::Paragraph closing(policy.closing.trimmed());
        closing.spaceBeforeMm = 12;
        closing.alignment = Qt::AlignRight;
        closing.keepTogether = true;
        document.add(closing);
    }
    return document;
}

Status PolicyPdf::paint(QPagedPaintDevice &device, const PolicyVersion &version,
                        const CompanyProfile &company, UiLanguage language)
{
    auto painted = report::ReportRenderer::paint(device, document(version, company, language),
                                                 report::RenderOptions());
    return painted ? Status() : Status(painted.error());
}

Status PolicyPdf::write(const PolicyVersion &version, const CompanyProfile &company,
                        UiLanguage language, const QString &pdfPath)
{
    auto written = report::ReportPdf::write(document(version, company, language),
                                            report::RenderOptions(), pdfPath);
    return written ? Status() : Status(written.error());
}

UiLanguage PolicyPdf::languageOf(const PolicyDocument &document)
{
    // The title and headings, not the body: an English policy still names a Japanese company.
    QString text = document.title;
    for (const PolicyDocument::Section &section : document.sections)
        text += section.heading;
    int japanese = 0;
    int latin = 0;
    for (const QChar character : std::as_const(text)) {
        const QChar::Script script = character.script();
        if (script == QChar::Script_Hiragana || script == QChar::Script_Katakana ||
            script == QChar::Script_Han)
            ++japanese;
        else if (script == QChar::Script_Latin)
            ++latin;
    }
    // One kanji says about as much as a short English word.
    return japanese > 0 && japanese * 4 >= latin ? UiLanguage::Japanese : UiLanguage::English;
}

report::ReportRequest PolicyPdf::exportRequest(const PolicyVersion &version,
                                               const QDateTime &nowUtc)
{
    report::ReportRequest request;
    request.type = report::ReportType::Policy;
    request.policyVersion = version.version;
    request.language = languageOf(version.document);
    request.at = nowUtc;
    request.asOf = nowUtc.toLocalTime().date();
    return request;
}

} // namespace mamori
