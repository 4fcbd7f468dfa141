#pragma once

#include "Result.h"

#include <QList>
#include <QPair>

namespace mamori {

class Database;

// Which devices and services store which information assets, in both directions.
// Links are audited as entity "asset_link" with id "<information id>-<device id>".
class AssetLinkRepository
{
public:
    explicit AssetLinkRepository(Database &database) : m_database(database) {}

    // Pairs of (information asset id, device id); existing links are skipped.
    // Returns how many links were added. One transaction.
    Result<int> linkAll(const QList<QPair<qint64, qint64>> &links);
    Status unlink(qint64 informationAssetId, qint64 deviceId);
    Result<QList<qint64>> devicesOf(qint64 informationAssetId) const;
    Result<QList<qint64>> informationOn(qint64 deviceId) const;

private:
    Result<QList<qint64>> ids(const QString &sql, qint64 key) const;

    Database &m_database;
};

} // namespace mamori
