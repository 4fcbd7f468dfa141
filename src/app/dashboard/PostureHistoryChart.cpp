#include "PostureHistoryChart.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace mamori {

namespace {

// Noon, so that a day stays the same day on the axis whatever the offset from UTC. Through
// QTimeZone rather than Qt::LocalTime: a local time converts through mktime(), which re-reads
// the zone file on every call, a third of setHistory's time for ten years of days.
qreal xOf(const QDate &day, const QTimeZone &zone = QTimeZone::systemTimeZone())
{
    return qreal(QDateTime(day, QTime(12, 0), zone).toMSecsSinceEpoch());
}

QDate dayOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).date();
}

// The score stands out; the components are thinner, in colours a reader can tell apart.
QColor colourOf(std::optional<PostureComponent> component)
{
    if (!component)
        return QColor(0x1f, 0x4e, 0x8c);
    switch (*component) {
    case PostureComponent::Diagnosis:
        return QColor(0x8e, 0x6c, 0xc0);
    case PostureComponent::Devices:
        return QColor(0xd0, 0x7a, 0x1e);
    case PostureComponent::Backups:
        return QColor(0x2e, 0x9a, 0x6b);
    case PostureComponent::Incidents:
        return QColor(0xc4, 0x3c, 0x4b);
    case PostureComponent::SecurityAction:
        return QColor(0x5a, 0x9b, 0xc9);
    }
    return Qt::gray;
}

QLineSeries *lineSeries(std::optional<PostureComponent> component, QChart *chart)
{
    auto *series = new QLineSeries(chart);
    QPen pen(colourOf(component));
    pen.setWidthF(component ? 1.5 : 3.0);
    series->setPen(pen);
    return series;
}

} // namespace

PostureHistoryChart::PostureHistoryChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *spanRow = new QHBoxLayout;
    m_spans = new QButtonGroup(this);
    const QList<std::pair<Span, const char *>> spans{{Span::ThreeMonths, "spanThreeMonthsButton"},
                                                     {Span::OneYear, "spanOneYearButton"},
                                                     {Span::All, "spanAllButton"}};
    for (const auto &[span, name] : spans) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_spans->addButton(button, int(span));
        spanRow->addWidget(button);
    }
    spanRow->addStretch();
    layout->addLayout(spanRow);
    connect(m_spans, &QButtonGroup::idClicked, this, [this](int id) { setSpan(Span(id)); });

    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_time = new QDateTimeAxis(m_chart);
    m_time->setTickCount(7);
    m_value = new QValueAxis(m_chart);
    m_value->setRange(0, 100);
    m_value->setTickCount(6);
    m_value->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_value, Qt::AlignLeft);
    m_score = lineSeries(std::nullopt, m_chart);
    m_chart->addSeries(m_score);
    for (const PostureComponent component : PostureRules::components()) {
        QLineSeries *series = lineSeries(component, m_chart);
        m_chart->addSeries(series);
        m_components << series;
    }
    m_picked = new QScatterSeries(m_chart);
    m_picked->setMarkerSize(11);
    m_picked->setColor(colourOf(std::nullopt));
    m_picked->setBorderColor(Qt::white);
    m_chart->addSeries(m_picked);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_time);
        series->attachAxis(m_value);
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_picked))
        marker->setVisible(false);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("postureChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    layout->addWidget(m_empty);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("historyHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_hint);

    m_spans->button(int(m_span))->setChecked(true);
    retranslate();
    setHistory({});
}

PostureHistoryChart::~PostureHistoryChart() = default;

void PostureHistoryChart::setHistory(const QList<PostureSnapshot> &history)
{
    m_history = history;
    m_firstPick = {};
    m_view->setVisible(!history.isEmpty());
    m_empty->setVisible(history.isEmpty());
    m_hint->setVisible(history.size() > 1);
    for (QAbstractButton *button : m_spans->buttons())
        button->setVisible(!history.isEmpty());
    // The axis range first: each line lays out its points (and the outline QtCharts strokes
    // for hovering) on every change of the range or the points, so this way only once.
    applySpan();
    QList<QPointF> score;
    QList<QList<QPointF>> components(m_components.size());
    score.reserve(history.size());
    for (QList<QPointF> &points : components)
        points.reserve(history.size());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (const PostureSnapshot &snapshot : history) {
        const qreal x = xOf(snapshot.date, zone);
        if (snapshot.score)
            score.append(QPointF(x, *snapshot.score));
        for (int index = 0; index < m_components.size(); ++index) {
            if (const auto value = snapshot.component(PostureRules::components().at(index)))
                components[index].append(QPointF(x, *value));
        }
    }
    m_score->replace(score);
    for (int index = 0; index < m_components.size(); ++index)
        m_components[index]->replace(components[index]);
    showPicked();
}

void PostureHistoryChart::setSpan(Span span)
{
    m_span = span;
    m_spans->button(int(span))->setChecked(true);
    applySpan();
}

QDate PostureHistoryChart::lastShownDay() const
{
    return m_history.isEmpty() ? QDate() : m_history.constLast().date;
}

QDate PostureHistoryChart::firstShownDay() const
{
    if (m_history.isEmpty())
        return {};
    const QDate last = lastShownDay();
    QDate first = m_history.constFirst().date;
    if (m_span == Span::ThreeMonths)
        first = std::max(first, last.addMonths(-3));
    else if (m_span == Span::OneYear)
        first = std::max(first, last.addYears(-1));
    return first;
}

void PostureHistoryChart::applySpan()
{
    if (m_history.isEmpty())
        return;
    QDate first = firstShownDay();
    QDate last = lastShownDay();
    if (first == last) // one day: a week around it, so the point is not on the edge
        first = first.addDays(-3), last = last.addDays(3);
    m_time->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)));
    m_time->setFormat(m_span == Span::ThreeMonths || first.daysTo(last) < 120
                          ? QStringLiteral("MM/dd")
                          : QStringLiteral("yyyy/MM"));
}

const PostureSnapshot *PostureHistoryChart::snapshotOn(const QDate &day) const
{
    const auto found = std::lower_bound(
        m_history.cbegin(), m_history.cend(), day,
        [](const PostureSnapshot &snapshot, const QDate &date) { return snapshot.date < date; });
    return found != m_history.cend() && found->date == day ? &*found : nullptr;
}

std::optional<QDate> PostureHistoryChart::dayAt(const QPoint &viewportPosition) const
{
    if (m_history.isEmpty())
        return std::nullopt;
    const QPointF scene = m_view->mapToScene(viewportPosition);
    const QPointF inChart = m_chart->mapFromScene(scene);
    if (!m_chart->plotArea().contains(inChart))
        return std::nullopt;
    const QDate day = dayOf(m_chart->mapToValue(inChart, m_score).x());
    // The nearest stored day: there may be gaps (days Mamori was not opened).
    const auto after = std::lower_bound(
        m_history.cbegin(), m_history.cend(), day,
        [](const PostureSnapshot &snapshot, const QDate &date) { return snapshot.date < date; });
    if (after == m_history.cbegin())
        return after->date;
    if (after == m_history.cend())
        return m_history.constLast().date;
    const auto before = std::prev(after);
    return before->date.daysTo(day) <= day.daysTo(after->date) ? before->date : after->date;
}

QString PostureHistoryChart::valuesText(const QDate &day) const
{
    const PostureSnapshot *snapshot = snapshotOn(day);
    if (!snapshot)
        return {};
    const auto shown = [](std::optional<int> value) {
        return value ? QString::number(*value) : tr("not recorded");
    };
    QStringList lines{QLocale().toString(day, QLocale::LongFormat),
                      tr("Score: %1").arg(shown(snapshot->score))};
    for (const PostureComponent component : PostureRules::components())
        lines << tr("%1: %2").arg(PostureRules::label(component),
                                  shown(snapshot->component(component)));
    return lines.join(QLatin1Char('\n'));
}

void PostureHistoryChart::pickDay(const QDate &day)
{
    if (!m_firstPick.isValid() || m_firstPick == day) {
        m_firstPick = day;
        showPicked();
        return;
    }
    const QDate from = std::min(m_firstPick, day);
    const QDate to = std::max(m_firstPick, day);
    QList<QPointF> both;
    for (const QDate &picked : {from, to}) {
        if (const PostureSnapshot *snapshot = snapshotOn(picked); snapshot && snapshot->score)
            both.append(QPointF(xOf(picked), *snapshot->score));
    }
    m_picked->replace(both);
    m_firstPick = {};
    m_hint->setText(tr("Click two days on the chart to see what changed between them."));
    emit daysChosen(from, to);
}

void PostureHistoryChart::showPicked()
{
    QList<QPointF> points;
    if (m_firstPick.isValid()) {
        if (const PostureSnapshot *snapshot = snapshotOn(m_firstPick); snapshot && snapshot->score)
            points.append(QPointF(xOf(m_firstPick), *snapshot->score));
        m_hint->setText(tr("From %1: now click a second day.")
                            .arg(QLocale().toString(m_firstPick, QLocale::ShortFormat)));
    } else {
        m_hint->setText(tr("Click two days on the chart to see what changed between them."));
    }
    m_picked->replace(points);
}

bool PostureHistoryChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const auto *move = static_cast<QMouseEvent *>(event);
            if (const auto day = dayAt(move->position().toPoint()))
                QToolTip::showText(move->globalPosition().toPoint(), valuesText(*day), m_view);
            else
                QToolTip::hideText();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const auto *release = static_cast<QMouseEvent *>(event);
            if (release->button() == Qt::LeftButton) {
                if (const auto day = dayAt(release->position().toPoint()))
                    pickDay(*day);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PostureHistoryChart::retranslate()
{
    m_spans->button(int(Span::ThreeMonths))->setText(tr("3 months"));
    m_spans->button(int(Span::OneYear))->setText(tr("1 year"));
    m_spans->button(int(Span::All))->setText(tr("All"));
    m_score->setName(tr("Score"));
    for (int index = 0; index < m_components.size(); ++index)
        m_components[index]->setName(PostureRules::label(PostureRules::components().at(index)));
    m_empty->setText(tr("No history yet: Mamori keeps one score for each day it is opened, so "
                        "the trend appears from tomorrow."));
    showPicked();
}

void PostureHistoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mamori
