#include "services/reports/ReportBuilder.h"

#include "report/ContactsSheetPdf.h"
#include "services/IncidentService.h"
#include "storage/CompanyProfileRepository.h"

namespace mamori::report {

Result<Document> buildReport(Database &database, const ReportRequest &request)
{
    auto profile = CompanyProfileRepository(database).load();
    if (!profile)
        return profile.error();
    const CompanyProfile company = profile->value_or(CompanyProfile());
    if (request.type == ReportType::Contacts) {
        auto contacts = PlaybookLibrary::contacts(database);
        if (!contacts)
            return contacts.error();
        return ContactsSheetPdf::document(*contacts, company, request.language);
    }
    const ReportLanguage words(request.language);
    const ReportLabels labels(words);
    const BuildContext context{database, request, words, labels, company};
    switch (request.type) {
    case ReportType::Management:
        return ManagementSummary::build(context);
    case ReportType::Evidence:
        return EvidencePack::build(context);
    case ReportType::Assets:
        return AssetLedger::build(context);
    case ReportType::Incident:
        return IncidentReport::build(context);
    case ReportType::Contacts:
        break;
    }
    return Error(ErrorKind::InvalidInput, ReportRequest::tr("Unknown report."));
}

} // namespace mamori::report
