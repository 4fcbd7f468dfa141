#include "AssetTableModel.h"

#include "DatabaseSession.h"
#include "InventoryDocument.h"
#include "TintedIcon.h"
#include "inventory/AssetRecords.h"
#include "storage/AssetQuery.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace mamori {

namespace {
constexpr int maxCachedPages = 64; // 12,800 rows at most
}

AssetTableModel::AssetTableModel(InventoryDocument &document, AssetKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_kind(kind)
{
    for (const AssetField &field : AssetFields::of(kind)) {
        if (field.role != AssetField::Role::ImportOnly)
            m_fields << field.name;
    }
    connect(&m_document, &InventoryDocument::assetsChanged, this, &AssetTableModel::reload);
}

void AssetTableModel::activate()
{
    if (m_active)
        return;
    m_active = true;
    reload();
}

void AssetTableModel::setFilter(const AssetFilter &filter)
{
    m_filter = filter;
    reload();
}

void AssetTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_loadError.clear();
    Database *database = m_active ? m_document.session().database() : nullptr;
    if (database) {
        const auto rows = m_kind == AssetKind::Devices
                              ? AssetQuery<Device>(*database).count(m_filter)
                              : AssetQuery<InformationAsset>(*database).count(m_filter);
        if (rows)
            m_rowCount = *rows;
        else
            reportFailure(rows.error());
    }
    endResetModel();
}

const AssetTableModel::Page *AssetTableModel::pageFor(int row) const
{
    const int number = row / pageSize;
    auto found = m_pages.constFind(number);
    if (found != m_pages.cend())
        return &*found;
    Database *database = m_document.session().database();
    if (!database)
        return nullptr;
    if (m_pages.size() >= maxCachedPages)
        m_pages.clear();
    Page page;
    if (m_kind == AssetKind::Devices) {
        auto rows =
            AssetQuery<Device>(*database).page(m_filter, m_sort, number * pageSize, pageSize);
        if (!rows) {
            reportFailure(rows.error());
            return nullptr;
        }
        page = *rows;
    } else {
        auto rows = AssetQuery<InformationAsset>(*database).page(m_filter, m_sort,
                                                                 number * pageSize, pageSize);
        if (!rows) {
            reportFailure(rows.error());
            return nullptr;
        }
        page = *rows;
    }
    return &*m_pages.insert(number, page);
}

QString AssetTableModel::text(int row, const QString &field) const
{
    const Page *page = pageFor(row);
    if (!page)
        return {};
    const int offset = row % pageSize;
    return std::visit(
        [offset, &field](const auto &records) -> QString {
            if (offset >= records.size())
                return {};
            const auto &record = records[offset];
            // The firm's own word first, the kind the checks go by beside it: "Storage (Server)".
            if constexpr (std::is_same_v<std::decay_t<decltype(record)>, Device>) {
                if (field == QLatin1String("category") && !record.categoryLabel.isEmpty())
                    return tr("%1 (%2)").arg(record.categoryLabel,
                                             AssetValues::label(record.category));
            }
            return AssetRecords::displayText(record, field);
        },
        *page);
}

qint64 AssetTableModel::idAt(int row) const
{
    const Page *page = pageFor(row);
    if (!page)
        return 0;
    const int offset = row % pageSize;
    return std::visit(
        [offset](const auto &records) { return offset < records.size() ? records[offset].id : 0; },
        *page);
}

const QList<DeviceCheck> &AssetTableModel::markedChecks()
{
    static const QList<DeviceCheck> checks{DeviceCheck::SupportEnded, DeviceCheck::SupportEndsSoon,
                                           DeviceCheck::NoRecentUpdate};
    return checks;
}

QColor AssetTableModel::markColour(DeviceCheck check)
{
    switch (check) {
    case DeviceCheck::SupportEnded:
        return QColor(0xfd, 0xe0, 0xdc);
    case DeviceCheck::SupportEndsSoon:
        return QColor(0xff, 0xf4, 0xd6);
    default:
        return {};
    }
}

QIcon AssetTableModel::markIcon(DeviceCheck check)
{
    switch (check) {
    case DeviceCheck::SupportEnded: {
        static const QIcon icon = stateIcon(QStringLiteral(":/icons/states/support-ended.svg"));
        return icon;
    }
    case DeviceCheck::SupportEndsSoon: {
        static const QIcon icon = stateIcon(QStringLiteral(":/icons/states/support-ends-soon.svg"));
        return icon;
    }
    case DeviceCheck::NoRecentUpdate: {
        static const QIcon icon = stateIcon(QStringLiteral(":/icons/states/no-recent-update.svg"));
        return icon;
    }
    default:
        return {};
    }
}

QList<DeviceCheck> AssetTableModel::flags(int row) const
{
    QList<DeviceCheck> holding;
    const Page *page = pageFor(row);
    if (!page || m_kind != AssetKind::Devices)
        return holding;
    const auto &devices = std::get<QList<Device>>(*page);
    const int offset = row % pageSize;
    if (offset >= devices.size())
        return holding;
    // The same rules as the filters of the same name (DeviceChecks).
    for (const DeviceCheck check : markedChecks()) {
        if (DeviceChecks::holds(check, devices[offset], m_filter.today))
            holding << check;
    }
    return holding;
}

QVariant AssetTableModel::flagColour(int row) const
{
    for (const DeviceCheck check : flags(row)) {
        if (const QColor colour = markColour(check); colour.isValid())
            return QBrush(colour);
    }
    return {};
}

void AssetTableModel::reportFailure(const Error &error) const
{
    // Said once per failure, not once per cell that asks for the missing page.
    if (m_loadError == error.fullText())
        return;
    m_loadError = error.fullText();
    emit const_cast<AssetTableModel *>(this)->loadFailed(m_loadError);
}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const bool nameColumn = m_fields.at(index.column()) == QLatin1String("name");
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), m_fields.at(index.column()));
    case Qt::ToolTipRole: {
        QStringList lines{text(index.row(), m_fields.at(index.column()))};
        if (nameColumn) {
            for (const DeviceCheck check : flags(index.row()))
                lines << DeviceChecks::label(check);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole: {
        if (!nameColumn)
            return {};
        const QList<DeviceCheck> holding = flags(index.row());
        return holding.isEmpty() ? QVariant() : QVariant(markIcon(holding.constFirst()));
    }
    case Qt::BackgroundRole:
        return flagColour(index.row());
    case Qt::ForegroundRole: // dark text on the light tints, whatever the palette
        return flagColour(index.row()).isValid() ? QVariant(QBrush(Qt::black)) : QVariant();
    case idRole:
        return idAt(index.row());
    default:
        return {};
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return AssetFields::label(*AssetFields::find(m_kind, m_fields.at(section)));
}

void AssetTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_fields.size())
        return;
    m_sort.field = m_fields.at(column);
    m_sort.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace mamori
