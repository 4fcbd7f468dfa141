#pragma once

#include "CompanyProfile.h"
#include "Language.h"
#include "Result.h"
#include "incidents/Contacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QPagedPaintDevice;

namespace mamori {

// The incident contacts on one A4 page, to pin up beside the phone: the firm's roles, then the
// public bodies, each with organisation, person, phone, e-mail, URL and notes. The type shrinks
// until everything fits on the page. Text is printed as typed (never read as markup). Until the
// report engine lands (issue 16) this is its own small renderer, like the policy's.
class ContactsSheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(ContactsSheetPdf)

public:
    static Status paint(QPagedPaintDevice &device, const QList<Contact> &contacts,
                        const CompanyProfile &company, UiLanguage language,
                        const QDateTime &generatedAt);
    // Writes the PDF with the fonts embedded; the file is replaced only when all was written.
    static Status write(const QList<Contact> &contacts, const CompanyProfile &company,
                        UiLanguage language, const QDateTime &generatedAt, const QString &pdfPath);
};

} // namespace mamori
