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

// Version 3: the inventory — devices and services, information assets, the links between them
// and saved import column mappings. Enumerations are stored as stable codes, dates as ISO text.
Migration inventory()
{
    return {
        3,
        {
            QStringLiteral(
                "CREATE TABLE device ("
                " id INTEGER PRIMARY KEY,"
                " asset_number TEXT NOT NULL UNIQUE,"
                " category TEXT NOT NULL,"
                " name TEXT NOT NULL,"
                " status TEXT NOT NULL DEFAULT 'in_use',"
                " disposal_date TEXT,"
                " disposal_method TEXT NOT NULL DEFAULT '',"
                " assigned_user TEXT NOT NULL DEFAULT '',"
                " department TEXT NOT NULL DEFAULT '',"
                " location TEXT NOT NULL DEFAULT '',"
                " manufacturer TEXT NOT NULL DEFAULT '',"
                " model TEXT NOT NULL DEFAULT '',"
                " model_number TEXT NOT NULL DEFAULT '',"
                " serial_number TEXT NOT NULL DEFAULT '',"
                " os_name TEXT NOT NULL DEFAULT '',"
                " os_version TEXT NOT NULL DEFAULT '',"
                " purchase_date TEXT,"
                " purchase_cost INTEGER CHECK (purchase_cost >= 0),"
                " warranty_end TEXT,"
                " end_of_support TEXT,"
                " end_of_support_overridden INTEGER NOT NULL DEFAULT 0,"
                " last_update TEXT,"
                " antivirus TEXT NOT NULL DEFAULT '',"
                " mfa TEXT NOT NULL DEFAULT '',"
                " disk_encryption TEXT NOT NULL DEFAULT '',"
                " supplier TEXT NOT NULL DEFAULT '',"
                " order_number TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " custom_fields TEXT NOT NULL DEFAULT '{}',"
                // One column for the Assets page's type-to-filter: LIKE over it is several times
                // faster than over every text column.
                " search_text TEXT GENERATED ALWAYS AS (asset_number || ' ' || name || ' ' ||"
                "  disposal_method || ' ' || assigned_user || ' ' || department || ' ' || location "
                "||"
                "  ' ' || manufacturer || ' ' || model || ' ' || model_number || ' ' ||"
                "  serial_number || ' ' || os_name || ' ' || os_version || ' ' || supplier || ' ' "
                "||"
                "  order_number || ' ' || notes) STORED)"),
            QStringLiteral("CREATE INDEX device_by_category ON device (category)"),
            QStringLiteral("CREATE INDEX device_by_status ON device (status)"),
            QStringLiteral("CREATE INDEX device_by_department ON device (department)"),
            QStringLiteral(
                "CREATE TABLE information_asset ("
                " id INTEGER PRIMARY KEY,"
                " business_area TEXT NOT NULL,"
                " name TEXT NOT NULL,"
                " notes TEXT NOT NULL DEFAULT '',"
                " users_scope TEXT NOT NULL DEFAULT '',"
                " owning_department TEXT NOT NULL DEFAULT '',"
                " media_location TEXT NOT NULL DEFAULT '',"
                " personal_data TEXT NOT NULL DEFAULT 'none',"
                " confidentiality INTEGER NOT NULL DEFAULT 1"
                "  CHECK (confidentiality BETWEEN 1 AND 3),"
                " integrity INTEGER NOT NULL DEFAULT 1 CHECK (integrity BETWEEN 1 AND 3),"
                " availability INTEGER NOT NULL DEFAULT 1"
                "  CHECK (availability BETWEEN 1 AND 3),"
                " importance INTEGER CHECK (importance BETWEEN 1 AND 3),"
                " registered_on TEXT,"
                " threat INTEGER CHECK (threat BETWEEN 1 AND 3),"
                " vulnerability INTEGER CHECK (vulnerability BETWEEN 1 AND 3),"
                " custom_fields TEXT NOT NULL DEFAULT '{}',"
                " search_text TEXT GENERATED ALWAYS AS (business_area || ' ' || name || ' ' ||"
                "  notes || ' ' || users_scope || ' ' || owning_department || ' ' ||"
                "  media_location) STORED,"
                " UNIQUE (business_area, name))"),
            QStringLiteral("CREATE TABLE asset_link ("
                           " information_asset_id INTEGER NOT NULL"
                           "  REFERENCES information_asset (id) ON DELETE CASCADE,"
                           " device_id INTEGER NOT NULL REFERENCES device (id) ON DELETE CASCADE,"
                           " PRIMARY KEY (information_asset_id, device_id))"),
            QStringLiteral("CREATE INDEX asset_link_by_device ON asset_link (device_id)"),
            QStringLiteral("CREATE TABLE import_preset ("
                           " name TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL,"
                           " mapping TEXT NOT NULL)"), // JSON: header -> field
        }};
}

// Version 4: self-diagnosis sessions (drafts and completed, read-only once completed).
Migration selfDiagnosis()
{
    return {
        4,
        {
            QStringLiteral("CREATE TABLE diagnosis_session ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " department TEXT NOT NULL DEFAULT '',"
                           " answered_on TEXT NOT NULL," // ISO date
                           " status TEXT NOT NULL CHECK (status IN ('draft', 'completed')))"),
            QStringLiteral("CREATE TABLE diagnosis_answer ("
                           " session_id INTEGER NOT NULL"
                           "  REFERENCES diagnosis_session (id) ON DELETE CASCADE,"
                           " item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 25),"
                           " answer INTEGER NOT NULL CHECK (answer IN (4, 2, 0, -1)),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (session_id, item))"),
            QStringLiteral("CREATE TRIGGER diagnosis_answer_completed_read_only"
                           " BEFORE UPDATE ON diagnosis_answer"
                           " WHEN (SELECT status FROM diagnosis_session WHERE id = OLD.session_id)"
                           "  = 'completed'"
                           " BEGIN SELECT RAISE(ABORT, 'a completed diagnosis is read-only'); END"),
        }};
}

// Version 5: the rest of SECURITY ACTION — the five rules' status, policy versions,
// declarations and settings (reminder intervals) — and completed diagnoses made fully read-only.
Migration securityAction()
{
    return {
        5,
        {
            QStringLiteral("CREATE TABLE five_rule_status ("
                           " rule INTEGER PRIMARY KEY CHECK (rule BETWEEN 1 AND 5),"
                           " status TEXT NOT NULL DEFAULT 'not_yet'"
                           "  CHECK (status IN ('in_place', 'partly', 'not_yet')),"
                           " owner TEXT NOT NULL DEFAULT '',"
                           " how_done TEXT NOT NULL DEFAULT '',"
                           " evidence TEXT NOT NULL DEFAULT '',"
                           " confirmed_on TEXT)"), // ISO date
            QStringLiteral("CREATE TABLE policy_version ("
                           " id INTEGER PRIMARY KEY,"
                           " version INTEGER NOT NULL UNIQUE CHECK (version >= 1),"
                           " content TEXT NOT NULL," // JSON: title, preamble, sections, closing
                           " adopted_on TEXT NOT NULL,"
                           " saved_at TEXT NOT NULL," // ISO 8601, UTC
                           " published_on TEXT,"
                           " published_url TEXT NOT NULL DEFAULT '',"
                           " reviewed_on TEXT)"),
            QStringLiteral("CREATE TABLE security_action_declaration ("
                           " id INTEGER PRIMARY KEY,"
                           " level INTEGER NOT NULL CHECK (level IN (1, 2)),"
                           " declared_on TEXT NOT NULL,"
                           " declaration_id TEXT NOT NULL DEFAULT '',"
                           " gbiz_account TEXT NOT NULL DEFAULT '',"
                           " logo_shown_at TEXT NOT NULL DEFAULT '',"
                           " withdrawn_on TEXT,"
                           " notes TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE app_setting ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER diagnosis_answer_completed_no_insert"
                           " BEFORE INSERT ON diagnosis_answer"
                           " WHEN (SELECT status FROM diagnosis_session WHERE id = NEW.session_id)"
                           "  = 'completed'"
                           " BEGIN SELECT RAISE(ABORT, 'a completed diagnosis is read-only'); END"),
            QStringLiteral("CREATE TRIGGER diagnosis_answer_completed_no_delete"
                           " BEFORE DELETE ON diagnosis_answer"
                           " WHEN (SELECT status FROM diagnosis_session WHERE id = OLD.session_id)"
                           "  = 'completed'"
                           " BEGIN SELECT RAISE(ABORT, 'a completed diagnosis is read-only'); END"),
            QStringLiteral("CREATE TRIGGER diagnosis_session_completed_read_only"
                           " BEFORE UPDATE ON diagnosis_session WHEN OLD.status = 'completed'"
                           " BEGIN SELECT RAISE(ABORT, 'a completed diagnosis is read-only'); END"),
            QStringLiteral("CREATE TRIGGER diagnosis_session_completed_no_delete"
                           " BEFORE DELETE ON diagnosis_session WHEN OLD.status = 'completed'"
                           " BEGIN SELECT RAISE(ABORT, 'a completed diagnosis is read-only'); END"),
        }};
}

// Version 6: imports record the records they create as one range of ids instead of one snapshot
// per record, ids are never handed out twice, devices' search_text is written by Mamori, and two
// device indexes go.
// - audit_created_range: the ids created by one bulk write (an import, the demo company), kept
//   with that write's audit row. Together with the later update rows (which keep the old
//   values) it tells a record's whole history, at a tenth of what 100,000 snapshots cost.
// - id_allocation: the largest id ever given per table. A deleted record's id was given again to
//   the next new one, which then showed the deleted record's history (and would fall inside an
//   earlier import's range).
// - device_by_category and device_by_status matched a tenth to most of the table each, so a scan
//   was as fast, and every insert paid for them.
Migration bulkImportHistory()
{
    const auto seedAllocation = [](const QString &table) {
        return QStringLiteral("INSERT INTO id_allocation (entity, last_id) SELECT '%1',"
                              " max(COALESCE((SELECT max(id) FROM %1), 0),"
                              "  COALESCE((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log"
                              "   WHERE entity = '%1'), 0))")
            .arg(table);
    };
    return {
        6,
        {
            QStringLiteral("CREATE TABLE audit_created_range ("
                           " audit_id INTEGER PRIMARY KEY REFERENCES audit_log (id),"
                           " first_id INTEGER NOT NULL,"
                           " last_id INTEGER NOT NULL,"
                           " CHECK (first_id <= last_id))"),
            QStringLiteral("CREATE TRIGGER audit_created_range_no_update"
                           " BEFORE UPDATE ON audit_created_range"
                           " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_created_range_no_delete"
                           " BEFORE DELETE ON audit_created_range"
                           " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
            QStringLiteral("CREATE TABLE id_allocation ("
                           " entity TEXT PRIMARY KEY,"
                           " last_id INTEGER NOT NULL)"),
            seedAllocation(QStringLiteral("device")),
            seedAllocation(QStringLiteral("information_asset")),
            QStringLiteral("DROP INDEX device_by_category"),
            QStringLiteral("DROP INDEX device_by_status"),
            // search_text becomes a plain column that the repository fills (searchText() in
            // AssetTables.h), with the same text as the generated column had.
            QStringLiteral("ALTER TABLE device DROP COLUMN search_text"),
            QStringLiteral("ALTER TABLE device ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE device SET search_text = asset_number || ' ' || name || ' ' ||"
                           " disposal_method || ' ' || assigned_user || ' ' || department || ' ' ||"
                           " location || ' ' || manufacturer || ' ' || model || ' ' ||"
                           " model_number || ' ' || serial_number || ' ' || os_name || ' ' ||"
                           " os_version || ' ' || supplier || ' ' || order_number || ' ' || notes"),
        }};
}

// Version 7: imports keep the firm's own words and exact amounts.
// - device.category_label: the category as the firm wrote it ("Storage", "プリンタ複合機") beside
//   the built-in kind the security checks use; searched by the Assets filter.
// - device.purchase_cost becomes TEXT holding the exact decimal ("2266.13"): an INTEGER column's
//   affinity would turn such text into a binary floating-point number. purchase_currency holds
//   its ISO code; the whole yen stored so far are JPY.
// - import_preset.value_map (JSON: field -> value as written -> code) and options (JSON: date
//   order and the like), saved from the import dialog.
Migration importedWordsAndAmounts()
{
    return {
        7,
        {
            QStringLiteral("ALTER TABLE device ADD COLUMN category_label TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE device ADD COLUMN purchase_cost_text TEXT"),
            QStringLiteral("UPDATE device SET purchase_cost_text = CAST(purchase_cost AS TEXT)"
                           " WHERE purchase_cost IS NOT NULL"),
            QStringLiteral("ALTER TABLE device DROP COLUMN purchase_cost"),
            QStringLiteral("ALTER TABLE device RENAME COLUMN purchase_cost_text TO purchase_cost"),
            QStringLiteral(
                "ALTER TABLE device ADD COLUMN purchase_currency TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE device SET purchase_currency = 'JPY'"
                           " WHERE purchase_cost IS NOT NULL"),
            // searchText() now ends with the label, empty for every device so far.
            QStringLiteral("UPDATE device SET search_text = search_text || ' '"),
            QStringLiteral("ALTER TABLE import_preset ADD COLUMN value_map TEXT NOT NULL"
                           " DEFAULT '{}'"),
            QStringLiteral("ALTER TABLE import_preset ADD COLUMN options TEXT NOT NULL"
                           " DEFAULT '{}'"),
        }};
}

// Version 8: incident response (issue 13).
// - playbook_copy: the firm's own copies of bundled playbooks, in the playbook file schema
//   (resources/incidents/README.md); a new bundled version never touches them.
// - incident_contact: contacts the firm filled in or added; bundled ones not edited have no row.
// - incident, incident_device, incident_step (how far each step of the playbook copied at the start
// got),
//   incident_clock (the firm's own clocks, and the reports marked as sent), incident_entry:
//   the timeline, append-only like the audit log.
Migration incidents()
{
    const auto appendOnly = [](const QString &action) {
        return QStringLiteral("CREATE TRIGGER incident_entry_no_%1 BEFORE %2 ON incident_entry"
                              " BEGIN SELECT RAISE(ABORT, 'the incident timeline is"
                              " append-only'); END")
            .arg(action.toLower(), action);
    };
    return {
        8,
        {
            QStringLiteral("CREATE TABLE playbook_copy ("
                           " id TEXT PRIMARY KEY,"
                           " based_on_version INTEGER NOT NULL,"
                           " content TEXT NOT NULL," // JSON, the playbook file schema
                           " saved_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE incident_contact ("
                           " contact_key TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('firm', 'public')),"
                           " name TEXT NOT NULL DEFAULT ''," // '' keeps the bundled name
                           " organisation TEXT NOT NULL DEFAULT '',"
                           " person TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " url TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " checked INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE incident ("
                           " id INTEGER PRIMARY KEY,"
                           " playbook_id TEXT NOT NULL,"
                           " playbook_title TEXT NOT NULL DEFAULT '',"
                           // JSON, the playbook file schema: the steps as they were at the start
                           " playbook_content TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " detected_at TEXT NOT NULL," // ISO 8601, UTC
                           " aware_at TEXT NOT NULL,"
                           " reporter TEXT NOT NULL DEFAULT '',"
                           " severity TEXT NOT NULL"
                           "  CHECK (severity IN ('low', 'medium', 'high', 'critical')),"
                           " status TEXT NOT NULL"
                           "  CHECK (status IN ('open', 'contained', 'recovered', 'closed')),"
                           " exercise INTEGER NOT NULL DEFAULT 0 CHECK (exercise IN (0, 1)),"
                           " participants TEXT NOT NULL DEFAULT '',"
                           " lessons TEXT NOT NULL DEFAULT '',"
                           " personal_data INTEGER NOT NULL DEFAULT 0,"
                           " sensitive INTEGER NOT NULL DEFAULT 0,"
                           " financial_damage INTEGER NOT NULL DEFAULT 0,"
                           " unauthorised_purpose INTEGER NOT NULL DEFAULT 0,"
                           " more_than_thousand INTEGER NOT NULL DEFAULT 0,"
                           " strongly_encrypted INTEGER NOT NULL DEFAULT 0,"
                           " people_affected INTEGER,"
                           " cause TEXT NOT NULL DEFAULT '',"
                           " impact TEXT NOT NULL DEFAULT '',"
                           " changes_after TEXT NOT NULL DEFAULT '',"
                           " changed_records TEXT NOT NULL DEFAULT '[]'," // JSON array of links
                           " override_reason TEXT NOT NULL DEFAULT '',"
                           " closed_at TEXT,"
                           " closed_by TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE incident_device ("
                           " incident_id INTEGER NOT NULL REFERENCES incident (id),"
                           " device_id INTEGER NOT NULL,"
                           " PRIMARY KEY (incident_id, device_id))"),
            QStringLiteral("CREATE TABLE incident_step ("
                           " incident_id INTEGER NOT NULL REFERENCES incident (id),"
                           " number INTEGER NOT NULL CHECK (number >= 1),"
                           " state TEXT NOT NULL DEFAULT 'open'"
                           "  CHECK (state IN ('open', 'done', 'na')),"
                           " done_at TEXT,"
                           " done_by TEXT NOT NULL DEFAULT '',"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (incident_id, number))"),
            QStringLiteral("CREATE TABLE incident_clock ("
                           " id INTEGER PRIMARY KEY,"
                           " incident_id INTEGER NOT NULL REFERENCES incident (id),"
                           " clock_key TEXT NOT NULL," // a legal clock's key, or '' for own
                           " title TEXT NOT NULL DEFAULT '',"
                           " hours INTEGER CHECK (hours IS NULL OR hours >= 1),"
                           " done_at TEXT,"
                           " done_by TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX incident_clock_by_incident ON incident_clock"
                           " (incident_id)"),
            QStringLiteral(
                "CREATE TABLE incident_entry ("
                " id INTEGER PRIMARY KEY,"
                " incident_id INTEGER NOT NULL REFERENCES incident (id),"
                " kind TEXT NOT NULL"
                "  CHECK (kind IN ('note', 'action', 'decision', 'contact', 'evidence')),"
                " occurred_at TEXT NOT NULL,"
                " recorded_at TEXT NOT NULL,"
                " text TEXT NOT NULL,"
                " author TEXT NOT NULL DEFAULT '',"
                " decided_by TEXT NOT NULL DEFAULT '',"
                " reason TEXT NOT NULL DEFAULT '',"
                " contact_key TEXT NOT NULL DEFAULT '',"
                " evidence_path TEXT NOT NULL DEFAULT '',"
                " evidence_sha256 TEXT NOT NULL DEFAULT '',"
                " step_number INTEGER NOT NULL DEFAULT 0,"
                " corrects INTEGER REFERENCES incident_entry (id))"),
            QStringLiteral("CREATE INDEX incident_entry_by_incident ON incident_entry"
                           " (incident_id, occurred_at)"),
            appendOnly(QStringLiteral("UPDATE")),
            appendOnly(QStringLiteral("DELETE")),
        }};
}

// Version 9: backups and reminders.
// - backup_plan: what is copied how, where and when; schedule in local time (at_time HH:MM),
//   weekdays as "mon,thu", month_day 0 for the last day, every_days from anchor_date.
// - backup_plan_item: what a plan protects (a device, an information asset, or Mamori's own
//   database with item_id 0). Items of a deleted device or asset go with it (triggers).
// - backup_run and restore_test: the attested runs and tests, times ISO 8601 UTC; evidence is a
//   path and its SHA-256, the file is not copied.
// - reminder_mark: snooze and done per reminder key.
Migration backupsAndReminders()
{
    return {
        9,
        {
            QStringLiteral("CREATE TABLE backup_plan ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " method TEXT NOT NULL,"
                           " destination TEXT NOT NULL DEFAULT '',"
                           " offline INTEGER NOT NULL DEFAULT 0 CHECK (offline IN (0, 1)),"
                           " offsite INTEGER NOT NULL DEFAULT 0 CHECK (offsite IN (0, 1)),"
                           " immutable INTEGER NOT NULL DEFAULT 0 CHECK (immutable IN (0, 1)),"
                           " frequency TEXT NOT NULL CHECK (frequency IN"
                           "  ('daily', 'weekly', 'monthly', 'every-n-days')),"
                           " weekdays TEXT NOT NULL DEFAULT '',"
                           " month_day INTEGER NOT NULL DEFAULT 1"
                           "  CHECK (month_day BETWEEN 0 AND 31),"
                           " every_days INTEGER NOT NULL DEFAULT 1"
                           "  CHECK (every_days BETWEEN 1 AND 366),"
                           " anchor_date TEXT,"
                           " at_time TEXT NOT NULL DEFAULT '02:00',"
                           " grace_hours INTEGER NOT NULL DEFAULT 24 CHECK (grace_hours >= 0),"
                           " responsible TEXT NOT NULL DEFAULT '',"
                           " generations INTEGER NOT NULL DEFAULT 7 CHECK (generations >= 1),"
                           " restore_test_days INTEGER NOT NULL DEFAULT 180"
                           "  CHECK (restore_test_days >= 1),"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"), // ISO 8601, UTC
            QStringLiteral("CREATE TABLE backup_plan_item ("
                           " plan_id INTEGER NOT NULL REFERENCES backup_plan (id)"
                           "  ON DELETE CASCADE,"
                           " item_kind TEXT NOT NULL CHECK (item_kind IN"
                           "  ('device', 'information_asset', 'mamori_database')),"
                           " item_id INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (plan_id, item_kind, item_id))"),
            QStringLiteral("CREATE INDEX backup_plan_item_by_item"
                           " ON backup_plan_item (item_kind, item_id)"),
            QStringLiteral("CREATE TRIGGER backup_plan_item_device_gone AFTER DELETE ON device"
                           " BEGIN DELETE FROM backup_plan_item"
                           "  WHERE item_kind = 'device' AND item_id = OLD.id; END"),
            QStringLiteral("CREATE TRIGGER backup_plan_item_asset_gone"
                           " AFTER DELETE ON information_asset"
                           " BEGIN DELETE FROM backup_plan_item"
                           "  WHERE item_kind = 'information_asset' AND item_id = OLD.id; END"),
            QStringLiteral("CREATE TABLE backup_run ("
                           " id INTEGER PRIMARY KEY,"
                           " plan_id INTEGER NOT NULL REFERENCES backup_plan (id)"
                           "  ON DELETE CASCADE,"
                           " started_at TEXT NOT NULL,"
                           " ended_at TEXT NOT NULL,"
                           " result TEXT NOT NULL CHECK (result IN ('ok', 'failed', 'partial')),"
                           " size_bytes INTEGER CHECK (size_bytes >= 0),"
                           " recorded_by TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " evidence_path TEXT NOT NULL DEFAULT '',"
                           " evidence_sha256 TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX backup_run_by_plan ON backup_run (plan_id, started_at)"),
            QStringLiteral("CREATE INDEX backup_run_ok_by_plan ON backup_run"
                           " (plan_id, result, started_at)"),
            QStringLiteral("CREATE TABLE restore_test ("
                           " id INTEGER PRIMARY KEY,"
                           " plan_id INTEGER NOT NULL REFERENCES backup_plan (id)"
                           "  ON DELETE CASCADE,"
                           " tested_at TEXT NOT NULL,"
                           " what_restored TEXT NOT NULL DEFAULT '',"
                           " restored_to TEXT NOT NULL DEFAULT '',"
                           " result TEXT NOT NULL CHECK (result IN ('ok', 'failed', 'partial')),"
                           " minutes INTEGER CHECK (minutes >= 0),"
                           " recorded_by TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX restore_test_by_plan ON restore_test (plan_id, tested_at)"),
            QStringLiteral("CREATE TABLE reminder_mark ("
                           " reminder_key TEXT PRIMARY KEY,"
                           " snoozed_until TEXT,"
                           " done_for TEXT)"),
            // The reminders' per-month inventory counts read these dates only.
            QStringLiteral("CREATE INDEX device_by_end_of_support ON device (end_of_support)"),
            QStringLiteral("CREATE INDEX device_by_warranty_end ON device (warranty_end)"),
        }};
}

// Version 10: the daily posture snapshot: one row per local day (UNIQUE, so two processes that
// both take the day's snapshot leave one), the score and each component (NULL: not recorded)
// as shown that day, and the facts behind them as a JSON object of counts (PostureInputs).
Migration posture()
{
    return {10,
            {
                QStringLiteral("CREATE TABLE posture_snapshot ("
                               " id INTEGER PRIMARY KEY,"
                               " snapshot_date TEXT NOT NULL UNIQUE," // ISO date, local
                               " score INTEGER CHECK (score BETWEEN 0 AND 100),"
                               " diagnosis INTEGER,"
                               " devices INTEGER,"
                               " backups INTEGER,"
                               " incidents INTEGER,"
                               " security_action INTEGER,"
                               " facts TEXT NOT NULL,"      // JSON object of counts
                               " taken_at TEXT NOT NULL)"), // ISO 8601, UTC
            }};
}

// Version 11: every report generated, so a printed copy can be matched to its record by the
// fingerprint in its footer (`report verify`). parameters is the request as JSON (type, period,
// incident, language, filter, the day it was made as of) so a rebuild gives the same content
// when the data has not changed; content_sha256 hashes the document's content, not the PDF.
Migration reportsIssued()
{
    return {
        11,
        {
            QStringLiteral("CREATE TABLE report_issued ("
                           " id INTEGER PRIMARY KEY,"
                           " report_type TEXT NOT NULL,"
                           " parameters TEXT NOT NULL DEFAULT '{}',"
                           " issued_at TEXT NOT NULL," // ISO 8601, UTC
                           " issued_by TEXT NOT NULL DEFAULT '',"
                           " page_count INTEGER NOT NULL CHECK (page_count >= 0),"
                           " content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),"
                           " title TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX report_issued_by_fingerprint"
                           " ON report_issued (content_sha256)"),
            // The management summary's counts by status and category read this index alone
            // (storage/DeviceTally), never the wide device rows.
            QStringLiteral("CREATE INDEX device_report_tally"
                           " ON device (status, category, end_of_support, last_update)"),
            // A record of what was printed is never rewritten.
            QStringLiteral("CREATE TRIGGER report_issued_no_update BEFORE UPDATE ON report_issued"
                           " BEGIN SELECT RAISE(ABORT, 'report_issued is append-only'); END"),
            QStringLiteral("CREATE TRIGGER report_issued_no_delete BEFORE DELETE ON report_issued"
                           " BEGIN SELECT RAISE(ABORT, 'report_issued is append-only'); END"),
        }};
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{auditLog(),
                                             companyProfile(),
                                             inventory(),
                                             selfDiagnosis(),
                                             securityAction(),
                                             bulkImportHistory(),
                                             importedWordsAndAmounts(),
                                             incidents(),
                                             backupsAndReminders(),
                                             posture(),
                                             reportsIssued()};
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

} // namespace mamori
