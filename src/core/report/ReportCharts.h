#pragma once

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

namespace mamori::report {

// Charts drawn as images for report::Chart: plain, printable in black and white, labelled.
class ReportCharts
{
public:
    struct Bar
    {
        QString label;
        qreal value = 0;
        qreal maximum = 0; // the bar's own scale (a part's maximum score); 0: the chart's
    };
    // Horizontal bars with their values at the end, e.g. the self-diagnosis by part.
    static QImage bars(const QList<Bar> &bars, const QString &unit = {});

    struct Point
    {
        QDate day;
        qreal value = 0;
    };
    // A line over time on a 0..maximum scale (the posture score's trend).
    static QImage trend(const QList<Point> &points, qreal maximum);
};

} // namespace mamori::report
