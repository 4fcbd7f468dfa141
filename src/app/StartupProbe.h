#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QWidget;

namespace mamori {

class DashboardPage;

// For `mamori --quit-after-startup`: waits for the window's first paint, prints
// `startup_ms=<N>` (process start to first paint) and `peak_rss_kb=<N>`, then quits.
// With a dashboard (`--quit-after-dashboard`) it then waits until the Dashboard has painted the
// facts its worker read, and also prints `dashboard_ms=<N>` (process start to that paint) and
// `longest_stall_ms=<N>`: the longest the GUI thread went without running its events between
// the first paint and then, measured with a timer that should tick every 10 ms. Used by bench/.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(QWidget *window, DashboardPage *dashboard = nullptr);

    static qint64 millisecondsSinceProcessStart();
    // The process's peak resident memory so far (VmHWM), for the memory goals in bench/.
    static qint64 peakResidentKilobytes();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void firstPainted();
    void watchDashboard();
    void tick();
    void report();

    QWidget *m_window;
    DashboardPage *m_dashboard;
    QWidget *m_chartViewport = nullptr; // the last part of the dashboard to paint its facts
    bool m_painted = false;
    bool m_factsShown = false;
    bool m_reported = false;
    qint64 m_startupMs = -1;
    QTimer m_ticks;
    QElapsedTimer m_sinceTick;
    qint64 m_longestStallMs = 0;
};

} // namespace mamori
