#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mamori {

// The firm Mamori works for; printed on every report.
struct CompanyProfile
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)

public:
    QString name;
    QString representative;
    QString address;
    int employeeCount = 0;
    QString industry;
    int fiscalYearStartMonth = 4; // most Japanese firms start their year in April

    // Translated problems, empty when the profile can be saved.
    QStringList validationErrors() const;

    bool operator==(const CompanyProfile &) const = default;
};

} // namespace mamori
