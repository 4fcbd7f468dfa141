#pragma once

// Internal to src/core/storage: the row-level pieces that AssetRepository and AssetBulkWrite
// share (keys, id allocation, inserting and reading records through the raw SQLite API).

#include "AssetTables.h"
#include "SqlSupport.h"
#include "SqliteStatement.h"
#include "inventory/AssetRecords.h"
#include "storage/Database.h"
#include "storage/PreparedRecord.h"

#include <QHash>
#include <QSqlQuery>

#include <array>
#include <optional>
#include <type_traits>
#include <utility>

namespace mamori::asset_rows {

using namespace asset_tables;

inline QString readWhat()
{
    return Error::tr("read the inventory");
}

inline QString writeWhat()
{
    return Error::tr("save the inventory");
}

// The natural key as the database compares it (BINARY: exact text).
inline QString keyOf(const Device &device)
{
    return device.assetNumber;
}

inline std::pair<QString, QString> keyOf(const InformationAsset &asset)
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

} // namespace mamori::asset_rows
