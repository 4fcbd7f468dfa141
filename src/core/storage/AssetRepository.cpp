#include "AssetRepository.h"

#include "AssetTables.h"
#include "AuditLog.h"
#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "inventory/AssetRecords.h"

#include <QJsonDocument>
#include <QSqlRecord>

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

} // namespace

template<typename Record> struct AssetRepository<Record>::Statements
{
    QSqlQuery findByKey;
    QSqlQuery insert;
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
    QStringList conditions;
    for (const QString &field : Table<Record>::keyFields())
        conditions << field + QStringLiteral(" = ?");
    m_statements->findByKey.setForwardOnly(true);
    m_statements->findByKey.prepare(selectSql<Record>() + QStringLiteral(" WHERE ") +
                                    conditions.join(QStringLiteral(" AND ")));
    const QStringList names = columns<Record>();
    QStringList placeholders;
    for (qsizetype i = 0; i < names.size(); ++i)
        placeholders << QStringLiteral("?");
    m_statements->insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(Table<Record>::name(), names.join(QStringLiteral(", ")),
                                          placeholders.join(QStringLiteral(", "))));
    return *m_statements;
}

template<typename Record>
Result<std::optional<Record>> AssetRepository<Record>::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql<Record>() + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    if (!query.next())
        return std::optional<Record>();
    return std::optional<Record>(recordFrom<Record>(query));
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
Result<qint64> AssetRepository<Record>::insertRow(const Record &record, bool keepId)
{
    Statements &prepared = statements();
    QSqlQuery withId(m_database.connection());
    if (keepId) {
        const QStringList names = QStringList{QStringLiteral("id")} + columns<Record>();
        QStringList placeholders;
        for (qsizetype i = 0; i < names.size(); ++i)
            placeholders << QStringLiteral("?");
        withId.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(Table<Record>::name(), names.join(QStringLiteral(", ")),
                                placeholders.join(QStringLiteral(", "))));
        withId.addBindValue(record.id);
    }
    QSqlQuery &query = keepId ? withId : prepared.insert;
    for (const QString &column : columns<Record>())
        query.addBindValue(columnValue(record, column));
    if (Status done = sql::exec(query, writeWhat()); !done)
        return done.error();
    const qint64 id = keepId ? record.id : query.lastInsertId().toLongLong();
    Record stored = record;
    stored.id = id;
    const Status audited = prepared.audit.record({Table<Record>::name(),
                                                  QString::number(id),
                                                  AuditAction::Insert,
                                                  {},
                                                  {},
                                                  snapshot(stored)});
    if (!audited)
        return audited.error();
    return id;
}

template<typename Record>
Result<bool> AssetRepository<Record>::updateRow(const Record &before, const Record &after)
{
    QStringList changed;
    AuditLog &audit = statements().audit;
    for (const QString &column : columns<Record>()) {
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
    auto id = insertRow(record);
    if (!id)
        return id.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

template<typename Record> Status AssetRepository<Record>::reinsert(const Record &record)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (auto id = insertRow(record, true); !id)
        return id.error();
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
    UpsertCounts counts;
    const int total = int(records.size());
    for (int i = 0; i < total; ++i) {
        if (cancelRequested && cancelRequested->load())
            return Error(ErrorKind::Cancelled,
                         Error::tr("The import was cancelled; nothing was saved."));
        const Record &record = records[i];
        auto existing = findByKey(record);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            Record merged = **existing;
            for (const QString &field : fieldsToWrite)
                AssetRecords::loadStored(merged, field, AssetRecords::storedValue(record, field));
            for (auto it = record.customFields.cbegin(); it != record.customFields.cend(); ++it)
                merged.customFields.insert(it.key(), it.value());
            auto changed = updateRow(**existing, merged);
            if (!changed)
                return changed.error();
            ++(*changed ? counts.updated : counts.unchanged);
        } else {
            if (auto id = insertRow(record); !id)
                return id.error();
            ++counts.created;
        }
        if (progress && (i % 256 == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}

template class AssetRepository<Device>;
template class AssetRepository<InformationAsset>;

} // namespace mamori
