#include "InventoryDocument.h"

#include "DatabaseSession.h"
#include "storage/AssetLinkRepository.h"
#include "storage/AssetQuery.h"
#include "storage/AssetRepository.h"

#include <QCoreApplication>

namespace mamori {

namespace {

QString describe(const AssetRecord &record)
{
    return std::visit([](const auto &value) { return value.name; }, record);
}

template<typename Record> QList<Record> only(const QList<AssetRecord> &records)
{
    QList<Record> typed;
    for (const AssetRecord &record : records) {
        if (const auto *value = std::get_if<Record>(&record))
            typed << *value;
    }
    return typed;
}

Status updateAll(Database &database, const QList<AssetRecord> &records)
{
    if (Status done = DeviceRepository(database).updateAll(only<Device>(records)); !done)
        return done;
    return InformationAssetRepository(database).updateAll(only<InformationAsset>(records));
}

class AddCommand : public QUndoCommand
{
public:
    AddCommand(InventoryDocument &document, const AssetRecord &record)
        : m_document(document), m_record(record)
    {
        setText(QCoreApplication::translate("InventoryDocument", "Add %1").arg(describe(record)));
    }
    void redo() override
    {
        const bool firstTime =
            std::visit([](const auto &value) { return value.id == 0; }, m_record);
        const bool done = m_document.write([this, firstTime](Database &database) -> Status {
            return std::visit(
                [&database, firstTime](auto &value) -> Status {
                    AssetRepository<std::decay_t<decltype(value)>> repository(database);
                    if (!firstTime)
                        return repository.reinsert(value);
                    auto id = repository.insert(value);
                    if (!id)
                        return id.error();
                    value.id = *id;
                    return {};
                },
                m_record);
        });
        setObsolete(!done);
    }
    void undo() override
    {
        const qint64 id = std::visit([](const auto &value) { return value.id; }, m_record);
        const bool done = m_document.write([this, id](Database &database) {
            return std::visit(
                [&database, id](const auto &value) {
                    return AssetRepository<std::decay_t<decltype(value)>>(database).remove(id);
                },
                m_record);
        });
        setObsolete(!done);
    }

private:
    InventoryDocument &m_document;
    AssetRecord m_record;
};

class EditCommand : public QUndoCommand
{
public:
    EditCommand(InventoryDocument &document, QList<AssetRecord> before, QList<AssetRecord> after,
                const QString &text)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QList<AssetRecord> &records)
    {
        setObsolete(!m_document.write(
            [&records](Database &database) { return updateAll(database, records); }));
    }

    InventoryDocument &m_document;
    QList<AssetRecord> m_before;
    QList<AssetRecord> m_after;
};

class RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(InventoryDocument &document, QList<AssetRecord> records)
        : m_document(document), m_records(std::move(records))
    {
        setText(QCoreApplication::translate("InventoryDocument", "Delete %n record(s)", nullptr,
                                            int(m_records.size())));
    }
    void redo() override
    {
        setObsolete(!m_document.write([this](Database &database) -> Status {
            for (const AssetRecord &record : std::as_const(m_records)) {
                const Status removed = std::visit(
                    [&database](const auto &value) {
                        return AssetRepository<std::decay_t<decltype(value)>>(database).remove(
                            value.id);
                    },
                    record);
                if (!removed)
                    return removed;
            }
            return {};
        }));
    }
    void undo() override
    {
        setObsolete(!m_document.write([this](Database &database) -> Status {
            for (const AssetRecord &record : std::as_const(m_records)) {
                const Status restored = std::visit(
                    [&database](const auto &value) {
                        return AssetRepository<std::decay_t<decltype(value)>>(database).reinsert(
                            value);
                    },
                    record);
                if (!restored)
                    return restored;
            }
            return {};
        }));
    }

private:
    InventoryDocument &m_document;
    QList<AssetRecord> m_records;
};

class LinkCommand : public QUndoCommand
{
public:
    LinkCommand(InventoryDocument &document, qint64 informationAssetId, qint64 deviceId,
                bool adding)
        : m_document(document), m_information(informationAssetId), m_device(deviceId),
          m_adding(adding)
    {
        setText(adding ? QCoreApplication::translate("InventoryDocument", "Link")
                       : QCoreApplication::translate("InventoryDocument", "Unlink"));
    }
    void redo() override { apply(m_adding); }
    void undo() override { apply(!m_adding); }

private:
    void apply(bool add)
    {
        setObsolete(!m_document.write([this, add](Database &database) -> Status {
            AssetLinkRepository links(database);
            if (!add)
                return links.unlink(m_information, m_device);
            auto added = links.linkAll({{m_information, m_device}});
            if (!added)
                return added.error();
            return {};
        }));
    }

    InventoryDocument &m_document;
    qint64 m_information;
    qint64 m_device;
    bool m_adding;
};

} // namespace

InventoryDocument::InventoryDocument(DatabaseSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    // History belongs to one database: switching files starts a new one.
    connect(&m_session, &DatabaseSession::databaseChanged, &m_undoStack, &QUndoStack::clear);
}

bool InventoryDocument::write(const std::function<Status(Database &)> &operation)
{
    Database *database = m_session.database();
    if (!database) {
        emit writeFailed(Error(ErrorKind::DatabaseMissing, tr("No database is open.")));
        return false;
    }
    const Status done = operation(*database);
    m_session.notifyAssetsChanged();
    if (!done)
        emit writeFailed(done.error());
    return done.ok();
}

Result<std::optional<AssetRecord>> InventoryDocument::find(AssetKind kind, qint64 id) const
{
    Database *database = m_session.database();
    if (!database)
        return std::optional<AssetRecord>();
    if (kind == AssetKind::Devices) {
        auto found = DeviceRepository(*database).find(id);
        if (!found)
            return found.error();
        return found->has_value() ? std::optional<AssetRecord>(**found) : std::nullopt;
    }
    auto found = InformationAssetRepository(*database).find(id);
    if (!found)
        return found.error();
    return found->has_value() ? std::optional<AssetRecord>(**found) : std::nullopt;
}

Result<bool> InventoryDocument::keyTaken(const AssetRecord &record) const
{
    Database *database = m_session.database();
    if (!database)
        return false;
    return std::visit(
        [database](const auto &value) -> Result<bool> {
            auto other = AssetRepository<std::decay_t<decltype(value)>>(*database).findByKey(value);
            if (!other)
                return other.error();
            return other->has_value() && (*other)->id != value.id;
        },
        record);
}

Result<QList<AuditEntry>> InventoryDocument::history(AssetKind kind, qint64 id) const
{
    Database *database = m_session.database();
    if (!database)
        return QList<AuditEntry>();
    return AuditLog(*database).entriesFor(
        kind == AssetKind::Devices ? QStringLiteral("device") : QStringLiteral("information_asset"),
        QString::number(id));
}

QString InventoryDocument::labelOf(const AssetRecord &record)
{
    return std::visit(
        [](const auto &value) {
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, Device>)
                return QStringLiteral("%1 %2").arg(value.assetNumber, value.name);
            else
                return QStringLiteral("%1 / %2").arg(value.businessArea, value.name);
        },
        record);
}

Result<QStringList> InventoryDocument::labels(AssetKind kind, int limit) const
{
    Database *database = m_session.database();
    if (!database)
        return QStringList();
    QStringList names;
    const auto collect = [&names](const auto &records) {
        for (const auto &record : records)
            names << labelOf(record);
    };
    if (kind == AssetKind::Devices) {
        auto page = AssetQuery<Device>(*database).page({}, {}, 0, limit);
        if (!page)
            return page.error();
        collect(*page);
    } else {
        auto page = AssetQuery<InformationAsset>(*database).page({}, {}, 0, limit);
        if (!page)
            return page.error();
        collect(*page);
    }
    return names;
}

Result<QList<InventoryDocument::LinkedRecord>> InventoryDocument::linked(AssetKind kind,
                                                                         qint64 id) const
{
    Database *database = m_session.database();
    if (!database)
        return QList<LinkedRecord>();
    AssetLinkRepository links(*database);
    auto ids = kind == AssetKind::Devices ? links.informationOn(id) : links.devicesOf(id);
    if (!ids)
        return ids.error();
    const AssetKind other =
        kind == AssetKind::Devices ? AssetKind::Information : AssetKind::Devices;
    QList<LinkedRecord> records;
    for (const qint64 otherId : std::as_const(*ids)) {
        auto found = find(other, otherId);
        if (!found)
            return found.error();
        if (found->has_value())
            records.append({otherId, labelOf(**found)});
    }
    return records;
}

Result<std::optional<InventoryDocument::LinkedRecord>>
InventoryDocument::findByLabel(AssetKind kind, const QString &text) const
{
    Database *database = m_session.database();
    const QString wanted = text.trimmed();
    if (!database || wanted.isEmpty())
        return std::optional<LinkedRecord>();
    if (kind == AssetKind::Devices) {
        Device key;
        key.assetNumber = wanted.section(QLatin1Char(' '), 0, 0);
        auto found = DeviceRepository(*database).findByKey(key);
        if (!found)
            return found.error();
        if (!found->has_value())
            return std::optional<LinkedRecord>();
        return std::optional<LinkedRecord>(LinkedRecord{(*found)->id, labelOf(**found)});
    }
    InformationAsset key;
    key.businessArea = wanted.section(QStringLiteral(" / "), 0, 0).trimmed();
    key.name = wanted.section(QStringLiteral(" / "), 1).trimmed();
    auto found = InformationAssetRepository(*database).findByKey(key);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<LinkedRecord>();
    return std::optional<LinkedRecord>(LinkedRecord{(*found)->id, labelOf(**found)});
}

void InventoryDocument::add(const AssetRecord &record)
{
    m_undoStack.push(new AddCommand(*this, record));
}

void InventoryDocument::edit(const AssetRecord &before, const AssetRecord &after)
{
    m_undoStack.push(new EditCommand(*this, {before}, {after}, tr("Edit %1").arg(describe(after))));
}

void InventoryDocument::remove(const QList<AssetRecord> &records)
{
    if (!records.isEmpty())
        m_undoStack.push(new RemoveCommand(*this, records));
}

void InventoryDocument::link(qint64 informationAssetId, qint64 deviceId)
{
    m_undoStack.push(new LinkCommand(*this, informationAssetId, deviceId, true));
}

void InventoryDocument::unlink(qint64 informationAssetId, qint64 deviceId)
{
    m_undoStack.push(new LinkCommand(*this, informationAssetId, deviceId, false));
}

void InventoryDocument::editAll(const QList<AssetRecord> &before, const QList<AssetRecord> &after)
{
    if (!before.isEmpty())
        m_undoStack.push(new EditCommand(*this, before, after,
                                         tr("Edit %n record(s)", nullptr, int(after.size()))));
}

} // namespace mamori
