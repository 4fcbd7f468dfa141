#include "services/reports/ReportBuilder.h"

#include "report/ContactsSheetPdf.h"
#include "report/PolicyPdf.h"
#include "services/IncidentService.h"
#include "storage/CompanyProfileRepository.h"
#include "storage/PolicyRepository.h"

namespace mamori::report {

Result<PolicyVersion> findPolicyVersion(Database &database, int number)
{
    auto versions = PolicyRepository(database).all();
    if (!versions)
        return versions.error();
    for (const PolicyVersion &version : std::as_const(*versions))
        if (version.version == number)
            return version;
    return Error(ErrorKind::InvalidInput,
                 ReportRequest::tr("There is no version %1 of the security policy.").arg(number));
}

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
    if (request.type == ReportType::Policy) {
        auto version = findPolicyVersion(database, request.policyVersion);
        if (!version)
            return version.error();
        return PolicyPdf::document(*version, company, request.language);
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
    case ReportType::Policy:
        break;
    }
    return Error(ErrorKind::InvalidInput, ReportRequest::tr("Unknown report."));
}

} // namespace mamori::report
