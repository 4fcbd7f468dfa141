#include "CompanyProfileRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/AuditedFields.h"
#include "storage/detail/SqlSupport.h"

namespace mamori {

namespace {

const auto entityName = QStringLiteral("company_profile");
const auto singletonId = QStringLiteral("1");

const QList<audit::AuditedField<CompanyProfile>> &fields()
{
    static const QList<audit::AuditedField<CompanyProfile>> all{
        {QStringLiteral("name"), [](const CompanyProfile &p) { return p.name; }},
        {QStringLiteral("representative"),
         [](const CompanyProfile &p) { return p.representative; }},
        {QStringLiteral("address"), [](const CompanyProfile &p) { return p.address; }},
        {QStringLiteral("employee_count"),
         [](const CompanyProfile &p) { return QString::number(p.employeeCount); }},
        {QStringLiteral("industry"), [](const CompanyProfile &p) { return p.industry; }},
        {QStringLiteral("fiscal_year_start_month"),
         [](const CompanyProfile &p) { return QString::number(p.fiscalYearStartMonth); }},
    };
    return all;
}

} // namespace

Result<std::optional<CompanyProfile>> CompanyProfileRepository::load() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, representative, address, employee_count, industry, "
                                 "fiscal_year_start_month FROM company_profile WHERE id = 1"));
    if (Status done = sql::exec(query, CompanyProfile::tr("read the company profile")); !done)
        return done.error();
    if (!query.next()) {
        if (Status read = sql::endOfRows(query); !read)
            return read.error();
        return std::optional<CompanyProfile>();
    }
    CompanyProfile profile;
    profile.name = query.value(0).toString();
    profile.representative = query.value(1).toString();
    profile.address = query.value(2).toString();
    profile.employeeCount = query.value(3).toInt();
    profile.industry = query.value(4).toString();
    profile.fiscalYearStartMonth = query.value(5).toInt();
    return std::optional<CompanyProfile>(profile);
}

Status CompanyProfileRepository::save(const CompanyProfile &profile)
{
    if (const QStringList problems = profile.validationErrors(); !problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto previous = load();
    if (!previous)
        return previous.error();

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO company_profile (id, name, representative, address, employee_count, "
        "industry, fiscal_year_start_month) VALUES (1, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
        "representative = excluded.representative, address = excluded.address, "
        "employee_count = excluded.employee_count, industry = excluded.industry, "
        "fiscal_year_start_month = excluded.fiscal_year_start_month"));
    query.addBindValue(sql::text(profile.name));
    query.addBindValue(sql::text(profile.representative));
    query.addBindValue(sql::text(profile.address));
    query.addBindValue(profile.employeeCount);
    query.addBindValue(sql::text(profile.industry));
    query.addBindValue(profile.fiscalYearStartMonth);
    if (Status done = sql::exec(query, CompanyProfile::tr("save the company profile")); !done)
        return done;

    AuditLog audit(m_database);
    const CompanyProfile *before = previous->has_value() ? &**previous : nullptr;
    if (Status recorded =
            audit::recordChanges(audit, entityName, singletonId, fields(), before, profile);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status CompanyProfileRepository::remove()
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto previous = load();
    if (!previous)
        return previous.error();
    if (!previous->has_value())
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM company_profile WHERE id = 1"));
    if (Status done = sql::exec(query, CompanyProfile::tr("save the company profile")); !done)
        return done;
    AuditLog audit(m_database);
    if (Status recorded = audit::recordWhole(audit, entityName, singletonId, AuditAction::Delete,
                                             fields(), **previous);
        !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace mamori
