#pragma once

#include "Result.h"

#include <QString>

class QSqlDatabase;

namespace mamori {

class Database;

// Begins a transaction on construction and rolls it back on destruction unless committed,
// so an early return on error can never leave half a change behind. The one way storage and
// services group statements.
class Transaction
{
public:
    enum class Mode
    {
        // For changes: refused, with the reason, while the database may not be written (the
        // deferred integrity check, damage, a read-only connection).
        Write,
        // For several reads that must see one moment (a snapshot of many tables); works on a
        // connection whose writes are held. Committing it only ends the read.
        Read,
    };

    explicit Transaction(Database &database, Mode mode = Mode::Write);
    // For the migrations, which run on the connection before its Database exists.
    explicit Transaction(const QSqlDatabase &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    void begin();

    QString m_connectionName;
    Error m_error;
    bool m_active = false;
};

} // namespace mamori
