#include "IntegrityCheck.h"

#include "Database.h"
#include "detail/DatabaseFile.h"
#include "detail/SqlSupport.h"

#include <QSqlError>

#include <sqlite3.h>

namespace mamori {

using namespace database_file;

namespace {

Error cancelledCheck()
{
    return Error(ErrorKind::Cancelled, Database::tr("The database check was cancelled."));
}

} // namespace

Status IntegrityCheck::run()
{
    ScopedConnection connection(m_path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlDatabase db = connection.db();
    if (!db.open())
        return Error(ErrorKind::NotADatabase,
                     Database::tr("Cannot open the database %1.").arg(m_path),
                     db.lastError().text());
    {
        const std::lock_guard lock(m_mutex);
        if (m_cancelled)
            return cancelledCheck();
        m_running = sql::rawHandle(db);
    }
    Status sound = quickCheck(db, m_path);
    const std::lock_guard lock(m_mutex);
    m_running = nullptr; // before the connection closes, so cancel() never interrupts a freed one
    if (m_cancelled)
        return cancelledCheck();
    return sound;
}

void IntegrityCheck::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    // quick_check is one long VDBE step that never calls a progress handler; only an
    // interrupt stops it early (measured: 1.2 s check stopped within a few ms).
    if (m_running)
        sqlite3_interrupt(m_running);
}

} // namespace mamori
