#include "PostureRepository.h"

#include "Database.h"
#include "Transaction.h"
#include "detail/DeviceCheckSql.h"
#include "detail/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mamori {

namespace {

QString readWhat()
{
    return Error::tr("read the posture records");
}

QString writeWhat()
{
    return Error::tr("save the posture snapshot");
}

const QString snapshotColumns =
    QStringLiteral("snapshot_date, score, diagnosis, devices, backups, incidents, "
                   "security_action, facts, taken_at");

// The component columns in PostureRules::components() order.
const QList<std::pair<PostureComponent, const char *>> componentColumns{
    {PostureComponent::Diagnosis, "diagnosis"},
    {PostureComponent::Devices, "devices"},
    {PostureComponent::Backups, "backups"},
    {PostureComponent::Incidents, "incidents"},
    {PostureComponent::SecurityAction, "security_action"},
};

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> intOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

PostureSnapshot snapshotFrom(const QSqlQuery &query)
{
    PostureSnapshot snapshot;
    snapshot.date = sql::dateFrom(query.value(0));
    snapshot.score = intOrNone(query.value(1));
    for (int i = 0; i < componentColumns.size(); ++i)
        snapshot.components.append({componentColumns.at(i).first, intOrNone(query.value(2 + i))});
    snapshot.inputs = PostureInputs::fromJson(
        QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object());
    snapshot.takenAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return snapshot;
}

Result<QList<PostureSnapshot>> readSnapshots(Database &database, const QString &where,
                                             const QVariantList &values, const QString &tail)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM posture_snapshot%2%3")
                      .arg(snapshotColumns,
                           where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, tail));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<PostureSnapshot> snapshots;
    while (query.next())
        snapshots << snapshotFrom(query);
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return snapshots;
}

// Without a transaction of its own; true when the row was new.
Result<bool> insertRow(Database &database, const PostureSnapshot &snapshot)
{
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO posture_snapshot (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?) ON CONFLICT (snapshot_date) DO NOTHING")
                       .arg(snapshotColumns));
    insert.addBindValue(sql::isoDate(snapshot.date));
    insert.addBindValue(optionalInt(snapshot.score));
    for (const auto &[component, column] : componentColumns) {
        Q_UNUSED(column);
        insert.addBindValue(optionalInt(snapshot.component(component)));
    }
    insert.addBindValue(
        QString::fromUtf8(QJsonDocument(snapshot.inputs.toJson()).toJson(QJsonDocument::Compact)));
    insert.addBindValue(snapshot.takenAt.toUTC().toString(Qt::ISODateWithMs));
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    return insert.numRowsAffected() > 0;
}

} // namespace

Status PostureRepository::countInventory(PostureInputs &inputs, const QDate &today,
                                         int groups) const
{
    int noAntivirus = 0;
    int antivirusUnknown = 0;
    int weakMfa = 0;
    int mfaUnknown = 0;
    int unencrypted = 0;
    int encryptionUnknown = 0;
    const Status counted =
        sql::countChecks(m_database.connection(), DeviceCheckRule::Statuses::Active, today,
                         {{DeviceCheck::SupportTracked, &inputs.supportTracked},
                          {DeviceCheck::SupportEnded, &inputs.supportEnded},
                          {DeviceCheck::Updatable, &inputs.updatable},
                          {DeviceCheck::NoRecentUpdate, &inputs.noRecentUpdate},
                          {DeviceCheck::NeedsAntivirus, &inputs.needsAntivirus},
                          {DeviceCheck::NoAntivirus, &noAntivirus},
                          {DeviceCheck::AntivirusUnknown, &antivirusUnknown},
                          {DeviceCheck::UsesMfa, &inputs.cloudServices},
                          {DeviceCheck::WeakMfa, &weakMfa},
                          {DeviceCheck::MfaUnknown, &mfaUnknown},
                          {DeviceCheck::Portable, &inputs.portableDevices},
                          {DeviceCheck::PortableUnencrypted, &unencrypted},
                          {DeviceCheck::PortableEncryptionUnknown, &encryptionUnknown}},
                         readWhat());
    if (!counted)
        return counted;
    inputs.antivirusMissing = noAntivirus + antivirusUnknown;
    inputs.mfaMissing = weakMfa + mfaUnknown;
    inputs.portableNotEncrypted = unencrypted + encryptionUnknown;

    // The largest groups behind "support ended", so an action can name what to replace.
    inputs.supportEndedGroups.clear();
    if (inputs.supportEnded > 0 && groups > 0) {
        const sql::Condition ended = sql::deviceCheck(DeviceCheck::SupportEnded, today);
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT category, COALESCE(os_name, ''), COUNT(*) AS n FROM "
                                     "device WHERE %1 GROUP BY category, COALESCE(os_name, '') "
                                     "ORDER BY n DESC, category, 2 LIMIT ?")
                          .arg(ended.sql));
        for (const QVariant &value : ended.values)
            query.addBindValue(value);
        query.addBindValue(groups);
        if (Status done = sql::exec(query, readWhat()); !done)
            return done;
        while (query.next()) {
            SupportEndedGroup group;
            group.category = AssetValues::categoryFromCode(query.value(0).toString())
                                 .value_or(DeviceCategory::Other);
            group.osName = query.value(1).toString();
            group.count = query.value(2).toInt();
            inputs.supportEndedGroups << group;
        }
        if (Status read = sql::endOfRows(query); !read)
            return read.error();
    }

    // Information assets of importance 3 (stated, else the highest of C, I, A), and those that a
    // plan with at least one successful run copies.
    QSqlQuery important(m_database.connection());
    important.setForwardOnly(true);
    important.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM backup_plan_item i"
        " WHERE i.item_kind = 'information_asset' AND i.item_id = a.id AND EXISTS (SELECT 1"
        " FROM backup_run r WHERE r.plan_id = i.plan_id AND r.result = 'ok')) THEN 1 ELSE 0"
        " END), 0) FROM information_asset a WHERE COALESCE(a.importance,"
        " MAX(a.confidentiality, a.integrity, a.availability)) >= 3"));
    if (Status done = sql::exec(important, readWhat()); !done)
        return done;
    if (important.next()) {
        inputs.importantAssets = important.value(0).toInt();
        inputs.importantAssetsCovered = important.value(1).toInt();
    }
    if (Status read = sql::endOfRows(important); !read)
        return read.error();
    return {};
}

Result<QSet<QString>> PostureRepository::reviewedPlaybooks(const QDateTime &sinceUtc) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id FROM playbook_copy WHERE saved_at >= ? UNION SELECT "
                       "playbook_id FROM incident WHERE exercise = 1 AND created_at >= ?"));
    const QString since = sinceUtc.toUTC().toString(Qt::ISODateWithMs);
    query.addBindValue(since);
    query.addBindValue(since);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return ids;
}

Result<bool> PostureRepository::insertIfAbsent(const PostureSnapshot &snapshot)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto inserted = insertRow(m_database, snapshot);
    if (!inserted)
        return inserted;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return inserted;
}

Result<int> PostureRepository::insertAllIfAbsent(const QList<PostureSnapshot> &snapshots)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    int count = 0;
    for (const PostureSnapshot &snapshot : snapshots) {
        auto inserted = insertRow(m_database, snapshot);
        if (!inserted)
            return inserted.error();
        count += *inserted ? 1 : 0;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return count;
}

Result<bool> PostureRepository::has(const QDate &day) const
{
    auto found = snapshot(day);
    if (!found)
        return found.error();
    return found->has_value();
}

Result<std::optional<PostureSnapshot>> PostureRepository::snapshot(const QDate &day) const
{
    auto rows =
        readSnapshots(m_database, QStringLiteral("snapshot_date = ?"), {sql::isoDate(day)}, {});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<PostureSnapshot>();
    return std::optional(rows->constFirst());
}

Result<std::optional<PostureSnapshot>> PostureRepository::latestOnOrBefore(const QDate &day) const
{
    auto rows = readSnapshots(m_database, QStringLiteral("snapshot_date <= ?"), {sql::isoDate(day)},
                              QStringLiteral(" ORDER BY snapshot_date DESC LIMIT 1"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<PostureSnapshot>();
    return std::optional(rows->constFirst());
}

Result<QList<PostureSnapshot>> PostureRepository::history(const QDate &from, const QDate &to) const
{
    QStringList where;
    QVariantList values;
    if (from.isValid()) {
        where << QStringLiteral("snapshot_date >= ?");
        values << sql::isoDate(from);
    }
    if (to.isValid()) {
        where << QStringLiteral("snapshot_date <= ?");
        values << sql::isoDate(to);
    }
    return readSnapshots(m_database, where.join(QStringLiteral(" AND ")), values,
                         QStringLiteral(" ORDER BY snapshot_date"));
}

Result<QList<ChangeActivity>> PostureRepository::activity(const QDateTime &fromUtc,
                                                          const QDateTime &toUtc) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.entity, a.action, COUNT(DISTINCT CASE WHEN r.audit_id IS NULL THEN a.entity_id"
        " END), COALESCE(SUM(r.last_id - r.first_id + 1), 0) FROM audit_log a LEFT JOIN"
        " audit_created_range r ON r.audit_id = a.id WHERE a.changed_at >= ? AND a.changed_at < ?"
        " GROUP BY a.entity, a.action ORDER BY a.entity"));
    query.addBindValue(fromUtc.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(toUtc.toUTC().toString(Qt::ISODateWithMs));
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<ChangeActivity> activity;
    while (query.next()) {
        const QString entity = query.value(0).toString();
        if (activity.isEmpty() || activity.constLast().entity != entity)
            activity << ChangeActivity{entity, 0, 0, 0};
        ChangeActivity &current = activity.last();
        const int records = query.value(2).toInt() + query.value(3).toInt();
        const QString action = query.value(1).toString();
        if (action == QLatin1String("insert"))
            current.inserted += records;
        else if (action == QLatin1String("update"))
            current.updated += records;
        else
            current.deleted += records;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return activity;
}

} // namespace mamori
