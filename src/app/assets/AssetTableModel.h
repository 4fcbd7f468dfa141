#pragma once

#include "inventory/AssetFields.h"
#include "storage/AssetQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <variant>

namespace mamori {

class DatabaseSession;

// Devices or information assets for a table view, read from the database a page at a time:
// filtering and sorting happen in SQL and only the pages the view shows are held in memory,
// so 100,000 rows cost no more than the few hundred on screen.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;
    static constexpr int idRole = Qt::UserRole + 1;

    AssetTableModel(DatabaseSession &session, AssetKind kind, QObject *parent = nullptr);

    AssetKind kind() const { return m_kind; }
    const QStringList &fields() const { return m_fields; }
    // Nothing is read until the table is first shown, so a large inventory costs the start of
    // the application nothing.
    void activate();
    bool isActive() const { return m_active; }
    void setFilter(const AssetFilter &filter);
    const AssetFilter &filter() const { return m_filter; }
    // Re-reads the count and drops cached pages (after an import or an edit).
    void reload();
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadFailed(const QString &message);

private:
    using Page = std::variant<QList<Device>, QList<InformationAsset>>;
    const Page *pageFor(int row) const;
    QString text(int row, const QString &field) const;
    QVariant flagColour(int row) const;

    DatabaseSession &m_session;
    AssetKind m_kind;
    QStringList m_fields;
    AssetFilter m_filter;
    AssetSort m_sort;
    int m_rowCount = 0;
    bool m_active = false;
    mutable QHash<int, Page> m_pages; // page number -> rows
};

} // namespace mamori
