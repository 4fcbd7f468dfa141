#pragma once

// Internal to src/core/storage.

namespace mamori {

class Database;

// While it lives, a large write on `database` goes through SQLite's rollback journal instead of
// WAL, if no other connection has the file open. The journal keeps the old content of pages the
// write changes, which is next to nothing when the write mostly adds rows, and each new page is
// written once; WAL writes every page to the log, copies it into the file at the checkpoint and
// then frees the log (an import of 100,000 devices: 0.93 s -> 0.74 s). SQLite refuses to leave
// WAL while another connection has the file open (the app's readers, a backup), and the write
// then stays in WAL. Make it outside a transaction; WAL comes back when it goes. A program that
// stops in between leaves a journal, which Database::open() lets SQLite roll back.
class RollbackJournalWhileAlone
{
public:
    explicit RollbackJournalWhileAlone(Database &database);
    ~RollbackJournalWhileAlone();
    RollbackJournalWhileAlone(const RollbackJournalWhileAlone &) = delete;
    RollbackJournalWhileAlone &operator=(const RollbackJournalWhileAlone &) = delete;

    bool switched() const { return m_switched; }

private:
    Database &m_database;
    bool m_switched = false;
};

} // namespace mamori
