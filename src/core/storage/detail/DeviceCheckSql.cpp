#include "DeviceCheckSql.h"

#include "SqlSupport.h"

namespace mamori::sql {

namespace {

using Test = DeviceCheckRule::Test;

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// A date column with a date recorded: stored as ISO text, or NULL/'' when not recorded.
QString recorded(const QString &column)
{
    return QStringLiteral("COALESCE(%1, '') <> ''").arg(column);
}

Condition testCondition(const DeviceCheckRule &rule, const QDate &today)
{
    switch (rule.test) {
    case Test::None:
        return {};
    case Test::SupportEnded:
        return {recorded(QStringLiteral("end_of_support")) +
                    QStringLiteral(" AND end_of_support < ?"),
                {isoDate(today)}};
    case Test::SupportEndsWithin:
        return {recorded(QStringLiteral("end_of_support")) +
                    QStringLiteral(" AND end_of_support >= ? AND end_of_support <= ?"),
                {isoDate(today), isoDate(today.addDays(rule.days))}};
    case Test::NoUpdateWithin:
        return {QStringLiteral("(COALESCE(last_update, '') = '' OR last_update < ?)"),
                {isoDate(today.addDays(-rule.days))}};
    case Test::AntivirusIs:
        return {QStringLiteral("COALESCE(antivirus, '') = ?"), {AssetValues::code(rule.coverage)}};
    case Test::EncryptionIs:
        return {QStringLiteral("COALESCE(disk_encryption, '') = ?"),
                {AssetValues::code(rule.coverage)}};
    case Test::MfaIn: {
        Condition condition{
            QStringLiteral("COALESCE(mfa, '') IN (%1)").arg(placeholders(rule.mfa.size())), {}};
        for (const MfaState state : rule.mfa)
            condition.values << AssetValues::code(state);
        return condition;
    }
    case Test::WarrantyEnded:
        return {recorded(QStringLiteral("warranty_end")) + QStringLiteral(" AND warranty_end < ?"),
                {isoDate(today)}};
    case Test::NoDisposalMethod:
        return {QStringLiteral("TRIM(COALESCE(disposal_method, ''), ?) = ''"),
                {DeviceChecks::blankCharacters()}};
    }
    return {};
}

} // namespace

Condition &Condition::operator&=(const Condition &other)
{
    if (other.sql.isEmpty())
        return *this;
    sql = sql.isEmpty() ? other.sql : QStringLiteral("(%1) AND (%2)").arg(sql, other.sql);
    values += other.values;
    return *this;
}

Condition statusCondition(DeviceCheckRule::Statuses statuses, const QString &table)
{
    const QString column =
        table.isEmpty() ? QStringLiteral("status") : table + QStringLiteral(".status");
    if (statuses == DeviceCheckRule::Statuses::Disposed)
        return {column + QStringLiteral(" = ?"), {AssetValues::code(DeviceStatus::Disposed)}};
    return {column + QStringLiteral(" NOT IN (?, ?)"),
            {AssetValues::code(DeviceStatus::Retired), AssetValues::code(DeviceStatus::Disposed)}};
}

Status countChecks(const QSqlDatabase &connection, DeviceCheckRule::Statuses statuses,
                   const QDate &today, const QList<std::pair<DeviceCheck, int *>> &counts,
                   const QString &what)
{
    QStringList sums;
    QVariantList values;
    for (const auto &[check, count] : counts) {
        Q_ASSERT(DeviceChecks::rule(check).statuses == statuses);
        const Condition condition = deviceCheck(check, today, StatusPart::Left);
        sums << QStringLiteral("COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
                    .arg(condition.sql.isEmpty() ? QStringLiteral("1") : condition.sql);
        values += condition.values;
    }
    const Condition status = statusCondition(statuses);
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM device WHERE %2")
                      .arg(sums.join(QStringLiteral(", ")), status.sql));
    for (const QVariant &value : std::as_const(values) + status.values)
        query.addBindValue(value);
    if (Status done = exec(query, what); !done)
        return done;
    if (query.next()) {
        for (int column = 0; column < counts.size(); ++column)
            *counts[column].second = query.value(column).toInt();
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return {};
}

Condition deviceTest(DeviceCheck check, const QDate &today)
{
    return testCondition(DeviceChecks::rule(check), today);
}

Condition deviceCheck(DeviceCheck check, const QDate &today, StatusPart status)
{
    const DeviceCheckRule &rule = DeviceChecks::rule(check);
    Condition condition;
    if (status == StatusPart::Included)
        condition &= statusCondition(rule.statuses);
    if (!rule.categories.isEmpty()) {
        Condition categories{QStringLiteral("category %1IN (%2)")
                                 .arg(rule.excludeCategories ? QStringLiteral("NOT ") : QString(),
                                      placeholders(rule.categories.size())),
                             {}};
        for (const DeviceCategory category : rule.categories)
            categories.values << AssetValues::code(category);
        condition &= categories;
    }
    condition &= testCondition(rule, today);
    return condition;
}

} // namespace mamori::sql
