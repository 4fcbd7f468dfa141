#include "ImportPresetRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
#include "storage/detail/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mamori {

Status ImportPresetRepository::save(const ImportPreset &preset)
{
    QJsonObject mapping;
    for (auto it = preset.fieldByHeader.cbegin(); it != preset.fieldByHeader.cend(); ++it)
        mapping.insert(it.key(), it.value());
    const QString json = QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO import_preset (name, kind, mapping) VALUES (?, ?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                                 "mapping = excluded.mapping"));
    query.addBindValue(preset.name);
    query.addBindValue(AssetFields::kindName(preset.kind));
    query.addBindValue(json);
    if (Status done = sql::exec(query, Error::tr("save the import preset")); !done)
        return done;
    const Status audited = AuditLog(m_database)
                               .record({QStringLiteral("import_preset"),
                                        preset.name,
                                        AuditAction::Update,
                                        QStringLiteral("mapping"),
                                        {},
                                        json});
    if (!audited)
        return audited;
    return transaction.commit();
}

Status ImportPresetRepository::remove(const QString &name)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM import_preset WHERE name = ?"));
    query.addBindValue(name);
    if (Status done = sql::exec(query, Error::tr("save the import preset")); !done)
        return done;
    const Status audited = AuditLog(m_database)
                               .record({QStringLiteral("import_preset"),
                                        name,
                                        AuditAction::Delete,
                                        QStringLiteral("mapping"),
                                        {},
                                        {}});
    if (!audited)
        return audited;
    return transaction.commit();
}

Result<std::optional<ImportPreset>> ImportPresetRepository::load(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, mapping FROM import_preset WHERE name = ?"));
    query.addBindValue(name);
    if (Status done = sql::exec(query, Error::tr("read the import preset")); !done)
        return done.error();
    if (!query.next())
        return std::optional<ImportPreset>();
    ImportPreset preset;
    preset.name = name;
    preset.kind = query.value(0).toString() == QLatin1String("information") ? AssetKind::Information
                                                                            : AssetKind::Devices;
    const QJsonObject mapping =
        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        preset.fieldByHeader.insert(it.key(), it.value().toString());
    return std::optional<ImportPreset>(preset);
}

Result<QStringList> ImportPresetRepository::names() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM import_preset ORDER BY name")))
        return sql::queryError(query, Error::tr("read the import presets"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace mamori
