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
