#pragma once

// Internal to src/core/storage: DeviceChecks' rules as SQL over the device table, so that the
// Assets page's filters and the counts behind the SECURITY ACTION hints select exactly the
// devices DeviceChecks::holds() accepts (DeviceChecksTest compares the two).

#include "Result.h"
#include "inventory/DeviceChecks.h"

#include <QSqlDatabase>

#include <QString>
#include <QVariantList>

#include <utility>

namespace mamori::sql {

// A condition with `?` placeholders and their values, in order.
struct Condition
{
    QString sql;
    QVariantList values;

    Condition &operator&=(const Condition &other);
};

enum class StatusPart
{
    Included,
    Left, // the caller filters by status once for several checks (statusCondition())
};

Condition deviceCheck(DeviceCheck check, const QDate &today,
                      StatusPart status = StatusPart::Included);
// Only the test of a check, without its population (statuses and categories): for counts that
// group by status and category and apply the population per group (storage/DeviceTally).
Condition deviceTest(DeviceCheck check, const QDate &today);
// `table`: the alias the device table has in the query, if any.
Condition statusCondition(DeviceCheckRule::Statuses statuses, const QString &table = {});

// One pass over the devices of one status group, each count a SUM over a check (every check's
// statuses must be `statuses`). Filtering on the status once, rather than in every CASE, took a
// third off at 100k devices. `what` names the read in an error.
Status countChecks(const QSqlDatabase &connection, DeviceCheckRule::Statuses statuses,
                   const QDate &today, const QList<std::pair<DeviceCheck, int *>> &counts,
                   const QString &what);

} // namespace mamori::sql
