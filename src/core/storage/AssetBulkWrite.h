#pragma once

#include "AssetRepository.h"

#include <QStringList>

#include <memory>

namespace mamori {

class Database;

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

extern template class AssetBulkWrite<Device>;
extern template class AssetBulkWrite<InformationAsset>;

} // namespace mamori
