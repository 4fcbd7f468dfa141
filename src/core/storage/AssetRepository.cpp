#include "AssetRepository.h"

#include "AssetTables.h"
#include "AuditLog.h"
#include "Database.h"
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

// The largest id in the table, 0 when empty: new records get the next ids, as SQLite itself
// would give them, so a row can be made ready (snapshot included) before it is inserted.
template<typename Record> Result<qint64> largestId(Database &database)
{
    SqliteStatement select(database.connection(),
                           QStringLiteral("SELECT max(id) FROM %1").arg(Table<Record>::name()),
                           readWhat());
    auto row = select.next();
    if (!row)
        return row.error();
    const qint64 largest = *row ? select.integer(0) : 0;
    (void)select.next(); // ends the statement
    return largest;
}

// One record made ready for binding: everything but the SQLite calls, so that another thread
// can do it while the writer steps the statements.
struct PreparedRow
{
    qint64 id = 0;
    QList<StoredValue> values;                    // views into the record
    QList<std::pair<qsizetype, qsizetype>> spans; // (start, size) in text: per value, then custom
    QByteArray text;                              // UTF-8 of text, dates and custom fields
    QByteArray snapshot;                          // the audit snapshot, UTF-8 JSON
};

template<typename Record> void prepareRow(const Record &record, qint64 id, PreparedRow &row)
{
    row.id = id;
    AssetRecords::storedValues(record, row.values);
    const qsizetype fieldCount = row.values.size();
    // Text and dates go to one buffer, bound in place once it stops growing.
    row.text.resize(0);
    row.spans.resize(fieldCount + 1);
    for (qsizetype i = 0; i < fieldCount; ++i) {
        const StoredValue &value = row.values[i];
        const qsizetype start = row.text.size();
        if (value.type == StoredValue::Type::Text) {
            AssetRecords::appendUtf8(row.text, value.text);
        } else if (value.type == StoredValue::Type::Date) {
            std::array<char, 10> iso;
            const QLatin1String date = AssetRecords::isoDate(value.date, iso);
            row.text.append(date.data(), date.size());
        }
        row.spans[i] = {start, row.text.size() - start};
    }
    const qsizetype customStart = row.text.size();
    if (record.customFields.isEmpty())
        row.text.append("{}"); // what customFieldsJson() writes for none
    else
        row.text.append(AssetRecords::customFieldsJson(record.customFields).toUtf8());
    row.spans[fieldCount] = {customStart, row.text.size() - customStart};
    row.snapshot.resize(0);
    AssetRecords::appendJsonUtf8(record, id, row.values, row.snapshot);
}

// Inserts prepared rows and their audit snapshots through the raw SQLite API
// (SqliteStatement), one row per statement: a multi-row INSERT was slower, as SQLite then keeps
// a statement journal in a temporary file (five times the writes). Made for one write
// operation, so no statement outlives it.
template<typename Record> class RecordInserter
{
public:
    explicit RecordInserter(Database &database)
        : m_insert(database.connection(), insertSql(), writeWhat()), m_audit(database)
    {}

    Status status() const
    {
        if (!m_insert.isValid())
            return m_insert.error();
        return m_audit.status();
    }

    Status insert(const Record &record, const PreparedRow &row)
    {
        const auto bytes = [&row](qsizetype i) {
            return QByteArrayView(row.text.constData() + row.spans[i].first, row.spans[i].second);
        };
        m_insert.bindInteger(0, row.id);
        const int fieldCount = int(row.values.size());
        for (int i = 0; i < fieldCount; ++i) {
            const StoredValue &value = row.values[i];
            switch (value.type) {
            case StoredValue::Type::Null:
                m_insert.bindNull(i + 1);
                break;
            case StoredValue::Type::Integer:
                m_insert.bindInteger(i + 1, value.integer);
                break;
            case StoredValue::Type::Code:
                m_insert.bindUtf8(i + 1, QByteArrayView(value.code.data(), value.code.size()));
                break;
            case StoredValue::Type::Text:
            case StoredValue::Type::Date:
                m_insert.bindUtf8(i + 1, bytes(i));
                break;
            }
        }
        int next = fieldCount + 1;
        if constexpr (std::is_same_v<Record, Device>)
            m_insert.bindInteger(next++, record.endOfSupportOverridden ? 1 : 0);
        m_insert.bindUtf8(next, bytes(fieldCount));
        if (Status done = m_insert.execute(); !done)
            return done;
        return m_audit.recordInsert(Table<Record>::name(), row.id, row.snapshot);
    }

    // For a single record: prepares it here.
    Status insert(const Record &record, qint64 id)
    {
        prepareRow(record, id, m_row);
        return insert(record, m_row);
    }

private:
    static QString insertSql()
    {
        // id, then the stored fields in storedValues() order, then the extra columns.
        const QStringList names = QStringList{QStringLiteral("id")} + columns<Record>();
        Q_ASSERT(names.mid(1 + AssetRecords::storedFields(Table<Record>::kind).size()) ==
                 extraColumns(Record{}));
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(Table<Record>::name(), names.join(QStringLiteral(", ")),
                 QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    }

    SqliteStatement m_insert;
    AuditLogWriter m_audit;
    PreparedRow m_row;
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

// Prepares the rows to insert on a second thread, a few batches ahead of the writer, which
// then only binds and steps: SQLite's own work is most of an import and cannot be shared.
template<typename Record> class RowPreparer
{
public:
    struct Insert
    {
        qsizetype record; // index in `records`
        qint64 id;
    };

    RowPreparer(const QList<Record> &records, const QList<Insert> &inserts)
        : m_records(records), m_inserts(inserts)
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

    // The next insert's row, in order; valid until the following call.
    const PreparedRow &next()
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
        std::vector<PreparedRow> rows;
        bool ready = false;
    };

    void prepareAll()
    {
        for (qsizetype first = 0, batchNumber = 0; first < m_inserts.size();
             first += batchSize, ++batchNumber) {
            Batch &batch = m_batches[batchNumber % batchCount];
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stopping || !batch.ready; });
                if (m_stopping)
                    return;
            }
            const qsizetype last = std::min(first + batchSize, m_inserts.size());
            for (qsizetype i = first; i < last; ++i) {
                const Insert &insert = m_inserts[i];
                prepareRow(m_records[insert.record], insert.id, batch.rows[i - first]);
            }
            {
                const std::lock_guard lock(m_mutex);
                batch.ready = true;
            }
            m_changed.notify_all();
        }
    }

    const QList<Record> &m_records;
    const QList<Insert> &m_inserts;
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
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(Table<Record>::name(), assignments.join(QStringLiteral(", "))));
    for (const QString &column : std::as_const(changed))
        query.addBindValue(columnValue(after, column));
    query.addBindValue(before.id);
    if (Status done = sql::exec(query, writeWhat()); !done)
        return done.error();
    return true;
}

template<typename Record> Result<qint64> AssetRepository<Record>::insert(const Record &record)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto largest = largestId<Record>(m_database);
    if (!largest)
        return largest.error();
    RecordInserter<Record> inserter(m_database);
    if (Status ready = inserter.status(); !ready)
        return ready.error();
    const qint64 id = *largest + 1;
    if (Status inserted = inserter.insert(record, id); !inserted)
        return inserted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

template<typename Record> Status AssetRepository<Record>::reinsert(const Record &record)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    RecordInserter<Record> inserter(m_database);
    if (Status ready = inserter.status(); !ready)
        return ready;
    if (Status inserted = inserter.insert(record, record.id); !inserted)
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
                                   const std::atomic_bool *cancelRequested)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto keys = existingKeys<Record>(m_database);
    if (!keys)
        return keys.error();
    auto largest = largestId<Record>(m_database);
    if (!largest)
        return largest.error();
    // Which records are new and the ids they get, in order: a later record with the key of an
    // earlier new one updates it.
    using Insert = typename RowPreparer<Record>::Insert;
    QList<Insert> inserts;
    QList<qint64> idOf(records.size());
    QList<bool> isNew(records.size(), false);
    qint64 nextId = *largest + 1;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const auto key = keyOf(records[i]);
        if (const auto known = keys->constFind(key); known != keys->cend()) {
            idOf[i] = *known;
            continue;
        }
        inserts.append({i, nextId});
        keys->insert(key, nextId);
        idOf[i] = nextId++;
        isNew[i] = true;
    }
    keys->clear();

    RecordInserter<Record> inserter(m_database);
    if (Status ready = inserter.status(); !ready)
        return ready.error();
    RecordReader<Record> reader(m_database);
    if (Status ready = reader.status(); !ready)
        return ready.error();
    QList<int> fieldIndexes;
    for (const QString &field : fieldsToWrite)
        fieldIndexes << AssetRecords::fieldIndex(Table<Record>::kind, field);
    // Below a few thousand rows a second thread is not worth starting.
    constexpr qsizetype insertsWorthAThread = 2048;
    std::optional<RowPreparer<Record>> preparer;
    if (inserts.size() >= insertsWorthAThread && QThread::idealThreadCount() > 1)
        preparer.emplace(records, inserts);
    UpsertCounts counts;
    const int total = int(records.size());
    for (int i = 0; i < total; ++i) {
        if (cancelRequested && cancelRequested->load())
            return Error(ErrorKind::Cancelled,
                         Error::tr("The import was cancelled; nothing was saved."));
        const Record &record = records[i];
        if (isNew[i]) {
            const Status inserted = preparer ? inserter.insert(record, preparer->next())
                                             : inserter.insert(record, idOf[i]);
            if (!inserted)
                return inserted.error();
            ++counts.created;
        } else {
            auto existing = reader.find(idOf[i]);
            if (!existing)
                return existing.error();
            if (!existing->has_value())
                return Error(ErrorKind::InvalidInput, Error::tr("The record no longer exists."));
            Record merged = **existing;
            for (const int field : fieldIndexes)
                AssetRecords::copyField(merged, record, field);
            for (auto it = record.customFields.cbegin(); it != record.customFields.cend(); ++it)
                merged.customFields.insert(it.key(), it.value());
            auto changed = updateRow(**existing, merged);
            if (!changed)
                return changed.error();
            ++(*changed ? counts.updated : counts.unchanged);
        }
        if (progress && (i % 256 == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
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
