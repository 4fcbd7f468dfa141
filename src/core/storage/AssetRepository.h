#pragma once

#include "Result.h"
#include "inventory/Device.h"
#include "inventory/InformationAsset.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace mamori {

class Database;

struct UpsertCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

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
    // was. `progress(done, total)`.
    Result<UpsertCounts> upsertAll(const QList<Record> &records, const QStringList &fieldsToWrite,
                                   const std::function<void(int, int)> &progress = {},
                                   const std::atomic_bool *cancelRequested = nullptr,
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

template<typename Record> struct PreparedRecord;

// One bulk write, fed record by record: new keys are inserted, existing ones get `fieldsToWrite`
// updated (and the custom fields added), all in one transaction that only commit() keeps. An
// import feeds rows while later rows are still being parsed, and stops feeding at the first
// problem. AssetRepository::upsertAll() is the same for a list.
template<typename Record> class AssetBulkWrite
{
public:
    AssetBulkWrite(Database &database, QStringList fieldsToWrite, BulkOrigin origin);
    ~AssetBulkWrite(); // rolls back unless committed
    AssetBulkWrite(const AssetBulkWrite &) = delete;
    AssetBulkWrite &operator=(const AssetBulkWrite &) = delete;

    // Starts the transaction and reads the existing keys, with room for `expected` more. When
    // `expected` is large and at least the table's size, the secondary indexes are built once
    // at commit() instead of row by row.
    Status begin(qsizetype expected = 0);
    // The record must stay alive and unchanged until the next flush() or commit().
    // `prepared`: the record already made ready (prepareRecord()); its
    // buffers are swapped for used ones.
    Status add(const Record &record, PreparedRecord<Record> *prepared = nullptr);
    // Inserts the rows add() gathered; the records given so far may go.
    Status flush();
    Result<UpsertCounts> commit();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

using DeviceRepository = AssetRepository<Device>;
using InformationAssetRepository = AssetRepository<InformationAsset>;

extern template class AssetRepository<Device>;
extern template class AssetRepository<InformationAsset>;
extern template class AssetBulkWrite<Device>;
extern template class AssetBulkWrite<InformationAsset>;

} // namespace mamori
