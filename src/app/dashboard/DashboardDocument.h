#pragma once

#include "Document.h"
#include "posture/DashboardFacts.h"

#include <QDate>
#include <QTimer>

#include <memory>
#include <optional>

namespace mamori {

class BackgroundTask;

// What the Dashboard reads: DashboardService's facts and PostureService's explanations, each
// read on a worker with its own connection, so the window paints first and never waits for the
// counts. Reading only: the Dashboard changes nothing and has no undo history of its own.
class DashboardDocument : public Document
{
    Q_OBJECT

public:
    explicit DashboardDocument(DatabaseSession &session, QObject *parent = nullptr);
    ~DashboardDocument() override;

    // Reads the facts again soon (changes in a burst give one read); a read already running
    // is cancelled and started afresh.
    void reload();
    bool isLoading() const;
    // The last facts read, if any; they stay until the next read has finished.
    const std::optional<DashboardFacts> &facts() const { return m_facts; }
    // Why the last read failed; empty when it succeeded.
    const QString &loadError() const { return m_loadError; }

    // What moved the score between two days; ends in explained() or explainFailed().
    void explain(const QDate &from, const QDate &to);

signals:
    void loadingStarted();
    void loaded();
    void loadFailed(const QString &error);
    void explained(const mamori::PostureExplanation &explanation);
    void explainFailed(const QString &error);

private:
    void startLoad();

    QTimer m_reloadDelay;
    std::unique_ptr<BackgroundTask> m_load;
    std::unique_ptr<BackgroundTask> m_explain;
    std::optional<DashboardFacts> m_facts;
    QString m_loadError;
};

} // namespace mamori
