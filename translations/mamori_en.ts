<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionCommands</name>
    <message>
        <source>%1: ready</source>
        <translation>%1: ready</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Declared level: %1 (declared on %2, self-declaration ID %3)</source>
        <translation>Declared level: %1 (declared on %2, self-declaration ID %3)</translation>
    </message>
    <message>
        <source>Declared level: none</source>
        <translation>Declared level: none</translation>
    </message>
    <message>
        <source>Latest self-diagnosis: %1, %2 points (band %3)</source>
        <translation>Latest self-diagnosis: %1, %2 points (band %3)</translation>
    </message>
    <message>
        <source>Latest self-diagnosis: none</source>
        <translation>Latest self-diagnosis: none</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Reminders:</translation>
    </message>
    <message>
        <source>(due now)</source>
        <translation>(due now)</translation>
    </message>
    <message>
        <source>--level is required: 1 for ★, 2 for ★★.</source>
        <translation>--level is required: 1 for ★, 2 for ★★.</translation>
    </message>
    <message>
        <source>--level must be 1 (★) or 2 (★★).</source>
        <translation>--level must be 1 (★) or 2 (★★).</translation>
    </message>
    <message>
        <source>Recorded the %1 SECURITY ACTION declaration of %2.</source>
        <translation>Recorded the %1 SECURITY ACTION declaration of %2.</translation>
    </message>
    <message>
        <source>Show the SECURITY ACTION level, what is missing for ★ and ★★, the latest self-diagnosis and the reminders.</source>
        <translation>Show the SECURITY ACTION level, what is missing for ★ and ★★, the latest self-diagnosis and the reminders.</translation>
    </message>
    <message>
        <source>Record a SECURITY ACTION self-declaration made on IPA's site.</source>
        <translation>Record a SECURITY ACTION self-declaration made on IPA's site.</translation>
    </message>
    <message>
        <source>Level declared: 1 for ★, 2 for ★★.</source>
        <translation>Level declared: 1 for ★, 2 for ★★.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Date of the declaration (default: today).</source>
        <translation>Date of the declaration (default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Self-declaration ID (自己宣言ID), as received.</source>
        <translation>Self-declaration ID (自己宣言ID), as received.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>gBizID account used (optional).</source>
        <translation>gBizID account used (optional).</translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwords</translation>
    </message>
    <message>
        <source>Sharing settings</source>
        <translation>Sharing settings</translation>
    </message>
    <message>
        <source>Threats and tricks</source>
        <translation>Threats and tricks</translation>
    </message>
    <message>
        <source>Rule %1 (%2) is not in place yet</source>
        <translation>Rule %1 (%2) is not in place yet</translation>
    </message>
    <message>
        <source>Rule %1 (%2) is only partly in place</source>
        <translation>Rule %1 (%2) is only partly in place</translation>
    </message>
    <message>
        <source>No self-diagnosis completed yet</source>
        <translation>No self-diagnosis completed yet</translation>
    </message>
    <message numerus="yes">
        <source>Last self-diagnosis is older than %n month(s) (%1)</source>
        <translation><numerusform>Last self-diagnosis is older than %n month (%1)</numerusform><numerusform>Last self-diagnosis is older than %n months (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) answered “don't know”: %1</source>
        <translation><numerusform>%n item answered “don't know”: %1</numerusform><numerusform>%n items answered “don't know”: %1</numerusform></translation>
    </message>
    <message>
        <source>No basic security policy written yet</source>
        <translation>No basic security policy written yet</translation>
    </message>
    <message>
        <source>Policy written but not published</source>
        <translation>Policy written but not published</translation>
    </message>
    <message>
        <source>Redo the self-diagnosis</source>
        <translation>Redo the self-diagnosis</translation>
    </message>
    <message>
        <source>Do the self-diagnosis</source>
        <translation>Do the self-diagnosis</translation>
    </message>
    <message>
        <source>Review the basic security policy</source>
        <translation>Review the basic security policy</translation>
    </message>
    <message>
        <source>Write the basic security policy</source>
        <translation>Write the basic security policy</translation>
    </message>
    <message>
        <source>Confirm the five basic rules</source>
        <translation>Confirm the five basic rules</translation>
    </message>
</context>
<context>
    <name>ActionSettingsRepository</name>
    <message>
        <source>The self-diagnosis interval must be 1 to 60 months.</source>
        <translation>The self-diagnosis interval must be 1 to 60 months.</translation>
    </message>
    <message>
        <source>The policy review interval must be 1 to 60 months.</source>
        <translation>The policy review interval must be 1 to 60 months.</translation>
    </message>
    <message>
        <source>The exercise interval must be 1 to 60 months.</source>
        <translation>The exercise interval must be 1 to 60 months.</translation>
    </message>
</context>
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
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>--kind must be devices or information.</source>
        <translation>--kind must be devices or information.</translation>
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
        <source>Number of devices.</source>
        <translation>Number of devices.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>CSV encoding: auto (default: UTF-16 with a BOM, UTF-8 or Shift_JIS), utf-8, cp932, utf-16 or euc-jp.</source>
        <translation>CSV encoding: auto (default: UTF-16 with a BOM, UTF-8 or Shift_JIS), utf-8, cp932, utf-16 or euc-jp.</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (default, with BOM), cp932, utf-16 or euc-jp.</source>
        <translation>CSV encoding: utf-8 (default, with BOM), cp932, utf-16 or euc-jp.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, cp932, utf-16 or euc-jp.</source>
        <translation>--encoding must be auto, utf-8, cp932, utf-16 or euc-jp.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, tab, semicolon or one character.</source>
        <translation>--delimiter must be comma, tab, semicolon or one character.</translation>
    </message>
    <message>
        <source>--header-row must be a row number (1 or more).</source>
        <translation>--header-row must be a row number (1 or more).</translation>
    </message>
    <message>
        <source>--date-order must be auto, ymd, mdy or dmy.</source>
        <translation>--date-order must be auto, ymd, mdy or dmy.</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, cp932, utf-16 or euc-jp.</source>
        <translation>--encoding must be utf-8, cp932, utf-16 or euc-jp.</translation>
    </message>
    <message>
        <source>CSV field separator: auto (default: comma, tab or semicolon), comma, tab, semicolon or one character.</source>
        <translation>CSV field separator: auto (default: comma, tab or semicolon), comma, tab, semicolon or one character.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The header's row number (default: found among the first rows).</source>
        <translation>The header's row number (default: found among the first rows).</translation>
    </message>
    <message>
        <source>Order of dates such as 4/1/24: auto (default), ymd, mdy or dmy.</source>
        <translation>Order of dates such as 4/1/24: auto (default), ymd, mdy or dmy.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>What one of the file's values means, e.g. category:Storage=server (repeatable).</source>
        <translation>What one of the file's values means, e.g. category:Storage=server (repeatable).</translation>
    </message>
    <message>
        <source>FIELD:VALUE=CODE</source>
        <translation>FIELD:VALUE=CODE</translation>
    </message>
    <message>
        <source>Refuse values that are neither known nor mapped, and short rows.</source>
        <translation>Refuse values that are neither known nor mapped, and short rows.</translation>
    </message>
    <message>
        <source>Fill the database with a fictional small company of N devices and 18 months of its security work and posture history.</source>
        <translation>Fill the database with a fictional small company of N devices and 18 months of its security work and posture history.</translation>
    </message>
    <message>
        <source>Only the inventory: no plans, incidents, SECURITY ACTION records or posture history.</source>
        <translation>Only the inventory: no plans, incidents, SECURITY ACTION records or posture history.</translation>
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
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
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
    <message>
        <source>Category as written</source>
        <translation>Category as written</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>Purchase cost</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
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
        <translation><numerusform>The file has %n problem; nothing was imported.</numerusform><numerusform>The file has %n problems; nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>%1: row %2 is empty or not among the first rows, so it cannot be the header.</source>
        <translation>%1: row %2 is empty or not among the first rows, so it cannot be the header.</translation>
    </message>
    <message>
        <source>not a known value: %1 (it looks like %2; map it to be sure)</source>
        <translation>not a known value: %1 (it looks like %2; map it to be sure)</translation>
    </message>
    <message>
        <source>not a known value: %1</source>
        <translation>not a known value: %1</translation>
    </message>
    <message>
        <source>this column has dates with the day first (%1, row %2) and with the month first (%3, row %4)</source>
        <translation>this column has dates with the day first (%1, row %2) and with the month first (%3, row %4)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header only %2 columns: the data beyond them would be lost</source>
        <translation>the row has %1 fields but the header only %2 columns: the data beyond them would be lost</translation>
    </message>
    <message>
        <source>the row has only %1 of the %2 columns; the line may have been cut short</source>
        <translation>the row has only %1 of the %2 columns; the line may have been cut short</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) such as %1 could be day/month or month/day, and no date in this column says which; choose the file's date order (Date order in the import dialog, --date-order mdy or dmy on the command line)</source>
        <translation><numerusform>%n date such as %1 could be day/month or month/day, and no date in this column says which; choose the file's date order (Date order in the import dialog, --date-order mdy or dmy on the command line)</numerusform><numerusform>%n dates such as %1 could be day/month or month/day, and no date in this column says which; choose the file's date order (Date order in the import dialog, --date-order mdy or dmy on the command line)</numerusform></translation>
    </message>
</context>
<context>
    <name>AssetLedger</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Asset ledger</source>
        <translation>Asset ledger</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
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
        <source>Asset no.</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department, user</source>
        <translation>Department, user</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>End of support</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>AV / Enc. / MFA</source>
        <translation>AV / Enc. / MFA</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>No devices match.</source>
        <translation>No devices match.</translation>
    </message>
    <message>
        <source>Business area</source>
        <translation>Business area</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>C / I / A</source>
        <translation>C / I / A</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Threat / vuln.</source>
        <translation>Threat / vuln.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Kept on</translation>
    </message>
    <message>
        <source>No information assets match.</source>
        <translation>No information assets match.</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>text “%1”</translation>
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
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>AssetRecords</name>
    <message>
        <source>not a level from 1 to 3: %1</source>
        <translation>not a level from 1 to 3: %1</translation>
    </message>
    <message>
        <source>not a recognised value: %1</source>
        <translation>not a recognised value: %1</translation>
    </message>
    <message>
        <source>the row names two currencies: %1 and %2</source>
        <translation>the row names two currencies: %1 and %2</translation>
    </message>
    <message>
        <source>not an amount: %1</source>
        <translation>not an amount: %1</translation>
    </message>
    <message>
        <source>not a currency: %1</source>
        <translation>not a currency: %1</translation>
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
    <name>BackupCommands</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>next due %1</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 time like 2026-04-01T02:30 or 2026-04-01T02:30:00+09:00.</source>
        <translation>--%1 must be an ISO 8601 time like 2026-04-01T02:30 or 2026-04-01T02:30:00+09:00.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>--result must be ok, failed or partial.</source>
        <translation>--result must be ok, failed or partial.</translation>
    </message>
    <message>
        <source>--plan is required: a plan's name or id.</source>
        <translation>--plan is required: a plan's name or id.</translation>
    </message>
    <message>
        <source>There is no backup plan named “%1”; `mamori-cli backup plans` lists them.</source>
        <translation>There is no backup plan named “%1”; `mamori-cli backup plans` lists them.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name is required.</translation>
    </message>
    <message>
        <source>--frequency must be daily, weekly, monthly or every-n-days.</source>
        <translation>--frequency must be daily, weekly, monthly or every-n-days.</translation>
    </message>
    <message>
        <source>A weekly plan needs --days with weekdays, e.g. mon,thu.</source>
        <translation>A weekly plan needs --days with weekdays, e.g. mon,thu.</translation>
    </message>
    <message>
        <source>A monthly plan takes --days N (1–31) or --days last.</source>
        <translation>A monthly plan takes --days N (1–31) or --days last.</translation>
    </message>
    <message>
        <source>An every-n-days plan needs --days N (1–366).</source>
        <translation>An every-n-days plan needs --days N (1–366).</translation>
    </message>
    <message>
        <source>--at must be a time of day like 02:00.</source>
        <translation>--at must be a time of day like 02:00.</translation>
    </message>
    <message>
        <source>--method must be nas_copy, external_disk, cloud_service, tape, application_export or other.</source>
        <translation>--method must be nas_copy, external_disk, cloud_service, tape, application_export or other.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Added backup plan “%1” (id %2): %3, next due %4.</source>
        <translation>Added backup plan “%1” (id %2): %3, next due %4.</translation>
    </message>
    <message>
        <source>No backup plans yet: add one with `mamori-cli backup plan add`.</source>
        <translation>No backup plans yet: add one with `mamori-cli backup plan add`.</translation>
    </message>
    <message>
        <source>Recorded a backup run of “%1”: %2 at %3.</source>
        <translation>Recorded a backup run of “%1”: %2 at %3.</translation>
    </message>
    <message>
        <source>Recorded a restore test of “%1”: %2.</source>
        <translation>Recorded a restore test of “%1”: %2.</translation>
    </message>
    <message>
        <source>No backup is late or failed.</source>
        <translation>No backup is late or failed.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing is protected by a plan yet, and no information asset of importance 3 is recorded.</source>
        <translation>Nothing is protected by a plan yet, and no information asset of importance 3 is recorded.</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(until %1)</translation>
    </message>
    <message>
        <source>No reminders.</source>
        <translation>No reminders.</translation>
    </message>
    <message>
        <source>There is no reminder “%1”; `mamori-cli reminders` lists their keys.</source>
        <translation>There is no reminder “%1”; `mamori-cli reminders` lists their keys.</translation>
    </message>
    <message>
        <source>Marked “%1” done.</source>
        <translation>Marked “%1” done.</translation>
    </message>
    <message>
        <source>Snoozed “%1” until %2.</source>
        <translation>Snoozed “%1” until %2.</translation>
    </message>
    <message>
        <source>Wrote the calendar %1.</source>
        <translation>Wrote the calendar %1.</translation>
    </message>
    <message>
        <source>Add a backup plan.</source>
        <translation>Add a backup plan.</translation>
    </message>
    <message>
        <source>The plan's name (unique).</source>
        <translation>The plan's name (unique).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>daily, weekly, monthly or every-n-days.</source>
        <translation>daily, weekly, monthly or every-n-days.</translation>
    </message>
    <message>
        <source>FREQUENCY</source>
        <translation>FREQUENCY</translation>
    </message>
    <message>
        <source>Weekly: weekdays such as mon,thu. Monthly: day N or last. Every N days: N.</source>
        <translation>Weekly: weekdays such as mon,thu. Monthly: day N or last. Every N days: N.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Local time of day (default 02:00).</source>
        <translation>Local time of day (default 02:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Where the copy goes.</source>
        <translation>Where the copy goes.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The destination is disconnected between runs.</source>
        <translation>The destination is disconnected between runs.</translation>
    </message>
    <message>
        <source>The destination is off-site.</source>
        <translation>The destination is off-site.</translation>
    </message>
    <message>
        <source>Copies cannot be changed or deleted once written.</source>
        <translation>Copies cannot be changed or deleted once written.</translation>
    </message>
    <message>
        <source>nas_copy, external_disk, cloud_service, tape, application_export or other (default).</source>
        <translation>nas_copy, external_disk, cloud_service, tape, application_export or other (default).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Hours after the due time before it is late (default 24).</source>
        <translation>Hours after the due time before it is late (default 24).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>Who sees to it.</source>
        <translation>Who sees to it.</translation>
    </message>
    <message>
        <source>Copies kept (default 7).</source>
        <translation>Copies kept (default 7).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days between restore tests (default 180).</source>
        <translation>Days between restore tests (default 180).</translation>
    </message>
    <message>
        <source>What it protects: device asset numbers or information asset names (several, or comma-separated); mamori for Mamori's own database.</source>
        <translation>What it protects: device asset numbers or information asset names (several, or comma-separated); mamori for Mamori's own database.</translation>
    </message>
    <message>
        <source>ASSET_NUMBER</source>
        <translation>ASSET_NUMBER</translation>
    </message>
    <message>
        <source>List the backup plans with their state and next due time.</source>
        <translation>List the backup plans with their state and next due time.</translation>
    </message>
    <message>
        <source>Record a backup run (from a backup script, or attested by a person).</source>
        <translation>Record a backup run (from a backup script, or attested by a person).</translation>
    </message>
    <message>
        <source>The plan's name or id.</source>
        <translation>The plan's name or id.</translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation>NAME_OR_ID</translation>
    </message>
    <message>
        <source>ok, failed or partial.</source>
        <translation>ok, failed or partial.</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>Size of the copy in bytes.</source>
        <translation>Size of the copy in bytes.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>A note.</translation>
    </message>
    <message>
        <source>When it ran (ISO 8601; default now).</source>
        <translation>When it ran (ISO 8601; default now).</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>A file showing the run (its SHA-256 is kept, not the file).</source>
        <translation>A file showing the run (its SHA-256 is kept, not the file).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Who attests it (default: the logged-in user).</source>
        <translation>Who attests it (default: the logged-in user).</translation>
    </message>
    <message>
        <source>Record a restore test.</source>
        <translation>Record a restore test.</translation>
    </message>
    <message>
        <source>Minutes the restore took.</source>
        <translation>Minutes the restore took.</translation>
    </message>
    <message>
        <source>What was restored.</source>
        <translation>What was restored.</translation>
    </message>
    <message>
        <source>Where it was restored to.</source>
        <translation>Where it was restored to.</translation>
    </message>
    <message>
        <source>When it was tested (ISO 8601; default now).</source>
        <translation>When it was tested (ISO 8601; default now).</translation>
    </message>
    <message>
        <source>Who tested it (default: the logged-in user).</source>
        <translation>Who tested it (default: the logged-in user).</translation>
    </message>
    <message>
        <source>List late or failed backups and restore tests; exit 4 when there are any.</source>
        <translation>List late or failed backups and restore tests; exit 4 when there are any.</translation>
    </message>
    <message>
        <source>The 3-2-1 check for every protected asset.</source>
        <translation>The 3-2-1 check for every protected asset.</translation>
    </message>
    <message>
        <source>List every reminder: backups, restore tests, SECURITY ACTION, inventory dates.</source>
        <translation>List every reminder: backups, restore tests, SECURITY ACTION, inventory dates.</translation>
    </message>
    <message>
        <source>Snooze a reminder (default: for a week).</source>
        <translation>Snooze a reminder (default: for a week).</translation>
    </message>
    <message>
        <source>The last day it stays hidden.</source>
        <translation>The last day it stays hidden.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Mark a reminder done for its current due date.</source>
        <translation>Mark a reminder done for its current due date.</translation>
    </message>
    <message>
        <source>Write the reminders and backup schedules as an iCalendar file.</source>
        <translation>Write the reminders and backup schedules as an iCalendar file.</translation>
    </message>
</context>
<context>
    <name>BackupPlanDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>Destination is:</source>
        <translation>Destination is:</translation>
    </message>
    <message>
        <source>O&amp;ffline (disconnected between runs)</source>
        <translation>O&amp;ffline (disconnected between runs)</translation>
    </message>
    <message>
        <source>Off-&amp;site</source>
        <translation>Off-&amp;site</translation>
    </message>
    <message>
        <source>&amp;Immutable</source>
        <translation>&amp;Immutable</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>&amp;Weekdays:</translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation>Day of the &amp;month:</translation>
    </message>
    <message>
        <source>Every N &amp;days:</source>
        <translation>Every N &amp;days:</translation>
    </message>
    <message>
        <source>&amp;At (local time):</source>
        <translation>&amp;At (local time):</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Grace period:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Generations &amp;kept:</source>
        <translation>Generations &amp;kept:</translation>
    </message>
    <message>
        <source>Restore test e&amp;very:</source>
        <translation>Restore test e&amp;very:</translation>
    </message>
    <message>
        <source>&amp;Protects:</source>
        <translation>&amp;Protects:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
</context>
<context>
    <name>BackupPlans</name>
    <message>
        <source>Copy to a NAS</source>
        <translation>Copy to a NAS</translation>
    </message>
    <message>
        <source>External disk</source>
        <translation>External disk</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud service</translation>
    </message>
    <message>
        <source>Tape</source>
        <translation>Tape</translation>
    </message>
    <message>
        <source>Export from the application</source>
        <translation>Export from the application</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Daily at %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Every %1 at %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Monthly on the last day at %1</source>
        <translation>Monthly on the last day at %1</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>Monthly on day %1 at %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s) at %1</source>
        <translation><numerusform>Every %n day at %1</numerusform><numerusform>Every %n days at %1</numerusform></translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>off-site</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>immutable</translation>
    </message>
    <message>
        <source>The plan needs a name.</source>
        <translation>The plan needs a name.</translation>
    </message>
    <message>
        <source>The time of day is not valid.</source>
        <translation>The time of day is not valid.</translation>
    </message>
    <message>
        <source>A weekly plan needs at least one weekday.</source>
        <translation>A weekly plan needs at least one weekday.</translation>
    </message>
    <message>
        <source>Weekday %1 is not 1 (Monday) to 7 (Sunday).</source>
        <translation>Weekday %1 is not 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>The day of the month must be 1 to 31, or the last day.</source>
        <translation>The day of the month must be 1 to 31, or the last day.</translation>
    </message>
    <message>
        <source>Every N days needs N from 1 to 366.</source>
        <translation>Every N days needs N from 1 to 366.</translation>
    </message>
    <message>
        <source>Every N days needs a first day to count from.</source>
        <translation>Every N days needs a first day to count from.</translation>
    </message>
    <message>
        <source>The grace period must be 0 to 1440 hours.</source>
        <translation>The grace period must be 0 to 1440 hours.</translation>
    </message>
    <message>
        <source>Generations kept must be 1 to 10000.</source>
        <translation>Generations kept must be 1 to 10000.</translation>
    </message>
    <message>
        <source>The restore-test interval must be 1 to 3660 days.</source>
        <translation>The restore-test interval must be 1 to 3660 days.</translation>
    </message>
</context>
<context>
    <name>BackupRepository</name>
    <message>
        <source>Mamori's own database</source>
        <translation>Mamori's own database</translation>
    </message>
    <message>
        <source>The run needs a start time.</source>
        <translation>The run needs a start time.</translation>
    </message>
    <message>
        <source>The run ends before it starts.</source>
        <translation>The run ends before it starts.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>The size cannot be negative.</translation>
    </message>
    <message>
        <source>There is no backup plan with id %1.</source>
        <translation>There is no backup plan with id %1.</translation>
    </message>
    <message>
        <source>“%1” names %2 information assets in different business areas; give a device's asset number or a unique name.</source>
        <translation>“%1” names %2 information assets in different business areas; give a device's asset number or a unique name.</translation>
    </message>
    <message>
        <source>“%1” is neither a device's asset number nor an information asset's name (or “mamori” for Mamori's own database).</source>
        <translation>“%1” is neither a device's asset number nor an information asset's name (or “mamori” for Mamori's own database).</translation>
    </message>
    <message>
        <source>There is already a backup plan named “%1”.</source>
        <translation>There is already a backup plan named “%1”.</translation>
    </message>
    <message>
        <source>There is no backup run with id %1.</source>
        <translation>There is no backup run with id %1.</translation>
    </message>
    <message>
        <source>The restore test needs a time.</source>
        <translation>The restore test needs a time.</translation>
    </message>
    <message>
        <source>The minutes taken cannot be negative.</source>
        <translation>The minutes taken cannot be negative.</translation>
    </message>
    <message>
        <source>There is no restore test with id %1.</source>
        <translation>There is no restore test with id %1.</translation>
    </message>
</context>
<context>
    <name>BackupRules</name>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Last run failed</translation>
    </message>
    <message>
        <source>Last run partial</source>
        <translation>Last run partial</translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation>Restore tested</translation>
    </message>
    <message>
        <source>Restore test due</source>
        <translation>Restore test due</translation>
    </message>
    <message>
        <source>Last restore test failed</source>
        <translation>Last restore test failed</translation>
    </message>
</context>
<context>
    <name>BackupRuns</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Protects</source>
        <translation>Protects</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>Restore test</translation>
    </message>
    <message>
        <source>Recent runs and restore tests of the selected plan</source>
        <translation>Recent runs and restore tests of the selected plan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record OK Run Now</source>
        <translation>Record OK Run Now</translation>
    </message>
    <message>
        <source>Record Run…</source>
        <translation>Record Run…</translation>
    </message>
    <message>
        <source>Record Restore Test…</source>
        <translation>Record Restore Test…</translation>
    </message>
    <message>
        <source>Edit Plan…</source>
        <translation>Edit Plan…</translation>
    </message>
    <message>
        <source>Delete Plan</source>
        <translation>Delete Plan</translation>
    </message>
    <message>
        <source>3-2-1 check</source>
        <translation>3-2-1 check</translation>
    </message>
    <message>
        <source>Three copies counting the original, on two kinds of media, one of them off-site — and one offline or immutable (3-2-1-1), so ransomware cannot reach every copy. Information assets of importance 3 with no plan are listed too.</source>
        <translation>Three copies counting the original, on two kinds of media, one of them off-site — and one offline or immutable (3-2-1-1), so ransomware cannot reach every copy. Information assets of importance 3 with no plan are listed too.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Media kinds</source>
        <translation>Media kinds</translation>
    </message>
    <message>
        <source>Off-site</source>
        <translation>Off-site</translation>
    </message>
    <message>
        <source>Offline or immutable</source>
        <translation>Offline or immutable</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
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
    <name>CalendarFile</name>
    <message>
        <source>Mamori reminders</source>
        <translation>Mamori reminders</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destination: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
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
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written), 3 database error (missing, damaged, locked or newer version), 4 something needs attention (backup due: a backup late or failed).</source>
        <translation>Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written), 3 database error (missing, damaged, locked or newer version), 4 something needs attention (backup due: a backup late or failed).</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-04-01.</source>
        <translation>--%1 must be a date like 2026-04-01.</translation>
    </message>
    <message>
        <source>Warning: today's posture snapshot was not taken: %1</source>
        <translation>Warning: today's posture snapshot was not taken: %1</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>Close the incident</source>
        <translation>Close the incident</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Impact:</translation>
    </message>
    <message>
        <source>What changed afterwards:</source>
        <translation>What changed afterwards:</translation>
    </message>
    <message>
        <source>Records changed:</source>
        <translation>Records changed:</translation>
    </message>
    <message>
        <source>Devices changed:</source>
        <translation>Devices changed:</translation>
    </message>
    <message>
        <source>Asset numbers, separated by commas (PC-001, NAS-01)</source>
        <translation>Asset numbers, separated by commas (PC-001, NAS-01)</translation>
    </message>
    <message>
        <source>Information assets changed:</source>
        <translation>Information assets changed:</translation>
    </message>
    <message>
        <source>Names, separated by commas (顧客名簿)</source>
        <translation>Names, separated by commas (顧客名簿)</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Lessons learned:</translation>
    </message>
    <message>
        <source>Why close anyway:</source>
        <translation>Why close anyway:</translation>
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
    <name>Contacts</name>
    <message>
        <source>%1: “%2” is not a valid key: use lower-case letters, digits, “-” and “_”.</source>
        <translation>%1: “%2” is not a valid key: use lower-case letters, digits, “-” and “_”.</translation>
    </message>
    <message>
        <source>%1: the kind “%2” is unknown; use firm or public.</source>
        <translation>%1: the kind “%2” is unknown; use firm or public.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>%1: a public body needs its official web address (https://…).</source>
        <translation>%1: a public body needs its official web address (https://…).</translation>
    </message>
    <message>
        <source>%1: a bundled contact cannot be marked as checked: only the firm confirms its contacts.</source>
        <translation>%1: a bundled contact cannot be marked as checked: only the firm confirms its contacts.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1: a contact must be an object.</source>
        <translation>%1: a contact must be an object.</translation>
    </message>
    <message>
        <source>%1: the key “%2” appears twice.</source>
        <translation>%1: the key “%2” appears twice.</translation>
    </message>
    <message>
        <source>%1 lists no contacts.</source>
        <translation>%1 lists no contacts.</translation>
    </message>
</context>
<context>
    <name>ContactsSheetPdf</name>
    <message>
        <source>Check before use.</source>
        <translation>Check before use.</translation>
    </message>
    <message>
        <source>Our contacts</source>
        <translation>Our contacts</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>Public bodies</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Organisation, person</source>
        <translation>Organisation, person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail, web</source>
        <translation>E-mail, web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Incident contacts</source>
        <translation>Incident contacts</translation>
    </message>
    <message>
        <source>Keep this page by the phone. In an emergency call 110. Check each number before you need it: bundled entries are marked "Check before use" until confirmed.</source>
        <translation>Keep this page by the phone. In an emergency call 110. Check each number before you need it: bundled entries are marked "Check before use" until confirmed.</translation>
    </message>
</context>
<context>
    <name>ContactsWidget</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation · person</source>
        <translation>Organisation · person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Web page:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Checked: these details are right and current</source>
        <translation>Checked: these details are right and current</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the contacts on one A4 page as a PDF, to print and keep by the phone. It is recorded on the Reports page with its fingerprint.</source>
        <translation>Save the contacts on one A4 page as a PDF, to print and keep by the phone. It is recorded on the Reports page with its fingerprint.</translation>
    </message>
    <message>
        <source>Print contacts sheet…</source>
        <translation>Print contacts sheet…</translation>
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
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; nothing was written.</source>
        <translation>Writing %1 was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Posture score</source>
        <translation>Posture score</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Part of the score</source>
        <translation>Part of the score</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>Score over time</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Ranked by how much each would raise the score. Double-click one, or press Enter, to open the records behind it.</source>
        <translation>Ranked by how much each would raise the score. Double-click one, or press Enter, to open the records behind it.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why the score moved</source>
        <translation>Why the score moved</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Devices by category and status</source>
        <translation>Devices by category and status</translation>
    </message>
    <message>
        <source>Click a bar to open those devices.</source>
        <translation>Click a bar to open those devices.</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>Open SECURITY ACTION</source>
        <translation>Open SECURITY ACTION</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <source>Incident or clock</source>
        <translation>Incident or clock</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
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
    <message>
        <source>The database check was cancelled.</source>
        <translation>The database check was cancelled.</translation>
    </message>
    <message>
        <source>This connection to %1 is for reading only.</source>
        <translation>This connection to %1 is for reading only.</translation>
    </message>
    <message>
        <source>Mamori is still checking the database %1 after opening it. Try again in a moment; nothing was saved.</source>
        <translation>Mamori is still checking the database %1 after opening it. Try again in a moment; nothing was saved.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so Mamori keeps it read-only and saves no changes to it. Restore it from a backup.</source>
        <translation>The database %1 is damaged, so Mamori keeps it read-only and saves no changes to it. Restore it from a backup.</translation>
    </message>
    <message>
        <source>allow changes to the database</source>
        <translation>allow changes to the database</translation>
    </message>
    <message>
        <source>The database %1 holds an unfinished change from a program that stopped while writing it (%2 beside it). Mamori has not changed it; opening it in Mamori undoes the unfinished change.</source>
        <translation>The database %1 holds an unfinished change from a program that stopped while writing it (%2 beside it). Mamori has not changed it; opening it in Mamori undoes the unfinished change.</translation>
    </message>
    <message>
        <source>Cannot undo the unfinished change in the database %1.</source>
        <translation>Cannot undo the unfinished change in the database %1.</translation>
    </message>
    <message>
        <source>The file %1 is empty — it is not a Mamori database. A failed copy, a full disk or a sync conflict can leave such a file. Mamori has not changed it; restore the database from a backup.</source>
        <translation>The file %1 is empty — it is not a Mamori database. A failed copy, a full disk or a sync conflict can leave such a file. Mamori has not changed it; restore the database from a backup.</translation>
    </message>
</context>
<context>
    <name>DatePromptDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
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
    <name>Declaration</name>
    <message>
        <source>★★ Two stars</source>
        <translation>★★ Two stars</translation>
    </message>
    <message>
        <source>★ One star</source>
        <translation>★ One star</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>&amp;Declared on:</translation>
    </message>
    <message>
        <source>Self-declaration &amp;ID:</source>
        <translation>Self-declaration &amp;ID:</translation>
    </message>
    <message>
        <source>As IPA gave it (e-mail or My Page)</source>
        <translation>As IPA gave it (e-mail or My Page)</translation>
    </message>
    <message>
        <source>Copy it exactly. Its format has changed over the years, so Mamori does not check it. Subsidy applications ask for this ID.</source>
        <translation>Copy it exactly. Its format has changed over the years, so Mamori does not check it. Subsidy applications ask for this ID.</translation>
    </message>
    <message>
        <source>&amp;gBizID account:</source>
        <translation>&amp;gBizID account:</translation>
    </message>
    <message>
        <source>Optional: the account used to declare</source>
        <translation>Optional: the account used to declare</translation>
    </message>
    <message>
        <source>L&amp;ogo shown at:</source>
        <translation>L&amp;ogo shown at:</translation>
    </message>
    <message>
        <source>e.g. website, business cards, brochures</source>
        <translation>e.g. website, business cards, brochures</translation>
    </message>
    <message>
        <source>&amp;Withdrawn:</source>
        <translation>&amp;Withdrawn:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>DeclarationRepository</name>
    <message>
        <source>There is no declaration with id %1.</source>
        <translation>There is no declaration with id %1.</translation>
    </message>
    <message>
        <source>The level must be ★ (1) or ★★ (2).</source>
        <translation>The level must be ★ (1) or ★★ (2).</translation>
    </message>
    <message>
        <source>The declaration needs a date.</source>
        <translation>The declaration needs a date.</translation>
    </message>
    <message>
        <source>The withdrawal date is before the declaration date.</source>
        <translation>The withdrawal date is before the declaration date.</translation>
    </message>
</context>
<context>
    <name>DeclarationsWidget</name>
    <message>
        <source>Record each SECURITY ACTION declaration you make on IPA's site: the level, the date and the self-declaration ID IPA gives you. Going from ★ to ★★ is a new declaration; the earlier one stays here as history. SECURITY ACTION is a self-declaration, not a certification.</source>
        <translation>Record each SECURITY ACTION declaration you make on IPA's site: the level, the date and the self-declaration ID IPA gives you. Going from ★ to ★★ is a new declaration; the earlier one stays here as history. SECURITY ACTION is a self-declaration, not a certification.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
</context>
<context>
    <name>DeviceChecks</name>
    <message>
        <source>Devices and software in use</source>
        <translation>Devices and software in use</translation>
    </message>
    <message>
        <source>Support ended</source>
        <translation>Support ended</translation>
    </message>
    <message>
        <source>Support ends within 180 days</source>
        <translation>Support ends within 180 days</translation>
    </message>
    <message>
        <source>PCs, servers and phones in use</source>
        <translation>PCs, servers and phones in use</translation>
    </message>
    <message>
        <source>No update for 90 days</source>
        <translation>No update for 90 days</translation>
    </message>
    <message>
        <source>PCs and servers in use</source>
        <translation>PCs and servers in use</translation>
    </message>
    <message>
        <source>No antivirus</source>
        <translation>No antivirus</translation>
    </message>
    <message>
        <source>Antivirus not recorded</source>
        <translation>Antivirus not recorded</translation>
    </message>
    <message>
        <source>Cloud services in use</source>
        <translation>Cloud services in use</translation>
    </message>
    <message>
        <source>Cloud service without MFA</source>
        <translation>Cloud service without MFA</translation>
    </message>
    <message>
        <source>MFA not recorded</source>
        <translation>MFA not recorded</translation>
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
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>Disposed without a record of erasure</source>
        <translation>Disposed without a record of erasure</translation>
    </message>
    <message>
        <source>Laptops, phones and removable media in use</source>
        <translation>Laptops, phones and removable media in use</translation>
    </message>
    <message>
        <source>Portable device not encrypted</source>
        <translation>Portable device not encrypted</translation>
    </message>
    <message>
        <source>Portable device encryption not recorded</source>
        <translation>Portable device encryption not recorded</translation>
    </message>
</context>
<context>
    <name>DeviceTally</name>
    <message>
        <source>count the devices</source>
        <translation>count the devices</translation>
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
    <name>DiagnosisComparison</name>
    <message>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message numerus="yes">
        <source>Combined
(%n departments)</source>
        <translation><numerusform>Combined
(%n departments)</numerusform><numerusform>Combined
(%n departments)</numerusform></translation>
    </message>
</context>
<context>
    <name>DiagnosisPanel</name>
    <message>
        <source>&amp;New diagnosis</source>
        <translation>&amp;New diagnosis</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>Answered on:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Completed diagnoses side by side, newest first. The combined column takes each department's latest diagnosis and the lowest answer per item.</source>
        <translation>Completed diagnoses side by side, newest first. The combined column takes each department's latest diagnosis and the lowest answer per item.</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Diagnosis:</translation>
    </message>
</context>
<context>
    <name>DiagnosisRepository</name>
    <message>
        <source>There is no self-diagnosis with id %1.</source>
        <translation>There is no self-diagnosis with id %1.</translation>
    </message>
    <message>
        <source>A completed self-diagnosis is read-only: start a new one instead.</source>
        <translation>A completed self-diagnosis is read-only: start a new one instead.</translation>
    </message>
    <message>
        <source>The self-diagnosis needs a date.</source>
        <translation>The self-diagnosis needs a date.</translation>
    </message>
    <message>
        <source>There is no item %1: the items are numbered 1 to 25.</source>
        <translation>There is no item %1: the items are numbered 1 to 25.</translation>
    </message>
    <message>
        <source>Item %1: the answer must be 4, 2, 0 or -1.</source>
        <translation>Item %1: the answer must be 4, 2, 0 or -1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without an answer: %1</source>
        <translation><numerusform>%n item without an answer: %1</numerusform><numerusform>%n items without an answer: %1</numerusform></translation>
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
    <message>
        <source>read the SECURITY ACTION records</source>
        <translation>read the SECURITY ACTION records</translation>
    </message>
    <message>
        <source>save the SECURITY ACTION records</source>
        <translation>save the SECURITY ACTION records</translation>
    </message>
    <message>
        <source>read the security policy</source>
        <translation>read the security policy</translation>
    </message>
    <message>
        <source>save the security policy</source>
        <translation>save the security policy</translation>
    </message>
    <message>
        <source>read the incident records</source>
        <translation>read the incident records</translation>
    </message>
    <message>
        <source>save the incident records</source>
        <translation>save the incident records</translation>
    </message>
    <message>
        <source>read the playbooks and contacts</source>
        <translation>read the playbooks and contacts</translation>
    </message>
    <message>
        <source>save the playbooks and contacts</source>
        <translation>save the playbooks and contacts</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>read the backup records</source>
        <translation>read the backup records</translation>
    </message>
    <message>
        <source>save the backup records</source>
        <translation>save the backup records</translation>
    </message>
    <message>
        <source>read the reminders</source>
        <translation>read the reminders</translation>
    </message>
    <message>
        <source>save the reminders</source>
        <translation>save the reminders</translation>
    </message>
    <message>
        <source>A reminder needs a key.</source>
        <translation>A reminder needs a key.</translation>
    </message>
    <message>
        <source>read the posture records</source>
        <translation>read the posture records</translation>
    </message>
    <message>
        <source>save the posture snapshot</source>
        <translation>save the posture snapshot</translation>
    </message>
    <message>
        <source>The dashboard was not read: cancelled.</source>
        <translation>The dashboard was not read: cancelled.</translation>
    </message>
    <message>
        <source>read the stored records</source>
        <translation>read the stored records</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>SECURITY ACTION evidence pack</source>
        <translation>SECURITY ACTION evidence pack</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>This pack sets out the SECURITY ACTION self-declaration made by the company named above and the records behind it. SECURITY ACTION is a self-declaration: the company states its own commitment. It is not a certification, and no third party has examined these records.</source>
        <translation>This pack sets out the SECURITY ACTION self-declaration made by the company named above and the records behind it. SECURITY ACTION is a self-declaration: the company states its own commitment. It is not a certification, and no third party has examined these records.</translation>
    </message>
    <message>
        <source>1. Company profile</source>
        <translation>1. Company profile</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>2. Declaration</source>
        <translation>2. Declaration</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Self-declaration ID</source>
        <translation>Self-declaration ID</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <source>gBizID account</source>
        <translation>gBizID account</translation>
    </message>
    <message>
        <source>Logo shown at</source>
        <translation>Logo shown at</translation>
    </message>
    <message>
        <source>No self-declaration in force is recorded.</source>
        <translation>No self-declaration in force is recorded.</translation>
    </message>
    <message>
        <source>3. The five basic rules</source>
        <translation>3. The five basic rules</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>How it is done</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Last confirmed</translation>
    </message>
    <message>
        <source>4. Self-diagnosis (25 items)</source>
        <translation>4. Self-diagnosis (25 items)</translation>
    </message>
    <message>
        <source>Score (of 100)</source>
        <translation>Score (of 100)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Items answered "don't know"</source>
        <translation>Items answered "don't know"</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No completed self-diagnosis is recorded.</source>
        <translation>No completed self-diagnosis is recorded.</translation>
    </message>
    <message>
        <source>5. Basic security policy</source>
        <translation>5. Basic security policy</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Not published yet</translation>
    </message>
    <message>
        <source>Where it is published</source>
        <translation>Where it is published</translation>
    </message>
    <message>
        <source>No basic policy is recorded.</source>
        <translation>No basic policy is recorded.</translation>
    </message>
    <message>
        <source>Representative's signature and seal</source>
        <translation>Representative's signature and seal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title and name of the representative</source>
        <translation>Title and name of the representative</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>I confirm that the records above are ours and are correct as of the date written above.</source>
        <translation>I confirm that the records above are ours and are correct as of the date written above.</translation>
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
    <name>FiveRuleRepository</name>
    <message>
        <source>There is no rule %1: the rules are numbered 1 to 5.</source>
        <translation>There is no rule %1: the rules are numbered 1 to 5.</translation>
    </message>
</context>
<context>
    <name>FiveRules</name>
    <message>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>%1 does not describe the five basic rules.</source>
        <translation>%1 does not describe the five basic rules.</translation>
    </message>
</context>
<context>
    <name>FiveRulesPanel</name>
    <message>
        <source>The five basic rules are what a ★ declaration commits to. Record for each rule how it is done, who looks after it and when it was last confirmed.</source>
        <translation>The five basic rules are what a ★ declaration commits to. Record for each rule how it is done, who looks after it and when it was last confirmed.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;How it is done:</source>
        <translation>&amp;How it is done:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>A note, or where the proof is kept (file, folder, binder)</source>
        <translation>A note, or where the proof is kept (file, folder, binder)</translation>
    </message>
    <message>
        <source>Last &amp;confirmed:</source>
        <translation>Last &amp;confirmed:</translation>
    </message>
    <message>
        <source>Confirmed &amp;today</source>
        <translation>Confirmed &amp;today</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>GettingStartedWidget</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Five first steps. Each one ticks itself once its data is in Mamori.</source>
        <translation>Five first steps. Each one ticks itself once its data is in Mamori.</translation>
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
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Date order:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>De&amp;limiter:</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>… and %n more like these</source>
        <translation><numerusform>… and %n more like these</numerusform><numerusform>… and %n more like these</numerusform></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>column %1 (%2)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” in %n row(s), guessed as %3</source>
        <translation><numerusform>%1: “%2” in %n row, guessed as %3</numerusform><numerusform>%1: “%2” in %n rows, guessed as %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” in %n row(s), not a known word, read as %3</source>
        <translation><numerusform>%1: “%2” in %n row, not a known word, read as %3</numerusform><numerusform>%1: “%2” in %n rows, not a known word, read as %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — and %n more row(s) like it: %2</source>
        <translation><numerusform>%1 — and %n more row like it: %2</numerusform><numerusform>%1 — and %n more rows like it: %2</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between row numbers</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>--%1 must be an ISO 8601 time such as 2026-04-01T09:30 or 2026-04-01T09:30:00+09:00, not "%2".</source>
        <translation>--%1 must be an ISO 8601 time such as 2026-04-01T09:30 or 2026-04-01T09:30:00+09:00, not "%2".</translation>
    </message>
    <message>
        <source>%1 must be a number, not "%2".</source>
        <translation>%1 must be a number, not "%2".</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>OVERDUE since %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>promptly</translation>
    </message>
    <message>
        <source>--trigger %1: the value must be yes or no.</source>
        <translation>--trigger %1: the value must be yes or no.</translation>
    </message>
    <message>
        <source>Unknown trigger "%1". Use personal_data, sensitive, financial_damage, unauthorised_purpose, more_than_thousand or strongly_encrypted.</source>
        <translation>Unknown trigger "%1". Use personal_data, sensitive, financial_damage, unauthorised_purpose, more_than_thousand or strongly_encrypted.</translation>
    </message>
    <message>
        <source>--people must be a number of people.</source>
        <translation>--people must be a number of people.</translation>
    </message>
    <message>
        <source>There is no device with asset number "%1".</source>
        <translation>There is no device with asset number "%1".</translation>
    </message>
    <message>
        <source>--playbook ID and --title TEXT are required.</source>
        <translation>--playbook ID and --title TEXT are required.</translation>
    </message>
    <message>
        <source>--aware-at cannot be before --detected-at.</source>
        <translation>--aware-at cannot be before --detected-at.</translation>
    </message>
    <message>
        <source>--severity must be low, medium, high or critical.</source>
        <translation>--severity must be low, medium, high or critical.</translation>
    </message>
    <message>
        <source>Started exercise %1: %2</source>
        <translation>Started exercise %1: %2</translation>
    </message>
    <message>
        <source>Started incident %1: %2</source>
        <translation>Started incident %1: %2</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Clock: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--kind must be note, action, decision or contact (evidence: use incident evidence).</source>
        <translation>--kind must be note, action, decision or contact (evidence: use incident evidence).</translation>
    </message>
    <message>
        <source>--corrects must be an entry id.</source>
        <translation>--corrects must be an entry id.</translation>
    </message>
    <message>
        <source>Logged entry %1 in incident %2.</source>
        <translation>Logged entry %1 in incident %2.</translation>
    </message>
    <message>
        <source>Recorded evidence %1 (SHA-256 %2) in incident %3.</source>
        <translation>Recorded evidence %1 (SHA-256 %2) in incident %3.</translation>
    </message>
    <message>
        <source>STEP_NUMBER must be a step number like 3.</source>
        <translation>STEP_NUMBER must be a step number like 3.</translation>
    </message>
    <message>
        <source>Give one of --done, --na REASON or --open.</source>
        <translation>Give one of --done, --na REASON or --open.</translation>
    </message>
    <message>
        <source>Step %1 of incident %2: %3</source>
        <translation>Step %1 of incident %2: %3</translation>
    </message>
    <message>
        <source>Give one of --done or --open.</source>
        <translation>Give one of --done or --open.</translation>
    </message>
    <message>
        <source>Marked clock %1 of incident %2 as done.</source>
        <translation>Marked clock %1 of incident %2 as done.</translation>
    </message>
    <message>
        <source>Opened clock %1 of incident %2 again.</source>
        <translation>Opened clock %1 of incident %2 again.</translation>
    </message>
    <message>
        <source>--title TEXT and --hours N are required.</source>
        <translation>--title TEXT and --hours N are required.</translation>
    </message>
    <message>
        <source>Added clock %1 to incident %2.</source>
        <translation>Added clock %1 to incident %2.</translation>
    </message>
    <message>
        <source>--status must be open, contained or recovered (use incident close to close).</source>
        <translation>--status must be open, contained or recovered (use incident close to close).</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>Incident %1 is closed.</translation>
    </message>
    <message>
        <source>Updated incident %1.</source>
        <translation>Updated incident %1.</translation>
    </message>
    <message>
        <source>(exercise)</source>
        <translation>(exercise)</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>No incidents recorded.</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>No open incidents.</translation>
    </message>
    <message>
        <source>Status: %1, severity: %2</source>
        <translation>Status: %1, severity: %2</translation>
    </message>
    <message>
        <source>Detected: %1, became aware: %2</source>
        <translation>Detected: %1, became aware: %2</translation>
    </message>
    <message>
        <source>Information at risk:</source>
        <translation>Information at risk:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>(corrects #%1)</source>
        <translation>(corrects #%1)</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Cause: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Impact: %1</translation>
    </message>
    <message>
        <source>Closed incident %1.</source>
        <translation>Closed incident %1.</translation>
    </message>
    <message>
        <source>Who did it (default: the signed-in user).</source>
        <translation>Who did it (default: the signed-in user).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>When the firm became aware (ISO 8601; the law counts from here).</source>
        <translation>When the firm became aware (ISO 8601; the law counts from here).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>When it was detected (ISO 8601).</source>
        <translation>When it was detected (ISO 8601).</translation>
    </message>
    <message>
        <source>low, medium, high or critical.</source>
        <translation>low, medium, high or critical.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>An affected device's asset number (repeatable).</source>
        <translation>An affected device's asset number (repeatable).</translation>
    </message>
    <message>
        <source>ASSET_NUMBER</source>
        <translation>ASSET_NUMBER</translation>
    </message>
    <message>
        <source>A reporting trigger: personal_data, sensitive, financial_damage, unauthorised_purpose, more_than_thousand or strongly_encrypted, with =yes or =no (repeatable).</source>
        <translation>A reporting trigger: personal_data, sensitive, financial_damage, unauthorised_purpose, more_than_thousand or strongly_encrypted, with =yes or =no (repeatable).</translation>
    </message>
    <message>
        <source>NAME=yes|no</source>
        <translation>NAME=yes|no</translation>
    </message>
    <message>
        <source>Number of people affected.</source>
        <translation>Number of people affected.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Who took part (exercises).</source>
        <translation>Who took part (exercises).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Start an incident (or an exercise) from a playbook.</source>
        <translation>Start an incident (or an exercise) from a playbook.</translation>
    </message>
    <message>
        <source>The playbook's id (see playbook list).</source>
        <translation>The playbook's id (see playbook list).</translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation>A short title.</translation>
    </message>
    <message>
        <source>A tabletop exercise, not a real incident.</source>
        <translation>A tabletop exercise, not a real incident.</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>Who reported it.</translation>
    </message>
    <message>
        <source>Add an entry to an incident's timeline.</source>
        <translation>Add an entry to an incident's timeline.</translation>
    </message>
    <message>
        <source>note, action, decision or contact (default: note).</source>
        <translation>note, action, decision or contact (default: note).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default: now).</source>
        <translation>When it happened (ISO 8601; default: now).</translation>
    </message>
    <message>
        <source>Who decided (decisions).</source>
        <translation>Who decided (decisions).</translation>
    </message>
    <message>
        <source>Why (decisions).</source>
        <translation>Why (decisions).</translation>
    </message>
    <message>
        <source>Whom (contacts): a key of incident contacts.</source>
        <translation>Whom (contacts): a key of incident contacts.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The id of the entry this one corrects.</source>
        <translation>The id of the entry this one corrects.</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <source>The checklist step it belongs to.</source>
        <translation>The checklist step it belongs to.</translation>
    </message>
    <message>
        <source>Record a file as evidence: its path and SHA-256 (the file is not copied).</source>
        <translation>Record a file as evidence: its path and SHA-256 (the file is not copied).</translation>
    </message>
    <message>
        <source>What the file shows.</source>
        <translation>What the file shows.</translation>
    </message>
    <message>
        <source>Tick a checklist step, mark it not applicable, or open it again.</source>
        <translation>Tick a checklist step, mark it not applicable, or open it again.</translation>
    </message>
    <message>
        <source>The step is done.</source>
        <translation>The step is done.</translation>
    </message>
    <message>
        <source>The step does not apply, and why.</source>
        <translation>The step does not apply, and why.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>Open the step again.</source>
        <translation>Open the step again.</translation>
    </message>
    <message>
        <source>Mark a reporting clock's report as sent, or open it again.</source>
        <translation>Mark a reporting clock's report as sent, or open it again.</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>The report was sent.</translation>
    </message>
    <message>
        <source>Open the clock again.</source>
        <translation>Open the clock again.</translation>
    </message>
    <message>
        <source>Add the firm's own clock, e.g. a customer to tell within 24 hours.</source>
        <translation>Add the firm's own clock, e.g. a customer to tell within 24 hours.</translation>
    </message>
    <message>
        <source>What must be done.</source>
        <translation>What must be done.</translation>
    </message>
    <message>
        <source>Hours from awareness.</source>
        <translation>Hours from awareness.</translation>
    </message>
    <message>
        <source>Change an incident's status, severity, times, devices or triggers.</source>
        <translation>Change an incident's status, severity, times, devices or triggers.</translation>
    </message>
    <message>
        <source>A new title.</source>
        <translation>A new title.</translation>
    </message>
    <message>
        <source>open, contained or recovered.</source>
        <translation>open, contained or recovered.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Lessons learned (exercises).</source>
        <translation>Lessons learned (exercises).</translation>
    </message>
    <message>
        <source>List the open incidents and exercises (with --all, the closed ones too).</source>
        <translation>List the open incidents and exercises (with --all, the closed ones too).</translation>
    </message>
    <message>
        <source>Include closed incidents.</source>
        <translation>Include closed incidents.</translation>
    </message>
    <message>
        <source>Show an incident with its clocks, checklist and timeline.</source>
        <translation>Show an incident with its clocks, checklist and timeline.</translation>
    </message>
    <message>
        <source>Close an incident with its cause and impact.</source>
        <translation>Close an incident with its cause and impact.</translation>
    </message>
    <message>
        <source>What caused it.</source>
        <translation>What caused it.</translation>
    </message>
    <message>
        <source>What it affected.</source>
        <translation>What it affected.</translation>
    </message>
    <message>
        <source>What changed afterwards (policy, rules, assets).</source>
        <translation>What changed afterwards (policy, rules, assets).</translation>
    </message>
    <message>
        <source>Why to close while required steps or clocks are open.</source>
        <translation>Why to close while required steps or clocks are open.</translation>
    </message>
    <message>
        <source>Print a draft of the PPC report from the incident's records (Mamori files nothing).</source>
        <translation>Print a draft of the PPC report from the incident's records (Mamori files nothing).</translation>
    </message>
    <message>
        <source>A record changed afterwards: policy, rule:N, device:ASSET_NUMBER or information:NAME (repeatable).</source>
        <translation>A record changed afterwards: policy, rule:N, device:ASSET_NUMBER or information:NAME (repeatable).</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>LINK</translation>
    </message>
</context>
<context>
    <name>IncidentContent</name>
    <message>
        <source>%1, step %2</source>
        <translation>%1, step %2</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entry %2</translation>
    </message>
    <message>
        <source>%1: unknown field “%2” (check its spelling).</source>
        <translation>%1: unknown field “%2” (check its spelling).</translation>
    </message>
    <message>
        <source>%1: schema version %2 cannot be read by this Mamori, which reads version %3. A newer Mamori may have written it.</source>
        <translation>%1: schema version %2 cannot be read by this Mamori, which reads version %3. A newer Mamori may have written it.</translation>
    </message>
    <message>
        <source>%1: “%2” is missing.</source>
        <translation>%1: “%2” is missing.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a text.</source>
        <translation>%1: “%2” must be a text.</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false.</source>
        <translation>%1: “%2” must be true or false.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number of 1 or more.</source>
        <translation>%1: “%2” must be a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation>%1: “%2” must be a list.</translation>
    </message>
    <message>
        <source>%1: “%2” must hold a Japanese (“ja”) and an English (“en”) text.</source>
        <translation>%1: “%2” must hold a Japanese (“ja”) and an English (“en”) text.</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <translation>%1, “%2”</translation>
    </message>
    <message>
        <source>%1: the Japanese %2 is empty.</source>
        <translation>%1: the Japanese %2 is empty.</translation>
    </message>
    <message>
        <source>%1: the English %2 is empty.</source>
        <translation>%1: the English %2 is empty.</translation>
    </message>
    <message>
        <source>%1: the %2 is empty in both languages.</source>
        <translation>%1: the %2 is empty in both languages.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Became aware</translation>
    </message>
    <message>
        <source>Next clock</source>
        <translation>Next clock</translation>
    </message>
    <message>
        <source>Show closed incidents</source>
        <translation>Show closed incidents</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>PPC report draft…</source>
        <translation>PPC report draft…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Reporting clock</source>
        <translation>Reporting clock</translation>
    </message>
    <message>
        <source>Due (local time)</source>
        <translation>Due (local time)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <source>Add clock…</source>
        <translation>Add clock…</translation>
    </message>
    <message>
        <source>Information at risk</source>
        <translation>Information at risk</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Lessons learned:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Who · whom to call</source>
        <translation>Who · whom to call</translation>
    </message>
    <message>
        <source>Done (Space)</source>
        <translation>Done (Space)</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Not applicable…</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Open again</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>IncidentReminderSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run a tabletop exercise of an incident playbook</source>
        <translation>Run a tabletop exercise of an incident playbook</translation>
    </message>
    <message>
        <source>The last exercise was on %1.</source>
        <translation>The last exercise was on %1.</translation>
    </message>
    <message>
        <source>No exercise has been recorded yet.</source>
        <translation>No exercise has been recorded yet.</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Exercise report</source>
        <translation>Exercise report</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>EXERCISE — not a real incident</source>
        <translation>EXERCISE — not a real incident</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personal data</translation>
    </message>
    <message>
        <source>sensitive personal data</source>
        <translation>sensitive personal data</translation>
    </message>
    <message>
        <source>risk of financial damage</source>
        <translation>risk of financial damage</translation>
    </message>
    <message>
        <source>unauthorised purpose</source>
        <translation>unauthorised purpose</translation>
    </message>
    <message>
        <source>more than 1,000 people</source>
        <translation>more than 1,000 people</translation>
    </message>
    <message>
        <source>data strongly encrypted</source>
        <translation>data strongly encrypted</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Became aware</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Affected devices</source>
        <translation>Affected devices</translation>
    </message>
    <message>
        <source>Reporting triggers</source>
        <translation>Reporting triggers</translation>
    </message>
    <message>
        <source>Report to the PPC required</source>
        <translation>Report to the PPC required</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Reporting clocks</source>
        <translation>Reporting clocks</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No reporting clocks run for this incident.</source>
        <translation>No reporting clocks run for this incident.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>When, by whom</source>
        <translation>When, by whom</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>No decisions were recorded.</translation>
    </message>
    <message>
        <source>Evidence: %1 (SHA-256 %2)</source>
        <translation>Evidence: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Corrects entry %1</source>
        <translation>Corrects entry %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation>Close-out</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>What changed afterwards</source>
        <translation>What changed afterwards</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>Records changed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed with steps open because</source>
        <translation>Closed with steps open because</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>The incident is not closed yet.</source>
        <translation>The incident is not closed yet.</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>There is no incident with id %1.</translation>
    </message>
    <message>
        <source>The incident needs a title.</source>
        <translation>The incident needs a title.</translation>
    </message>
    <message>
        <source>The incident needs the time it was detected.</source>
        <translation>The incident needs the time it was detected.</translation>
    </message>
    <message>
        <source>The incident needs the time the firm became aware of it.</source>
        <translation>The incident needs the time the firm became aware of it.</translation>
    </message>
    <message>
        <source>The number of people affected cannot be negative.</source>
        <translation>The number of people affected cannot be negative.</translation>
    </message>
    <message>
        <source>incident %1's playbook</source>
        <translation>incident %1's playbook</translation>
    </message>
    <message>
        <source>Say why step %1 does not apply.</source>
        <translation>Say why step %1 does not apply.</translation>
    </message>
    <message>
        <source>Incident %1 has no step %2.</source>
        <translation>Incident %1 has no step %2.</translation>
    </message>
    <message>
        <source>A timeline entry needs a text.</source>
        <translation>A timeline entry needs a text.</translation>
    </message>
    <message>
        <source>An evidence entry needs the file's path and its SHA-256.</source>
        <translation>An evidence entry needs the file's path and its SHA-256.</translation>
    </message>
    <message>
        <source>Incident %1 has no timeline entry %2 to correct.</source>
        <translation>Incident %1 has no timeline entry %2 to correct.</translation>
    </message>
    <message>
        <source>The clock needs a title.</source>
        <translation>The clock needs a title.</translation>
    </message>
    <message>
        <source>The clock needs at least one hour.</source>
        <translation>The clock needs at least one hour.</translation>
    </message>
    <message>
        <source>Incident %1 has no clock %2.</source>
        <translation>Incident %1 has no clock %2.</translation>
    </message>
    <message>
        <source>Incident %1 has no clock "%2".</source>
        <translation>Incident %1 has no clock "%2".</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Write down the cause before closing.</source>
        <translation>Write down the cause before closing.</translation>
    </message>
    <message>
        <source>Write down the impact before closing.</source>
        <translation>Write down the impact before closing.</translation>
    </message>
    <message>
        <source>Required steps are still open: %1. Tick them, mark them not applicable, or give the reason for closing anyway.</source>
        <translation>Required steps are still open: %1. Tick them, mark them not applicable, or give the reason for closing anyway.</translation>
    </message>
    <message>
        <source>Reporting clocks are still open: %1. Mark the reports as sent, or give the reason for closing anyway.</source>
        <translation>Reporting clocks are still open: %1. Mark the reports as sent, or give the reason for closing anyway.</translation>
    </message>
    <message>
        <source>"%1": a basic rule is rule:1 to rule:5.</source>
        <translation>"%1": a basic rule is rule:1 to rule:5.</translation>
    </message>
    <message>
        <source>"%1" is not a changed record: use policy, rule:N, device:ASSET_NUMBER or information:NAME.</source>
        <translation>"%1" is not a changed record: use policy, rule:N, device:ASSET_NUMBER or information:NAME.</translation>
    </message>
    <message>
        <source>Basic security policy</source>
        <translation>Basic security policy</translation>
    </message>
    <message>
        <source>Basic rule %1</source>
        <translation>Basic rule %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <source>Information asset %1</source>
        <translation>Information asset %1</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>Exercise started from the playbook "%1".</source>
        <translation>Exercise started from the playbook "%1".</translation>
    </message>
    <message>
        <source>Incident started from the playbook "%1".</source>
        <translation>Incident started from the playbook "%1".</translation>
    </message>
    <message>
        <source>Incident %1 is already closed.</source>
        <translation>Incident %1 is already closed.</translation>
    </message>
</context>
<context>
    <name>IncidentValues</name>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Contact made</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>InventoryAdvisor</name>
    <message numerus="yes">
        <source>%n of %1 PCs, servers and phones had no update recorded in the last 90 days.</source>
        <translation><numerusform>%n of %1 PCs, servers and phones had no update recorded in the last 90 days.</numerusform><numerusform>%n of %1 PCs, servers and phones had no update recorded in the last 90 days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every PC, server and phone (%n) was updated in the last 90 days.</source>
        <translation><numerusform>Every PC, server and phone (%n) was updated in the last 90 days.</numerusform><numerusform>Every PC, server and phone (%n) was updated in the last 90 days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 PCs and servers have no antivirus.</source>
        <translation><numerusform>%n of %1 PCs and servers have no antivirus.</numerusform><numerusform>%n of %1 PCs and servers have no antivirus.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>For %n of %1 PCs and servers, antivirus is not recorded.</source>
        <translation><numerusform>For %n of %1 PCs and servers, antivirus is not recorded.</numerusform><numerusform>For %n of %1 PCs and servers, antivirus is not recorded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every PC and server (%n) has antivirus.</source>
        <translation><numerusform>Every PC and server (%n) has antivirus.</numerusform><numerusform>Every PC and server (%n) has antivirus.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 cloud services are used without multi-factor authentication, or with it only in part.</source>
        <translation><numerusform>%n of %1 cloud services are used without multi-factor authentication, or with it only in part.</numerusform><numerusform>%n of %1 cloud services are used without multi-factor authentication, or with it only in part.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made on %1, %n day(s) ago.</source>
        <translation><numerusform>The last backup was made on %1, %n day ago.</numerusform><numerusform>The last backup was made on %1, %n days ago.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 disposed devices have no record of how their data was erased.</source>
        <translation><numerusform>%n of %1 disposed devices have no record of how their data was erased.</numerusform><numerusform>%n of %1 disposed devices have no record of how their data was erased.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every disposed device (%n) has a record of how its data was erased.</source>
        <translation><numerusform>Every disposed device (%n) has a record of how its data was erased.</numerusform><numerusform>Every disposed device (%n) has a record of how its data was erased.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>For %n of %1 cloud services, multi-factor authentication is not recorded.</source>
        <translation><numerusform>For %n of %1 cloud services, multi-factor authentication is not recorded.</numerusform><numerusform>For %n of %1 cloud services, multi-factor authentication is not recorded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every cloud service in use (%n) has multi-factor authentication.</source>
        <translation><numerusform>Every cloud service in use (%n) has multi-factor authentication.</numerusform><numerusform>Every cloud service in use (%n) has multi-factor authentication.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 information assets are kept on cloud services or shared storage: check who can open them.</source>
        <translation><numerusform>%n of %1 information assets are kept on cloud services or shared storage: check who can open them.</numerusform><numerusform>%n of %1 information assets are kept on cloud services or shared storage: check who can open them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n information asset(s) recorded, none on cloud services or shared storage.</source>
        <translation><numerusform>%n information asset recorded, none on cloud services or shared storage.</numerusform><numerusform>%n information assets recorded, none on cloud services or shared storage.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 devices and programs in use are past their end of support.</source>
        <translation><numerusform>%n of %1 devices and programs in use are past their end of support.</numerusform><numerusform>%n of %1 devices and programs in use are past their end of support.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) and program(s) in use, none past its end of support.</source>
        <translation><numerusform>%n device and program in use, none past its end of support.</numerusform><numerusform>%n devices and programs in use, none past its end of support.</numerusform></translation>
    </message>
</context>
<context>
    <name>JsonContent</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 is not valid JSON: %2 at byte %3.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 does not hold a JSON object.</translation>
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
    <message>
        <source>Start in the system tray without showing the window (used at login).</source>
        <translation>Start in the system tray without showing the window (used at login).</translation>
    </message>
    <message>
        <source>Show the Dashboard, print startup_ms=&lt;N&gt;, then dashboard_ms=&lt;N&gt; and longest_stall_ms=&lt;N&gt; once it has painted its facts, and quit (for benchmarks).</source>
        <translation>Show the Dashboard, print startup_ms=&lt;N&gt;, then dashboard_ms=&lt;N&gt; and longest_stall_ms=&lt;N&gt; once it has painted its facts, and quit (for benchmarks).</translation>
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
    <name>ManagementSummary</name>
    <message>
        <source>Management summary</source>
        <translation>Management summary</translation>
    </message>
    <message>
        <source>Period %1 to %2 · as of %3</source>
        <translation>Period %1 to %2 · as of %3</translation>
    </message>
    <message>
        <source>Security posture (of 100)</source>
        <translation>Security posture (of 100)</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>Not declared</translation>
    </message>
    <message>
        <source>Self-diagnosis (of 100)</source>
        <translation>Self-diagnosis (of 100)</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Devices in use</translation>
    </message>
    <message>
        <source>Support ended / not updated</source>
        <translation>Support ended / not updated</translation>
    </message>
    <message>
        <source>Backup plans needing attention</source>
        <translation>Backup plans needing attention</translation>
    </message>
    <message>
        <source>Incidents in the period</source>
        <translation>Incidents in the period</translation>
    </message>
    <message>
        <source>Security posture over time</source>
        <translation>Security posture over time</translation>
    </message>
    <message>
        <source>SECURITY ACTION and the self-diagnosis</source>
        <translation>SECURITY ACTION and the self-diagnosis</translation>
    </message>
    <message>
        <source>%1: ready.</source>
        <translation>%1: ready.</translation>
    </message>
    <message>
        <source>%1: still to do — %2</source>
        <translation>%1: still to do — %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Self-diagnosis of %1 by part (points)</source>
        <translation>Self-diagnosis of %1 by part (points)</translation>
    </message>
    <message>
        <source>Top risks and what to do next</source>
        <translation>Top risks and what to do next</translation>
    </message>
    <message>
        <source>Information asset</source>
        <translation>Information asset</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>No risks have been assessed yet.</source>
        <translation>No risks have been assessed yet.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Nothing pressing.</source>
        <translation>Nothing pressing.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2, the first %3 listed)</source>
        <translation>%1 (%2, the first %3 listed)</translation>
    </message>
    <message>
        <source>Asset no.</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>End of support</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last successful run</source>
        <translation>Last successful run</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>Restore test</translation>
    </message>
    <message>
        <source>Last passed test</source>
        <translation>Last passed test</translation>
    </message>
    <message>
        <source>No backup plans are recorded.</source>
        <translation>No backup plans are recorded.</translation>
    </message>
    <message>
        <source>Incidents and exercises in the period</source>
        <translation>Incidents and exercises in the period</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>None in the period.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation><numerusform>%n exercise</numerusform><numerusform>%n exercises</numerusform></translation>
    </message>
</context>
<context>
    <name>ModuleReminders</name>
    <message>
        <source>Backup “%1”: the last run failed</source>
        <translation>Backup “%1”: the last run failed</translation>
    </message>
    <message>
        <source>Backup “%1”: the last run was partial</source>
        <translation>Backup “%1”: the last run was partial</translation>
    </message>
    <message>
        <source>Backup “%1” is late</source>
        <translation>Backup “%1” is late</translation>
    </message>
    <message>
        <source>Backup “%1”</source>
        <translation>Backup “%1”</translation>
    </message>
    <message>
        <source>Restore test from “%1” failed: test again</source>
        <translation>Restore test from “%1” failed: test again</translation>
    </message>
    <message>
        <source>Test restoring from “%1”</source>
        <translation>Test restoring from “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation><numerusform>Every %n day</numerusform><numerusform>Every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in use past end of support</source>
        <translation><numerusform>%n device in use past end of support</numerusform><numerusform>%n devices in use past end of support</numerusform></translation>
    </message>
    <message>
        <source>Replace or retire them; the Assets page lists them.</source>
        <translation>Replace or retire them; the Assets page lists them.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)' support ends in %1</source>
        <translation><numerusform>%n device's support ends in %1</numerusform><numerusform>%n devices' support ends in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)' warranty ends in %1</source>
        <translation><numerusform>%n device's warranty ends in %1</numerusform><numerusform>%n devices' warranty ends in %1</numerusform></translation>
    </message>
</context>
<context>
    <name>OwnClockDialog</name>
    <message>
        <source>Add a clock</source>
        <translation>Add a clock</translation>
    </message>
    <message>
        <source>A deadline of the firm's own, e.g. a customer to tell within 24 hours under a contract. It runs from the moment the firm became aware.</source>
        <translation>A deadline of the firm's own, e.g. a customer to tell within 24 hours under a contract. It runs from the moment the firm became aware.</translation>
    </message>
    <message>
        <source>What must be done:</source>
        <translation>What must be done:</translation>
    </message>
    <message>
        <source>Within (hours from awareness):</source>
        <translation>Within (hours from awareness):</translation>
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
    <message>
        <source>Your company profile, the display language and how often reminders come round.</source>
        <translation>Your company profile, the display language and how often reminders come round.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet: it comes with a later version of Mamori.</source>
        <translation>This page is not available yet: it comes with a later version of Mamori.</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>%1: the report “%2” is unknown.</source>
        <translation>%1: the report “%2” is unknown.</translation>
    </message>
    <message>
        <source>%1: the report “%2” is listed twice.</source>
        <translation>%1: the report “%2” is listed twice.</translation>
    </message>
    <message>
        <source>%1: the phase “%2” is unknown; use detect, report or recover.</source>
        <translation>%1: the phase “%2” is unknown; use detect, report or recover.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>reason (why)</source>
        <translation>reason (why)</translation>
    </message>
    <message>
        <source>%1: only a decision step has criteria; set “decision” to true or remove the criteria.</source>
        <translation>%1: only a decision step has criteria; set “decision” to true or remove the criteria.</translation>
    </message>
    <message>
        <source>criteria text</source>
        <translation>criteria text</translation>
    </message>
    <message>
        <source>%1: a decision needs criteria written in advance: when is the answer yes?</source>
        <translation>%1: a decision needs criteria written in advance: when is the answer yes?</translation>
    </message>
    <message>
        <source>%1: the step names no role: who does it?</source>
        <translation>%1: the step names no role: who does it?</translation>
    </message>
    <message>
        <source>%1: the role “%2” is not one of the roles in roles.json.</source>
        <translation>%1: the role “%2” is not one of the roles in roles.json.</translation>
    </message>
    <message>
        <source>%1: the contact “%2” is not in the contact list (contacts.json).</source>
        <translation>%1: the contact “%2” is not in the contact list (contacts.json).</translation>
    </message>
    <message>
        <source>%1: this step of the phase “%2” comes after a step of the phase “%3”; the phases go in the order detect, report, recover.</source>
        <translation>%1: this step of the phase “%2” comes after a step of the phase “%3”; the phases go in the order detect, report, recover.</translation>
    </message>
    <message>
        <source>%1: the phase “%2” has no steps.</source>
        <translation>%1: the phase “%2” has no steps.</translation>
    </message>
    <message>
        <source>Report and disclose</source>
        <translation>Report and disclose</translation>
    </message>
    <message>
        <source>Recover and prevent</source>
        <translation>Recover and prevent</translation>
    </message>
    <message>
        <source>Detect and respond first</source>
        <translation>Detect and respond first</translation>
    </message>
    <message>
        <source>Preliminary report to the PPC</source>
        <translation>Preliminary report to the PPC</translation>
    </message>
    <message>
        <source>Final report to the PPC</source>
        <translation>Final report to the PPC</translation>
    </message>
    <message>
        <source>Notice to the people affected</source>
        <translation>Notice to the people affected</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>Report to the police</translation>
    </message>
    <message>
        <source>Report to IPA</source>
        <translation>Report to IPA</translation>
    </message>
    <message>
        <source>Report to JPCERT/CC</source>
        <translation>Report to JPCERT/CC</translation>
    </message>
    <message>
        <source>Report to the card company or payment provider</source>
        <translation>Report to the card company or payment provider</translation>
    </message>
    <message>
        <source>Notice to business partners</source>
        <translation>Notice to business partners</translation>
    </message>
    <message>
        <source>Notice to the insurer</source>
        <translation>Notice to the insurer</translation>
    </message>
    <message>
        <source>Report to the competent ministry</source>
        <translation>Report to the competent ministry</translation>
    </message>
    <message>
        <source>%1: a role must be an object with “key” and “label”.</source>
        <translation>%1: a role must be an object with “key” and “label”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid key: use lower-case letters, digits, “-” and “_”.</source>
        <translation>%1: “%2” is not a valid key: use lower-case letters, digits, “-” and “_”.</translation>
    </message>
    <message>
        <source>%1: the key “%2” appears twice.</source>
        <translation>%1: the key “%2” appears twice.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>%1 lists no roles.</source>
        <translation>%1 lists no roles.</translation>
    </message>
    <message>
        <source>%1: the id “%2” is not valid: use lower-case letters, digits, “-” and “_”.</source>
        <translation>%1: the id “%2” is not valid: use lower-case letters, digits, “-” and “_”.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>%1: the playbook has no steps.</source>
        <translation>%1: the playbook has no steps.</translation>
    </message>
    <message>
        <source>%1: a step must be an object.</source>
        <translation>%1: a step must be an object.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 lists no playbooks.</source>
        <translation>%1 lists no playbooks.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a playbook id.</source>
        <translation>%1: “%2” is not a playbook id.</translation>
    </message>
    <message>
        <source>%1: the playbook id “%2” is listed twice; ids must be unique.</source>
        <translation>%1: the playbook id “%2” is listed twice; ids must be unique.</translation>
    </message>
    <message>
        <source>%1: the id “%2” does not match the file name; it must be “%3”.</source>
        <translation>%1: the id “%2” does not match the file name; it must be “%3”.</translation>
    </message>
    <message>
        <source>%1 is not listed in %2.</source>
        <translation>%1 is not listed in %2.</translation>
    </message>
    <message>
        <source>There is no playbook “%1”.</source>
        <translation>There is no playbook “%1”.</translation>
    </message>
</context>
<context>
    <name>PlaybookCommands</name>
    <message>
        <source>(the firm's copy)</source>
        <translation>(the firm's copy)</translation>
    </message>
    <message>
        <source>[Decision] </source>
        <translation>[Decision] </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Criteria: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Reports: %1</translation>
    </message>
    <message>
        <source>(check before use)</source>
        <translation>(check before use)</translation>
    </message>
    <message>
        <source>List the incident playbooks (bundled, and the firm's copies).</source>
        <translation>List the incident playbooks (bundled, and the firm's copies).</translation>
    </message>
    <message>
        <source>Show a playbook's steps, decisions, roles, contacts and reports.</source>
        <translation>Show a playbook's steps, decisions, roles, contacts and reports.</translation>
    </message>
    <message>
        <source>List the incident contacts: the firm's roles and public bodies.</source>
        <translation>List the incident contacts: the firm's roles and public bodies.</translation>
    </message>
</context>
<context>
    <name>PlaybookEditorDialog</name>
    <message>
        <source>Edit the playbook</source>
        <translation>Edit the playbook</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>A decision (a question with criteria set in advance)</source>
        <translation>A decision (a question with criteria set in advance)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criteria:</translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation>Who does it:</translation>
    </message>
    <message>
        <source>Whom to call:</source>
        <translation>Whom to call:</translation>
    </message>
    <message>
        <source>Required (closing asks about it while it is open)</source>
        <translation>Required (closing asks about it while it is open)</translation>
    </message>
</context>
<context>
    <name>PlaybookLibraryWidget</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Who · whom to call</source>
        <translation>Who · whom to call</translation>
    </message>
    <message>
        <source>Start from this playbook…</source>
        <translation>Start from this playbook…</translation>
    </message>
    <message>
        <source>Make the firm's copy</source>
        <translation>Make the firm's copy</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Restore the bundled version</source>
        <translation>Restore the bundled version</translation>
    </message>
</context>
<context>
    <name>PlaybookRepository</name>
    <message>
        <source>the firm's copy of playbook "%1"</source>
        <translation>the firm's copy of playbook "%1"</translation>
    </message>
    <message>
        <source>The firm has no copy of playbook "%1".</source>
        <translation>The firm has no copy of playbook "%1".</translation>
    </message>
    <message>
        <source>A contact needs a key.</source>
        <translation>A contact needs a key.</translation>
    </message>
    <message>
        <source>There is no contact "%1".</source>
        <translation>There is no contact "%1".</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>--version must be a version number like 2.</source>
        <translation>--version must be a version number like 2.</translation>
    </message>
    <message>
        <source>No basic security policy has been saved yet. Write one on the SECURITY ACTION page first.</source>
        <translation>No basic security policy has been saved yet. Write one on the SECURITY ACTION page first.</translation>
    </message>
    <message>
        <source>There is no version %1 of the policy; the latest is %2.</source>
        <translation>There is no version %1 of the policy; the latest is %2.</translation>
    </message>
    <message>
        <source>Wrote version %1 of the basic security policy (adopted %2) to %3.</source>
        <translation>Wrote version %1 of the basic security policy (adopted %2) to %3.</translation>
    </message>
    <message>
        <source>Write the basic security policy (the latest version, or N) as an A4 PDF.</source>
        <translation>Write the basic security policy (the latest version, or N) as an A4 PDF.</translation>
    </message>
    <message>
        <source>Version to write (default: the latest).</source>
        <translation>Version to write (default: the latest).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>%1 is not a policy template.</source>
        <translation>%1 is not a policy template.</translation>
    </message>
    <message>
        <source>The stored policy text cannot be read.</source>
        <translation>The stored policy text cannot be read.</translation>
    </message>
</context>
<context>
    <name>PolicyEditorWidget</name>
    <message>
        <source>A ★★ declaration needs a basic security policy that is written and published, usually on your website. Start from the template, adapt it to your company and save it as a version; then record when and where it was published. Every saved version is kept.</source>
        <translation>A ★★ declaration needs a basic security policy that is written and published, usually on your website. Start from the template, adapt it to your company and save it as a version; then record when and where it was published. Every saved version is kept.</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions:</translation>
    </message>
    <message>
        <source>Record p&amp;ublication…</source>
        <translation>Record p&amp;ublication…</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed today</source>
        <translation>&amp;Mark reviewed today</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Pr&amp;eamble:</source>
        <translation>Pr&amp;eamble:</translation>
    </message>
    <message>
        <source>C&amp;losing (date, company and representative):</source>
        <translation>C&amp;losing (date, company and representative):</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Save as new version…</source>
        <translation>&amp;Save as new version…</translation>
    </message>
</context>
<context>
    <name>PolicyPdf</name>
    <message>
        <source>Version %1, adopted %2</source>
        <translation>Version %1, adopted %2</translation>
    </message>
    <message>
        <source>Version %1, revised %2</source>
        <translation>Version %1, revised %2</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>Version %1 of the security policy cannot be read.</source>
        <translation>Version %1 of the security policy cannot be read.</translation>
    </message>
    <message>
        <source>There is no saved policy version with id %1.</source>
        <translation>There is no saved policy version with id %1.</translation>
    </message>
    <message>
        <source>The policy needs an adoption date.</source>
        <translation>The policy needs an adoption date.</translation>
    </message>
    <message>
        <source>Version %1 is not the latest version of the policy; saved versions are kept.</source>
        <translation>Version %1 is not the latest version of the policy; saved versions are kept.</translation>
    </message>
</context>
<context>
    <name>PostureCommands</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Took the posture snapshot of %1: score %2.</source>
        <translation>Took the posture snapshot of %1: score %2.</translation>
    </message>
    <message>
        <source>The posture snapshot of %1 was already taken: score %2.</source>
        <translation>The posture snapshot of %1 was already taken: score %2.</translation>
    </message>
    <message>
        <source>Posture score on %1: %2 (out of 100)</source>
        <translation>Posture score on %1: %2 (out of 100)</translation>
    </message>
    <message>
        <source>Change against 30 days ago: %1</source>
        <translation>Change against 30 days ago: %1</translation>
    </message>
    <message>
        <source>Change against 365 days ago: %1</source>
        <translation>Change against 365 days ago: %1</translation>
    </message>
    <message>
        <source>Based on %1 of 100 weight points: components not recorded are left out.</source>
        <translation>Based on %1 of 100 weight points: components not recorded are left out.</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Components:</translation>
    </message>
    <message>
        <source>  %1 (weight %2): %3</source>
        <translation>  %1 (weight %2): %3</translation>
    </message>
    <message>
        <source>not recorded — %1</source>
        <translation>not recorded — %1</translation>
    </message>
    <message>
        <source>What pulls the score down:</source>
        <translation>What pulls the score down:</translation>
    </message>
    <message>
        <source>  %1 (−%2)</source>
        <translation>  %1 (−%2)</translation>
    </message>
    <message>
        <source>Top actions:</source>
        <translation>Top actions:</translation>
    </message>
    <message>
        <source>  %1. %2</source>
        <translation>  %1. %2</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to must not be before --from.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>No posture snapshots in this period.</source>
        <translation>No posture snapshots in this period.</translation>
    </message>
    <message>
        <source>posture explain needs --from DATE and --to DATE.</source>
        <translation>posture explain needs --from DATE and --to DATE.</translation>
    </message>
    <message>
        <source>Posture score from %1 to %2: %3 → %4</source>
        <translation>Posture score from %1 to %2: %3 → %4</translation>
    </message>
    <message>
        <source>Nothing the score looks at changed.</source>
        <translation>Nothing the score looks at changed.</translation>
    </message>
    <message>
        <source>  %1: %2 → %3 (%4)</source>
        <translation>  %1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Records changed in between:</source>
        <translation>Records changed in between:</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>First day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Last day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Take today's posture snapshot unless it was taken already.</source>
        <translation>Take today's posture snapshot unless it was taken already.</translation>
    </message>
    <message>
        <source>Show today's posture score, its components, what pulls it down and the top actions.</source>
        <translation>Show today's posture score, its components, what pulls it down and the top actions.</translation>
    </message>
    <message>
        <source>List the daily posture snapshots, oldest first.</source>
        <translation>List the daily posture snapshots, oldest first.</translation>
    </message>
    <message>
        <source>Explain what moved the posture score between two days.</source>
        <translation>Explain what moved the posture score between two days.</translation>
    </message>
</context>
<context>
    <name>PostureExplain</name>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>Information assets</translation>
    </message>
    <message>
        <source>Links between assets</source>
        <translation>Links between assets</translation>
    </message>
    <message>
        <source>Self-diagnoses</source>
        <translation>Self-diagnoses</translation>
    </message>
    <message>
        <source>Basic rules</source>
        <translation>Basic rules</translation>
    </message>
    <message>
        <source>Security policy versions</source>
        <translation>Security policy versions</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>Backup plans</translation>
    </message>
    <message>
        <source>Backup runs</source>
        <translation>Backup runs</translation>
    </message>
    <message>
        <source>Restore tests</source>
        <translation>Restore tests</translation>
    </message>
    <message>
        <source>Incidents and exercises</source>
        <translation>Incidents and exercises</translation>
    </message>
    <message>
        <source>Incident steps</source>
        <translation>Incident steps</translation>
    </message>
    <message>
        <source>Incident timeline entries</source>
        <translation>Incident timeline entries</translation>
    </message>
    <message>
        <source>Reporting deadlines</source>
        <translation>Reporting deadlines</translation>
    </message>
    <message>
        <source>Incident contacts</source>
        <translation>Incident contacts</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation><numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation><numerusform>%n changed</numerusform><numerusform>%n changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation><numerusform>%n removed</numerusform><numerusform>%n removed</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PostureRules</name>
    <message>
        <source>Latest self-diagnosis: %1 of 100 points</source>
        <translation>Latest self-diagnosis: %1 of 100 points</translation>
    </message>
    <message>
        <source>%1 of %2 devices and software past end of support</source>
        <translation>%1 of %2 devices and software past end of support</translation>
    </message>
    <message>
        <source>%1 of %2 PCs, servers and phones not updated in 90 days</source>
        <translation>%1 of %2 PCs, servers and phones not updated in 90 days</translation>
    </message>
    <message>
        <source>%1 of %2 PCs and servers without antivirus (or not recorded)</source>
        <translation>%1 of %2 PCs and servers without antivirus (or not recorded)</translation>
    </message>
    <message>
        <source>%1 of %2 cloud services without multi-factor sign-in (or not recorded)</source>
        <translation>%1 of %2 cloud services without multi-factor sign-in (or not recorded)</translation>
    </message>
    <message>
        <source>%1 of %2 laptops, phones and removable media not encrypted (or not recorded)</source>
        <translation>%1 of %2 laptops, phones and removable media not encrypted (or not recorded)</translation>
    </message>
    <message>
        <source>%1 of %2 backup plans late or failed</source>
        <translation>%1 of %2 backup plans late or failed</translation>
    </message>
    <message>
        <source>An offline or immutable copy exists</source>
        <translation>An offline or immutable copy exists</translation>
    </message>
    <message>
        <source>No offline or immutable backup copy</source>
        <translation>No offline or immutable backup copy</translation>
    </message>
    <message>
        <source>%1 of %2 backup plans without a recent restore test</source>
        <translation>%1 of %2 backup plans without a recent restore test</translation>
    </message>
    <message>
        <source>%1 of %2 important information assets not backed up</source>
        <translation>%1 of %2 important information assets not backed up</translation>
    </message>
    <message>
        <source>%1 of %2 incident contacts without a phone number or e-mail</source>
        <translation>%1 of %2 incident contacts without a phone number or e-mail</translation>
    </message>
    <message>
        <source>%1 of %2 incident playbooks not reviewed in 12 months</source>
        <translation>%1 of %2 incident playbooks not reviewed in 12 months</translation>
    </message>
    <message>
        <source>An exercise in the last 12 months</source>
        <translation>An exercise in the last 12 months</translation>
    </message>
    <message>
        <source>No exercise in the last 12 months</source>
        <translation>No exercise in the last 12 months</translation>
    </message>
    <message numerus="yes">
        <source>%n open critical incident(s)</source>
        <translation><numerusform>%n open critical incident</numerusform><numerusform>%n open critical incidents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue reporting deadline(s)</source>
        <translation><numerusform>%n overdue reporting deadline</numerusform><numerusform>%n overdue reporting deadlines</numerusform></translation>
    </message>
    <message>
        <source>SECURITY ACTION ★★ declared</source>
        <translation>SECURITY ACTION ★★ declared</translation>
    </message>
    <message>
        <source>SECURITY ACTION ★ declared</source>
        <translation>SECURITY ACTION ★ declared</translation>
    </message>
    <message>
        <source>SECURITY ACTION not declared</source>
        <translation>SECURITY ACTION not declared</translation>
    </message>
    <message>
        <source>%1 of the 5 basic rules in place</source>
        <translation>%1 of the 5 basic rules in place</translation>
    </message>
    <message>
        <source>Ready for ★★</source>
        <translation>Ready for ★★</translation>
    </message>
    <message>
        <source>Not yet ready for ★★</source>
        <translation>Not yet ready for ★★</translation>
    </message>
    <message>
        <source>Security policy published</source>
        <translation>Security policy published</translation>
    </message>
    <message>
        <source>Security policy not published</source>
        <translation>Security policy not published</translation>
    </message>
    <message>
        <source>Security policy reviewed within its interval</source>
        <translation>Security policy reviewed within its interval</translation>
    </message>
    <message>
        <source>Security policy review overdue or never done</source>
        <translation>Security policy review overdue or never done</translation>
    </message>
    <message>
        <source>Self-diagnosis</source>
        <translation>Self-diagnosis</translation>
    </message>
    <message>
        <source>Device hygiene</source>
        <translation>Device hygiene</translation>
    </message>
    <message>
        <source>Backup health</source>
        <translation>Backup health</translation>
    </message>
    <message>
        <source>Incident readiness</source>
        <translation>Incident readiness</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>No self-diagnosis completed yet</source>
        <translation>No self-diagnosis completed yet</translation>
    </message>
    <message>
        <source>No devices in use recorded yet</source>
        <translation>No devices in use recorded yet</translation>
    </message>
    <message>
        <source>No backup plan recorded yet</source>
        <translation>No backup plan recorded yet</translation>
    </message>
    <message>
        <source>Nothing recorded for incidents yet (contacts, playbooks, exercises)</source>
        <translation>Nothing recorded for incidents yet (contacts, playbooks, exercises)</translation>
    </message>
    <message>
        <source>Nothing recorded for SECURITY ACTION yet</source>
        <translation>Nothing recorded for SECURITY ACTION yet</translation>
    </message>
    <message>
        <source>Self-diagnosis score</source>
        <translation>Self-diagnosis score</translation>
    </message>
    <message>
        <source>Supported OS and software</source>
        <translation>Supported OS and software</translation>
    </message>
    <message>
        <source>Updated within 90 days</source>
        <translation>Updated within 90 days</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <source>Multi-factor sign-in</source>
        <translation>Multi-factor sign-in</translation>
    </message>
    <message>
        <source>Portable devices encrypted</source>
        <translation>Portable devices encrypted</translation>
    </message>
    <message>
        <source>Backups on time</source>
        <translation>Backups on time</translation>
    </message>
    <message>
        <source>An offline copy</source>
        <translation>An offline copy</translation>
    </message>
    <message>
        <source>Restore tests</source>
        <translation>Restore tests</translation>
    </message>
    <message>
        <source>Important information backed up</source>
        <translation>Important information backed up</translation>
    </message>
    <message>
        <source>Contacts filled in</source>
        <translation>Contacts filled in</translation>
    </message>
    <message>
        <source>Playbooks reviewed</source>
        <translation>Playbooks reviewed</translation>
    </message>
    <message>
        <source>Exercise in the last 12 months</source>
        <translation>Exercise in the last 12 months</translation>
    </message>
    <message>
        <source>No open critical incident</source>
        <translation>No open critical incident</translation>
    </message>
    <message>
        <source>No overdue reporting deadline</source>
        <translation>No overdue reporting deadline</translation>
    </message>
    <message>
        <source>Declared level</source>
        <translation>Declared level</translation>
    </message>
    <message>
        <source>Ready for ★ (five basic rules)</source>
        <translation>Ready for ★ (five basic rules)</translation>
    </message>
    <message>
        <source>Policy published</source>
        <translation>Policy published</translation>
    </message>
    <message>
        <source>Policy reviewed</source>
        <translation>Policy reviewed</translation>
    </message>
</context>
<context>
    <name>PostureService</name>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>The end date %1 is before the start date %2.</translation>
    </message>
    <message>
        <source>There is no posture snapshot on or before %1.</source>
        <translation>There is no posture snapshot on or before %1.</translation>
    </message>
</context>
<context>
    <name>PpcDraftDialog</name>
    <message>
        <source>PPC report draft</source>
        <translation>PPC report draft</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copy to clipboard</translation>
    </message>
</context>
<context>
    <name>PpcReportDraft</name>
    <message>
        <source>This is a draft made by Mamori from the incident's records. Copy it into the official report form of the Personal Information Protection Commission and check every item. Mamori does not send or file anything.</source>
        <translation>This is a draft made by Mamori from the incident's records. Copy it into the official report form of the Personal Information Protection Commission and check every item. Mamori does not send or file anything.</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Business: %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Incident: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>Became aware: %1</source>
        <translation>Became aware: %1</translation>
    </message>
    <message>
        <source>Overview of the incident</source>
        <translation>Overview of the incident</translation>
    </message>
    <message>
        <source>%1 (%2), on %3</source>
        <translation>%1 (%2), on %3</translation>
    </message>
    <message>
        <source>Includes sensitive personal information (要配慮個人情報).</source>
        <translation>Includes sensitive personal information (要配慮個人情報).</translation>
    </message>
    <message>
        <source>Financial damage is possible (e.g. card numbers, bank logins).</source>
        <translation>Financial damage is possible (e.g. card numbers, bank logins).</translation>
    </message>
    <message>
        <source>An unauthorised purpose is possible (e.g. an attack or theft).</source>
        <translation>An unauthorised purpose is possible (e.g. an attack or theft).</translation>
    </message>
    <message>
        <source>Personal data items involved</source>
        <translation>Personal data items involved</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n persons</numerusform></translation>
    </message>
    <message>
        <source>More than 1,000 people (exact number to be confirmed)</source>
        <translation>More than 1,000 people (exact number to be confirmed)</translation>
    </message>
    <message>
        <source>Number of people affected</source>
        <translation>Number of people affected</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Secondary damage or its risk</source>
        <translation>Secondary damage or its risk</translation>
    </message>
    <message>
        <source>Notice sent on %1.</source>
        <translation>Notice sent on %1.</translation>
    </message>
    <message>
        <source>Contacts recorded in the timeline:</source>
        <translation>Contacts recorded in the timeline:</translation>
    </message>
    <message>
        <source>Response to the people affected</source>
        <translation>Response to the people affected</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Measures to prevent a recurrence</source>
        <translation>Measures to prevent a recurrence</translation>
    </message>
    <message>
        <source>Other (response steps taken)</source>
        <translation>Other (response steps taken)</translation>
    </message>
    <message>
        <source> [to complete]</source>
        <translation> [to complete]</translation>
    </message>
    <message>
        <source>(nothing recorded yet)</source>
        <translation>(nothing recorded yet)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RemindersWidget</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Snooze for a Week</source>
        <translation>Snooze for a Week</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Mark Done</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>Export Calendar…</translation>
    </message>
    <message>
        <source>Everything that falls due: backups and restore tests, SECURITY ACTION, incident reporting deadlines and exercises, and the inventory's support and warranty ends grouped by month.</source>
        <translation>Everything that falls due: backups and restore tests, SECURITY ACTION, incident reporting deadlines and exercises, and the inventory's support and warranty ends grouped by month.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--lang must be ja or en.</source>
        <translation>--lang must be ja or en.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FILE.pdf is required.</translation>
    </message>
    <message>
        <source>Write the incident contacts on one A4 page as a PDF.</source>
        <translation>Write the incident contacts on one A4 page as a PDF.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--id must be a positive number.</source>
        <translation>--id must be a positive number.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), fingerprint %2) to %3.</source>
        <translation><numerusform>Wrote %1 (%n page, fingerprint %2) to %3.</numerusform><numerusform>Wrote %1 (%n pages, fingerprint %2) to %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <source>No reports have been issued yet.</source>
        <translation>No reports have been issued yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, issued %3 by %4, %n page(s).</source>
        <translation><numerusform>%1: %2, issued %3 by %4, %n page.</numerusform><numerusform>%1: %2, issued %3 by %4, %n pages.</numerusform></translation>
    </message>
    <message>
        <source>Today's data gives the same content.</source>
        <translation>Today's data gives the same content.</translation>
    </message>
    <message>
        <source>Today's data gives different content: records changed since it was issued.</source>
        <translation>Today's data gives different content: records changed since it was issued.</translation>
    </message>
    <message>
        <source>Language of the report: ja or en.</source>
        <translation>Language of the report: ja or en.</translation>
    </message>
    <message>
        <source>The incident's id (report incident).</source>
        <translation>The incident's id (report incident).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD (report management).</source>
        <translation>First day of the period, YYYY-MM-DD (report management).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD (report management).</source>
        <translation>Last day of the period, YYYY-MM-DD (report management).</translation>
    </message>
    <message>
        <source>Write the management summary (1–3 A4 pages) as a PDF.</source>
        <translation>Write the management summary (1–3 A4 pages) as a PDF.</translation>
    </message>
    <message>
        <source>Write the SECURITY ACTION evidence pack, ready to sign, as a PDF.</source>
        <translation>Write the SECURITY ACTION evidence pack, ready to sign, as a PDF.</translation>
    </message>
    <message>
        <source>Write the asset ledger (devices and information assets) as a PDF.</source>
        <translation>Write the asset ledger (devices and information assets) as a PDF.</translation>
    </message>
    <message>
        <source>Write the report of one incident or exercise as a PDF.</source>
        <translation>Write the report of one incident or exercise as a PDF.</translation>
    </message>
    <message>
        <source>List the reports issued, newest first, with their fingerprints.</source>
        <translation>List the reports issued, newest first, with their fingerprints.</translation>
    </message>
    <message>
        <source>Say which report a printed fingerprint belongs to and whether today's data still gives the same content.</source>
        <translation>Say which report a printed fingerprint belongs to and whether today's data still gives the same content.</translation>
    </message>
</context>
<context>
    <name>ReportIssueRepository</name>
    <message>
        <source>read the reports issued</source>
        <translation>read the reports issued</translation>
    </message>
    <message>
        <source>record the report issued</source>
        <translation>record the report issued</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Desktop PC</source>
        <translation>Desktop PC</translation>
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
        <source>Smartphone or tablet</source>
        <translation>Smartphone or tablet</translation>
    </message>
    <message>
        <source>Printer or MFP</source>
        <translation>Printer or MFP</translation>
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
        <source>Software or licence</source>
        <translation>Software or licence</translation>
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
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>In part</source>
        <translation>In part</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Support ended</source>
        <translation>Support ended</translation>
    </message>
    <message>
        <source>Support ends soon</source>
        <translation>Support ends soon</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <source>No antivirus</source>
        <translation>No antivirus</translation>
    </message>
    <message>
        <source>Antivirus unknown</source>
        <translation>Antivirus unknown</translation>
    </message>
    <message>
        <source>Weak MFA</source>
        <translation>Weak MFA</translation>
    </message>
    <message>
        <source>MFA unknown</source>
        <translation>MFA unknown</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <source>Warranty over</source>
        <translation>Warranty over</translation>
    </message>
    <message>
        <source>Erasure not recorded</source>
        <translation>Erasure not recorded</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <source>★★ Two stars</source>
        <translation>★★ Two stars</translation>
    </message>
    <message>
        <source>★ One star</source>
        <translation>★ One star</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Encryption unknown</source>
        <translation>Encryption unknown</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Fingerprint %1</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Cannot start a new page.</translation>
    </message>
    <message>
        <source>Printing needs fonts, which this program has not loaded.</source>
        <translation>Printing needs fonts, which this program has not loaded.</translation>
    </message>
    <message>
        <source>Cannot start printing the report.</source>
        <translation>Cannot start printing the report.</translation>
    </message>
    <message>
        <source>Cannot finish printing the report.</source>
        <translation>Cannot finish printing the report.</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>The stored parameters of this report cannot be read: %1</source>
        <translation>The stored parameters of this report cannot be read: %1</translation>
    </message>
    <message>
        <source>Management summary</source>
        <translation>Management summary</translation>
    </message>
    <message>
        <source>SECURITY ACTION evidence pack</source>
        <translation>SECURITY ACTION evidence pack</translation>
    </message>
    <message>
        <source>Asset ledger</source>
        <translation>Asset ledger</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>Incident contacts</source>
        <translation>Incident contacts</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>Unknown report.</translation>
    </message>
    <message>
        <source>Basic security policy</source>
        <translation>Basic security policy</translation>
    </message>
    <message>
        <source>There is no version %1 of the security policy.</source>
        <translation>There is no version %1 of the security policy.</translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>Cannot make the report</source>
        <translation>Cannot make the report</translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation>Save the Report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the %1…</source>
        <translation>Making the %1…</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Cannot save the report</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)), fingerprint %2.</source>
        <translation><numerusform>Saved %1 (%n page), fingerprint %2.</numerusform><numerusform>Saved %1 (%n pages), fingerprint %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Give both ends of the period, or neither.</source>
        <translation>Give both ends of the period, or neither.</translation>
    </message>
    <message>
        <source>The period from %1 to %2 is empty: it ends before it starts.</source>
        <translation>The period from %1 to %2 is empty: it ends before it starts.</translation>
    </message>
    <message>
        <source>An incident report needs the incident's id (--id N).</source>
        <translation>An incident report needs the incident's id (--id N).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>“%1” is not a fingerprint: give at least 8 of the hex digits printed in the report's footer.</source>
        <translation>“%1” is not a fingerprint: give at least 8 of the hex digits printed in the report's footer.</translation>
    </message>
    <message>
        <source>No report issued from this database has the fingerprint %1.</source>
        <translation>No report issued from this database has the fingerprint %1.</translation>
    </message>
    <message>
        <source>Several reports have fingerprints starting with %1: give more digits.</source>
        <translation>Several reports have fingerprints starting with %1: give more digits.</translation>
    </message>
</context>
<context>
    <name>ReportingClocks</name>
    <message>
        <source>Preliminary report to the PPC (速報)</source>
        <translation>Preliminary report to the PPC (速報)</translation>
    </message>
    <message>
        <source>Promptly after becoming aware; the guideline is %1–%2 days.</source>
        <translation>Promptly after becoming aware; the guideline is %1–%2 days.</translation>
    </message>
    <message>
        <source>Final report to the PPC (確報)</source>
        <translation>Final report to the PPC (確報)</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of becoming aware, because an unauthorised purpose is possible.</source>
        <translation><numerusform>Within %n day of becoming aware, because an unauthorised purpose is possible.</numerusform><numerusform>Within %n days of becoming aware, because an unauthorised purpose is possible.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of becoming aware.</source>
        <translation><numerusform>Within %n day of becoming aware.</numerusform><numerusform>Within %n days of becoming aware.</numerusform></translation>
    </message>
    <message>
        <source>Notice to the people affected</source>
        <translation>Notice to the people affected</translation>
    </message>
    <message>
        <source>Promptly, as far as the situation allows.</source>
        <translation>Promptly, as far as the situation allows.</translation>
    </message>
    <message numerus="yes">
        <source>Within %n hour(s) of becoming aware (the firm's own clock).</source>
        <translation><numerusform>Within %n hour of becoming aware (the firm's own clock).</numerusform><numerusform>Within %n hours of becoming aware (the firm's own clock).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Reports issued</source>
        <translation>Reports issued</translation>
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
    <name>RunRecordDialog</name>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Size (bytes):</source>
        <translation>&amp;Size (bytes):</translation>
    </message>
    <message>
        <source>What was restore&amp;d:</source>
        <translation>What was restore&amp;d:</translation>
    </message>
    <message>
        <source>Restored &amp;to:</source>
        <translation>Restored &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Minutes taken:</source>
        <translation>&amp;Minutes taken:</translation>
    </message>
    <message>
        <source>Attested &amp;by:</source>
        <translation>Attested &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Evidence file:</source>
        <translation>&amp;Evidence file:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>SafetyCopyRuns</name>
    <message>
        <source>Mamori's safety copies</source>
        <translation>Mamori's safety copies</translation>
    </message>
    <message>
        <source>The backups folder beside the database</source>
        <translation>The backups folder beside the database</translation>
    </message>
    <message>
        <source>Added by Mamori: its automatic daily copy and File → Backup Now are recorded here. The copies are on the same disk as the database; copy the backups folder to a disk that is not always connected.</source>
        <translation>Added by Mamori: its automatic daily copy and File → Backup Now are recorded here. The copies are on the same disk as the database; copy the backups folder to a disk that is not always connected.</translation>
    </message>
</context>
<context>
    <name>SafetyCopyStore</name>
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
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Redo the self-diagnosis every:</source>
        <translation>Redo the self-diagnosis every:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Review the basic policy every:</source>
        <translation>Review the basic policy every:</translation>
    </message>
    <message>
        <source>Tray and login</source>
        <translation>Tray and login</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed, so reminders still come</source>
        <translation>&amp;Keep running in the system tray when the window is closed, so reminders still come</translation>
    </message>
    <message>
        <source>Start Mamori minimised to the tray when I &amp;log in</source>
        <translation>Start Mamori minimised to the tray when I &amp;log in</translation>
    </message>
    <message>
        <source>Run an incident exercise every:</source>
        <translation>Run an incident exercise every:</translation>
    </message>
</context>
<context>
    <name>StartIncidentDialog</name>
    <message>
        <source>Start from playbook</source>
        <translation>Start from playbook</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Playbook:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>This is an exercise, not a real incident</source>
        <translation>This is an exercise, not a real incident</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Detected at:</source>
        <translation>Detected at:</translation>
    </message>
    <message>
        <source>Became aware at:</source>
        <translation>Became aware at:</translation>
    </message>
    <message>
        <source>When the firm knew something had happened. The legal reporting clocks count from here, not from the first sign.</source>
        <translation>When the firm knew something had happened. The legal reporting clocks count from here, not from the first sign.</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Reported by:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Affected devices</source>
        <translation>Affected devices</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Chosen:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Reporting to the PPC: what applies?</source>
        <translation>Reporting to the PPC: what applies?</translation>
    </message>
    <message>
        <source>Personal data leaked or may have leaked</source>
        <translation>Personal data leaked or may have leaked</translation>
    </message>
    <message>
        <source>It includes sensitive personal data (health, criminal record, beliefs…)</source>
        <translation>It includes sensitive personal data (health, criminal record, beliefs…)</translation>
    </message>
    <message>
        <source>Misuse could cost people money (card or bank details, logins to shops)</source>
        <translation>Misuse could cost people money (card or bank details, logins to shops)</translation>
    </message>
    <message>
        <source>Someone may have taken it on purpose (attack, ransomware, theft by a person)</source>
        <translation>Someone may have taken it on purpose (attack, ransomware, theft by a person)</translation>
    </message>
    <message>
        <source>Number of people (0 = not known yet):</source>
        <translation>Number of people (0 = not known yet):</translation>
    </message>
    <message>
        <source>More than 1,000 people</source>
        <translation>More than 1,000 people</translation>
    </message>
    <message>
        <source>The data was strongly encrypted and the key is safe (then no report is needed)</source>
        <translation>The data was strongly encrypted and the key is safe (then no report is needed)</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>%1, line %2: the text is not valid %3. Choose another encoding.</source>
        <translation>%1, line %2: the text is not valid %3. Choose another encoding.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor Shift_JIS (CP932).</source>
        <translation>%1, line %2: the text is neither UTF-8 nor Shift_JIS (CP932).</translation>
    </message>
    <message>
        <source>%1 conversion is not available on this system.</source>
        <translation>%1 conversion is not available on this system.</translation>
    </message>
    <message>
        <source>The character “%1” (U+%2) cannot be saved in %3. Save as UTF-8 instead.</source>
        <translation>The character “%1” (U+%2) cannot be saved in %3. Save as UTF-8 instead.</translation>
    </message>
</context>
<context>
    <name>ThreeTwoOne</name>
    <message>
        <source>importance 3 and no backup plan at all</source>
        <translation>importance 3 and no backup plan at all</translation>
    </message>
    <message>
        <source>no backup plan</source>
        <translation>no backup plan</translation>
    </message>
    <message>
        <source>no copy yet: no plan has recorded a successful run</source>
        <translation>no copy yet: no plan has recorded a successful run</translation>
    </message>
    <message numerus="yes">
        <source>only %n copy(ies), on the same %1 as the original</source>
        <translation><numerusform>only %n copy, on the same %1 as the original</numerusform><numerusform>only %n copies, on the same %1 as the original</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>only %n copy(ies) besides the original (two are needed)</source>
        <translation><numerusform>only %n copy besides the original (two are needed)</numerusform><numerusform>only %n copies besides the original (two are needed)</numerusform></translation>
    </message>
    <message>
        <source>every copy is on the same kind of media (%1)</source>
        <translation>every copy is on the same kind of media (%1)</translation>
    </message>
    <message>
        <source>no copy off-site</source>
        <translation>no copy off-site</translation>
    </message>
    <message>
        <source>no copy offline or immutable</source>
        <translation>no copy offline or immutable</translation>
    </message>
    <message>
        <source>internal disk</source>
        <translation>internal disk</translation>
    </message>
    <message>
        <source>NAS</source>
        <translation>NAS</translation>
    </message>
    <message>
        <source>removable disk</source>
        <translation>removable disk</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>tape</source>
        <translation>tape</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>other media</source>
        <translation>other media</translation>
    </message>
    <message>
        <source>No backup plan</source>
        <translation>No backup plan</translation>
    </message>
    <message>
        <source>Does not meet 3-2-1</source>
        <translation>Does not meet 3-2-1</translation>
    </message>
    <message>
        <source>Meets 3-2-1</source>
        <translation>Meets 3-2-1</translation>
    </message>
    <message>
        <source>Meets 3-2-1-1</source>
        <translation>Meets 3-2-1-1</translation>
    </message>
</context>
<context>
    <name>TimelineEntryBar</name>
    <message>
        <source>Not a correction</source>
        <translation>Not a correction</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Whom:</source>
        <translation>Whom:</translation>
    </message>
</context>
<context>
    <name>TopActions</name>
    <message numerus="yes">
        <source>%n PC(s)</source>
        <translation><numerusform>%n PC</numerusform><numerusform>%n PCs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s)</source>
        <translation><numerusform>%n laptop</numerusform><numerusform>%n laptops</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation><numerusform>%n server</numerusform><numerusform>%n servers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) or tablet(s)</source>
        <translation><numerusform>%n phone or tablet</numerusform><numerusform>%n phones or tablets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n software licence(s)</source>
        <translation><numerusform>%n software licence</numerusform><numerusform>%n software licences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation><numerusform>%n device</numerusform><numerusform>%n devices</numerusform></translation>
    </message>
    <message>
        <source>Replace or upgrade %1 past end of support</source>
        <translation>Replace or upgrade %1 past end of support</translation>
    </message>
    <message>
        <source>Replace or upgrade %1 on %2 (support ended)</source>
        <translation>Replace or upgrade %1 on %2 (support ended)</translation>
    </message>
    <message numerus="yes">
        <source>Update %n device(s) not updated in 90 days</source>
        <translation><numerusform>Update %n device not updated in 90 days</numerusform><numerusform>Update %n devices not updated in 90 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Install or record antivirus on %n computer(s)</source>
        <translation><numerusform>Install or record antivirus on %n computer</numerusform><numerusform>Install or record antivirus on %n computers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Turn on multi-factor sign-in for %n cloud service(s)</source>
        <translation><numerusform>Turn on multi-factor sign-in for %n cloud service</numerusform><numerusform>Turn on multi-factor sign-in for %n cloud services</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Encrypt %n portable device(s)</source>
        <translation><numerusform>Encrypt %n portable device</numerusform><numerusform>Encrypt %n portable devices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Bring %n late or failed backup plan(s) back on schedule</source>
        <translation><numerusform>Bring %n late or failed backup plan back on schedule</numerusform><numerusform>Bring %n late or failed backup plans back on schedule</numerusform></translation>
    </message>
    <message>
        <source>Add a backup copy that is offline or cannot be changed</source>
        <translation>Add a backup copy that is offline or cannot be changed</translation>
    </message>
    <message numerus="yes">
        <source>Test restoring %n backup plan(s)</source>
        <translation><numerusform>Test restoring %n backup plan</numerusform><numerusform>Test restoring %n backup plans</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Back up %n important information asset(s)</source>
        <translation><numerusform>Back up %n important information asset</numerusform><numerusform>Back up %n important information assets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fill in %n incident contact(s)</source>
        <translation><numerusform>Fill in %n incident contact</numerusform><numerusform>Fill in %n incident contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Review %n incident playbook(s)</source>
        <translation><numerusform>Review %n incident playbook</numerusform><numerusform>Review %n incident playbooks</numerusform></translation>
    </message>
    <message>
        <source>Run a tabletop exercise</source>
        <translation>Run a tabletop exercise</translation>
    </message>
    <message numerus="yes">
        <source>Resolve and close %n open critical incident(s)</source>
        <translation><numerusform>Resolve and close %n open critical incident</numerusform><numerusform>Resolve and close %n open critical incidents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Send %n overdue report(s)</source>
        <translation><numerusform>Send %n overdue report</numerusform><numerusform>Send %n overdue reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Put the remaining %n basic rule(s) in place</source>
        <translation><numerusform>Put the remaining %n basic rule in place</numerusform><numerusform>Put the remaining %n basic rules in place</numerusform></translation>
    </message>
    <message>
        <source>Declare SECURITY ACTION ★★</source>
        <translation>Declare SECURITY ACTION ★★</translation>
    </message>
    <message>
        <source>Declare SECURITY ACTION ★</source>
        <translation>Declare SECURITY ACTION ★</translation>
    </message>
    <message>
        <source>Publish the security policy</source>
        <translation>Publish the security policy</translation>
    </message>
    <message>
        <source>Review the security policy</source>
        <translation>Review the security policy</translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <translation>%1: +%2</translation>
    </message>
    <message>
        <source>%1: less than 1 point</source>
        <translation>%1: less than 1 point</translation>
    </message>
</context>
<context>
    <name>TrayOptions</name>
    <message>
        <source>Reminders for backups and security tasks</source>
        <translation>Reminders for backups and security tasks</translation>
    </message>
    <message>
        <source>The login setting could not be saved.</source>
        <translation>The login setting could not be saved.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Cannot create the folder of %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
    <name>ValueMap</name>
    <message>
        <source>%1: write it as FIELD:VALUE=CODE, e.g. category:Storage=server.</source>
        <translation>%1: write it as FIELD:VALUE=CODE, e.g. category:Storage=server.</translation>
    </message>
    <message>
        <source>%1: %2 is not a column with fixed values for %3.</source>
        <translation>%1: %2 is not a column with fixed values for %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a value of %3; use one of: %4.</source>
        <translation>%1: %2 is not a value of %3; use one of: %4.</translation>
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
        <source>the era year must be 1 or more</source>
        <translation>the era year must be 1 or more</translation>
    </message>
    <message>
        <source>%1 began on %2</source>
        <translation>%1 began on %2</translation>
    </message>
    <message>
        <source>two-digit years are ambiguous; write the year in full or choose the file's date order (Date order in the import dialog, --date-order on the command line)</source>
        <translation>two-digit years are ambiguous; write the year in full or choose the file's date order (Date order in the import dialog, --date-order on the command line)</translation>
    </message>
    <message>
        <source>the day and the month could be either way round; choose the file's date order (Date order in the import dialog, --date-order on the command line)</source>
        <translation>the day and the month could be either way round; choose the file's date order (Date order in the import dialog, --date-order on the command line)</translation>
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
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
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
    <message>
        <source>Writing %1 was cancelled; nothing was written.</source>
        <translation>Writing %1 was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>mamori::ActionDocument</name>
    <message>
        <source>Edit rule %1</source>
        <translation>Edit rule %1</translation>
    </message>
    <message>
        <source>Add the %1 declaration</source>
        <translation>Add the %1 declaration</translation>
    </message>
    <message>
        <source>The record is no longer in the database; it may have been changed elsewhere.</source>
        <translation>The record is no longer in the database; it may have been changed elsewhere.</translation>
    </message>
    <message>
        <source>Withdraw the %1 declaration</source>
        <translation>Withdraw the %1 declaration</translation>
    </message>
    <message>
        <source>Edit the %1 declaration</source>
        <translation>Edit the %1 declaration</translation>
    </message>
    <message>
        <source>Delete the %1 declaration</source>
        <translation>Delete the %1 declaration</translation>
    </message>
    <message>
        <source>Save the self-diagnosis draft</source>
        <translation>Save the self-diagnosis draft</translation>
    </message>
    <message>
        <source>Delete the self-diagnosis draft</source>
        <translation>Delete the self-diagnosis draft</translation>
    </message>
    <message>
        <source>the self-diagnosis of %1 was completed, and a completed diagnosis stays as it is</source>
        <translation>the self-diagnosis of %1 was completed, and a completed diagnosis stays as it is</translation>
    </message>
    <message>
        <source>Save a new version of the basic policy</source>
        <translation>Save a new version of the basic policy</translation>
    </message>
    <message>
        <source>Record the publication of version %1</source>
        <translation>Record the publication of version %1</translation>
    </message>
    <message>
        <source>Record the review of version %1</source>
        <translation>Record the review of version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without an answer.</source>
        <translation><numerusform>%n item without an answer.</numerusform><numerusform>%n items without an answer.</numerusform></translation>
    </message>
    <message>
        <source>the answers of the self-diagnosis of %1 were saved while completing it</source>
        <translation>the answers of the self-diagnosis of %1 were saved while completing it</translation>
    </message>
</context>
<context>
    <name>mamori::AssetEditorDialog</name>
    <message>
        <source>e.g. 2024-04-01 or 令和6年4月1日</source>
        <translation>e.g. 2024-04-01 or 令和6年4月1日</translation>
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
    <message>
        <source>Created by importing %1</source>
        <translation>Created by importing %1</translation>
    </message>
    <message>
        <source>Created as demo data</source>
        <translation>Created as demo data</translation>
    </message>
    <message>
        <source>e.g. 158,000 or $1,200.50</source>
        <translation>e.g. 158,000 or $1,200.50</translation>
    </message>
    <message>
        <source>JPY when empty; e.g. USD</source>
        <translation>JPY when empty; e.g. USD</translation>
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
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>Cannot read the list: %1</translation>
    </message>
    <message>
        <source>Rows tinted like this, with this icon beside the name: %1</source>
        <translation>Rows tinted like this, with this icon beside the name: %1</translation>
    </message>
    <message>
        <source>This icon beside the name: %1</source>
        <translation>This icon beside the name: %1</translation>
    </message>
    <message>
        <source>No devices yet. List your PCs, phones, servers, network devices and cloud services here, so you can see what needs updates, antivirus or multi-factor sign-in.</source>
        <translation>No devices yet. List your PCs, phones, servers, network devices and cloud services here, so you can see what needs updates, antivirus or multi-factor sign-in.</translation>
    </message>
    <message>
        <source>No information assets yet. List the information your business keeps (customer lists, payroll, drawings) with where it is kept and how much it matters.</source>
        <translation>No information assets yet. List the information your business keeps (customer lists, payroll, drawings) with where it is kept and how much it matters.</translation>
    </message>
    <message>
        <source>Import Your Device List…</source>
        <translation>Import Your Device List…</translation>
    </message>
    <message>
        <source>Import Your Information Assets…</source>
        <translation>Import Your Information Assets…</translation>
    </message>
    <message>
        <source>Add a Device…</source>
        <translation>Add a Device…</translation>
    </message>
    <message>
        <source>Add an Information Asset…</source>
        <translation>Add an Information Asset…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>mamori::AssetTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Cannot open the record</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device(s)? Deleting is for records entered by mistake: for a device that was disposed of, set its status to Disposed instead, so its history and the way its data was erased are kept. Edit → Undo brings deleted records back.</source>
        <translation><numerusform>Delete %n device? Deleting is for records entered by mistake: for a device that was disposed of, set its status to Disposed instead, so its history and the way its data was erased are kept. Edit → Undo brings deleted records back.</numerusform><numerusform>Delete %n devices? Deleting is for records entered by mistake: for a device that was disposed of, set its status to Disposed instead, so its history and the way its data was erased are kept. Edit → Undo brings deleted records back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n information asset(s)? Edit → Undo brings them back.</source>
        <translation><numerusform>Delete %n information asset? Edit → Undo brings them back.</numerusform><numerusform>Delete %n information assets? Edit → Undo brings them back.</numerusform></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS for older Excel (*.csv)</source>
        <translation>CSV, Shift_JIS for older Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Edit Several Devices</source>
        <translation>Edit Several Devices</translation>
    </message>
    <message>
        <source>Devices and services in use: %1 · Information assets: %2</source>
        <translation>Devices and services in use: %1 · Information assets: %2</translation>
    </message>
    <message>
        <source>No devices in use and no information assets recorded yet.</source>
        <translation>No devices in use and no information assets recorded yet.</translation>
    </message>
    <message>
        <source>%1 — nothing needs attention.</source>
        <translation>%1 — nothing needs attention.</translation>
    </message>
    <message>
        <source>%1 — needs attention: %2.</source>
        <translation>%1 — needs attention: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Print ledger…</source>
        <translation>Print ledger…</translation>
    </message>
    <message>
        <source>Save the asset ledger as a PDF with the devices and information assets the two tabs show now (their search and filters apply). It is recorded on the Reports page with its fingerprint.</source>
        <translation>Save the asset ledger as a PDF with the devices and information assets the two tabs show now (their search and filters apply). It is recorded on the Reports page with its fingerprint.</translation>
    </message>
</context>
<context>
    <name>mamori::AttentionMonitor</name>
    <message>
        <source>The reminders cannot be read: %1</source>
        <translation>The reminders cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 — due now</source>
        <translation>%1 — due now</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) past end of support</source>
        <translation><numerusform>%n device past end of support</numerusform><numerusform>%n devices past end of support</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with no update for %1 days</source>
        <translation><numerusform>%n device with no update for %1 days</numerusform><numerusform>%n devices with no update for %1 days</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>mamori::BackupDocument</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Add the backup plan “%1”</source>
        <translation>Add the backup plan “%1”</translation>
    </message>
    <message>
        <source>Edit the backup plan “%1”</source>
        <translation>Edit the backup plan “%1”</translation>
    </message>
    <message>
        <source>Delete the backup plan “%1”</source>
        <translation>Delete the backup plan “%1”</translation>
    </message>
    <message>
        <source>Record a backup run</source>
        <translation>Record a backup run</translation>
    </message>
    <message>
        <source>Record a restore test</source>
        <translation>Record a restore test</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>Snooze “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Mark “%1” done</translation>
    </message>
</context>
<context>
    <name>mamori::BackupPlanDialog</name>
    <message>
        <source>Add Backup Plan</source>
        <translation>Add Backup Plan</translation>
    </message>
    <message>
        <source>Edit Backup Plan</source>
        <translation>Edit Backup Plan</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly, on chosen weekdays</source>
        <translation>Weekly, on chosen weekdays</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Every N days</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>mamori::BackupsPage</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>next by %1</source>
        <translation>next by %1</translation>
    </message>
    <message>
        <source>Late since %1</source>
        <translation>Late since %1</translation>
    </message>
    <message>
        <source>Evidence: %1
SHA-256: %2</source>
        <translation>Evidence: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>Restore test</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <source>The backup plans cannot be read.</source>
        <translation>The backup plans cannot be read.</translation>
    </message>
    <message>
        <source>No backup plan yet: add one for each place your data is copied to.</source>
        <translation>No backup plan yet: add one for each place your data is copied to.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation><numerusform>%n plan</numerusform><numerusform>%n plans</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation><numerusform>%n late</numerusform><numerusform>%n late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n restore test(s) to do</source>
        <translation><numerusform>%n restore test to do</numerusform><numerusform>%n restore tests to do</numerusform></translation>
    </message>
    <message>
        <source>all up to date</source>
        <translation>all up to date</translation>
    </message>
    <message>
        <source>NAS copy</source>
        <translation>NAS copy</translation>
    </message>
    <message>
        <source>Delete Backup Plan</source>
        <translation>Delete Backup Plan</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its recorded runs and restore tests? Edit → Undo brings it back.</source>
        <translation>Delete the plan “%1” with its recorded runs and restore tests? Edit → Undo brings it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add Plan…</source>
        <translation>Add Plan…</translation>
    </message>
    <message>
        <source>Records that the selected plan's backup ran successfully just now, attested by you (%1).</source>
        <translation>Records that the selected plan's backup ran successfully just now, attested by you (%1).</translation>
    </message>
</context>
<context>
    <name>mamori::BulkEditDialog</name>
    <message numerus="yes">
        <source>%n device(s) selected. The change can be undone with Edit → Undo.</source>
        <translation><numerusform>%n device selected. The change can be undone with Edit → Undo.</numerusform><numerusform>%n devices selected. The change can be undone with Edit → Undo.</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::CloseIncidentDialog</name>
    <message>
        <source>Close the exercise — %1</source>
        <translation>Close the exercise — %1</translation>
    </message>
    <message>
        <source>Close the incident — %1</source>
        <translation>Close the incident — %1</translation>
    </message>
    <message>
        <source>What caused it, as far as it is known</source>
        <translation>What caused it, as far as it is known</translation>
    </message>
    <message>
        <source>What it affected: systems, data, customers, days lost</source>
        <translation>What it affected: systems, data, customers, days lost</translation>
    </message>
    <message>
        <source>The policy, rules or assets changed because of it</source>
        <translation>The policy, rules or assets changed because of it</translation>
    </message>
    <message>
        <source>Required steps still open: %1.</source>
        <translation>Required steps still open: %1.</translation>
    </message>
    <message>
        <source>Reports not marked as sent: %1.</source>
        <translation>Reports not marked as sent: %1.</translation>
    </message>
    <message>
        <source>To close anyway, say why below; the reason is kept with the incident.</source>
        <translation>To close anyway, say why below; the reason is kept with the incident.</translation>
    </message>
</context>
<context>
    <name>mamori::ContactsWidget</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Check before use</source>
        <translation>Check before use</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them?</source>
        <translation>The changes to “%1” are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Reset to the bundled entry</source>
        <translation>Reset to the bundled entry</translation>
    </message>
    <message>
        <source>Check before use: confirm the number and address yourself (on the body's official web page or your contract), then tick Checked.</source>
        <translation>Check before use: confirm the number and address yourself (on the body's official web page or your contract), then tick Checked.</translation>
    </message>
    <message>
        <source>The contact needs a name.</source>
        <translation>The contact needs a name.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Remove the contact</translation>
    </message>
    <message>
        <source>Remove “%1”? Steps that point to it show no contact. You can undo this.</source>
        <translation>Remove “%1”? Steps that point to it show no contact. You can undo this.</translation>
    </message>
    <message>
        <source>Reset the contact</source>
        <translation>Reset the contact</translation>
    </message>
    <message>
        <source>Drop what the firm filled in for “%1” and show it as Mamori ships it? You can undo this.</source>
        <translation>Drop what the firm filled in for “%1” and show it as Mamori ships it? You can undo this.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Print contacts sheet</source>
        <translation>Print contacts sheet</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved, and the sheet prints what is saved. Save them first?</source>
        <translation>The changes to “%1” are not saved, and the sheet prints what is saved. Save them first?</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>Save and print</translation>
    </message>
</context>
<context>
    <name>mamori::DashboardPage</name>
    <message>
        <source>No database open.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <source>Mamori keeps one score for each day it is opened; once there are two days, this says what changed between them and how many points each change moved.</source>
        <translation>Mamori keeps one score for each day it is opened; once there are two days, this says what changed between them and how many points each change moved.</translation>
    </message>
    <message>
        <source>The dashboard cannot be read: %1</source>
        <translation>The dashboard cannot be read: %1</translation>
    </message>
    <message>
        <source>Reading the posture…</source>
        <translation>Reading the posture…</translation>
    </message>
    <message>
        <source>No posture score yet: nothing it looks at is recorded.</source>
        <translation>No posture score yet: nothing it looks at is recorded.</translation>
    </message>
    <message>
        <source>Posture score %1 of 100, the same as 30 days ago.</source>
        <translation>Posture score %1 of 100, the same as 30 days ago.</translation>
    </message>
    <message>
        <source>Posture score %1 of 100, %2 points higher than 30 days ago.</source>
        <translation>Posture score %1 of 100, %2 points higher than 30 days ago.</translation>
    </message>
    <message>
        <source>Posture score %1 of 100, %2 points lower than 30 days ago.</source>
        <translation>Posture score %1 of 100, %2 points lower than 30 days ago.</translation>
    </message>
    <message>
        <source>Posture score %1 of 100.</source>
        <translation>Posture score %1 of 100.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>%1 against 30 days ago</source>
        <translation>%1 against 30 days ago</translation>
    </message>
    <message>
        <source>no score from 30 days ago yet</source>
        <translation>no score from 30 days ago yet</translation>
    </message>
    <message>
        <source>%1 against a year ago</source>
        <translation>%1 against a year ago</translation>
    </message>
    <message>
        <source>no score from a year ago yet</source>
        <translation>no score from a year ago yet</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Record devices, a self-diagnosis, backups or the five rules to get a score.</source>
        <translation>Record devices, a self-diagnosis, backups or the five rules to get a score.</translation>
    </message>
    <message>
        <source>All five parts are recorded.</source>
        <translation>All five parts are recorded.</translation>
    </message>
    <message>
        <source>Based on %1 of the 100 points of weight: %2 not recorded yet, so left out.</source>
        <translation>Based on %1 of the 100 points of weight: %2 not recorded yet, so left out.</translation>
    </message>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message>
        <source>Nothing recorded would raise the score now.</source>
        <translation>Nothing recorded would raise the score now.</translation>
    </message>
    <message>
        <source>Ranked by how much each would raise the score. Double-click one, or press Enter, to open the records behind it.</source>
        <translation>Ranked by how much each would raise the score. Double-click one, or press Enter, to open the records behind it.</translation>
    </message>
    <message>
        <source>Declared: %1 on %2</source>
        <translation>Declared: %1 on %2</translation>
    </message>
    <message>
        <source>Self-declaration ID: %1</source>
        <translation>Self-declaration ID: %1</translation>
    </message>
    <message>
        <source>Not declared yet.</source>
        <translation>Not declared yet.</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1: ready</translation>
    </message>
    <message>
        <source>%1 still needs:</source>
        <translation>%1 still needs:</translation>
    </message>
    <message>
        <source>The first %1 of %2.</source>
        <translation>The first %1 of %2.</translation>
    </message>
    <message>
        <source>No backup plan yet: record what is copied where, and Mamori says when a copy is late or a restore test is due.</source>
        <translation>No backup plan yet: record what is copied where, and Mamori says when a copy is late or a restore test is due.</translation>
    </message>
    <message>
        <source>Nothing late or failed.</source>
        <translation>Nothing late or failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) or restore test(s) need attention.</source>
        <translation><numerusform>%n backup or restore test need attention.</numerusform><numerusform>%n backups or restore tests need attention.</numerusform></translation>
    </message>
    <message>
        <source>%1 (exercise)</source>
        <translation>%1 (exercise)</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>promptly</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>No open incidents.</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation><numerusform>%n open incident</numerusform><numerusform>%n open incidents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reporting clock(s) running.</source>
        <translation><numerusform>%n reporting clock running.</numerusform><numerusform>%n reporting clocks running.</numerusform></translation>
    </message>
    <message>
        <source>Nothing coming up.</source>
        <translation>Nothing coming up.</translation>
    </message>
    <message>
        <source>Reviews, renewals and support ends, the soonest first.</source>
        <translation>Reviews, renewals and support ends, the soonest first.</translation>
    </message>
    <message>
        <source>The second day must not be before the first.</source>
        <translation>The second day must not be before the first.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>From %1 to %2 the score went from %3 to %4.</source>
        <translation>From %1 to %2 the score went from %3 to %4.</translation>
    </message>
    <message>
        <source>Change: %1 points.</source>
        <translation>Change: %1 points.</translation>
    </message>
    <message>
        <source>Nothing the score looks at changed between these days.</source>
        <translation>Nothing the score looks at changed between these days.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2: %3 → %4</translation>
    </message>
    <message>
        <source>Recorded in between: %1</source>
        <translation>Recorded in between: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>mamori::DatabaseStatus</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Copies of the database are kept in %1.</source>
        <translation>Copies of the database are kept in %1.</translation>
    </message>
    <message>
        <source>Read-only: the database is damaged.</source>
        <translation>Read-only: the database is damaged.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Integrity check passed at %1</source>
        <translation>Integrity check passed at %1</translation>
    </message>
    <message>
        <source>Last safety copy: %1</source>
        <translation>Last safety copy: %1</translation>
    </message>
    <message>
        <source>No safety copy saved yet</source>
        <translation>No safety copy saved yet</translation>
    </message>
    <message>
        <source>Restore it from a safety copy…</source>
        <translation>Restore it from a safety copy…</translation>
    </message>
</context>
<context>
    <name>mamori::DeclarationDialog</name>
    <message>
        <source>New Declaration</source>
        <translation>New Declaration</translation>
    </message>
    <message>
        <source>Edit Declaration</source>
        <translation>Edit Declaration</translation>
    </message>
    <message>
        <source>A declaration cannot be withdrawn before the day it was made.</source>
        <translation>A declaration cannot be withdrawn before the day it was made.</translation>
    </message>
</context>
<context>
    <name>mamori::DeclarationsWidget</name>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Withdrawn on %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Replaced by the %1 declaration of %2</source>
        <translation>Replaced by the %1 declaration of %2</translation>
    </message>
    <message>
        <source>Withdraw Declaration</source>
        <translation>Withdraw Declaration</translation>
    </message>
    <message>
        <source>Record that the %1 declaration of %2 was withdrawn.</source>
        <translation>Record that the %1 declaration of %2 was withdrawn.</translation>
    </message>
    <message>
        <source>This only updates Mamori's records; withdraw the declaration with IPA as well.</source>
        <translation>This only updates Mamori's records; withdraw the declaration with IPA as well.</translation>
    </message>
    <message>
        <source>A declaration cannot be withdrawn before the day it was made.</source>
        <translation>A declaration cannot be withdrawn before the day it was made.</translation>
    </message>
    <message>
        <source>Delete the record of the %1 declaration of %2?

Delete is for records entered by mistake. To end a declaration, use Withdraw instead: the record then stays as history.</source>
        <translation>Delete the record of the %1 declaration of %2?

Delete is for records entered by mistake. To end a declaration, use Withdraw instead: the record then stays as history.</translation>
    </message>
    <message>
        <source>Delete Declaration</source>
        <translation>Delete Declaration</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <source>Self-declaration ID</source>
        <translation>Self-declaration ID</translation>
    </message>
    <message>
        <source>gBizID</source>
        <translation>gBizID</translation>
    </message>
    <message>
        <source>Logo shown at</source>
        <translation>Logo shown at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No declaration recorded yet. Once you have declared ★ or ★★ on IPA's site, record it here with its date and self-declaration ID.</source>
        <translation>No declaration recorded yet. Once you have declared ★ or ★★ on IPA's site, record it here with its date and self-declaration ID.</translation>
    </message>
    <message>
        <source>Record a Declaration…</source>
        <translation>Record a Declaration…</translation>
    </message>
</context>
<context>
    <name>mamori::DeviceStatusChart</name>
    <message>
        <source>No devices recorded yet.</source>
        <translation>No devices recorded yet.</translation>
    </message>
</context>
<context>
    <name>mamori::DiagnosisItemWidget</name>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Why this matters and what to do</source>
        <translation>Why this matters and what to do</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Use suggestion</translation>
    </message>
    <message>
        <source>From your records: %1 — %2</source>
        <translation>From your records: %1 — %2</translation>
    </message>
</context>
<context>
    <name>mamori::DiagnosisPanel</name>
    <message>
        <source>Self-diagnosis</source>
        <translation>Self-diagnosis</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>Part %1: %2</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Unsaved answers</translation>
    </message>
    <message>
        <source>This diagnosis has answers that are not saved. Discard them?</source>
        <translation>This diagnosis has answers that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>%1 points out of 100</source>
        <translation>%1 points out of 100</translation>
    </message>
    <message>
        <source>%1 points so far</source>
        <translation>%1 points so far</translation>
    </message>
    <message>
        <source>%1 of %2 items answered. The band is shown once every item has an answer.</source>
        <translation>%1 of %2 items answered. The band is shown once every item has an answer.</translation>
    </message>
    <message>
        <source>Part %1 (%2): %3 of %4</source>
        <translation>Part %1 (%2): %3 of %4</translation>
    </message>
    <message>
        <source>Answered “don't know”: %1. Find out and answer these.</source>
        <translation>Answered “don't know”: %1. Find out and answer these.</translation>
    </message>
    <message>
        <source>Completed diagnosis of %1. It is read-only; start a new diagnosis to answer again.</source>
        <translation>Completed diagnosis of %1. It is read-only; start a new diagnosis to answer again.</translation>
    </message>
    <message>
        <source>New diagnosis, not saved yet. Save it as a draft at any time and complete it once every item has an answer.</source>
        <translation>New diagnosis, not saved yet. Save it as a draft at any time and complete it once every item has an answer.</translation>
    </message>
    <message>
        <source>Draft with unsaved changes.</source>
        <translation>Draft with unsaved changes.</translation>
    </message>
    <message>
        <source>Draft saved. Complete it once every item has an answer.</source>
        <translation>Draft saved. Complete it once every item has an answer.</translation>
    </message>
    <message>
        <source>Complete the diagnosis</source>
        <translation>Complete the diagnosis</translation>
    </message>
    <message>
        <source>A completed diagnosis can no longer be changed. Complete the diagnosis of %1?</source>
        <translation>A completed diagnosis can no longer be changed. Complete the diagnosis of %1?</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Start with these</source>
        <translation>Start with these</translation>
    </message>
    <message>
        <source>New diagnosis (not saved)</source>
        <translation>New diagnosis (not saved)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Delete this draft diagnosis and its answers? Edit → Undo brings it back.</source>
        <translation>Delete this draft diagnosis and its answers? Edit → Undo brings it back.</translation>
    </message>
</context>
<context>
    <name>mamori::Document</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>mamori::FiveRulesPanel</name>
    <message>
        <source>Five basic rules</source>
        <translation>Five basic rules</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Rule %1: %2</translation>
    </message>
    <message>
        <source>From your inventory: %1</source>
        <translation>From your inventory: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Rule %1 has changes that are not saved. Discard them?</source>
        <translation>Rule %1 has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Last confirmed</translation>
    </message>
    <message>
        <source>From the inventory</source>
        <translation>From the inventory</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
</context>
<context>
    <name>mamori::GettingStartedWidget</name>
    <message>
        <source>The first steps cannot be read: %1</source>
        <translation>The first steps cannot be read: %1</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <source>First steps: %1 of %2 done.</source>
        <translation>First steps: %1 of %2 done.</translation>
    </message>
    <message>
        <source>Fill in your company profile</source>
        <translation>Fill in your company profile</translation>
    </message>
    <message>
        <source>Name, representative and size: they appear in your policy and reports.</source>
        <translation>Name, representative and size: they appear in your policy and reports.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Import your device list</source>
        <translation>Import your device list</translation>
    </message>
    <message>
        <source>Your PCs, phones, servers and cloud services, from Excel or CSV, or added one by one.</source>
        <translation>Your PCs, phones, servers and cloud services, from Excel or CSV, or added one by one.</translation>
    </message>
    <message>
        <source>Open Assets</source>
        <translation>Open Assets</translation>
    </message>
    <message>
        <source>Put the five basic rules in place</source>
        <translation>Put the five basic rules in place</translation>
    </message>
    <message>
        <source>What a ★ declaration commits to: record how each rule is done.</source>
        <translation>What a ★ declaration commits to: record how each rule is done.</translation>
    </message>
    <message>
        <source>Open SECURITY ACTION</source>
        <translation>Open SECURITY ACTION</translation>
    </message>
    <message>
        <source>Complete the self-diagnosis</source>
        <translation>Complete the self-diagnosis</translation>
    </message>
    <message>
        <source>25 questions that show your weak spots; needed for ★★.</source>
        <translation>25 questions that show your weak spots; needed for ★★.</translation>
    </message>
    <message>
        <source>Make a backup plan</source>
        <translation>Make a backup plan</translation>
    </message>
    <message>
        <source>What is copied where and when, so Mamori can tell you when a backup is late or a restore test is due.</source>
        <translation>What is copied where and when, so Mamori can tell you when a backup is late or a restore test is due.</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Open Backups</translation>
    </message>
    <message>
        <source>%1 of 5 in place.</source>
        <translation>%1 of 5 in place.</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ Done</translation>
    </message>
    <message>
        <source>☐ To do</source>
        <translation>☐ To do</translation>
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
    <message>
        <source>Save Mapping as Preset</source>
        <translation>Save Mapping as Preset</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Preset name:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before it can be imported. Nothing was written.</source>
        <translation><numerusform>%n problem to fix in the file before it can be imported. Nothing was written.</numerusform><numerusform>%n problems to fix in the file before it can be imported. Nothing was written.</numerusform></translation>
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
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Checking the rows of %1…</source>
        <translation>Checking the rows of %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The saved presets cannot be read: %1</source>
        <translation>The saved presets cannot be read: %1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <source>Detect from the dates</source>
        <translation>Detect from the dates</translation>
    </message>
    <message>
        <source>Year, month, day (2024/4/1)</source>
        <translation>Year, month, day (2024/4/1)</translation>
    </message>
    <message>
        <source>Month/day/year (4/1/2024, US)</source>
        <translation>Month/day/year (4/1/2024, US)</translation>
    </message>
    <message>
        <source>Day/month/year (1/4/2024, UK)</source>
        <translation>Day/month/year (1/4/2024, UK)</translation>
    </message>
    <message>
        <source>XLSX, sheet %1</source>
        <translation>XLSX, sheet %1</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tab-separated</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semicolon-separated</translation>
    </message>
    <message>
        <source>header in row %1</source>
        <translation>header in row %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation><numerusform>%n data row</numerusform><numerusform>%n data rows</numerusform></translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>read as %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the facts of the file</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>First in row %1</source>
        <translation>First in row %1</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(leave empty)</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapped</translation>
    </message>
    <message>
        <source>Guessed</source>
        <translation>Guessed</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Check the rows to list the values that the built-in words do not name.</source>
        <translation>Check the rows to list the values that the built-in words do not name.</translation>
    </message>
    <message>
        <source>Every value in the columns with fixed choices is a known word.</source>
        <translation>Every value in the columns with fixed choices is a known word.</translation>
    </message>
    <message>
        <source>These values are not among the built-in words. Choose what each one means; a guess is only a suggestion. Your choices are saved with a preset.</source>
        <translation>These values are not among the built-in words. Choose what each one means; a guess is only a suggestion. Your choices are saved with a preset.</translation>
    </message>
    <message>
        <source>Category: the word in your file is kept as the device's label (“Category as written”) whichever kind you choose, so nothing you wrote is lost.</source>
        <translation>Category: the word in your file is kept as the device's label (“Category as written”) whichever kind you choose, so nothing you wrote is lost.</translation>
    </message>
    <message>
        <source>Your choice applies from the next check; Import checks the rows again first.</source>
        <translation>Your choice applies from the next check; Import checks the rows again first.</translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation>Values (%1)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Choose the file's date order under Date order, then check again.</source>
        <translation>Choose the file's date order under Date order, then check again.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) under Problems; those rows are imported anyway.</source>
        <translation><numerusform>%n warning under Problems; those rows are imported anyway.</numerusform><numerusform>%n warnings under Problems; those rows are imported anyway.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) under Values that the built-in words do not name: check what they are read as.</source>
        <translation><numerusform>%n value under Values that the built-in words do not name: check what they are read as.</numerusform><numerusform>%n values under Values that the built-in words do not name: check what they are read as.</numerusform></translation>
    </message>
    <message>
        <source>Look at the values under Values, then click Import again.</source>
        <translation>Look at the values under Values, then click Import again.</translation>
    </message>
</context>
<context>
    <name>mamori::IncidentDocument</name>
    <message>
        <source>The record is no longer in the database; it may have been changed elsewhere.</source>
        <translation>The record is no longer in the database; it may have been changed elsewhere.</translation>
    </message>
    <message>
        <source>Device %1 (removed)</source>
        <translation>Device %1 (removed)</translation>
    </message>
    <message>
        <source>Tick step %1</source>
        <translation>Tick step %1</translation>
    </message>
    <message>
        <source>Mark step %1 not applicable</source>
        <translation>Mark step %1 not applicable</translation>
    </message>
    <message>
        <source>Open step %1 again</source>
        <translation>Open step %1 again</translation>
    </message>
    <message>
        <source>Edit incident %1</source>
        <translation>Edit incident %1</translation>
    </message>
    <message>
        <source>Set incident %1 to %2</source>
        <translation>Set incident %1 to %2</translation>
    </message>
    <message>
        <source>Set the severity of incident %1 to %2</source>
        <translation>Set the severity of incident %1 to %2</translation>
    </message>
    <message>
        <source>Change the affected devices of incident %1</source>
        <translation>Change the affected devices of incident %1</translation>
    </message>
    <message>
        <source>Mark “%1” as sent</source>
        <translation>Mark “%1” as sent</translation>
    </message>
    <message>
        <source>Open “%1” again</source>
        <translation>Open “%1” again</translation>
    </message>
    <message>
        <source>Add the clock “%1”</source>
        <translation>Add the clock “%1”</translation>
    </message>
    <message>
        <source>Remove the clock “%1”</source>
        <translation>Remove the clock “%1”</translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation>Close incident %1</translation>
    </message>
    <message>
        <source>Edit the playbook “%1”</source>
        <translation>Edit the playbook “%1”</translation>
    </message>
    <message>
        <source>Make the firm's copy of “%1”</source>
        <translation>Make the firm's copy of “%1”</translation>
    </message>
    <message>
        <source>Restore the bundled version of “%1”</source>
        <translation>Restore the bundled version of “%1”</translation>
    </message>
    <message>
        <source>Edit the contact “%1”</source>
        <translation>Edit the contact “%1”</translation>
    </message>
    <message>
        <source>Remove the contact “%1”</source>
        <translation>Remove the contact “%1”</translation>
    </message>
</context>
<context>
    <name>mamori::IncidentPanel</name>
    <message>
        <source>[Exercise]</source>
        <translation>[Exercise]</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation><numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>Past due (exercise)</source>
        <translation>Past due (exercise)</translation>
    </message>
    <message>
        <source>Sent %1 (%2)</source>
        <translation>Sent %1 (%2)</translation>
    </message>
    <message>
        <source>Promptly</source>
        <translation>Promptly</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>promptly</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>none open</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Show closed incidents (%1)</source>
        <translation>Show closed incidents (%1)</translation>
    </message>
    <message>
        <source>Detected %1</source>
        <translation>Detected %1</translation>
    </message>
    <message>
        <source>became aware %1 (the legal clocks count from here)</source>
        <translation>became aware %1 (the legal clocks count from here)</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>reported by %1</translation>
    </message>
    <message>
        <source>playbook: %1</source>
        <translation>playbook: %1</translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation>closed %1 by %2</translation>
    </message>
    <message>
        <source>No reporting clock runs: no reporting trigger applies. If personal data turns out to be involved, set the triggers with Edit details….</source>
        <translation>No reporting clock runs: no reporting trigger applies. If personal data turns out to be involved, set the triggers with Edit details….</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation>(on %1)</translation>
    </message>
    <message>
        <source>No affected device is recorded yet (Edit details…).</source>
        <translation>No affected device is recorded yet (Edit details…).</translation>
    </message>
    <message>
        <source>No information asset is linked to the affected devices: %1.</source>
        <translation>No information asset is linked to the affected devices: %1.</translation>
    </message>
    <message>
        <source>Personal data involved: %1</source>
        <translation>Personal data involved: %1</translation>
    </message>
    <message>
        <source>Affected devices: %1</source>
        <translation>Affected devices: %1</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>Decide: %1</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Done %1 by %2</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Not applicable: %1</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Call: %1</translation>
    </message>
    <message>
        <source>Corrects #%1: %2</source>
        <translation>Corrects #%1: %2</translation>
    </message>
    <message>
        <source>Decided by %1 — why: %2</source>
        <translation>Decided by %1 — why: %2</translation>
    </message>
    <message>
        <source>Whom: %1</source>
        <translation>Whom: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Corrected by #%1</source>
        <translation>Corrected by #%1</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Recorded %1</translation>
    </message>
    <message>
        <source>Select a step to see why it matters and whom to call.</source>
        <translation>Select a step to see why it matters and whom to call.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>The firm's criteria, decided in advance: %1</source>
        <translation>The firm's criteria, decided in advance: %1</translation>
    </message>
    <message>
        <source>Reports that may fall due: %1</source>
        <translation>Reports that may fall due: %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Why does step %1 not apply?</source>
        <translation>Why does step %1 not apply?</translation>
    </message>
    <message>
        <source>PPC report draft</source>
        <translation>PPC report draft</translation>
    </message>
    <message>
        <source>No incident recorded. When something happens, press Start from playbook… (%1): the playbook's steps become your checklist. You can also run a playbook as an exercise.</source>
        <translation>No incident recorded. When something happens, press Start from playbook… (%1): the playbook's steps become your checklist. You can also run a playbook as an exercise.</translation>
    </message>
    <message>
        <source>Tick the selected step: the time and your name are recorded.</source>
        <translation>Tick the selected step: the time and your name are recorded.</translation>
    </message>
</context>
<context>
    <name>mamori::IncidentsPage</name>
    <message>
        <source>No database open.</source>
        <translation>No database open.</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation><numerusform>%n open incident</numerusform><numerusform>%n open incidents</numerusform></translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>No open incidents</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) running</source>
        <translation><numerusform>%n exercise running</numerusform><numerusform>%n exercises running</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) overdue</source>
        <translation><numerusform>%n report overdue</numerusform><numerusform>%n reports overdue</numerusform></translation>
    </message>
    <message>
        <source>Start from playbook…</source>
        <translation>Start from playbook…</translation>
    </message>
    <message>
        <source>Start an incident or an exercise from a playbook (%1)</source>
        <translation>Start an incident or an exercise from a playbook (%1)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>mamori::InventoryDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n record(s)</source>
        <translation><numerusform>Edit %n record</numerusform><numerusform>Edit %n records</numerusform></translation>
    </message>
    <message>
        <source>Record %1 is no longer in the database; nothing was changed.</source>
        <translation>Record %1 is no longer in the database; nothing was changed.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation><numerusform>Delete %n record</numerusform><numerusform>Delete %n records</numerusform></translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Save the import preset %1</source>
        <translation>Save the import preset %1</translation>
    </message>
    <message>
        <source>the import of %1 changed records outside the undo history</source>
        <translation>the import of %1 changed records outside the undo history</translation>
    </message>
</context>
<context>
    <name>mamori::MainWindow</name>
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
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>%1 is an empty file. Make it a new Mamori database?</source>
        <translation>%1 is an empty file. Make it a new Mamori database?</translation>
    </message>
    <message>
        <source>Make a New Database</source>
        <translation>Make a New Database</translation>
    </message>
    <message>
        <source>Nothing to undo: %1.</source>
        <translation>Nothing to undo: %1.</translation>
    </message>
    <message>
        <source>Company profile not loaded</source>
        <translation>Company profile not loaded</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to look at</source>
        <translation><numerusform>%n item to look at</numerusform><numerusform>%n items to look at</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::OwnClockDialog</name>
    <message>
        <source>e.g. Tell the customer (contract §12)</source>
        <translation>e.g. Tell the customer (contract §12)</translation>
    </message>
</context>
<context>
    <name>mamori::PlaceholderPage</name>
    <message>
        <source>Not available yet.</source>
        <translation>Not available yet.</translation>
    </message>
</context>
<context>
    <name>mamori::PlaybookEditorDialog</name>
    <message>
        <source>Edit the firm's playbook — %1</source>
        <translation>Edit the firm's playbook — %1</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(nobody in particular)</translation>
    </message>
    <message>
        <source>You are editing the Japanese text; the English text of a step stays as it was (a new step shows the same text in both).</source>
        <translation>You are editing the Japanese text; the English text of a step stays as it was (a new step shows the same text in both).</translation>
    </message>
    <message>
        <source>You are editing the English text; the Japanese text of a step stays as it was (a new step shows the same text in both).</source>
        <translation>You are editing the English text; the Japanese text of a step stays as it was (a new step shows the same text in both).</translation>
    </message>
    <message>
        <source>The playbook needs a title.</source>
        <translation>The playbook needs a title.</translation>
    </message>
    <message>
        <source>The playbook needs at least one step.</source>
        <translation>The playbook needs at least one step.</translation>
    </message>
    <message>
        <source>Step %1 has no text.</source>
        <translation>Step %1 has no text.</translation>
    </message>
    <message>
        <source>Step %1: say why it matters.</source>
        <translation>Step %1: say why it matters.</translation>
    </message>
    <message>
        <source>Step %1 is a decision: write down the criteria in advance.</source>
        <translation>Step %1 is a decision: write down the criteria in advance.</translation>
    </message>
    <message>
        <source>Step %1 is in an earlier phase than the step before it: keep the phases in order.</source>
        <translation>Step %1 is in an earlier phase than the step before it: keep the phases in order.</translation>
    </message>
</context>
<context>
    <name>mamori::PlaybookLibraryWidget</name>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>the firm's copy — a newer bundled version exists</source>
        <translation>the firm's copy — a newer bundled version exists</translation>
    </message>
    <message>
        <source>the firm's copy</source>
        <translation>the firm's copy</translation>
    </message>
    <message>
        <source>This is the firm's copy of version %1. Mamori now ships version %2: compare, and restore the bundled version if you want its changes (your copy is then dropped).</source>
        <translation>This is the firm's copy of version %1. Mamori now ships version %2: compare, and restore the bundled version if you want its changes (your copy is then dropped).</translation>
    </message>
    <message>
        <source>The firm's copy (made from version %1). A new version of Mamori never changes it.</source>
        <translation>The firm's copy (made from version %1). A new version of Mamori never changes it.</translation>
    </message>
    <message>
        <source>As Mamori ships it (version %1). Make the firm's copy to change steps, roles or contacts.</source>
        <translation>As Mamori ships it (version %1). Make the firm's copy to change steps, roles or contacts.</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>Decide: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Criteria: %1</translation>
    </message>
    <message>
        <source>Restore the bundled version</source>
        <translation>Restore the bundled version</translation>
    </message>
    <message>
        <source>The firm's copy of “%1” is dropped and the playbook as Mamori ships it shows again. Running incidents keep the steps they started with. You can undo this.</source>
        <translation>The firm's copy of “%1” is dropped and the playbook as Mamori ships it shows again. Running incidents keep the steps they started with. You can undo this.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>mamori::PolicyEditorWidget</name>
    <message>
        <source>Basic policy</source>
        <translation>Basic policy</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>(company name)</source>
        <translation>(company name)</translation>
    </message>
    <message>
        <source>(representative)</source>
        <translation>(representative)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The basic policy has changes that are not saved as a version. Discard them?</source>
        <translation>The basic policy has changes that are not saved as a version. Discard them?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>Save as New Version</translation>
    </message>
    <message>
        <source>The text is saved as version %1; earlier versions stay as they are.

When is this version adopted? The date is printed at the foot of every page.</source>
        <translation>The text is saved as version %1; earlier versions stay as they are.

When is this version adopted? The date is printed at the foot of every page.</translation>
    </message>
    <message>
        <source>Cannot save the policy</source>
        <translation>Cannot save the policy</translation>
    </message>
    <message>
        <source>The policy needs a title.</source>
        <translation>The policy needs a title.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Record Publication</source>
        <translation>Record Publication</translation>
    </message>
    <message>
        <source>Record when and where version %1 was published. For ★★ the policy must be published outside the company, usually on your website.</source>
        <translation>Record when and where version %1 was published. For ★★ the policy must be published outside the company, usually on your website.</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Address (URL):</translation>
    </message>
    <message>
        <source>Leave the address empty if the policy was published another way, for example in a printed brochure.</source>
        <translation>Leave the address empty if the policy was published another way, for example in a printed brochure.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https:// or http://, or leave it empty.</source>
        <translation>Enter a full web address starting with https:// or http://, or leave it empty.</translation>
    </message>
    <message>
        <source>Recorded the publication of version %1.</source>
        <translation>Recorded the publication of version %1.</translation>
    </message>
    <message>
        <source>Recorded the review on %1.</source>
        <translation>Recorded the review on %1.</translation>
    </message>
    <message>
        <source>security-policy-v%1.pdf</source>
        <translation>security-policy-v%1.pdf</translation>
    </message>
    <message>
        <source>Export the Basic Policy</source>
        <translation>Export the Basic Policy</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Print the Basic Policy</source>
        <translation>Print the Basic Policy</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Save the policy as a version first.</source>
        <translation>Save the policy as a version first.</translation>
    </message>
    <message>
        <source>Not saved yet. The editor shows the template filled in with your company's details: adapt it, then save it as version 1.</source>
        <translation>Not saved yet. The editor shows the template filled in with your company's details: adapt it, then save it as version 1.</translation>
    </message>
    <message>
        <source>Version %1, adopted %2.</source>
        <translation>Version %1, adopted %2.</translation>
    </message>
    <message>
        <source>Published on %1.</source>
        <translation>Published on %1.</translation>
    </message>
    <message>
        <source>Published on %1 at %2.</source>
        <translation>Published on %1 at %2.</translation>
    </message>
    <message>
        <source>Not published yet: record the publication once it is on your website.</source>
        <translation>Not published yet: record the publication once it is on your website.</translation>
    </message>
    <message>
        <source>This is an earlier version; the latest is version %1.</source>
        <translation>This is an earlier version; the latest is version %1.</translation>
    </message>
    <message>
        <source>Unsaved changes: save them as version %1 to print, export or publish them.</source>
        <translation>Unsaved changes: save them as version %1 to print, export or publish them.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <source>Exporting the basic policy…</source>
        <translation>Exporting the basic policy…</translation>
    </message>
    <message>
        <source>Saved version %1 as %2 (fingerprint %3).</source>
        <translation>Saved version %1 as %2 (fingerprint %3).</translation>
    </message>
</context>
<context>
    <name>mamori::PostureHistoryChart</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click two days on the chart to see what changed between them.</source>
        <translation>Click two days on the chart to see what changed between them.</translation>
    </message>
    <message>
        <source>From %1: now click a second day.</source>
        <translation>From %1: now click a second day.</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>No history yet: Mamori keeps one score for each day it is opened, so the trend appears from tomorrow.</source>
        <translation>No history yet: Mamori keeps one score for each day it is opened, so the trend appears from tomorrow.</translation>
    </message>
</context>
<context>
    <name>mamori::PpcDraftDialog</name>
    <message>
        <source>PPC report draft — %1</source>
        <translation>PPC report draft — %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into the PPC's official form.</source>
        <translation>Copied. Paste it into the PPC's official form.</translation>
    </message>
</context>
<context>
    <name>mamori::ReadinessStrip</name>
    <message>
        <source>Still to do:</source>
        <translation>Still to do:</translation>
    </message>
    <message>
        <source>Ready: every basic rule is in place.</source>
        <translation>Ready: every basic rule is in place.</translation>
    </message>
    <message>
        <source>Ready: a recent self-diagnosis and a published basic policy.</source>
        <translation>Ready: a recent self-diagnosis and a published basic policy.</translation>
    </message>
</context>
<context>
    <name>mamori::RemindersWidget</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <source>The reminders cannot be read: %1</source>
        <translation>The reminders cannot be read: %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Export Calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Calendar not exported</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendar exported</translation>
    </message>
    <message>
        <source>Wrote %1. Import it into Outlook or Google Calendar; importing a newer export updates the same events.</source>
        <translation>Wrote %1. Import it into Outlook or Google Calendar; importing a newer export updates the same events.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>mamori::ReportsDocument</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>mamori::ReportsPage</name>
    <message>
        <source>One to three pages for the board: SECURITY ACTION, the self-diagnosis by part, top risks and next steps, devices, backups and incidents in the period.</source>
        <translation>One to three pages for the board: SECURITY ACTION, the self-diagnosis by part, top risks and next steps, devices, backups and incidents in the period.</translation>
    </message>
    <message>
        <source>The SECURITY ACTION self-declaration with its records, ready for the representative to sign and stamp.</source>
        <translation>The SECURITY ACTION self-declaration with its records, ready for the representative to sign and stamp.</translation>
    </message>
    <message>
        <source>One incident or exercise: summary, clocks, checklist, timeline, decisions and close-out.</source>
        <translation>One incident or exercise: summary, clocks, checklist, timeline, decisions and close-out.</translation>
    </message>
    <message>
        <source>The incident contacts on one A4 page, to keep by the phone.</source>
        <translation>The incident contacts on one A4 page, to keep by the phone.</translation>
    </message>
    <message>
        <source>Cannot make the report</source>
        <translation>Cannot make the report</translation>
    </message>
    <message>
        <source>Making the %1…</source>
        <translation>Making the %1…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print the Report</source>
        <translation>Print the Report</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) issued.</source>
        <translation><numerusform>%n report issued.</numerusform><numerusform>%n reports issued.</numerusform></translation>
    </message>
    <message>
        <source>No reports issued yet.</source>
        <translation>No reports issued yet.</translation>
    </message>
    <message>
        <source>#%1 %2 (exercise)</source>
        <translation>#%1 %2 (exercise)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Every device and information asset on landscape pages, with risk and flags. To print only some, use Print ledger… on the Assets page: its search and filters apply.</source>
        <translation>Every device and information asset on landscape pages, with risk and flags. To print only some, use Print ledger… on the Assets page: its search and filters apply.</translation>
    </message>
</context>
<context>
    <name>mamori::RunRecordDialog</name>
    <message>
        <source>Record Backup Run</source>
        <translation>Record Backup Run</translation>
    </message>
    <message>
        <source>Record Restore Test</source>
        <translation>Record Restore Test</translation>
    </message>
    <message>
        <source>Evidence of the Run</source>
        <translation>Evidence of the Run</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The size must be a whole number of bytes.</source>
        <translation>The size must be a whole number of bytes.</translation>
    </message>
</context>
<context>
    <name>mamori::SafetyCopyController</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Today's automatic backup was saved to %1.</source>
        <translation>Today's automatic backup was saved to %1.</translation>
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
    <message>
        <source>%1

The newest automatic copy beside it is from %2 (%3). Restore it? The file as it is now is kept as a copy in %4.</source>
        <translation>%1

The newest automatic copy beside it is from %2 (%3). Restore it? The file as it is now is kept as a copy in %4.</translation>
    </message>
    <message>
        <source>Restore the Copy</source>
        <translation>Restore the Copy</translation>
    </message>
</context>
<context>
    <name>mamori::SecurityActionPage</name>
    <message>
        <source> (self-declaration ID %1)</source>
        <translation> (self-declaration ID %1)</translation>
    </message>
    <message>
        <source>%1 — due now</source>
        <translation>%1 — due now</translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <translation>%1 — by %2</translation>
    </message>
    <message>
        <source>Five basic rules</source>
        <translation>Five basic rules</translation>
    </message>
    <message>
        <source>Self-diagnosis</source>
        <translation>Self-diagnosis</translation>
    </message>
    <message>
        <source>Basic policy</source>
        <translation>Basic policy</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <source>Open the Self-Diagnosis</source>
        <translation>Open the Self-Diagnosis</translation>
    </message>
    <message>
        <source>Start the Self-Diagnosis</source>
        <translation>Start the Self-Diagnosis</translation>
    </message>
    <message>
        <source>%1 declared on %2</source>
        <translation>%1 declared on %2</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>Not declared yet</translation>
    </message>
    <message>
        <source>%1 of 5 rules in place</source>
        <translation>%1 of 5 rules in place</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due now</source>
        <translation><numerusform>%n reminder due now</numerusform><numerusform>%n reminders due now</numerusform></translation>
    </message>
    <message>
        <source>nothing due now</source>
        <translation>nothing due now</translation>
    </message>
    <message>
        <source>%1 — snoozed until %2</source>
        <translation>%1 — snoozed until %2</translation>
    </message>
    <message>
        <source>%1 — done for %2</source>
        <translation>%1 — done for %2</translation>
    </message>
</context>
<context>
    <name>mamori::SettingsDocument</name>
    <message>
        <source>Edit the company profile</source>
        <translation>Edit the company profile</translation>
    </message>
    <message>
        <source>Change the reminder intervals</source>
        <translation>Change the reminder intervals</translation>
    </message>
</context>
<context>
    <name>mamori::SettingsPage</name>
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
    <message>
        <source>Reminder intervals</source>
        <translation>Reminder intervals</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The company profile has changes that are not saved. Discard them?</source>
        <translation>The company profile has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>The company profile cannot be read: %1</source>
        <translation>The company profile cannot be read: %1</translation>
    </message>
    <message>
        <source>The company profile cannot be read.</source>
        <translation>The company profile cannot be read.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <source>No company profile yet: fill in your company below.</source>
        <translation>No company profile yet: fill in your company below.</translation>
    </message>
    <message>
        <source>Settings for %1.</source>
        <translation>Settings for %1.</translation>
    </message>
    <message>
        <source>Mamori adds itself to your Windows sign-in programs (the Run key of your user).</source>
        <translation>Mamori adds itself to your Windows sign-in programs (the Run key of your user).</translation>
    </message>
    <message>
        <source>Mamori writes %1 when you turn this on and removes it when you turn it off.</source>
        <translation>Mamori writes %1 when you turn this on and removes it when you turn it off.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
</context>
<context>
    <name>mamori::StartIncidentDialog</name>
    <message>
        <source>(the firm's copy)</source>
        <translation>(the firm's copy)</translation>
    </message>
    <message>
        <source>e.g. Files encrypted on the accounting PC</source>
        <translation>e.g. Files encrypted on the accounting PC</translation>
    </message>
    <message>
        <source>who noticed or reported it</source>
        <translation>who noticed or reported it</translation>
    </message>
    <message>
        <source>Asset number or name</source>
        <translation>Asset number or name</translation>
    </message>
    <message>
        <source>who takes part in the exercise</source>
        <translation>who takes part in the exercise</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Edit the incident's details</source>
        <translation>Edit the incident's details</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>This kind of incident often involves personal data: check these now.</source>
        <translation>This kind of incident often involves personal data: check these now.</translation>
    </message>
    <message>
        <source>A report to the PPC and a notice to the people affected are required: the clocks start when you press Start.</source>
        <translation>A report to the PPC and a notice to the people affected are required: the clocks start when you press Start.</translation>
    </message>
    <message>
        <source>Strongly encrypted data is exempt: no report clocks.</source>
        <translation>Strongly encrypted data is exempt: no report clocks.</translation>
    </message>
    <message>
        <source>Personal data alone does not make a report due; any of the other three (or more than 1,000 people) does.</source>
        <translation>Personal data alone does not make a report due; any of the other three (or more than 1,000 people) does.</translation>
    </message>
    <message>
        <source>When an affected device holds personal data in the inventory, Mamori ticks the first boxes for you.</source>
        <translation>When an affected device holds personal data in the inventory, Mamori ticks the first boxes for you.</translation>
    </message>
    <message>
        <source>Choose a playbook.</source>
        <translation>Choose a playbook.</translation>
    </message>
    <message>
        <source>Give the incident a short title.</source>
        <translation>Give the incident a short title.</translation>
    </message>
    <message>
        <source>The firm cannot have become aware before it was detected.</source>
        <translation>The firm cannot have become aware before it was detected.</translation>
    </message>
</context>
<context>
    <name>mamori::TimelineEntryBar</name>
    <message>
        <source>Cannot read the evidence file %1: %2</source>
        <translation>Cannot read the evidence file %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>(someone else — say whom in the text)</source>
        <translation>(someone else — say whom in the text)</translation>
    </message>
    <message>
        <source>Choose the file with File…; its SHA-256 is recorded, the file is not copied.</source>
        <translation>Choose the file with File…; its SHA-256 is recorded, the file is not copied.</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of %1…</source>
        <translation>Computing the SHA-256 of %1…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>What happened, what was done? Enter adds it to the timeline (%1)</source>
        <translation>What happened, what was done? Enter adds it to the timeline (%1)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>the reason, in a few words</source>
        <translation>the reason, in a few words</translation>
    </message>
    <message>
        <source>Correcting entry #%1: “%2”</source>
        <translation>Correcting entry #%1: “%2”</translation>
    </message>
    <message>
        <source>Entries are never changed or deleted: a correction is a new entry that points to the one it corrects.</source>
        <translation>Entries are never changed or deleted: a correction is a new entry that points to the one it corrects.</translation>
    </message>
</context>
<context>
    <name>mamori::TrayNotifier</name>
    <message>
        <source>Show Mamori</source>
        <translation>Show Mamori</translation>
    </message>
    <message>
        <source>Quit Mamori</source>
        <translation>Quit Mamori</translation>
    </message>
    <message numerus="yes">
        <source>Mamori — %n reminder(s) due</source>
        <translation><numerusform>Mamori — %n reminder due</numerusform><numerusform>Mamori — %n reminders due</numerusform></translation>
    </message>
    <message>
        <source>Mamori — nothing due</source>
        <translation>Mamori — nothing due</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mamori: %n reminder(s) due</source>
        <translation><numerusform>Mamori: %n reminder due</numerusform><numerusform>Mamori: %n reminders due</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::report::Document</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
</TS>
