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
    struct LinkedRecord
    {
        qint64 id = 0;
        QString label; // "PC-00012 経理用PC" or "総務部 / 給与台帳"
    };
    // The records linked to this one (information assets of a device, or devices of an
    // information asset).
    Result<QList<LinkedRecord>> linked(AssetKind kind, qint64 id) const;
    // Finds a record of `kind` by what a person types: an asset number, or "area / name".
    Result<std::optional<LinkedRecord>> findByLabel(AssetKind kind, const QString &text) const;
    static QString labelOf(const AssetRecord &record);
    // Labels of the first `limit` records of a kind, to choose from when linking.
    Result<QStringList> labels(AssetKind kind, int limit) const;

    void add(const AssetRecord &record);
    void edit(const AssetRecord &before, const AssetRecord &after);
    void remove(const QList<AssetRecord> &records);
    void editAll(const QList<AssetRecord> &before, const QList<AssetRecord> &after);
    void link(qint64 informationAssetId, qint64 deviceId);
    void unlink(qint64 informationAssetId, qint64 deviceId);

    // Used by the commands: writes and tells the views. Errors are reported through writeFailed.
    bool write(const std::function<Status(Database &)> &operation);

signals:
    void writeFailed(const mamori::Error &error);

private:
    DatabaseSession &m_session;
    QUndoStack m_undoStack;
};

} // namespace mamori
