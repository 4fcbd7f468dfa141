#include "AssetLinkRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
#include "storage/detail/SqlSupport.h"

namespace mamori {

namespace {

QString linkId(qint64 informationAssetId, qint64 deviceId)
{
    return QStringLiteral("%1-%2").arg(informationAssetId).arg(deviceId);
}

} // namespace

Result<int> AssetLinkRepository::linkAll(const QList<QPair<qint64, qint64>> &links)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO asset_link (information_asset_id, device_id) "
                                 "VALUES (?, ?) ON CONFLICT DO NOTHING"));
    AuditLog audit(m_database);
    int added = 0;
    for (const auto &[information, device] : links) {
        query.addBindValue(information);
        query.addBindValue(device);
        if (Status done = sql::exec(query, Error::tr("link an information asset to a device"));
            !done) {
            return done.error();
        }
        if (query.numRowsAffected() <= 0)
            continue;
        ++added;
        const Status audited = audit.record({QStringLiteral("asset_link"),
                                             linkId(information, device),
                                             AuditAction::Insert,
                                             {},
                                             {},
                                             linkId(information, device)});
        if (!audited)
            return audited.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Status AssetLinkRepository::unlink(qint64 informationAssetId, qint64 deviceId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("DELETE FROM asset_link WHERE information_asset_id = ? AND device_id = ?"));
    query.addBindValue(informationAssetId);
    query.addBindValue(deviceId);
    if (Status done = sql::exec(query, Error::tr("remove a link")); !done)
        return done;
    if (query.numRowsAffected() > 0) {
        const Status audited = AuditLog(m_database)
                                   .record({QStringLiteral("asset_link"),
                                            linkId(informationAssetId, deviceId),
                                            AuditAction::Delete,
                                            {},
                                            linkId(informationAssetId, deviceId),
                                            {}});
        if (!audited)
            return audited;
    }
    return transaction.commit();
}

Result<QList<qint64>> AssetLinkRepository::ids(const QString &sql, qint64 key) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(key);
    if (Status done = sql::exec(query, Error::tr("read the links")); !done)
        return done.error();
    QList<qint64> found;
    while (query.next())
        found << query.value(0).toLongLong();
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return found;
}

Result<QList<qint64>> AssetLinkRepository::devicesOf(qint64 informationAssetId) const
{
    return ids(QStringLiteral("SELECT device_id FROM asset_link WHERE information_asset_id = ? "
                              "ORDER BY device_id"),
               informationAssetId);
}

Result<QList<qint64>> AssetLinkRepository::informationOn(qint64 deviceId) const
{
    return ids(QStringLiteral("SELECT information_asset_id FROM asset_link WHERE device_id = ? "
                              "ORDER BY information_asset_id"),
               deviceId);
}

} // namespace mamori
