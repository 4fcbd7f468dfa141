#include "ActionSettingsRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/AppSettings.h"
#include "detail/SqlSupport.h"

#include <optional>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionSettingsRepository)
};

constexpr int minIntervalMonths = 1;
constexpr int maxIntervalMonths = 60;

const auto diagnosisMonthsKey = QStringLiteral("action.diagnosis_months");
const auto policyReviewMonthsKey = QStringLiteral("action.policy_review_months");
const auto exerciseMonthsKey = QStringLiteral("incidents.exercise_months");

QString readWhat()
{
    return Error::tr("read the SECURITY ACTION records");
}

QString writeWhat()
{
    return Error::tr("save the SECURITY ACTION records");
}

bool validInterval(int months)
{
    return months >= minIntervalMonths && months <= maxIntervalMonths;
}

} // namespace

Result<ActionIntervals> ActionSettingsRepository::intervals() const
{
    ActionIntervals intervals;
    for (const auto &[key, months] :
         {std::pair{diagnosisMonthsKey, &intervals.diagnosisMonths},
          std::pair{policyReviewMonthsKey, &intervals.policyReviewMonths},
          std::pair{exerciseMonthsKey, &intervals.exerciseMonths}}) {
        auto stored = sql::readAppSetting(m_database, key, readWhat());
        if (!stored)
            return stored.error();
        bool isNumber = false;
        const int value = stored->value_or(QString()).toInt(&isNumber);
        // A missing or unreadable value keeps the default rather than failing the page.
        if (isNumber && validInterval(value))
            *months = value;
    }
    return intervals;
}

Status ActionSettingsRepository::saveIntervals(const ActionIntervals &intervals)
{
    QStringList problems;
    if (!validInterval(intervals.diagnosisMonths))
        problems << Text::tr("The self-diagnosis interval must be 1 to 60 months.");
    if (!validInterval(intervals.policyReviewMonths))
        problems << Text::tr("The policy review interval must be 1 to 60 months.");
    if (!validInterval(intervals.exerciseMonths))
        problems << Text::tr("The exercise interval must be 1 to 60 months.");
    if (!problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    AuditLog audit(m_database);
    for (const auto &[key, months] :
         {std::pair{diagnosisMonthsKey, intervals.diagnosisMonths},
          std::pair{policyReviewMonthsKey, intervals.policyReviewMonths},
          std::pair{exerciseMonthsKey, intervals.exerciseMonths}}) {
        if (Status saved =
                sql::writeAppSetting(m_database, audit, key, QString::number(months), writeWhat());
            !saved)
            return saved;
    }
    return transaction.commit();
}

} // namespace mamori
