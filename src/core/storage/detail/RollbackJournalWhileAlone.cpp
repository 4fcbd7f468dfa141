#include "RollbackJournalWhileAlone.h"

#include "DatabaseFile.h"
#include "SqlSupport.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace mamori {

using database_file::busyTimeoutMs;

RollbackJournalWhileAlone::RollbackJournalWhileAlone(Database &database) : m_database(database)
{
    if (!database.writable())
        return;
    // Another connection in a read makes SQLite wait for it: do not wait, keep WAL instead.
    sqlite3 *handle = sql::rawHandle(database.connection());
    if (!handle)
        return;
    sqlite3_busy_timeout(handle, 0);
    QSqlQuery query(database.connection());
    m_switched = query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && query.next() &&
                 query.value(0).toString() == QLatin1String("delete");
    query.finish();
    sqlite3_busy_timeout(handle, busyTimeoutMs); // as every connection opens
}

RollbackJournalWhileAlone::~RollbackJournalWhileAlone()
{
    if (!m_switched)
        return;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString() != QLatin1String("wal")) {
        // The data is safe either way; the next Database::open() switches the file back.
        qWarning("Mamori: %s stays in rollback-journal mode until it is opened again: %s",
                 qPrintable(m_database.path()), qPrintable(query.lastError().text()));
    }
}

} // namespace mamori
