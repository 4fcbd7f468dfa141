#pragma once

#include "Result.h"

#include <QString>

#include <mutex>

struct sqlite3;

namespace mamori {

// PRAGMA quick_check of a database file on its own read-only connection: the part of the open
// checks that Database::open leaves out with deferIntegrityCheck. run() belongs on a worker
// thread; cancel() may be called from any thread and interrupts the check at once.
class IntegrityCheck
{
public:
    explicit IntegrityCheck(QString path) : m_path(std::move(path)) {}
    IntegrityCheck(const IntegrityCheck &) = delete;
    IntegrityCheck &operator=(const IntegrityCheck &) = delete;

    // Ok when the file is sound; ErrorKind::Damaged with SQLite's findings when it is not;
    // ErrorKind::Cancelled after cancel().
    Status run();
    void cancel();

private:
    const QString m_path;
    std::mutex m_mutex;
    sqlite3 *m_running = nullptr; // the connection inside run(), for sqlite3_interrupt
    bool m_cancelled = false;
};

} // namespace mamori
