#pragma once

#include "Error.h"
#include "inventory/AssetFields.h"
#include "inventory/AssetFilter.h"
#include "inventory/Device.h"
#include "inventory/DeviceChecks.h"
#include "inventory/InformationAsset.h"

#include <QAbstractTableModel>
#include <QHash>

#include <variant>

namespace mamori {

class InventoryDocument;

// Devices or information assets for a table view, read from the database a page at a time:
// filtering and sorting happen in SQL and only the pages the view shows are held in memory,
// so 100,000 rows cost no more than the few hundred on screen.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;
    static constexpr int idRole = Qt::UserRole + 1;
    // The checks a row is marked for, by colour and by an icon beside its name (and listed in
    // the name's tooltip), so colour is never the only signal; the list's legend names them.
    static const QList<DeviceCheck> &markedChecks();
    static QColor markColour(DeviceCheck check); // invalid: marked by its icon alone
    static QIcon markIcon(DeviceCheck check);

    AssetTableModel(InventoryDocument &document, AssetKind kind, QObject *parent = nullptr);

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

    // Why the table is empty or incomplete: the last read failed (empty when it did not).
    const QString &loadError() const { return m_loadError; }

signals:
    // A read failed; the view says so instead of showing an empty table.
    void loadFailed(const QString &message);

private:
    using Page = std::variant<QList<Device>, QList<InformationAsset>>;
    const Page *pageFor(int row) const;
    QString text(int row, const QString &field) const;
    // The facts of a device row the table marks (DeviceChecks), most urgent first.
    QList<DeviceCheck> flags(int row) const;
    QVariant flagColour(int row) const;

    void reportFailure(const Error &error) const;

    InventoryDocument &m_document;
    AssetKind m_kind;
    QStringList m_fields;
    AssetFilter m_filter;
    AssetSort m_sort;
    int m_rowCount = 0;
    bool m_active = false;
    mutable QHash<int, Page> m_pages; // page number -> rows
    mutable QString m_loadError;
};

} // namespace mamori
