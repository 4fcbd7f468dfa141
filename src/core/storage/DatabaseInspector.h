#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace mamori {

class Database;

struct DatabaseInfo
{
    QString path;
    int schemaVersion = 0;
    qint64 sizeBytes = 0;
    QList<QPair<QString, qint64>> rowCounts; // table name, rows; sorted by name
};

// Read-only facts about an open database, for `mamori-cli db info` and `db check`.
class DatabaseInspector
{
public:
    explicit DatabaseInspector(Database &database) : m_database(database) {}

    Result<DatabaseInfo> info() const;
    // Full PRAGMA integrity_check: empty list when sound, else SQLite's findings.
    Result<QStringList> integrityProblems() const;

private:
    Database &m_database;
};

} // namespace mamori
