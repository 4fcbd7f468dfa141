#include "AssetRepository.h"

#include "AssetBulkWrite.h"
#include "AuditLog.h"
#include "Transaction.h"
#include "storage/detail/AssetRows.h"

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
using namespace asset_rows;

namespace {

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
    else if (Status read = sql::endOfRows(query); !read)
        return read.error();
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
    else if (Status read = sql::endOfRows(query); !read)
        return read.error();
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
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
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
                                   const ProgressCallback &progress, const BulkOrigin &origin)
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
        if (Status added = write.add(records[i], preparer ? &preparer->next() : nullptr); !added)
            return added.error();
        if (progress && (i % 256 == 0 || i + 1 == total) && !progress(i + 1, total))
            return Error(ErrorKind::Cancelled,
                         Error::tr("The import was cancelled; nothing was saved."));
    }
    return write.commit();
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

} // namespace mamori
