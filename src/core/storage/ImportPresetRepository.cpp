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
    const auto compact = [](const QJsonObject &object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    const QString json = compact(mapping);
    const QString valueMap = compact(preset.values.toJson());
    const QString options = compact(
        QJsonObject{{QStringLiteral("date_order"), parse::dateOrderName(preset.dateOrder)}});

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO import_preset (name, kind, mapping, value_map, options) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
        "mapping = excluded.mapping, value_map = excluded.value_map, options = excluded.options"));
    query.addBindValue(preset.name);
    query.addBindValue(AssetFields::kindName(preset.kind));
    query.addBindValue(json);
    query.addBindValue(valueMap);
    query.addBindValue(options);
    if (Status done = sql::exec(query, Error::tr("save the import preset")); !done)
        return done;
    const Status audited =
        AuditLog(m_database)
            .record({QStringLiteral("import_preset"),
                     preset.name,
                     AuditAction::Update,
                     QStringLiteral("mapping"),
                     {},
                     json + QLatin1Char(' ') + valueMap + QLatin1Char(' ') + options});
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
    query.prepare(QStringLiteral(
        "SELECT kind, mapping, value_map, options FROM import_preset WHERE name = ?"));
    query.addBindValue(name);
    if (Status done = sql::exec(query, Error::tr("read the import preset")); !done)
        return done.error();
    if (!query.next()) {
        if (Status read = sql::endOfRows(query); !read)
            return read.error();
        return std::optional<ImportPreset>();
    }
    ImportPreset preset;
    preset.name = name;
    preset.kind = query.value(0).toString() == QLatin1String("information") ? AssetKind::Information
                                                                            : AssetKind::Devices;
    const QJsonObject mapping =
        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        preset.fieldByHeader.insert(it.key(), it.value().toString());
    preset.values =
        ValueMap::fromJson(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
    const QJsonObject options =
        QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    preset.dateOrder =
        parse::dateOrderFromName(options.value(QStringLiteral("date_order")).toString())
            .value_or(DateOrder::Auto);
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
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return names;
}

} // namespace mamori
