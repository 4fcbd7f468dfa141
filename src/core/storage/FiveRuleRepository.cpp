#include "FiveRuleRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/AuditedFields.h"
#include "detail/SqlSupport.h"

#include <QMap>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FiveRuleRepository)
};

constexpr int ruleCount = 5;
const auto entityName = QStringLiteral("five_rule_status");

const QList<audit::AuditedField<FiveRuleStatus>> &ruleFields()
{
    static const QList<audit::AuditedField<FiveRuleStatus>> all{
        {QStringLiteral("status"), [](const FiveRuleStatus &s) { return ruleStateCode(s.state); }},
        {QStringLiteral("owner"), [](const FiveRuleStatus &s) { return s.owner; }},
        {QStringLiteral("how_done"), [](const FiveRuleStatus &s) { return s.howDone; }},
        {QStringLiteral("evidence"), [](const FiveRuleStatus &s) { return s.evidence; }},
        {QStringLiteral("confirmed_on"),
         [](const FiveRuleStatus &s) { return sql::isoDate(s.confirmedOn); }},
    };
    return all;
}

// Rules saved so far, by number.
Result<QMap<int, FiveRuleStatus>> storedRules(Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rule, status, owner, how_done, evidence, confirmed_on "
                                 "FROM five_rule_status ORDER BY rule"));
    if (Status done = sql::exec(query, Error::tr("read the SECURITY ACTION records")); !done)
        return done.error();
    QMap<int, FiveRuleStatus> rules;
    while (query.next()) {
        FiveRuleStatus status;
        status.rule = query.value(0).toInt();
        status.state = ruleStateFromCode(query.value(1).toString());
        status.owner = query.value(2).toString();
        status.howDone = query.value(3).toString();
        status.evidence = query.value(4).toString();
        status.confirmedOn = sql::dateFrom(query.value(5));
        rules.insert(status.rule, status);
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return rules;
}

} // namespace

Result<QList<FiveRuleStatus>> FiveRuleRepository::loadAll() const
{
    auto stored = storedRules(m_database);
    if (!stored)
        return stored.error();
    QList<FiveRuleStatus> rules;
    for (int rule = 1; rule <= ruleCount; ++rule) {
        FiveRuleStatus status = stored->value(rule);
        status.rule = rule;
        rules << status;
    }
    return rules;
}

Status FiveRuleRepository::save(const FiveRuleStatus &status)
{
    if (status.rule < 1 || status.rule > ruleCount)
        return Error(
            ErrorKind::InvalidInput,
            Text::tr("There is no rule %1: the rules are numbered 1 to 5.").arg(status.rule));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto stored = storedRules(m_database);
    if (!stored)
        return stored.error();
    const auto previous = stored->constFind(status.rule);
    const FiveRuleStatus *before = previous != stored->cend() ? &*previous : nullptr;

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO five_rule_status (rule, status, owner, how_done, evidence, confirmed_on) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (rule) DO UPDATE SET status = excluded.status, "
        "owner = excluded.owner, how_done = excluded.how_done, evidence = excluded.evidence, "
        "confirmed_on = excluded.confirmed_on"));
    query.addBindValue(status.rule);
    query.addBindValue(ruleStateCode(status.state));
    query.addBindValue(sql::text(status.owner));
    query.addBindValue(sql::text(status.howDone));
    query.addBindValue(sql::text(status.evidence));
    query.addBindValue(sql::nullableDate(status.confirmedOn));
    if (Status done = sql::exec(query, Error::tr("save the SECURITY ACTION records")); !done)
        return done;
    AuditLog audit(m_database);
    if (Status recorded = audit::recordChanges(audit, entityName, QString::number(status.rule),
                                               ruleFields(), before, status);
        !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace mamori
