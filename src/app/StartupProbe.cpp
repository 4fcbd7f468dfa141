#include "StartupProbe.h"

#include "dashboard/DashboardDocument.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/PostureHistoryChart.h"

#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace mamori {

namespace {
constexpr int paintTimeoutMs = 60000;
constexpr int tickMs = 10;
} // namespace

StartupProbe::StartupProbe(QWidget *window, DashboardPage *dashboard)
    : QObject(window), m_window(window), m_dashboard(dashboard)
{
    window->installEventFilter(this);
    QTimer::singleShot(paintTimeoutMs, this, [this] {
        std::fputs(m_painted ? "startup probe: the dashboard was never filled in\n"
                             : "startup probe: the window was never painted\n",
                   stderr);
        QCoreApplication::exit(1);
    });
    m_ticks.setInterval(tickMs);
    m_ticks.setTimerType(Qt::PreciseTimer);
    connect(&m_ticks, &QTimer::timeout, this, &StartupProbe::tick);
}

qint64 StartupProbe::millisecondsSinceProcessStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks after boot, so the
    // figure includes loading the program and its libraries, not just main().
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        constexpr int startTimeIndex = 22 - 3; // fields after "pid (comm)" start at field 3
        if (fields.size() > startTimeIndex) {
            const qint64 startTicks = fields.at(startTimeIndex).toLongLong();
            timespec now{};
            clock_gettime(CLOCK_BOOTTIME, &now);
            const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
            return nowMs - startTicks * 1000 / sysconf(_SC_CLK_TCK);
        }
    }
    return -1;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        if (watched == m_window && !m_painted) {
            m_painted = true;
            // Measured after this paint has been delivered, not before it.
            QTimer::singleShot(0, this, &StartupProbe::firstPainted);
        } else if (watched == m_chartViewport && m_factsShown) {
            m_chartViewport->removeEventFilter(this);
            // Report after this paint has been delivered, not before it.
            QTimer::singleShot(0, this, &StartupProbe::report);
        }
    } else if (event->type() == QEvent::UpdateRequest && watched == m_window && m_factsShown &&
               !m_chartViewport) {
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::firstPainted()
{
    m_startupMs = millisecondsSinceProcessStart();
    if (!m_dashboard) {
        report();
        return;
    }
    m_sinceTick.start();
    m_ticks.start();
    watchDashboard();
}

void StartupProbe::watchDashboard()
{
    DashboardDocument &document = m_dashboard->document();
    const auto shown = [this, &document] {
        if (m_factsShown || !document.facts())
            return;
        m_factsShown = true;
        // With a history the chart paints last (its scene updates after the labels'); without
        // one, the window's next update paints the filled page.
        if (!document.facts()->history.isEmpty()) {
            m_chartViewport = m_dashboard->historyChart()->chartView()->viewport();
            m_chartViewport->installEventFilter(this);
        }
    };
    // Runs after DashboardPage::showAll, which is connected first.
    connect(&document, &DashboardDocument::loaded, this, shown);
    connect(&document, &DashboardDocument::loadFailed, this, [](const QString &error) {
        std::fprintf(stderr, "startup probe: %s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });
    shown();
}

void StartupProbe::tick()
{
    m_longestStallMs = std::max(m_longestStallMs, m_sinceTick.restart());
}

qint64 StartupProbe::peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void StartupProbe::report()
{
    if (m_reported)
        return;
    m_reported = true;
    std::printf("startup_ms=%lld\n", static_cast<long long>(m_startupMs));
    if (m_dashboard) {
        tick();
        std::printf("dashboard_ms=%lld\n", static_cast<long long>(millisecondsSinceProcessStart()));
        std::printf("longest_stall_ms=%lld\n", static_cast<long long>(m_longestStallMs));
    }
    std::printf("peak_rss_kb=%lld\n", static_cast<long long>(peakResidentKilobytes()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace mamori
