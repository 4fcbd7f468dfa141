#include "Transaction.h"

#include "Database.h"
#include "storage/detail/SqlSupport.h"

#include <QSqlDatabase>

namespace mamori {

Transaction::Transaction(Database &database, Mode mode)
    : m_connectionName(database.connectionName())
{
    // Every write goes through a transaction, so this is where a held or damaged file is
    // refused with a message that says why (SQLite's query_only would refuse it anyway).
    if (mode == Mode::Write) {
        if (Status allowed = database.writable(); !allowed) {
            m_error = allowed.error();
            return;
        }
    }
    begin();
}

Transaction::Transaction(const QSqlDatabase &connection)
    : m_connectionName(connection.connectionName())
{
    begin();
}

void Transaction::begin()
{
    QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    m_active = connection.transaction();
    if (!m_active)
        m_error = sql::databaseError(connection, Error::tr("begin a transaction"));
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlDatabase::database(m_connectionName, false).rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    if (!connection.commit()) {
        Error error = sql::databaseError(connection, Error::tr("commit a transaction"));
        return error; // the destructor rolls back what is left
    }
    m_active = false;
    return {};
}

} // namespace mamori
