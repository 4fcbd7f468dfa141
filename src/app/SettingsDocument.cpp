#include "SettingsDocument.h"

#include "DatabaseSession.h"
#include "storage/ActionSettingsRepository.h"
#include "storage/CompanyProfileRepository.h"

namespace mamori {

SettingsDocument::SettingsDocument(DatabaseSession &session, QObject *parent)
    : Document(session, parent)
{
    connect(&session, &DatabaseSession::databaseChanged, this, [this] {
        emit companyProfileChanged();
        emit reminderIntervalsChanged();
    });
}

Result<std::optional<CompanyProfile>> SettingsDocument::companyProfile() const
{
    return read<std::optional<CompanyProfile>>(
        [](Database &database) { return CompanyProfileRepository(database).load(); });
}

bool SettingsDocument::saveCompanyProfile(const CompanyProfile &profile)
{
    if (const QStringList problems = profile.validationErrors(); !problems.isEmpty()) {
        emit writeFailed(Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n'))));
        return false;
    }
    auto before = companyProfile();
    if (!before) {
        emit writeFailed(before.error());
        return false;
    }
    return push(
        tr("Edit the company profile"),
        [profile](Database &database) { return CompanyProfileRepository(database).save(profile); },
        [before = *before](Database &database) {
            CompanyProfileRepository profiles(database);
            return before ? profiles.save(*before) : profiles.remove();
        },
        [this] { emit companyProfileChanged(); });
}

Result<ActionIntervals> SettingsDocument::reminderIntervals() const
{
    return read<ActionIntervals>(
        [](Database &database) { return ActionSettingsRepository(database).intervals(); });
}

bool SettingsDocument::saveReminderIntervals(const ActionIntervals &intervals)
{
    auto before = reminderIntervals();
    if (!before) {
        emit writeFailed(before.error());
        return false;
    }
    if (before->diagnosisMonths == intervals.diagnosisMonths &&
        before->policyReviewMonths == intervals.policyReviewMonths &&
        before->exerciseMonths == intervals.exerciseMonths)
        return true;
    return push(
        tr("Change the reminder intervals"),
        [intervals](Database &database) {
            return ActionSettingsRepository(database).saveIntervals(intervals);
        },
        [before = *before](Database &database) {
            return ActionSettingsRepository(database).saveIntervals(before);
        },
        [this] { emit reminderIntervalsChanged(); });
}

} // namespace mamori
