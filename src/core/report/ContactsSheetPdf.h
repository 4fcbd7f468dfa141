#pragma once

#include "CompanyProfile.h"
#include "Language.h"
#include "Result.h"
#include "incidents/Contacts.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace mamori {

// The incident contacts on one A4 page, to pin up beside the phone: the firm's roles, then the
// public bodies, each with organisation, person, phone, e-mail, URL and notes, and room under
// each to write a number in by hand. The report engine shrinks the type until the page fits.
class ContactsSheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(ContactsSheetPdf)

public:
    static report::Document document(const QList<Contact> &contacts, const CompanyProfile &company,
                                     UiLanguage language);
};

} // namespace mamori
