#pragma once

#include "posture/PostureExplain.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace mamori {

// The stored daily posture as lines over time: the score, and each component thinner. The
// points are set with replace() in one go (point-by-point append() is quadratic, PITFALLS.md).
// Hovering shows the day's values; two clicks choose two days to explain.
class PostureHistoryChart : public QWidget
{
    Q_OBJECT

public:
    enum class Span
    {
        ThreeMonths,
        OneYear,
        All,
    };

    explicit PostureHistoryChart(QWidget *parent = nullptr);
    ~PostureHistoryChart() override;

    // The snapshots, oldest first; a day with no score (or no value for a component) has no
    // point on that line.
    void setHistory(const QList<PostureSnapshot> &history);
    void setSpan(Span span);
    Span span() const { return m_span; }
    // The days the axis shows now.
    QDate firstShownDay() const;
    QDate lastShownDay() const;

    QLineSeries *scoreSeries() const { return m_score; }
    // In PostureRules::components() order.
    const QList<QLineSeries *> &componentSeries() const { return m_components; }
    QChartView *chartView() const { return m_view; }
    // What hovering over `day` shows: the date and each value.
    QString valuesText(const QDate &day) const;
    // As a click on the chart at that day: the first click marks it, the second chooses both.
    void pickDay(const QDate &day);

signals:
    void daysChosen(const QDate &from, const QDate &to);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applySpan();
    void showPicked();
    // The snapshot day nearest to a position in the view, if there is history.
    std::optional<QDate> dayAt(const QPoint &viewportPosition) const;
    const PostureSnapshot *snapshotOn(const QDate &day) const;

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_value = nullptr;
    QLineSeries *m_score = nullptr;
    QList<QLineSeries *> m_components;
    QScatterSeries *m_picked = nullptr;
    QButtonGroup *m_spans = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_empty = nullptr;
    QList<PostureSnapshot> m_history;
    Span m_span = Span::OneYear;
    QDate m_firstPick;
};

} // namespace mamori
