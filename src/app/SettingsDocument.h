#pragma once

#include "CompanyProfile.h"
#include "Document.h"
#include "action/Readiness.h"

#include <optional>

namespace mamori {

// The company profile and the reminder intervals: what the Settings page and the first-run
// wizard change, each change an undoable command.
class SettingsDocument : public Document
{
    Q_OBJECT

public:
    explicit SettingsDocument(DatabaseSession &session, QObject *parent = nullptr);

    Result<std::optional<CompanyProfile>> companyProfile() const;
    // Checks the profile first: an invalid one is refused (writeFailed) and not pushed.
    bool saveCompanyProfile(const CompanyProfile &profile);
    Result<ActionIntervals> reminderIntervals() const;
    bool saveReminderIntervals(const ActionIntervals &intervals);

signals:
    void companyProfileChanged();
    void reminderIntervalsChanged();
};

} // namespace mamori
