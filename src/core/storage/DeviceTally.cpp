#include "DeviceTally.h"

#include "Database.h"
#include "storage/detail/DeviceCheckSql.h"
#include "storage/detail/SqlSupport.h"

#include <QCoreApplication>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeviceTally)
};

} // namespace

namespace {

// Whether the devices of one status and category are among those a check looks at: the
// population half of DeviceCheckRule, the SQL doing the test half.
bool inPopulation(const DeviceCheckRule &rule, DeviceStatus status, DeviceCategory category)
{
    const bool statusMatches =
        rule.statuses == DeviceCheckRule::Statuses::Disposed
            ? status == DeviceStatus::Disposed
            : status != DeviceStatus::Retired && status != DeviceStatus::Disposed;
    if (!statusMatches)
        return false;
    if (rule.categories.isEmpty())
        return true;
    return rule.categories.contains(category) != rule.excludeCategories;
}

} // namespace

Result<DeviceTally> tallyDevices(Database &database, const QList<DeviceCheck> &checks,
                                 const QDate &today)
{
    // Grouped by status and category, the scan reads the device_report_tally index in its own
    // order (no sorting) and evaluates only each check's test per row.
    QStringList sums;
    QVariantList values;
    for (const DeviceCheck check : checks) {
        const sql::Condition condition = sql::deviceTest(check, today);
        sums << QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition.sql);
        values += condition.values;
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT status, category, COUNT(*)%1 FROM device GROUP BY status, category")
            .arg(sums.isEmpty() ? QString()
                                : QStringLiteral(", ") + sums.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (Status done = sql::exec(query, Text::tr("count the devices")); !done)
        return done.error();
    DeviceTally tally;
    for (const DeviceCheck check : checks)
        tally.byCheck[check] = 0;
    while (query.next()) {
        const auto status = AssetValues::statusFromCode(query.value(0).toString());
        const auto category = AssetValues::categoryFromCode(query.value(1).toString());
        if (!status || !category)
            continue;
        tally.byStatus[*status] += query.value(2).toLongLong();
        tally.byCategoryAndStatus[{*category, *status}] += query.value(2).toLongLong();
        for (int index = 0; index < checks.size(); ++index)
            if (inPopulation(DeviceChecks::rule(checks[index]), *status, *category))
                tally.byCheck[checks[index]] += query.value(3 + index).toLongLong();
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return tally;
}

} // namespace mamori
