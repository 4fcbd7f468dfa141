#pragma once

#include "Result.h"
#include "action/Declaration.h"

#include <QList>

#include <optional>

namespace mamori {

class Database;

// SECURITY ACTION declarations, newest first. Audited: an insert or delete as one row holding
// the record, an update per changed field.
class DeclarationRepository
{
public:
    explicit DeclarationRepository(Database &database) : m_database(database) {}
    Result<QList<Declaration>> all() const;
    Result<std::optional<Declaration>> current() const; // latest declared and not withdrawn
    Result<qint64> add(const Declaration &declaration);
    // Puts back a removed declaration under its old id (undo of a delete).
    Status restore(const Declaration &declaration);
    Status update(const Declaration &declaration); // e.g. setting withdrawnOn
    Status remove(qint64 id);                      // for mistakes

private:
    Result<qint64> insert(const Declaration &declaration, bool keepId);

    Database &m_database;
};

} // namespace mamori
