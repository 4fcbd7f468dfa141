#pragma once

// Internal to src/core/storage: the one way a repository turns a change of a record into audit
// rows, for records whose columns read as text (everything but the asset tables, whose fields
// AssetRecords describes).

#include "Result.h"
#include "storage/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mamori::audit {

// One audited column: its name and how the value reads in the audit log.
template<typename Record> struct AuditedField
{
    QString column;
    QString (*read)(const Record &);
};

// One row per field that differs between `before` and `after`; with no `before` (a new record),
// one insert row per field.
template<typename Record>
Status recordChanges(AuditLog &audit, const QString &entity, const QString &entityId,
                     const QList<AuditedField<Record>> &fields, const Record *before,
                     const Record &after)
{
    for (const AuditedField<Record> &field : fields) {
        const QString oldValue = before ? field.read(*before) : QString();
        const QString newValue = field.read(after);
        if (before && oldValue == newValue)
            continue;
        const AuditChange change{
            entity,       entityId, before ? AuditAction::Update : AuditAction::Insert,
            field.column, oldValue, newValue};
        if (Status recorded = audit.record(change); !recorded)
            return recorded;
    }
    return {};
}

// Every field of `record` as one JSON object, for the audit row of an insert or a delete.
template<typename Record>
QString snapshot(const QList<AuditedField<Record>> &fields, const Record &record)
{
    QJsonObject object;
    for (const AuditedField<Record> &field : fields)
        object.insert(field.column, field.read(record));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A record inserted or deleted as a whole: one audit row holding its snapshot.
template<typename Record>
Status recordWhole(AuditLog &audit, const QString &entity, const QString &entityId,
                   AuditAction action, const QList<AuditedField<Record>> &fields,
                   const Record &record)
{
    const QString whole = snapshot(fields, record);
    return audit.record({entity,
                         entityId,
                         action,
                         {},
                         action == AuditAction::Delete ? whole : QString(),
                         action == AuditAction::Delete ? QString() : whole});
}

} // namespace mamori::audit
