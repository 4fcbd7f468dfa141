#include "AssetRepository.h"

#include "AssetTables.h"
#include "AuditLog.h"
#include "BackgroundRelease.h"
#include "Database.h"
#include "PreparedRecord.h"
#include "SqlSupport.h"
#include "SqliteStatement.h"
#include "Transaction.h"
#include "inventory/AssetRecords.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace mamori {

using namespace asset_tables;

namespace {

QString readWhat()
{
    return Error::tr("read the inventory");
}

QString writeWhat()
{
    return Error::tr("save the inventory");
}

// The natural key as the database compares it (BINARY: exact text).
QString keyOf(const Device &device)
{
    return device.assetNumber;
}

std::pair<QString, QString> keyOf(const InformationAsset &asset)
{
    return {asset.businessArea, asset.name};
}

template<typename Record> using Key = decltype(keyOf(std::declval<Record>()));

// Every natural key in the table with its id, in one query: bulk writes look keys up here
// instead of one SELECT per row.
template<typename Record> Result<QHash<Key<Record>, qint64>> existingKeys(Database &database)
{
    SqliteStatement select(
        database.connection(),
        QStringLiteral("SELECT id, %1 FROM %2")
            .arg(Table<Record>::keyFields().join(QStringLiteral(", ")), Table<Record>::name()),
        readWhat());
    QHash<Key<Record>, qint64> keys;
    for (;;) {
        auto row = select.next();
        if (!row)
            return row.error();
        if (!*row)
            return keys;
        if constexpr (std::is_same_v<Record, Device>)
            keys.insert(select.text(1), select.integer(0));
        else
            keys.insert({select.text(1), select.text(2)}, select.integer(0));
    }
}

// The largest id ever given in the table, 0 when none: new records get the next ids, and a
// deleted record's id is not given again (its history stays its own). Ids are chosen here
// rather than by SQLite so a row can be made ready before it is inserted.
template<typename Record> Result<qint64> lastAllocatedId(Database &database)
{
    SqliteStatement select(
        database.connection(),
        QStringLiteral("SELECT max(COALESCE((SELECT last_id FROM id_allocation WHERE entity = ?),"
                       " 0), COALESCE((SELECT max(id) FROM %1), 0))")
            .arg(Table<Record>::name()),
        readWhat());
    const QString table = Table<Record>::name(); // bound in place: must outlive the statement
    select.bindText(0, table);
    auto row = select.next();
    if (!row)
        return row.error();
    const qint64 largest = *row ? select.integer(0) : 0;
    (void)select.next(); // ends the statement
    return largest;
}

template<typename Record> Status recordAllocatedId(Database &database, qint64 lastId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO id_allocation (entity, last_id) VALUES (?, ?)"
                                 " ON CONFLICT (entity) DO UPDATE SET last_id = excluded.last_id"));
    query.addBindValue(Table<Record>::name());
    query.addBindValue(lastId);
    return sql::exec(query, writeWhat());
}

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

// The columns an insert writes: id, the stored fields in storedValues() order, the extra
// columns, and a device's search text.
template<typename Record> QStringList insertedColumns()
{
    QStringList names = QStringList{QStringLiteral("id")} + columns<Record>();
    Q_ASSERT(names.mid(1 + AssetRecords::storedFields(Table<Record>::kind).size()) ==
             extraColumns(Record{}));
    if constexpr (std::is_same_v<Record, Device>)
        names << QStringLiteral("search_text");
    return names;
}

// "INSERT … VALUES (…), (…)" for `rows` rows. OR ROLLBACK: a failure ends the whole
// transaction (an import is all or nothing anyway), so SQLite need not keep a statement journal
// to undo part of a multi-row statement, which made one slower than single rows.
template<typename Record> QString insertSql(int rows)
{
    const QStringList names = insertedColumns<Record>();
    const QString row = QLatin1Char('(') +
                        QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT%1 INTO %2 (%3) VALUES %4")
        .arg(rows > 1 ? QStringLiteral(" OR ROLLBACK") : QString(), Table<Record>::name(),
             names.join(QStringLiteral(", ")), QStringList(rows, row).join(QLatin1Char(',')));
}

// Binds a prepared row from parameter `first` on (0-based).
template<typename Record>
void bindRow(SqliteStatement &statement, int first, const PreparedRecord<Record> &row)
{
    statement.bindInteger(first, row.id);
    const int fieldCount = int(row.values.size());
    for (int i = 0; i < fieldCount; ++i) {
        const StoredValue &value = row.values[i];
        const int position = first + 1 + i;
        switch (value.type) {
        case StoredValue::Type::Null:
            statement.bindNull(position);
            break;
        case StoredValue::Type::Integer:
            statement.bindInteger(position, value.integer);
            break;
        case StoredValue::Type::Code:
            statement.bindUtf8(position, QByteArrayView(value.code.data(), value.code.size()));
            break;
        case StoredValue::Type::Text:
        case StoredValue::Type::Date:
            statement.bindUtf8(position, row.bytes(i));
            break;
        }
    }
    int next = first + 1 + fieldCount;
    if constexpr (std::is_same_v<Record, Device>)
        statement.bindInteger(next++, row.record->endOfSupportOverridden ? 1 : 0);
    statement.bindUtf8(next++, row.bytes(fieldCount));
    if constexpr (std::is_same_v<Record, Device>)
        statement.bindUtf8(next, row.bytes(fieldCount + 1));
}

// Inserts prepared rows through the raw SQLite API (SqliteStatement), bound in place with no
// QVariant: at once (insert()), or gathered and inserted groupSize to a statement (add()),
// which halves SQLite's cost per row. Auditing is the caller's. Made for one write operation,
// so no statement outlives it.
template<typename Record> class RecordInserter
{
public:
    explicit RecordInserter(Database &database)
        : m_single(database.connection(), insertSql<Record>(1), writeWhat()),
          m_group(database.connection(), insertSql<Record>(groupSize), writeWhat())
    {}

    Status status() const
    {
        for (const SqliteStatement *statement : {&m_single, &m_group}) {
            if (!statement->isValid())
                return statement->error();
        }
        return {};
    }

    Status insert(const Record &record, qint64 id)
    {
        prepareRecord(record, m_row);
        m_row.id = id;
        return insertNow(m_row);
    }

    // Takes the row (swapping buffers with it) and inserts it with the next ones; flush() before
    // anything reads or updates the rows.
    Status add(PreparedRecord<Record> &row)
    {
        std::swap(m_pending[m_pendingCount++], row);
        return m_pendingCount == groupSize ? flush() : Status();
    }

    Status flush()
    {
        const int count = std::exchange(m_pendingCount, 0);
        if (count == groupSize) {
            for (int i = 0; i < groupSize; ++i)
                bindRow(m_group, i * columnCount(), m_pending[i]);
            return m_group.execute();
        }
        for (int i = 0; i < count; ++i) {
            if (Status done = insertNow(m_pending[i]); !done)
                return done;
        }
        return {};
    }

private:
    static constexpr int groupSize = 64;

    static int columnCount()
    {
        static const int count = int(insertedColumns<Record>().size());
        return count;
    }

    Status insertNow(const PreparedRecord<Record> &row)
    {
        bindRow(m_single, 0, row);
        return m_single.execute();
    }

    SqliteStatement m_single;
    SqliteStatement m_group;
    PreparedRecord<Record> m_row;
    std::array<PreparedRecord<Record>, groupSize> m_pending;
    int m_pendingCount = 0;
};

// Reads records by id through the raw SQLite API: a re-import reads every record it may update,
// and QSqlQuery rebuilds its description of the result on every exec. Made for one operation.
template<typename Record> class RecordReader
{
public:
    explicit RecordReader(Database &database)
        : m_select(database.connection(), selectSql<Record>() + QStringLiteral(" WHERE id = ?"),
                   readWhat())
    {}

    Status status() const
    {
        if (!m_select.isValid())
            return m_select.error();
        return {};
    }

    Result<std::optional<Record>> find(qint64 id)
    {
        m_select.bindInteger(0, id);
        auto row = m_select.next();
        if (!row)
            return row.error();
        std::optional<Record> found;
        if (*row)
            found = recordFrom<Record>(m_select);
        m_select.reset();
        return found;
    }

private:
    SqliteStatement m_select;
};

// Prepares every record for an insert on a second thread, a few batches ahead of the writer,
// which then only binds and steps: SQLite's own work is most of an import and cannot be shared.
// Rows of records that turn out to exist already are not used.
template<typename Record> class RowPreparer
{
public:
    explicit RowPreparer(const QList<Record> &records) : m_records(records)
    {
        for (Batch &batch : m_batches)
            batch.rows.resize(batchSize);
        m_worker = std::thread([this] { prepareAll(); });
    }

    ~RowPreparer()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }

    RowPreparer(const RowPreparer &) = delete;
    RowPreparer &operator=(const RowPreparer &) = delete;

    // The next insert's row, in order; valid until the following call. The caller may swap its
    // buffers for others (RecordInserter::add), which are then reused.
    PreparedRecord<Record> &next()
    {
        if (m_taken == batchSize || m_taken < 0) {
            std::unique_lock lock(m_mutex);
            if (m_taken == batchSize) { // hand the finished batch back
                m_batches[m_consumed % batchCount].ready = false;
                ++m_consumed;
                m_changed.notify_all();
            }
            m_changed.wait(lock, [this] { return m_batches[m_consumed % batchCount].ready; });
            m_taken = 0;
        }
        return m_batches[m_consumed % batchCount].rows[m_taken++];
    }

private:
    static constexpr qsizetype batchSize = 256;
    static constexpr qsizetype batchCount = 4;

    struct Batch
    {
        std::vector<PreparedRecord<Record>> rows;
        bool ready = false;
    };

    void prepareAll()
    {
        for (qsizetype first = 0, batchNumber = 0; first < m_records.size();
             first += batchSize, ++batchNumber) {
            Batch &batch = m_batches[batchNumber % batchCount];
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stopping || !batch.ready; });
                if (m_stopping)
                    return;
            }
            const qsizetype last = std::min(first + batchSize, m_records.size());
            for (qsizetype i = first; i < last; ++i)
                prepareRecord(m_records[i], batch.rows[i - first]);
            {
                const std::lock_guard lock(m_mutex);
                batch.ready = true;
            }
            m_changed.notify_all();
        }
    }

    const QList<Record> &m_records;
    std::array<Batch, batchCount> m_batches;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stopping = false;
    qsizetype m_consumed = 0; // batches handed back
    qsizetype m_taken = -1;   // rows taken from the current batch; -1 before the first
    std::thread m_worker;
};

} // namespace

template<typename Record> struct AssetRepository<Record>::Statements
{
    QSqlQuery find;
    QSqlQuery findByKey;
    AuditLog audit;
};

template<typename Record>
AssetRepository<Record>::AssetRepository(Database &database) : m_database(database)
{}

template<typename Record> AssetRepository<Record>::~AssetRepository() = default;

template<typename Record>
typename AssetRepository<Record>::Statements &AssetRepository<Record>::statements() const
{
    if (m_statements)
        return *m_statements;
    m_statements.reset(new Statements{QSqlQuery(m_database.connection()),
                                      QSqlQuery(m_database.connection()), AuditLog(m_database)});
    m_statements->find.setForwardOnly(true);
    m_statements->find.prepare(selectSql<Record>() + QStringLiteral(" WHERE id = ?"));
    QStringList conditions;
    for (const QString &field : Table<Record>::keyFields())
        conditions << field + QStringLiteral(" = ?");
    m_statements->findByKey.setForwardOnly(true);
    m_statements->findByKey.prepare(selectSql<Record>() + QStringLiteral(" WHERE ") +
                                    conditions.join(QStringLiteral(" AND ")));
    return *m_statements;
}

template<typename Record>
Result<std::optional<Record>> AssetRepository<Record>::find(qint64 id) const
{
    QSqlQuery &query = statements().find; // prepared once: re-imports read every matched row
    query.addBindValue(id);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    std::optional<Record> found;
    if (query.next())
        found = recordFrom<Record>(query);
    query.finish();
    return found;
}

template<typename Record>
Result<std::optional<Record>> AssetRepository<Record>::findByKey(const Record &keyOf) const
{
    QSqlQuery &query = statements().findByKey;
    for (const QString &field : Table<Record>::keyFields())
        query.addBindValue(AssetRecords::storedValue(keyOf, field));
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    std::optional<Record> found;
    if (query.next())
        found = recordFrom<Record>(query);
    query.finish(); // ends the read so the statement can be reused
    return found;
}

template<typename Record> Result<QList<Record>> AssetRepository<Record>::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql<Record>() + QStringLiteral(" ORDER BY id"));
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<Record> records;
    while (query.next())
        records << recordFrom<Record>(query);
    return records;
}

template<typename Record> Result<qint64> AssetRepository<Record>::count() const
{
    auto rows = sql::scalar(m_database.connection(),
                            QStringLiteral("SELECT count(*) FROM %1").arg(Table<Record>::name()),
                            readWhat());
    if (!rows)
        return rows.error();
    return rows->toLongLong();
}

template<typename Record>
Result<bool> AssetRepository<Record>::updateRow(const Record &before, const Record &after)
{
    QStringList changed;
    AuditLog &audit = statements().audit;
    // Compared in stored form first: a re-import compares every row, and most are unchanged.
    QList<StoredValue> oldStored;
    QList<StoredValue> newStored;
    AssetRecords::storedValues(before, oldStored);
    AssetRecords::storedValues(after, newStored);
    const QStringList &names = columns<Record>();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &column = names[i];
        const bool same = i < oldStored.size() ? sameStored(oldStored[i], newStored[i])
                                               : sameExtra(before, after, column);
        if (same)
            continue;
        const QVariant oldValue = columnValue(before, column);
        const QVariant newValue = columnValue(after, column);
        if (oldValue == newValue)
            continue;
        changed << column;
        const Status audited =
            audit.record({Table<Record>::name(), QString::number(before.id), AuditAction::Update,
                          column, auditText(oldValue), auditText(newValue)});
        if (!audited)
            return audited.error();
    }
    if (changed.isEmpty())
        return false;
    QStringList assignments;
    for (const QString &column : std::as_const(changed))
        assignments << column + QStringLiteral(" = ?");
    std::optional<QString> newSearchText; // not audited: it only repeats the other columns
    if constexpr (std::is_same_v<Record, Device>) {
        if (QString text = searchText(after); text != searchText(before)) {
            assignments << QStringLiteral("search_text = ?");
            newSearchText = std::move(text);
        }
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(Table<Record>::name(), assignments.join(QStringLiteral(", "))));
    for (const QString &column : std::as_const(changed))
        query.addBindValue(columnValue(after, column));
    if (newSearchText)
        query.addBindValue(*newSearchText);
    query.addBindValue(before.id);
    if (Status done = sql::exec(query, writeWhat()); !done)
        return done.error();
    return true;
}

template<typename Record>
Status AssetRepository<Record>::insertWithSnapshot(const Record &record, qint64 id)
{
    RecordInserter<Record> inserter(m_database);
    if (Status ready = inserter.status(); !ready)
        return ready;
    if (Status inserted = inserter.insert(record, id); !inserted)
        return inserted;
    Record stored = record;
    stored.id = id;
    return statements().audit.record({Table<Record>::name(),
                                      QString::number(id),
                                      AuditAction::Insert,
                                      {},
                                      {},
                                      snapshot(stored)});
}

template<typename Record> Result<qint64> AssetRepository<Record>::insert(const Record &record)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto largest = lastAllocatedId<Record>(m_database);
    if (!largest)
        return largest.error();
    const qint64 id = *largest + 1;
    if (Status inserted = insertWithSnapshot(record, id); !inserted)
        return inserted.error();
    if (Status allocated = recordAllocatedId<Record>(m_database, id); !allocated)
        return allocated.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

template<typename Record> Status AssetRepository<Record>::reinsert(const Record &record)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (Status inserted = insertWithSnapshot(record, record.id); !inserted)
        return inserted;
    return transaction.commit();
}

template<typename Record> Status AssetRepository<Record>::updateAll(const QList<Record> &records)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    for (const Record &record : records) {
        auto before = find(record.id);
        if (!before)
            return before.error();
        if (!before->has_value())
            return Error(ErrorKind::InvalidInput, Error::tr("The record no longer exists."));
        if (auto changed = updateRow(**before, record); !changed)
            return changed.error();
    }
    return transaction.commit();
}

template<typename Record> Status AssetRepository<Record>::update(const Record &record)
{
    return updateAll({record});
}

template<typename Record> Status AssetRepository<Record>::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = find(id);
    if (!before)
        return before.error();
    if (!before->has_value())
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Table<Record>::name()));
    query.addBindValue(id);
    if (Status done = sql::exec(query, writeWhat()); !done)
        return done;
    const Status audited = AuditLog(m_database)
                               .record({Table<Record>::name(),
                                        QString::number(id),
                                        AuditAction::Delete,
                                        {},
                                        snapshot(**before),
                                        {}});
    if (!audited)
        return audited;
    return transaction.commit();
}

template<typename Record>
Result<UpsertCounts>
AssetRepository<Record>::upsertAll(const QList<Record> &records, const QStringList &fieldsToWrite,
                                   const std::function<void(int, int)> &progress,
                                   const std::atomic_bool *cancelRequested,
                                   const BulkOrigin &origin)
{
    AssetBulkWrite<Record> write(m_database, fieldsToWrite, origin);
    if (Status begun = write.begin(records.size()); !begun)
        return begun.error();
    // Below a few thousand rows a second thread is not worth starting.
    constexpr qsizetype recordsWorthAThread = 2048;
    std::optional<RowPreparer<Record>> preparer;
    if (records.size() >= recordsWorthAThread && QThread::idealThreadCount() > 1)
        preparer.emplace(records);
    const int total = int(records.size());
    for (int i = 0; i < total; ++i) {
        if (cancelRequested && cancelRequested->load())
            return Error(ErrorKind::Cancelled,
                         Error::tr("The import was cancelled; nothing was saved."));
        if (Status added = write.add(records[i], preparer ? &preparer->next() : nullptr); !added)
            return added.error();
        if (progress && (i % 256 == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    return write.commit();
}

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
    QDateTime startedAt = QDateTime::currentDateTimeUtc();
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
        if (Status audited = state.repository.statements().audit.recordCreatedRange(
                Table<Record>::name(), state.firstNewId, lastId, state.origin.source,
                state.origin.name, state.startedAt);
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

template<typename Record>
Result<int> AssetRepository<Record>::countExisting(const QList<Record> &records) const
{
    auto keys = existingKeys<Record>(m_database);
    if (!keys)
        return keys.error();
    return int(std::count_if(records.cbegin(), records.cend(), [&keys](const Record &record) {
        return keys->contains(keyOf(record));
    }));
}

template class AssetRepository<Device>;
template class AssetRepository<InformationAsset>;
template class AssetBulkWrite<Device>;
template class AssetBulkWrite<InformationAsset>;

} // namespace mamori
