#include "InventoryEvidenceQuery.h"

#include "Database.h"
#include "detail/DeviceCheckSql.h"
#include "detail/SqlSupport.h"

#include <utility>

namespace mamori {

namespace {

QString readWhat()
{
    return Error::tr("read the SECURITY ACTION records");
}

} // namespace

Result<InventoryEvidence> loadInventoryEvidence(Database &database, const QDate &today)
{
    InventoryEvidence evidence;
    evidence.asOf = today;
    const Status active =
        sql::countChecks(database.connection(), DeviceCheckRule::Statuses::Active, today,
                         {{DeviceCheck::SupportTracked, &evidence.activeDevices},
                          {DeviceCheck::SupportEnded, &evidence.unsupportedOs},
                          {DeviceCheck::Updatable, &evidence.updatableDevices},
                          {DeviceCheck::NoRecentUpdate, &evidence.noRecentUpdate},
                          {DeviceCheck::NeedsAntivirus, &evidence.computers},
                          {DeviceCheck::NoAntivirus, &evidence.withoutAntivirus},
                          {DeviceCheck::AntivirusUnknown, &evidence.antivirusUnknown},
                          {DeviceCheck::UsesMfa, &evidence.cloudServices},
                          {DeviceCheck::WeakMfa, &evidence.withoutMfa},
                          {DeviceCheck::MfaUnknown, &evidence.mfaUnknown}},
                         readWhat());
    if (!active)
        return active.error();
    const Status disposed =
        sql::countChecks(database.connection(), DeviceCheckRule::Statuses::Disposed, today,
                         {{DeviceCheck::Disposed, &evidence.disposedDevices},
                          {DeviceCheck::DisposedWithoutMethod, &evidence.disposedWithoutMethod}},
                         readWhat());
    if (!disposed)
        return disposed.error();

    // Information on shared places: linked to a cloud service or a server/NAS still in use, or
    // a storage place that says so in either language.
    const sql::Condition inUse =
        sql::statusCondition(DeviceCheckRule::Statuses::Active, QStringLiteral("d"));
    QStringList places;
    QVariantList values{AssetValues::code(DeviceCategory::CloudService),
                        AssetValues::code(DeviceCategory::Server)};
    values += inUse.values;
    for (const auto *word : {"cloud", "クラウド", "NAS", "server", "サーバ", "shared", "共有"}) {
        places << QStringLiteral("a.media_location LIKE ?");
        values << QStringLiteral("%%1%").arg(QString::fromUtf8(word));
    }
    QSqlQuery information(database.connection());
    information.setForwardOnly(true);
    information.prepare(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM "
                       "asset_link l JOIN device d ON d.id = l.device_id WHERE "
                       "l.information_asset_id = a.id AND d.category IN (?, ?) AND %1) "
                       "OR %2 THEN 1 ELSE 0 END), 0) FROM information_asset a")
            .arg(inUse.sql, places.join(QStringLiteral(" OR "))));
    for (const QVariant &value : std::as_const(values))
        information.addBindValue(value);
    if (Status done = sql::exec(information, readWhat()); !done)
        return done.error();
    if (information.next()) {
        evidence.informationAssets = information.value(0).toInt();
        evidence.assetsOnCloudOrShared = information.value(1).toInt();
    }
    if (Status read = sql::endOfRows(information); !read)
        return read.error();

    // Item 11: the last successful backup run of any plan (a local day).
    auto lastBackup = sql::scalar(
        database.connection(),
        QStringLiteral("SELECT MAX(started_at) FROM backup_run WHERE result = 'ok'"), readWhat());
    if (!lastBackup)
        return lastBackup.error();
    if (!lastBackup->isNull()) {
        const QDateTime at = QDateTime::fromString(lastBackup->toString(), Qt::ISODate);
        if (at.isValid())
            evidence.lastBackup = at.toLocalTime().date();
    }
    return evidence;
}

} // namespace mamori
