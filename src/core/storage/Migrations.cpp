#include "Migrations.h"

namespace mamori {

namespace {

// Version 1: the append-only audit log that every repository writes to.
Migration auditLog()
{
    return {1,
            {
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " changed_at TEXT NOT NULL," // ISO 8601, UTC
                               " os_user TEXT NOT NULL,"
                               " entity TEXT NOT NULL,"
                               " entity_id TEXT NOT NULL,"
                               " action TEXT NOT NULL"
                               "  CHECK (action IN ('insert', 'update', 'delete')),"
                               " field TEXT,"
                               " old_value TEXT,"
                               " new_value TEXT)"),
                QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id)"),
                QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                               " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                               " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
            }};
}

// Version 2: the company profile asked for by the first-run wizard (a single row).
Migration companyProfile()
{
    return {2,
            {
                QStringLiteral("CREATE TABLE company_profile ("
                               " id INTEGER PRIMARY KEY CHECK (id = 1),"
                               " name TEXT NOT NULL,"
                               " representative TEXT NOT NULL DEFAULT '',"
                               " address TEXT NOT NULL DEFAULT '',"
                               " employee_count INTEGER NOT NULL DEFAULT 0"
                               "  CHECK (employee_count >= 0),"
                               " industry TEXT NOT NULL DEFAULT '',"
                               " fiscal_year_start_month INTEGER NOT NULL DEFAULT 4"
                               "  CHECK (fiscal_year_start_month BETWEEN 1 AND 12))"),
            }};
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{auditLog(), companyProfile()};
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

} // namespace mamori
