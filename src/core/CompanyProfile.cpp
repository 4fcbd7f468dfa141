#include "CompanyProfile.h"

namespace mamori {

QStringList CompanyProfile::validationErrors() const
{
    QStringList errors;
    if (name.trimmed().isEmpty())
        errors << tr("Enter the company name.");
    if (employeeCount < 0)
        errors << tr("The number of employees cannot be negative.");
    if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12)
        errors << tr("The fiscal year must start in a month from 1 to 12.");
    return errors;
}

} // namespace mamori
