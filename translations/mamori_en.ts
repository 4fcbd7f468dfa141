<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot keep a copy of the current database in %1.</source>
        <translation>Cannot keep a copy of the current database in %1.</translation>
    </message>
    <message>
        <source>The database %1 is open elsewhere; close it there before restoring.</source>
        <translation>The database %1 is open elsewhere; close it there before restoring.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>Print results as JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Usage: mamori-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation>Usage: mamori-cli [--db PATH] [--json] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written), 3 database error (missing, damaged, locked or newer version).</source>
        <translation>Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written), 3 database error (missing, damaged, locked or newer version).</translation>
    </message>
    <message>
        <source>Usage: mamori-cli [--db PATH] [--json] %1 %2</source>
        <translation>Usage: mamori-cli [--db PATH] [--json] %1 %2</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Enter the company name.</source>
        <translation>Enter the company name.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>The number of employees cannot be negative.</translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12.</source>
        <translation>The fiscal year must start in a month from 1 to 12.</translation>
    </message>
    <message>
        <source>read the company profile</source>
        <translation>read the company profile</translation>
    </message>
    <message>
        <source>save the company profile</source>
        <translation>save the company profile</translation>
    </message>
</context>
<context>
    <name>CompanyProfileForm</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Representative:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Number of &amp;employees:</source>
        <translation>Number of &amp;employees:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Fiscal year starts in:</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not a Mamori database (it is not an SQLite file).</source>
        <translation>%1 is not a Mamori database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Mamori has not changed it. Restore it from a backup.</source>
        <translation>The database %1 is damaged. Mamori has not changed it. Restore it from a backup.</translation>
    </message>
    <message>
        <source>upgrade the database to schema version %1</source>
        <translation>upgrade the database to schema version %1</translation>
    </message>
    <message>
        <source>The database %1 is already open elsewhere (process %2 on %3). Close Mamori there, then try again.</source>
        <translation>The database %1 is already open elsewhere (process %2 on %3). Close Mamori there, then try again.</translation>
    </message>
    <message>
        <source>The database %1 is already open elsewhere. Close Mamori there, then try again.</source>
        <translation>The database %1 is already open elsewhere. Close Mamori there, then try again.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>read the database header</source>
        <translation>read the database header</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Mamori database. Mamori has not changed it.</source>
        <translation>%1 is an SQLite database of another program, not a Mamori database. Mamori has not changed it.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Mamori (schema %2; this version understands up to %3). Update Mamori to open it; the file has not been changed.</source>
        <translation>The database %1 was written by a newer version of Mamori (schema %2; this version understands up to %3). Update Mamori to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1.</source>
        <translation>Cannot create the lock file beside %1.</translation>
    </message>
    <message>
        <source>configure the database connection</source>
        <translation>configure the database connection</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>Cannot switch %1 to write-ahead logging.</translation>
    </message>
    <message>
        <source>read the database information</source>
        <translation>read the database information</translation>
    </message>
    <message>
        <source>check the database integrity</source>
        <translation>check the database integrity</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>Created the database %1 (schema version %2).</source>
        <translation>Created the database %1 (schema version %2).</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>The database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>The database %1 is damaged.</translation>
    </message>
    <message>
        <source>The database %1 is sound.</source>
        <translation>The database %1 is sound.</translation>
    </message>
    <message>
        <source>File to write the backup to.</source>
        <translation>File to write the backup to.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Replace FILE if it already exists.</translation>
    </message>
    <message>
        <source>db backup needs --out FILE.</source>
        <translation>db backup needs --out FILE.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 already exists; use --force to replace it.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>The backup cannot replace the database itself.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Path: %1
Schema version: %2
Size: %3 bytes
Rows:</source>
        <translation>Path: %1
Schema version: %2
Size: %3 bytes
Rows:</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one up to date.</source>
        <translation>Create the database, or bring an existing one up to date.</translation>
    </message>
    <message>
        <source>Check the database's integrity (exit 0 when sound).</source>
        <translation>Check the database's integrity (exit 0 when sound).</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database, even while Mamori is open.</source>
        <translation>Write a consistent copy of the database, even while Mamori is open.</translation>
    </message>
    <message>
        <source>Show the path, schema version, size and row counts.</source>
        <translation>Show the path, schema version, size and row counts.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Details: %2</translation>
    </message>
    <message>
        <source>record the change in the audit log</source>
        <translation>record the change in the audit log</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>Cannot open %1 to save it to disk.</source>
        <translation>Cannot open %1 to save it to disk.</translation>
    </message>
    <message>
        <source>Cannot save %1 to disk.</source>
        <translation>Cannot save %1 to disk.</translation>
    </message>
    <message>
        <source>Cannot create the file %1.</source>
        <translation>Cannot create the file %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the folder %1.</source>
        <translation>Cannot restrict access to the folder %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Cannot move %1 to %2.</translation>
    </message>
    <message>
        <source>Database operation failed: %1</source>
        <translation>Database operation failed: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>Cannot start the database copy.</source>
        <translation>Cannot start the database copy.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>The copy was cancelled.</translation>
    </message>
    <message>
        <source>The database copy failed.</source>
        <translation>The database copy failed.</translation>
    </message>
    <message>
        <source>begin a transaction</source>
        <translation>begin a transaction</translation>
    </message>
    <message>
        <source>commit a transaction</source>
        <translation>commit a transaction</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Mamori</source>
        <translation>Welcome to Mamori</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose the language for menus, pages and printed reports. You can change it later in Settings.</source>
        <translation>Choose the language for menus, pages and printed reports. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <translation>&amp;Display language:</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>Mamori prints these details on its reports. Only the company name is required.</source>
        <translation>Mamori prints these details on its reports. Only the company name is required.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Information security for small businesses.</source>
        <translation>Information security for small businesses.</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Database file to open.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print startup_ms=&lt;N&gt; after the first paint and quit (for benchmarks).</source>
        <translation>Print startup_ms=&lt;N&gt; after the first paint and quit (for benchmarks).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mamori</source>
        <translation>Mamori</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>Create an empty Mamori database file and switch to it</source>
        <translation>Create an empty Mamori database file and switch to it</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Switch to another Mamori database file</source>
        <translation>Switch to another Mamori database file</translation>
    </message>
    <message>
        <source>&amp;Backup Now</source>
        <translation>&amp;Backup Now</translation>
    </message>
    <message>
        <source>Save a consistent copy of the database in its backups folder</source>
        <translation>Save a consistent copy of the database in its backups folder</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the current contents are kept as a copy</source>
        <translation>Replace the database with a backup; the current contents are kept as a copy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;About Mamori</source>
        <translation>&amp;About Mamori</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your security posture at a glance, with its trend over time and the reminders that are due.</source>
        <translation>Your security posture at a glance, with its trend over time and the reminders that are due.</translation>
    </message>
    <message>
        <source>The inventory of PCs, servers, phones, cloud services and information assets, with imports from Excel and CSV.</source>
        <translation>The inventory of PCs, servers, phones, cloud services and information assets, with imports from Excel and CSV.</translation>
    </message>
    <message>
        <source>The five basic rules, the 25-item self-diagnosis, the basic security policy and your SECURITY ACTION declarations.</source>
        <translation>The five basic rules, the 25-item self-diagnosis, the basic security policy and your SECURITY ACTION declarations.</translation>
    </message>
    <message>
        <source>Step-by-step playbooks and a record of what happened and who was told.</source>
        <translation>Step-by-step playbooks and a record of what happened and who was told.</translation>
    </message>
    <message>
        <source>Which data is backed up where, the last backup and the last restore test.</source>
        <translation>Which data is backed up where, the last backup and the last restore test.</translation>
    </message>
    <message>
        <source>A4 PDF summaries for subsidy applications and customers' security checksheets.</source>
        <translation>A4 PDF summaries for subsidy applications and customers' security checksheets.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Save Profile</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <translation>&amp;Display language:</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Mamori User Guide</source>
        <translation>Mamori User Guide</translation>
    </message>
</context>
<context>
    <name>mamori::BackupController</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Today's automatic backup was saved to %1.</source>
        <translation>Today's automatic backup was saved to %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving a backup of the database…</source>
        <translation>Saving a backup of the database…</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written.</source>
        <translation>Backup cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>Backup saved to %1.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite);;All files (*)</source>
        <translation>Mamori databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>Restore not possible</translation>
    </message>
    <message>
        <source>Choose a backup file, not the database itself.</source>
        <translation>Choose a backup file, not the database itself.</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the contents of the backup %2?

The current contents are first saved as a copy in %3, so this can be undone.</source>
        <translation>Replace everything in %1 with the contents of the backup %2?

The current contents are first saved as a copy in %3, so this can be undone.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Restore cancelled; the database is unchanged.</source>
        <translation>Restore cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>mamori::DatabaseSession</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>mamori::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Mamori</source>
        <translation>Mamori</translation>
    </message>
    <message>
        <source>%1 — Mamori</source>
        <translation>%1 — Mamori</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite)</source>
        <translation>Mamori databases (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Mamori does not overwrite files; use File → Open Database… to open it.</source>
        <translation>%1 already exists. Mamori does not overwrite files; use File → Open Database… to open it.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite);;All files (*)</source>
        <translation>Mamori databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>About Mamori</source>
        <translation>About Mamori</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Information security for small businesses: asset inventory, SECURITY ACTION, incidents, backups and reports, kept in one file on this PC.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Information security for small businesses: asset inventory, SECURITY ACTION, incidents, backups and reports, kept in one file on this PC.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The company profile has changes that are not saved. Quit without saving them?</source>
        <translation>The company profile has changes that are not saved. Quit without saving them?</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>Quit Without Saving</translation>
    </message>
</context>
<context>
    <name>mamori::SettingsPage</name>
    <message>
        <source>Company profile not saved</source>
        <translation>Company profile not saved</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Company profile not loaded</source>
        <translation>Company profile not loaded</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Unsaved changes.</translation>
    </message>
</context>
</TS>
