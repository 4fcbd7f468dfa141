<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssetCommands</name>
    <message>
        <source>devices or information.</source>
        <translation>devices or information.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>CSV encoding: auto (default), utf-8 or cp932.</source>
        <translation>CSV encoding: auto (default), utf-8 or cp932.</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (default, with BOM) or cp932.</source>
        <translation>CSV encoding: utf-8 (default, with BOM) or cp932.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>--kind must be devices or information.</source>
        <translation>--kind must be devices or information.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or cp932.</source>
        <translation>--encoding must be auto, utf-8 or cp932.</translation>
    </message>
    <message>
        <source>There is no import preset named %1.</source>
        <translation>There is no import preset named %1.</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found; nothing was imported.</source>
        <translation>%1: %2 problem(s) found; nothing was imported.</translation>
    </message>
    <message>
        <source>%1: %2 rows are valid; an import would create %3 and update up to %4. Nothing was written.</source>
        <translation>%1: %2 rows are valid; an import would create %3 and update up to %4. Nothing was written.</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1: %2 created, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format must be csv or xlsx.</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or cp932.</source>
        <translation>--encoding must be utf-8 or cp932.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>--assets must be a number from 1 to 1000000.</source>
        <translation>--assets must be a number from 1 to 1000000.</translation>
    </message>
    <message>
        <source>Added a fictional company: %1 devices, %2 information assets, %3 links.</source>
        <translation>Added a fictional company: %1 devices, %2 information assets, %3 links.</translation>
    </message>
    <message>
        <source>Import devices or information assets from CSV or XLSX, all or nothing.</source>
        <translation>Import devices or information assets from CSV or XLSX, all or nothing.</translation>
    </message>
    <message>
        <source>XLSX sheet to read (default: the first).</source>
        <translation>XLSX sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Saved column mapping to use.</source>
        <translation>Saved column mapping to use.</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>Check every row and report; write nothing.</translation>
    </message>
    <message>
        <source>Export devices or information assets to CSV or XLSX.</source>
        <translation>Export devices or information assets to CSV or XLSX.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv or xlsx (default: from the file name).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>List devices or information assets (JSON with --json).</source>
        <translation>List devices or information assets (JSON with --json).</translation>
    </message>
    <message>
        <source>Fill the database with a fictional small company of N devices.</source>
        <translation>Fill the database with a fictional small company of N devices.</translation>
    </message>
    <message>
        <source>Number of devices.</source>
        <translation>Number of devices.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>AssetEditorDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Unlink Selected</source>
        <translation>&amp;Unlink Selected</translation>
    </message>
</context>
<context>
    <name>AssetExporter</name>
    <message>
        <source>Devices and services</source>
        <translation>Devices and services</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>Information assets</translation>
    </message>
</context>
<context>
    <name>AssetFields</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>Asset number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Disposal date</source>
        <translation>Disposal date</translation>
    </message>
    <message>
        <source>Disposal method</source>
        <translation>Disposal method</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Assigned user</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>Model number</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>OS / firmware</source>
        <translation>OS / firmware</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS version</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Purchase cost (yen)</source>
        <translation>Purchase cost (yen)</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Warranty end</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>Warranty (months)</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>End of support</translation>
    </message>
    <message>
        <source>Last update applied</source>
        <translation>Last update applied</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>Disk encryption</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Business area</source>
        <translation>Business area</translation>
    </message>
    <message>
        <source>Information asset</source>
        <translation>Information asset</translation>
    </message>
    <message>
        <source>Who may use it</source>
        <translation>Who may use it</translation>
    </message>
    <message>
        <source>Owning department</source>
        <translation>Owning department</translation>
    </message>
    <message>
        <source>Media / location</source>
        <translation>Media / location</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>AssetImporter</name>
    <message>
        <source>not a number of months: %1</source>
        <translation>not a number of months: %1</translation>
    </message>
    <message>
        <source>a warranty in months needs a purchase date</source>
        <translation>a warranty in months needs a purchase date</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>the same %1 is already on row %2</source>
        <translation>the same %1 is already on row %2</translation>
    </message>
    <message>
        <source>asset number</source>
        <translation>asset number</translation>
    </message>
    <message>
        <source>business area and name</source>
        <translation>business area and name</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>row %1, column %2 (%3): %4</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation>%1 is empty: there is no header row.</translation>
    </message>
    <message>
        <source>%1: the column headers name neither devices nor information assets. Choose the kind of assets explicitly.</source>
        <translation>%1: the column headers name neither devices nor information assets. Choose the kind of assets explicitly.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation><numerusform>The file has %n problem(s); nothing was imported.</numerusform><numerusform>The file has %n problem(s); nothing was imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>AssetListWidget</name>
    <message>
        <source>Filter (name, number, user, notes…)</source>
        <translation>Filter (name, number, user, notes…)</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Department filter</translation>
    </message>
    <message>
        <source>Attention filter</source>
        <translation>Attention filter</translation>
    </message>
</context>
<context>
    <name>AssetRecords</name>
    <message>
        <source>not an amount in yen: %1</source>
        <translation>not an amount in yen: %1</translation>
    </message>
    <message>
        <source>not a level from 1 to 3: %1</source>
        <translation>not a level from 1 to 3: %1</translation>
    </message>
    <message>
        <source>not a recognised value: %1</source>
        <translation>not a recognised value: %1</translation>
    </message>
</context>
<context>
    <name>AssetValues</name>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>Network device</translation>
    </message>
    <message>
        <source>Smartphone / tablet</source>
        <translation>Smartphone / tablet</translation>
    </message>
    <message>
        <source>Printer / MFP</source>
        <translation>Printer / MFP</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>Removable media</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud service</translation>
    </message>
    <message>
        <source>Software / licence</source>
        <translation>Software / licence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Spare</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>In repair</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>Sensitive personal data</translation>
    </message>
    <message>
        <source>My Number data</source>
        <translation>My Number data</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation>Edit &amp;Selected…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
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
    <name>BulkEditDialog</name>
    <message>
        <source>Edit Selected Devices</source>
        <translation>Edit Selected Devices</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Change:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
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
    <message>
        <source>Missing argument.</source>
        <translation>Missing argument.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
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
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1, row %2: a cell starts with a quotation mark (") that is never closed.</source>
        <translation>%1, row %2: a cell starts with a quotation mark (") that is never closed.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
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
    <name>DiagnosisCommands</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-04-01.</source>
        <translation>--date must be a date like 2026-04-01.</translation>
    </message>
    <message>
        <source>Saved the self-diagnosis of %1: %2 points (band %3).</source>
        <translation>Saved the self-diagnosis of %1: %2 points (band %3).</translation>
    </message>
    <message>
        <source>There is no completed self-diagnosis to export.</source>
        <translation>There is no completed self-diagnosis to export.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Exported the self-diagnosis of %1 to %2.</source>
        <translation>Exported the self-diagnosis of %1 to %2.</translation>
    </message>
    <message>
        <source>Save a completed self-diagnosis from {"1": 4, …, "25": -1}.</source>
        <translation>Save a completed self-diagnosis from {"1": 4, …, "25": -1}.</translation>
    </message>
    <message>
        <source>Date the answers were given (default: today).</source>
        <translation>Date the answers were given (default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Department that answered.</source>
        <translation>Department that answered.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write the latest completed self-diagnosis in the same format.</source>
        <translation>Write the latest completed self-diagnosis in the same format.</translation>
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
    <message>
        <source>link an information asset to a device</source>
        <translation>link an information asset to a device</translation>
    </message>
    <message>
        <source>remove a link</source>
        <translation>remove a link</translation>
    </message>
    <message>
        <source>read the links</source>
        <translation>read the links</translation>
    </message>
    <message>
        <source>read the inventory</source>
        <translation>read the inventory</translation>
    </message>
    <message>
        <source>save the inventory</source>
        <translation>save the inventory</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>The import was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>save the import preset</source>
        <translation>save the import preset</translation>
    </message>
    <message>
        <source>read the import preset</source>
        <translation>read the import preset</translation>
    </message>
    <message>
        <source>read the import presets</source>
        <translation>read the import presets</translation>
    </message>
    <message>
        <source>A completed diagnosis needs an answer for every item.</source>
        <translation>A completed diagnosis needs an answer for every item.</translation>
    </message>
    <message>
        <source>save the self-diagnosis</source>
        <translation>save the self-diagnosis</translation>
    </message>
    <message>
        <source>read the self-diagnosis</source>
        <translation>read the self-diagnosis</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import Assets</source>
        <translation>Import Assets</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>&amp;Mapping preset:</source>
        <translation>&amp;Mapping preset:</translation>
    </message>
    <message>
        <source>Save Mapping as &amp;Preset…</source>
        <translation>Save Mapping as &amp;Preset…</translation>
    </message>
    <message>
        <source>Chec&amp;k Rows</source>
        <translation>Chec&amp;k Rows</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InventoryDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation><numerusform>Delete %n record(s)</numerusform><numerusform>Delete %n record(s)</numerusform></translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
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
    <message>
        <source>Section to show first: dashboard, assets, security-action, incidents, backups, reports or settings.</source>
        <translation>Section to show first: dashboard, assets, security-action, incidents, backups, reports or settings.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Unknown section: %1</source>
        <translation>Unknown section: %1</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
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
    <name>Risk</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>SelfDiagnosis</name>
    <message>
        <source>Not a JSON object of answers (%1).</source>
        <translation>Not a JSON object of answers (%1).</translation>
    </message>
    <message>
        <source>"%1" is not an item number from 1 to 25.</source>
        <translation>"%1" is not an item number from 1 to 25.</translation>
    </message>
    <message>
        <source>item %1: the answer must be 4, 2, 0 or -1.</source>
        <translation>item %1: the answer must be 4, 2, 0 or -1.</translation>
    </message>
    <message>
        <source>item %1 has no answer.</source>
        <translation>item %1 has no answer.</translation>
    </message>
</context>
<context>
    <name>SelfDiagnosisContent</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 does not describe the 25 items.</source>
        <translation>%1 does not describe the 25 items.</translation>
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
    <name>TextDecoding</name>
    <message>
        <source>Shift_JIS (CP932) conversion is not available on this system.</source>
        <translation>Shift_JIS (CP932) conversion is not available on this system.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid %3. Choose another encoding.</source>
        <translation>%1, line %2: the text is not valid %3. Choose another encoding.</translation>
    </message>
    <message>
        <source>The character “%1” (U+%2) cannot be saved in Shift_JIS (CP932). Save as UTF-8 instead.</source>
        <translation>The character “%1” (U+%2) cannot be saved in Shift_JIS (CP932). Save as UTF-8 instead.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor Shift_JIS (CP932).</source>
        <translation>%1, line %2: the text is neither UTF-8 nor Shift_JIS (CP932).</translation>
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
    <name>ValueParsers</name>
    <message>
        <source>no such day: %1</source>
        <translation>no such day: %1</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>two-digit years are ambiguous; write the year in full</source>
        <translation>two-digit years are ambiguous; write the year in full</translation>
    </message>
    <message>
        <source>the era year must be 1 or more</source>
        <translation>the era year must be 1 or more</translation>
    </message>
    <message>
        <source>%1 began on %2</source>
        <translation>%1 began on %2</translation>
    </message>
    <message>
        <source>the year must come first</source>
        <translation>the year must come first</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: %2 is missing.</source>
        <translation>%1 is not a complete Excel workbook: %2 is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 is damaged: %2 cannot be read.</translation>
    </message>
    <message>
        <source>The sheet %1 in %2 has too many cells (more than %3).</source>
        <translation>The sheet %1 in %2 has too many cells (more than %3).</translation>
    </message>
    <message>
        <source>%1 contains no sheets.</source>
        <translation>%1 contains no sheets.</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2". Its sheets: %3.</source>
        <translation>%1 has no sheet named "%2". Its sheets: %3.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write the Excel file %1.</source>
        <translation>Cannot write the Excel file %1.</translation>
    </message>
    <message>
        <source>Too many rows or columns for one Excel sheet (at most %L1 rows and %L2 columns).</source>
        <translation>Too many rows or columns for one Excel sheet (at most %L1 rows and %L2 columns).</translation>
    </message>
    <message>
        <source>Cell %1 has more text than Excel allows in one cell (%L2 characters).</source>
        <translation>Cell %1 has more text than Excel allows in one cell (%L2 characters).</translation>
    </message>
</context>
<context>
    <name>mamori::AssetEditorDialog</name>
    <message>
        <source>e.g. 2024-04-01 or 令和6年4月1日</source>
        <translation>e.g. 2024-04-01 or 令和6年4月1日</translation>
    </message>
    <message>
        <source>whole yen, e.g. 158,000</source>
        <translation>whole yen, e.g. 158,000</translation>
    </message>
    <message>
        <source>device or service</source>
        <translation>device or service</translation>
    </message>
    <message>
        <source>information asset</source>
        <translation>information asset</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Information assets stored on this device or service:</source>
        <translation>Information assets stored on this device or service:</translation>
    </message>
    <message>
        <source>Devices and services that store this information:</source>
        <translation>Devices and services that store this information:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>Another device already has this asset number.</source>
        <translation>Another device already has this asset number.</translation>
    </message>
    <message>
        <source>Another information asset already has this business area and name.</source>
        <translation>Another information asset already has this business area and name.</translation>
    </message>
    <message>
        <source>Business area / information asset name</source>
        <translation>Business area / information asset name</translation>
    </message>
    <message>
        <source>Asset number of a device or service</source>
        <translation>Asset number of a device or service</translation>
    </message>
    <message>
        <source>Nothing matches "%1".</source>
        <translation>Nothing matches "%1".</translation>
    </message>
</context>
<context>
    <name>mamori::AssetListWidget</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Unsupported OS (or within 180 days)</source>
        <translation>Unsupported OS (or within 180 days)</translation>
    </message>
    <message>
        <source>No update for 90 days</source>
        <translation>No update for 90 days</translation>
    </message>
    <message>
        <source>No MFA</source>
        <translation>No MFA</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <source>Warranty expired</source>
        <translation>Warranty expired</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row(s)</numerusform><numerusform>%n row(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::AssetsPage</name>
    <message>
        <source>Devices and services</source>
        <translation>Devices and services</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>Information assets</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>devices</translation>
    </message>
    <message>
        <source>information-assets</source>
        <translation>information-assets</translation>
    </message>
    <message>
        <source>Export Assets</source>
        <translation>Export Assets</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV, Shift_JIS for older Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV, Shift_JIS for older Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Cannot open the record</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device(s)? Deleting is for records entered by mistake: for a device that was disposed of, set its status to Disposed instead, so its history and the way its data was erased are kept. Edit → Undo brings deleted records back.</source>
        <translation><numerusform>Delete %n device(s)? Deleting is for records entered by mistake: for a device that was disposed of, set its status to Disposed instead, so its history and the way its data was erased are kept. Edit → Undo brings deleted records back.</numerusform><numerusform>Delete %n device(s)? Deleting is for records entered by mistake: for a device that was disposed of, set its status to Disposed instead, so its history and the way its data was erased are kept. Edit → Undo brings deleted records back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n information asset(s)? Edit → Undo brings them back.</source>
        <translation><numerusform>Delete %n information asset(s)? Edit → Undo brings them back.</numerusform><numerusform>Delete %n information asset(s)? Edit → Undo brings them back.</numerusform></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
    <name>mamori::BulkEditDialog</name>
    <message numerus="yes">
        <source>%n device(s) selected. The change can be undone with Edit → Undo.</source>
        <translation><numerusform>%n device(s) selected. The change can be undone with Edit → Undo.</numerusform><numerusform>%n device(s) selected. The change can be undone with Edit → Undo.</numerusform></translation>
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
    <name>mamori::ImportDialog</name>
    <message>
        <source>Detect from the headers</source>
        <translation>Detect from the headers</translation>
    </message>
    <message>
        <source>Devices and services</source>
        <translation>Devices and services</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>Information assets</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>(recognise the headers)</source>
        <translation>(recognise the headers)</translation>
    </message>
    <message>
        <source>Import Assets</source>
        <translation>Import Assets</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file.</source>
        <translation>Choose a CSV or XLSX file.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(keep as a custom column)</source>
        <translation>(keep as a custom column)</translation>
    </message>
    <message>
        <source>devices and services</source>
        <translation>devices and services</translation>
    </message>
    <message>
        <source>information assets</source>
        <translation>information assets</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n data row(s) · read as %2</source>
        <translation><numerusform>%1 · %n data row(s) · read as %2</numerusform><numerusform>%1 · %n data row(s) · read as %2</numerusform></translation>
    </message>
    <message>
        <source>Save Mapping as Preset</source>
        <translation>Save Mapping as Preset</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <source>Preset not saved</source>
        <translation>Preset not saved</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before it can be imported. Nothing was written.</source>
        <translation><numerusform>%n problem(s) to fix in the file before it can be imported. Nothing was written.</numerusform><numerusform>%n problem(s) to fix in the file before it can be imported. Nothing was written.</numerusform></translation>
    </message>
    <message>
        <source>All %1 rows are valid: %2 new, %3 already in Mamori (they will be updated).</source>
        <translation>All %1 rows are valid: %2 new, %3 already in Mamori (they will be updated).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated, %4 unchanged.</source>
        <translation>Imported %1: %2 created, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>mamori::InventoryDocument</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n record(s)</source>
        <translation><numerusform>Edit %n record(s)</numerusform><numerusform>Edit %n record(s)</numerusform></translation>
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
    <message>
        <source>Change not saved</source>
        <translation>Change not saved</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
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
