#include "ActionSettingsRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
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

Result<std::optional<QString>> setting(Database &database, const QString &key)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM app_setting WHERE key = ?"));
    query.addBindValue(key);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
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
        auto stored = setting(m_database, key);
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
        auto stored = setting(m_database, key);
        if (!stored)
            return stored.error();
        const QString value = QString::number(months);
        if (stored->has_value() && **stored == value)
            continue;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (Status done = sql::exec(query, writeWhat()); !done)
            return done;
        const AuditChange change{QStringLiteral("app_setting"),
                                 key,
                                 stored->has_value() ? AuditAction::Update : AuditAction::Insert,
                                 QStringLiteral("value"),
                                 stored->value_or(QString()),
                                 value};
        if (Status recorded = audit.record(change); !recorded)
            return recorded;
    }
    return transaction.commit();
}

} // namespace mamori
