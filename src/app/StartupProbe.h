#pragma once

#include <QObject>

class QWidget;

namespace mamori {

// For `mamori --quit-after-startup`: waits for the window's first paint, prints
// `startup_ms=<N>` (process start to first paint) and `peak_rss_kb=<N>`, then quits.
// Used by bench/.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(QWidget *window);

    static qint64 millisecondsSinceProcessStart();
    // The process's peak resident memory so far (VmHWM), for the memory goals in bench/.
    static qint64 peakResidentKilobytes();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window;
    bool m_painted = false;
};

} // namespace mamori
