#include "ContactsSheetPdf.h"

#include "report/ReportLanguage.h"

namespace mamori {

namespace {

const char *const context = "ContactsSheetPdf";

} // namespace

report::Document ContactsSheetPdf::document(const QList<Contact> &contacts,
                                            const CompanyProfile &company, UiLanguage language)
{
    const report::ReportLanguage words(language);
    const auto text = [&words](const char *source) { return words.text(context, source); };
    report::Document document;
    document.type = QStringLiteral("contacts");
    document.title = text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "Incident contacts"));
    document.company = company.name.trimmed();
    document.language = language;
    document.fitOnOnePage = true;
    document.add(report::Title(document.title));
    report::Paragraph intro(text(QT_TRANSLATE_NOOP(
        "ContactsSheetPdf",
        "Keep this page by the phone. In an emergency call 110. Check each number before you "
        "need it: bundled entries are marked \"Check before use\" until confirmed.")));
    intro.points = 8;
    intro.alignment = Qt::AlignLeft | Qt::AlignAbsolute; // a Latin word would open gaps
    intro.spaceBeforeMm = 0;
    document.add(intro);

    const QList<report::TableColumn> columns{
        {text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "Who")), 0.22},
        {text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "Organisation, person")), 0.22},
        {text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "Phone")), 0.14},
        {text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "E-mail, web")), 0.24},
        {text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "Notes")), 0.18}};
    const auto group = [&](Contact::Kind kind, const QString &title) {
        document.add(report::Heading(title, 2));
        report::Table table;
        table.columns = columns;
        table.points = 9;
        table.extraRowSpaceMm = 5; // a number written in by hand
        table.boldFirstColumn = true;
        for (const Contact &contact : contacts) {
            if (contact.kind != kind)
                continue;
            QStringList who{contact.organisation, contact.person};
            who.removeAll(QString());
            QStringList reach{contact.email, contact.url};
            reach.removeAll(QString());
            // The descriptions are for the screen: on paper they would crowd out the numbers.
            QStringList notes{contact.notes};
            if (!contact.checked)
                notes << text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "Check before use."));
            notes.removeAll(QString());
            table.rows.append({contact.name.in(language), who.join(u'\n'), contact.phone,
                               reach.join(u'\n'), notes.join(u'\n')});
        }
        document.add(table);
    };
    group(Contact::Kind::Firm, text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "Our contacts")));
    group(Contact::Kind::Public, text(QT_TRANSLATE_NOOP("ContactsSheetPdf", "Public bodies")));
    return document;
}

} // namespace mamori
