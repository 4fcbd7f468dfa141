#pragma once

#include "Result.h"

#include <QString>

namespace mamori {

class Database;

// Begins a transaction on construction and rolls it back on destruction unless committed,
// so an early return on error can never leave half a change behind.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    QString m_connectionName;
    Error m_error;
    bool m_active = false;
};

} // namespace mamori
