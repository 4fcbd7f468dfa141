#pragma once

#include "inventory/AssetValues.h"

#include <QMap>
#include <QWidget>

#include <utility>

class QChart;
class QChartView;
class QLabel;

namespace mamori {

// Devices by category (one bar each) and status (the bar's parts), from counts. Clicking a part
// asks for exactly those devices.
class DeviceStatusChart : public QWidget
{
    Q_OBJECT

public:
    using Counts = QMap<std::pair<DeviceCategory, DeviceStatus>, qint64>;

    explicit DeviceStatusChart(QWidget *parent = nullptr);
    ~DeviceStatusChart() override;

    void setCounts(const Counts &counts);
    QChartView *chartView() const { return m_view; }
    // The categories drawn, top to bottom, and the statuses (one bar set each).
    const QList<DeviceCategory> &categories() const { return m_categories; }
    const QList<DeviceStatus> &statuses() const { return m_statuses; }

signals:
    void devicesRequested(mamori::DeviceCategory category, mamori::DeviceStatus status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Counts m_counts;
    QList<DeviceCategory> m_categories;
    QList<DeviceStatus> m_statuses;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace mamori
