#include "AssetTableModel.h"

#include "DatabaseSession.h"
#include "inventory/AssetRecords.h"
#include "inventory/EndOfSupportCatalog.h"

#include <QBrush>
#include <QColor>

namespace mamori {

namespace {
constexpr int maxCachedPages = 64; // 12,800 rows at most
}

AssetTableModel::AssetTableModel(DatabaseSession &session, AssetKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_kind(kind)
{
    for (const AssetField &field : AssetFields::of(kind)) {
        if (field.role != AssetField::Role::ImportOnly)
            m_fields << field.name;
    }
    connect(&m_session, &DatabaseSession::databaseChanged, this, &AssetTableModel::reload);
    connect(&m_session, &DatabaseSession::assetsChanged, this, &AssetTableModel::reload);
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
    Database *database = m_active ? m_session.database() : nullptr;
    if (database) {
        const auto rows = m_kind == AssetKind::Devices
                              ? AssetQuery<Device>(*database).count(m_filter)
                              : AssetQuery<InformationAsset>(*database).count(m_filter);
        if (rows)
            m_rowCount = *rows;
        else
            emit loadFailed(rows.error().fullText());
    }
    endResetModel();
}

const AssetTableModel::Page *AssetTableModel::pageFor(int row) const
{
    const int number = row / pageSize;
    auto found = m_pages.constFind(number);
    if (found != m_pages.cend())
        return &*found;
    Database *database = m_session.database();
    if (!database)
        return nullptr;
    if (m_pages.size() >= maxCachedPages)
        m_pages.clear();
    Page page;
    if (m_kind == AssetKind::Devices) {
        auto rows =
            AssetQuery<Device>(*database).page(m_filter, m_sort, number * pageSize, pageSize);
        if (!rows)
            return nullptr;
        page = *rows;
    } else {
        auto rows = AssetQuery<InformationAsset>(*database).page(m_filter, m_sort,
                                                                 number * pageSize, pageSize);
        if (!rows)
            return nullptr;
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
        [offset, &field](const auto &records) {
            return offset < records.size() ? AssetRecords::displayText(records[offset], field)
                                           : QString();
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

QVariant AssetTableModel::flagColour(int row) const
{
    const Page *page = pageFor(row);
    if (!page || m_kind != AssetKind::Devices)
        return {};
    const auto &devices = std::get<QList<Device>>(*page);
    const int offset = row % pageSize;
    if (offset >= devices.size())
        return {};
    switch (EndOfSupportCatalog::state(devices[offset], m_filter.today)) {
    case SupportState::Ended:
        return QBrush(QColor(0xfd, 0xe0, 0xdc));
    case SupportState::EndingSoon:
        return QBrush(QColor(0xff, 0xf4, 0xd6));
    default:
        return {};
    }
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
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.row(), m_fields.at(index.column()));
    case Qt::BackgroundRole:
        return flagColour(index.row());
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
