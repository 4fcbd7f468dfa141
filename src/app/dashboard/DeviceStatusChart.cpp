#include "DeviceStatusChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace mamori {

namespace {

QColor colourOf(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::InUse:
        return QColor(0x2e, 0x7d, 0xb5);
    case DeviceStatus::Spare:
        return QColor(0x8c, 0xbf, 0xe0);
    case DeviceStatus::InRepair:
        return QColor(0xe0, 0xa1, 0x3a);
    case DeviceStatus::Retired:
        return QColor(0xa8, 0xa8, 0xa8);
    case DeviceStatus::Disposed:
        return QColor(0x6e, 0x6e, 0x6e);
    }
    return Qt::gray;
}

} // namespace

DeviceStatusChart::DeviceStatusChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("deviceChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("devicesEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    layout->addWidget(m_empty);
    rebuild();
}

DeviceStatusChart::~DeviceStatusChart() = default;

void DeviceStatusChart::setCounts(const Counts &counts)
{
    m_counts = counts;
    rebuild();
}

void DeviceStatusChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    m_categories.clear();
    m_statuses.clear();
    for (const DeviceCategory category : AssetValues::categories()) {
        for (const DeviceStatus status : AssetValues::statuses()) {
            if (m_counts.value({category, status}) > 0) {
                m_categories << category;
                break;
            }
        }
    }
    for (const DeviceStatus status : AssetValues::statuses()) {
        for (const DeviceCategory category : std::as_const(m_categories)) {
            if (m_counts.value({category, status}) > 0) {
                m_statuses << status;
                break;
            }
        }
    }
    m_empty->setText(tr("No devices recorded yet."));
    m_empty->setVisible(m_categories.isEmpty());
    m_view->setVisible(!m_categories.isEmpty());
    if (m_categories.isEmpty())
        return;

    // Horizontal bars list the first category at the bottom: reversed, it reads top down.
    QList<DeviceCategory> drawn(m_categories.crbegin(), m_categories.crend());
    auto *series = new QHorizontalStackedBarSeries(m_chart);
    for (const DeviceStatus status : std::as_const(m_statuses)) {
        auto *set = new QBarSet(AssetValues::label(status), series);
        set->setColor(colourOf(status));
        set->setBorderColor(colourOf(status));
        for (const DeviceCategory category : std::as_const(drawn))
            set->append(qreal(m_counts.value({category, status})));
        series->append(set);
    }
    connect(series, &QHorizontalStackedBarSeries::clicked, this,
            [this, drawn](int index, QBarSet *set) {
                const int statusIndex = int(
                    static_cast<QHorizontalStackedBarSeries *>(sender())->barSets().indexOf(set));
                if (index >= 0 && index < drawn.size() && statusIndex >= 0)
                    emit devicesRequested(drawn.at(index), m_statuses.at(statusIndex));
            });
    m_chart->addSeries(series);
    auto *names = new QBarCategoryAxis(m_chart);
    // The axis measures its labels once; rebuilt in another language it would cut them to "…".
    names->setTruncateLabels(false);
    for (const DeviceCategory category : std::as_const(drawn))
        names->append(AssetValues::label(category));
    auto *counts = new QValueAxis(m_chart);
    counts->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(names, Qt::AlignLeft);
    m_chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(counts);
    counts->applyNiceNumbers();
    m_view->setMinimumHeight(90 + 26 * int(m_categories.size()));
}

void DeviceStatusChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace mamori
