#include "AppSettings.h"

#include "SqlSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace mamori::sql {

Result<std::optional<QString>> readAppSetting(Database &database, const QString &key,
                                              const QString &what)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM app_setting WHERE key = ?"));
    query.addBindValue(key);
    if (Status done = exec(query, what); !done)
        return done.error();
    if (!query.next()) {
        if (Status read = sql::endOfRows(query); !read)
            return read.error();
        return std::optional<QString>();
    }
    return std::optional<QString>(query.value(0).toString());
}

Status writeAppSetting(Database &database, AuditLog &audit, const QString &key,
                       const QString &value, const QString &what)
{
    auto stored = readAppSetting(database, key, what);
    if (!stored)
        return stored.error();
    if (stored->has_value() && **stored == value)
        return {};
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (Status done = exec(query, what); !done)
        return done;
    return audit.record({QStringLiteral("app_setting"), key,
                         stored->has_value() ? AuditAction::Update : AuditAction::Insert,
                         QStringLiteral("value"), stored->value_or(QString()), value});
}

} // namespace mamori::sql
