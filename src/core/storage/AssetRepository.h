#pragma once

#include "Progress.h"
#include "Result.h"
#include "inventory/Device.h"
#include "inventory/InformationAsset.h"
#include "inventory/UpsertCounts.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace mamori {

class Database;

template<typename Record> class AssetBulkWrite;

// What created records in bulk, kept in their history (AuditLog::recordCreatedRange).
struct BulkOrigin
{
    QString source = QStringLiteral("import"); // "import" or "demo"
    QString name;                              // the imported file's name
};

// Devices or information assets in the database. Every write records its history in the audit
// log in the same transaction: an insert or delete as one row holding a JSON snapshot, an
// update as one row per changed field with the old and new value, and the records one bulk
// write creates as one row for their range of ids. Ids are never given twice.
template<typename Record> class AssetRepository
{
public:
    explicit AssetRepository(Database &database);
    ~AssetRepository();
    AssetRepository(const AssetRepository &) = delete;
    AssetRepository &operator=(const AssetRepository &) = delete;

    Result<std::optional<Record>> find(qint64 id) const;
    // By the natural key: the asset number of a device; business area and name of information.
    Result<std::optional<Record>> findByKey(const Record &keyOf) const;
    Result<QList<Record>> all() const;
    Result<qint64> count() const;

    Result<qint64> insert(const Record &record);
    // Puts back a removed record under its old id (undo of a delete).
    Status reinsert(const Record &record);
    Status update(const Record &record);
    // Several updates in one transaction (bulk edit and its undo).
    Status updateAll(const QList<Record> &records);
    Status remove(qint64 id);

    // Inserts new records and, where the key exists, updates only `fieldsToWrite` (and adds the
    // custom fields), all in one transaction: any failure or a cancel leaves the database as it
    // was. `progress(done, total)` in records; returning false cancels.
    Result<UpsertCounts> upsertAll(const QList<Record> &records, const QStringList &fieldsToWrite,
                                   const ProgressCallback &progress = {},
                                   const BulkOrigin &origin = {});

    // How many of the records have a key already in the database (a dry run's "updated").
    Result<int> countExisting(const QList<Record> &records) const;

private:
    friend class AssetBulkWrite<Record>;

    // Returns whether anything changed.
    Result<bool> updateRow(const Record &before, const Record &after);
    // Inserts one record under `id` with its audit row holding a JSON snapshot.
    Status insertWithSnapshot(const Record &record, qint64 id);

    struct Statements; // prepared on first use and reused, so bulk writes prepare once
    Statements &statements() const;

    Database &m_database;
    mutable std::unique_ptr<Statements> m_statements;
};

using DeviceRepository = AssetRepository<Device>;
using InformationAssetRepository = AssetRepository<InformationAsset>;

extern template class AssetRepository<Device>;
extern template class AssetRepository<InformationAsset>;

} // namespace mamori
