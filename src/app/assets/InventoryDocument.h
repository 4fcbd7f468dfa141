#pragma once

#include "Result.h"
#include "inventory/AssetFields.h"
#include "inventory/Device.h"
#include "inventory/InformationAsset.h"
#include "storage/AuditLog.h"

#include <QObject>
#include <QUndoStack>

#include <optional>
#include <variant>

namespace mamori {

class DatabaseSession;

using AssetRecord = std::variant<Device, InformationAsset>;

// Every change a person makes to the inventory goes through here as an undoable command
// (Tiled's Document idea): add, edit, delete and bulk edit, each undone and redone through the
// audited repositories. Widgets never write to storage themselves.
class InventoryDocument : public QObject
{
    Q_OBJECT

public:
    explicit InventoryDocument(DatabaseSession &session, QObject *parent = nullptr);

    QUndoStack &undoStack() { return m_undoStack; }

    Result<std::optional<AssetRecord>> find(AssetKind kind, qint64 id) const;
    // True when another record already uses the record's key (asset number, or area and name).
    Result<bool> keyTaken(const AssetRecord &record) const;
    Result<QList<AuditEntry>> history(AssetKind kind, qint64 id) const;
    // Names of the records linked to this one (information assets of a device, or devices of an
    // information asset).
    Result<QStringList> linkedNames(AssetKind kind, qint64 id) const;

    void add(const AssetRecord &record);
    void edit(const AssetRecord &before, const AssetRecord &after);
    void remove(const QList<AssetRecord> &records);
    void editAll(const QList<AssetRecord> &before, const QList<AssetRecord> &after);

    // Used by the commands: writes and tells the views. Errors are reported through writeFailed.
    bool write(const std::function<Status(Database &)> &operation);

signals:
    void writeFailed(const mamori::Error &error);

private:
    DatabaseSession &m_session;
    QUndoStack m_undoStack;
};

} // namespace mamori
