#pragma once

#include <QObject>

class QWidget;

namespace mamori {

// For `mamori --quit-after-startup`: waits for the window's first paint, prints
// `startup_ms=<N>` (process start to first paint) and quits. Used by bench/.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(QWidget *window);

    static qint64 millisecondsSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window;
    bool m_painted = false;
};

} // namespace mamori
