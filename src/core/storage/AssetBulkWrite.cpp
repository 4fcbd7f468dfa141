#include "AssetBulkWrite.h"

#include "AuditLog.h"
#include "BackgroundRelease.h"
#include "Clock.h"
#include "Transaction.h"
#include "detail/RollbackJournalWhileAlone.h"
#include "storage/detail/AssetRows.h"

#include <QDateTime>

#include <optional>
#include <thread>
#include <utility>

namespace mamori {

using namespace asset_rows;

namespace {

// A bulk write that at least doubles the table drops the table's secondary indexes and creates
// them again before it commits: one sorted build is far cheaper than growing an index row by row
// (100,000 devices: about 0.2 s less for the department index). The UNIQUE key's own index
// stays, as SQLite cannot drop it. Returns the CREATE statements to run again.
template<typename Record> Result<QStringList> dropSecondaryIndexes(Database &database)
{
    QSqlQuery select(database.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema"
                                  " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
    select.addBindValue(Table<Record>::name());
    if (Status read = sql::exec(select, readWhat()); !read)
        return read.error();
    QStringList names;
    QStringList creates;
    while (select.next()) {
        names << select.value(0).toString();
        creates << select.value(1).toString();
    }
    if (Status read = sql::endOfRows(select); !read)
        return read.error();
    select.finish();
    for (const QString &name : std::as_const(names)) {
        if (Status dropped = sql::execStatement(
                database.connection(), QStringLiteral("DROP INDEX ") + sql::quoteIdentifier(name),
                writeWhat());
            !dropped)
            return dropped.error();
    }
    return creates;
}

Status createIndexes(Database &database, const QStringList &creates)
{
    for (const QString &create : creates) {
        if (Status created = sql::execStatement(database.connection(), create, writeWhat());
            !created)
            return created;
    }
    return {};
}

} // namespace

template<typename Record> struct AssetBulkWrite<Record>::State
{
    State(Database &database, QStringList fields, BulkOrigin origin)
        : database(database), repository(database), origin(std::move(origin))
    {
        for (const QString &field : fields)
            fieldIndexes << AssetRecords::fieldIndex(Table<Record>::kind, field);
    }

    Database &database;
    std::optional<RollbackJournalWhileAlone> journal; // back to WAL after the transaction ends
    std::optional<Transaction> transaction;           // rolled back after the statements go
    AssetRepository<Record> repository;
    BulkOrigin origin;
    QList<int> fieldIndexes;
    QHash<Key<Record>, qint64> keys;
    bool dropIndexesAtFirstInsert = false; // a write that only updates keeps them
    QStringList droppedIndexes;            // CREATE statements to run before the commit
    qint64 firstNewId = 0;
    qint64 nextId = 0;
    std::optional<RecordInserter<Record>> inserter;
    std::optional<RecordReader<Record>> reader;
    UpsertCounts counts;
    QDateTime startedAt = Clock::nowUtc();
};

template<typename Record>
AssetBulkWrite<Record>::AssetBulkWrite(Database &database, QStringList fieldsToWrite,
                                       BulkOrigin origin)
    : m_state(std::make_unique<State>(database, std::move(fieldsToWrite), std::move(origin)))
{}

template<typename Record> AssetBulkWrite<Record>::~AssetBulkWrite() = default;

// Below this many rows a bulk write keeps WAL and grows the indexes row by row: the switches
// and the index builds would cost more than they save.
constexpr qsizetype largeWriteRows = 1024;

template<typename Record> Status AssetBulkWrite<Record>::begin(qsizetype expected)
{
    State &state = *m_state;
    if (expected >= largeWriteRows)
        state.journal.emplace(state.database);
    state.transaction.emplace(state.database);
    if (!state.transaction->isActive())
        return state.transaction->error();
    auto keys = existingKeys<Record>(state.database);
    if (!keys)
        return keys.error();
    state.keys = std::move(*keys);
    state.dropIndexesAtFirstInsert = expected >= largeWriteRows && expected >= state.keys.size();
    state.keys.reserve(state.keys.size() + expected);
    auto largest = lastAllocatedId<Record>(state.database);
    if (!largest)
        return largest.error();
    state.firstNewId = state.nextId = *largest + 1;
    state.inserter.emplace(state.database);
    if (Status ready = state.inserter->status(); !ready)
        return ready;
    state.reader.emplace(state.database);
    return state.reader->status();
}

template<typename Record>
Status AssetBulkWrite<Record>::add(const Record &record, PreparedRecord<Record> *prepared)
{
    State &state = *m_state;
    const auto key = keyOf(record);
    const auto known = state.keys.constFind(key);
    if (known == state.keys.cend()) {
        if (std::exchange(state.dropIndexesAtFirstInsert, false)) {
            auto dropped = dropSecondaryIndexes<Record>(state.database);
            if (!dropped)
                return dropped.error();
            state.droppedIndexes = std::move(*dropped);
        }
        // New: later records with the same key update this one.
        const qint64 id = state.nextId++;
        state.keys.insert(key, id);
        ++state.counts.created;
        if (!prepared)
            return state.inserter->insert(record, id);
        prepared->id = id;
        return state.inserter->add(*prepared);
    }
    // The record may be one this write has just created.
    if (Status flushed = state.inserter->flush(); !flushed)
        return flushed;
    auto existing = state.reader->find(*known);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error(ErrorKind::InvalidInput, Error::tr("The record no longer exists."));
    Record merged = **existing;
    for (const int field : std::as_const(state.fieldIndexes))
        AssetRecords::copyField(merged, record, field);
    for (auto it = record.customFields.cbegin(); it != record.customFields.cend(); ++it)
        merged.customFields.insert(it.key(), it.value());
    auto changed = state.repository.updateRow(**existing, merged);
    if (!changed)
        return changed.error();
    ++(*changed ? state.counts.updated : state.counts.unchanged);
    return {};
}

template<typename Record> Status AssetBulkWrite<Record>::flush()
{
    return m_state->inserter->flush();
}

template<typename Record> Result<UpsertCounts> AssetBulkWrite<Record>::commit()
{
    State &state = *m_state;
    if (Status flushed = flush(); !flushed)
        return flushed.error();
    if (Status indexed = createIndexes(state.database, state.droppedIndexes); !indexed)
        return indexed.error();
    if (state.nextId > state.firstNewId) {
        const qint64 lastId = state.nextId - 1;
        if (Status audited =
                AuditLog(state.database)
                    .recordCreatedRange(Table<Record>::name(), state.firstNewId, lastId,
                                        state.origin.source, state.origin.name, state.startedAt);
            !audited)
            return audited.error();
        if (Status allocated = recordAllocatedId<Record>(state.database, lastId); !allocated)
            return allocated.error();
    }
    // Statements go before the commit, as a prepared statement in the middle of a read can
    // keep the transaction from ending.
    state.inserter.reset();
    state.reader.reset();
    const std::jthread releasing = releaseInBackground(std::move(state.keys));
    if (Status committed = state.transaction->commit(); !committed)
        return committed.error();
    return state.counts;
}

template class AssetBulkWrite<Device>;
template class AssetBulkWrite<InformationAsset>;

} // namespace mamori
