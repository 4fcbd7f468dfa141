#include "StartupProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace mamori {

namespace {
constexpr int paintTimeoutMs = 60000;
}

StartupProbe::StartupProbe(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
    QTimer::singleShot(paintTimeoutMs, this, [] {
        std::fputs("startup probe: the window was never painted\n", stderr);
        QCoreApplication::exit(1);
    });
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
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Report after this paint has been delivered, not before it.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
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
    std::printf("startup_ms=%lld\n", static_cast<long long>(millisecondsSinceProcessStart()));
    std::printf("peak_rss_kb=%lld\n", static_cast<long long>(peakResidentKilobytes()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace mamori
