#include "Transaction.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlDatabase>

namespace mamori {

Transaction::Transaction(Database &database) : m_connectionName(database.connectionName())
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
