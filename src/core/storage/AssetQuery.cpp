#include "AssetQuery.h"

#include "Database.h"
#include "detail/DeviceCheckSql.h"
#include "storage/detail/AssetTables.h"

namespace mamori {

using namespace asset_tables;

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// importance and likelihood as SQL, mirroring InformationAsset::importance() and Risk.
const auto importanceSql =
    QStringLiteral("COALESCE(importance, MAX(confidentiality, integrity, availability))");
const auto riskSql = QStringLiteral(
    "(COALESCE(importance, MAX(confidentiality, integrity, availability)) * "
    "CASE WHEN threat + vulnerability - 3 > 1 THEN threat + vulnerability - 3 ELSE 1 END)");

struct Where
{
    QStringList conditions;
    QVariantList values;

    QString sql() const
    {
        return conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

template<typename Record> Where whereFor(const AssetFilter &filter)
{
    Where where;
    constexpr AssetKind kind = Table<Record>::kind;
    if (!filter.text.trimmed().isEmpty()) {
        // search_text joins every text column (migration 3).
        where.conditions << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        where.values << likePattern(filter.text.trimmed());
    }
    const QString department = kind == AssetKind::Devices ? QStringLiteral("department")
                                                          : QStringLiteral("owning_department");
    if (!filter.department.isEmpty()) {
        where.conditions << department + QStringLiteral(" = ?");
        where.values << filter.department;
    }
    if constexpr (std::is_same_v<Record, Device>) {
        if (filter.category) {
            where.conditions << QStringLiteral("category = ?");
            where.values << AssetValues::code(*filter.category);
        }
        if (filter.status) {
            where.conditions << QStringLiteral("status = ?");
            where.values << AssetValues::code(*filter.status);
        }
        if (filter.check) {
            const sql::Condition check = sql::deviceCheck(*filter.check, filter.today);
            where.conditions << QStringLiteral("(%1)").arg(check.sql);
            where.values += check.values;
        }
        if (!filter.anyOfChecks.isEmpty()) {
            QStringList any;
            for (const DeviceCheck check : filter.anyOfChecks) {
                const sql::Condition condition = sql::deviceCheck(check, filter.today);
                any << QStringLiteral("(%1)").arg(condition.sql);
                where.values += condition.values;
            }
            where.conditions << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
        }
        if (!filter.osName.isEmpty()) {
            where.conditions << QStringLiteral("os_name = ?");
            where.values << filter.osName;
        }
    }
    return where;
}

template<typename Record> QString orderBy(const AssetSort &sort)
{
    QString expression = QStringLiteral("id");
    if (sort.field == QLatin1String("importance") && Table<Record>::kind == AssetKind::Information)
        expression = importanceSql;
    else if (sort.field == QLatin1String("risk") && Table<Record>::kind == AssetKind::Information)
        expression = riskSql;
    else if (sort.field == QLatin1String("purchase_cost") &&
             Table<Record>::kind == AssetKind::Devices)
        expression = QStringLiteral("CAST(purchase_cost AS REAL)"); // exact text, sorted by value
    else if (columns<Record>().contains(sort.field))
        expression = sort.field; // a known column name, never user text
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY %1%2, id%2").arg(expression, direction);
}

QString readWhat()
{
    return Error::tr("read the inventory");
}

} // namespace

template<typename Record> Result<int> AssetQuery<Record>::count(const AssetFilter &filter) const
{
    const Where where = whereFor<Record>(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(Table<Record>::name()) +
                  where.sql());
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    query.next();
    return query.value(0).toInt();
}

template<typename Record>
Result<QList<Record>> AssetQuery<Record>::page(const AssetFilter &filter, const AssetSort &sort,
                                               int offset, int limit) const
{
    const Where where = whereFor<Record>(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql<Record>() + where.sql() + orderBy<Record>(sort) +
                  QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<Record> records;
    records.reserve(limit);
    while (query.next())
        records << recordFrom<Record>(query);
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return records;
}

template<typename Record> Result<QStringList> AssetQuery<Record>::departments() const
{
    const QString column = Table<Record>::kind == AssetKind::Devices
                               ? QStringLiteral("department")
                               : QStringLiteral("owning_department");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 <> '' ORDER BY %1")
                        .arg(column, Table<Record>::name()))) {
        return sql::queryError(query, readWhat());
    }
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return names;
}

template class AssetQuery<Device>;
template class AssetQuery<InformationAsset>;

} // namespace mamori
