<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot keep a copy of the current database in %1.</source>
        <translation>現在のデータベースのコピーを %1 に保存できません。</translation>
    </message>
    <message>
        <source>The database %1 is open elsewhere; close it there before restoring.</source>
        <translation>データベース %1 は別の場所で開かれています。復元する前にそちらを閉じてください。</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>データベースファイル（既定: %1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Usage: mamori-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation>使い方: mamori-cli [--db パス] [--json] コマンド [オプション]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>共通オプション:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written), 3 database error (missing, damaged, locked or newer version).</source>
        <translation>終了コード: 0 成功、1 使い方の誤り、2 入力が不正（何も書き込んでいません）、3 データベースのエラー（見つからない・破損・使用中・新しいバージョン）。</translation>
    </message>
    <message>
        <source>Usage: mamori-cli [--db PATH] [--json] %1 %2</source>
        <translation>使い方: mamori-cli [--db パス] [--json] %1 %2</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>想定外の引数です: %1</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Enter the company name.</source>
        <translation>会社名を入力してください。</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>従業員数に負の数は指定できません。</translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12.</source>
        <translation>事業年度の開始月は1～12の月で指定してください。</translation>
    </message>
    <message>
        <source>read the company profile</source>
        <translation>会社情報の読み込み</translation>
    </message>
    <message>
        <source>save the company profile</source>
        <translation>会社情報の保存</translation>
    </message>
</context>
<context>
    <name>CompanyProfileForm</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>会社名(&amp;N):</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>代表者(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>所在地(&amp;A):</translation>
    </message>
    <message>
        <source>Number of &amp;employees:</source>
        <translation>従業員数(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>業種(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>事業年度の開始月(&amp;F):</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is not a Mamori database (it is not an SQLite file).</source>
        <translation>%1 は Mamori のデータベースではありません（SQLite ファイルではありません）。</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Mamori has not changed it. Restore it from a backup.</source>
        <translation>データベース %1 は破損しています。Mamori はこのファイルを変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>upgrade the database to schema version %1</source>
        <translation>データベースのスキーマバージョン %1 への更新</translation>
    </message>
    <message>
        <source>The database %1 is already open elsewhere (process %2 on %3). Close Mamori there, then try again.</source>
        <translation>データベース %1 はすでに別の場所で開かれています（%3 のプロセス %2）。そちらの Mamori を終了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database %1 is already open elsewhere. Close Mamori there, then try again.</source>
        <translation>データベース %1 はすでに別の場所で開かれています。そちらの Mamori を終了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>データベース %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>データベース %1 を開けません。</translation>
    </message>
    <message>
        <source>read the database header</source>
        <translation>データベースのヘッダーの読み込み</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Mamori database. Mamori has not changed it.</source>
        <translation>%1 は別のプログラムの SQLite データベースで、Mamori のデータベースではありません。Mamori はこのファイルを変更していません。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Mamori (schema %2; this version understands up to %3). Update Mamori to open it; the file has not been changed.</source>
        <translation>データベース %1 は新しいバージョンの Mamori で作成されています（スキーマ %2。このバージョンが扱えるのは %3 までです）。開くには Mamori を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1.</source>
        <translation>%1 の隣にロックファイルを作成できません。</translation>
    </message>
    <message>
        <source>configure the database connection</source>
        <translation>データベース接続の設定</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>%1 を先行書き込みログ（WAL）モードに切り替えられません。</translation>
    </message>
    <message>
        <source>read the database information</source>
        <translation>データベース情報の読み込み</translation>
    </message>
    <message>
        <source>check the database integrity</source>
        <translation>データベースの整合性チェック</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>Created the database %1 (schema version %2).</source>
        <translation>データベース %1 を作成しました（スキーマバージョン %2）。</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>データベース %1 は使用できる状態です（スキーマバージョン %2）。</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>データベース %1 は破損しています。</translation>
    </message>
    <message>
        <source>The database %1 is sound.</source>
        <translation>データベース %1 に問題はありません。</translation>
    </message>
    <message>
        <source>File to write the backup to.</source>
        <translation>バックアップの書き込み先ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>ファイルがすでにある場合は置き換えます。</translation>
    </message>
    <message>
        <source>db backup needs --out FILE.</source>
        <translation>db backup には --out ファイル の指定が必要です。</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 はすでに存在します。置き換えるには --force を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>バックアップでデータベース自身を置き換えることはできません。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>バックアップを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>Path: %1
Schema version: %2
Size: %3 bytes
Rows:</source>
        <translation>パス: %1
スキーマバージョン: %2
サイズ: %3 バイト
行数:</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one up to date.</source>
        <translation>データベースを作成するか、既存のデータベースを最新の形式に更新します。</translation>
    </message>
    <message>
        <source>Check the database's integrity (exit 0 when sound).</source>
        <translation>データベースの整合性を検査します（問題がなければ終了コード 0）。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database, even while Mamori is open.</source>
        <translation>Mamori の使用中でも、データベースの整合したコピーを書き出します。</translation>
    </message>
    <message>
        <source>Show the path, schema version, size and row counts.</source>
        <translation>パス、スキーマバージョン、サイズ、行数を表示します。</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
詳細: %2</translation>
    </message>
    <message>
        <source>record the change in the audit log</source>
        <translation>変更履歴への記録</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>変更履歴の読み込み</translation>
    </message>
    <message>
        <source>Cannot open %1 to save it to disk.</source>
        <translation>ディスクへ保存するために %1 を開けません。</translation>
    </message>
    <message>
        <source>Cannot save %1 to disk.</source>
        <translation>%1 をディスクに保存できません。</translation>
    </message>
    <message>
        <source>Cannot create the file %1.</source>
        <translation>ファイル %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot restrict access to the folder %1.</source>
        <translation>フォルダー %1 のアクセス権を制限できません。</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 を %2 に移動できません。</translation>
    </message>
    <message>
        <source>Database operation failed: %1</source>
        <translation>データベースの処理に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>データベース %1 を開けません。</translation>
    </message>
    <message>
        <source>Cannot start the database copy.</source>
        <translation>データベースのコピーを開始できません。</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>コピーは中止されました。</translation>
    </message>
    <message>
        <source>The database copy failed.</source>
        <translation>データベースのコピーに失敗しました。</translation>
    </message>
    <message>
        <source>begin a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
    <message>
        <source>commit a transaction</source>
        <translation>トランザクションの確定</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Mamori</source>
        <translation>Mamori へようこそ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Choose the language for menus, pages and printed reports. You can change it later in Settings.</source>
        <translation>メニュー、画面、印刷するレポートの言語を選んでください。あとから［設定］で変更できます。</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <translation>表示言語(&amp;D):</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <source>Mamori prints these details on its reports. Only the company name is required.</source>
        <translation>ここで入力した内容はレポートに印刷されます。必須なのは会社名だけです。</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Information security for small businesses.</source>
        <translation>中小企業のための情報セキュリティ管理。</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>開くデータベースファイル。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Print startup_ms=&lt;N&gt; after the first paint and quit (for benchmarks).</source>
        <translation>最初の描画後に startup_ms=&lt;N&gt; を出力して終了します（ベンチマーク用）。</translation>
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
        <translation>画面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty Mamori database file and switch to it</source>
        <translation>空の Mamori データベースファイルを作成して切り替えます</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Switch to another Mamori database file</source>
        <translation>別の Mamori データベースファイルに切り替えます</translation>
    </message>
    <message>
        <source>&amp;Backup Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Save a consistent copy of the database in its backups folder</source>
        <translation>データベースの整合したコピーを backups フォルダーに保存します</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the current contents are kept as a copy</source>
        <translation>データベースをバックアップの内容に戻します。現在の内容はコピーとして残ります</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>利用ガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Mamori</source>
        <translation>Mamori について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産台帳</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント対応</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Your security posture at a glance, with its trend over time and the reminders that are due.</source>
        <translation>セキュリティ対策の状況とその推移、期限が来た確認事項をひと目で確認できます。</translation>
    </message>
    <message>
        <source>The inventory of PCs, servers, phones, cloud services and information assets, with imports from Excel and CSV.</source>
        <translation>パソコン、サーバー、スマートフォン、クラウドサービス、情報資産の台帳です。Excel や CSV から取り込めます。</translation>
    </message>
    <message>
        <source>The five basic rules, the 25-item self-diagnosis, the basic security policy and your SECURITY ACTION declarations.</source>
        <translation>情報セキュリティ5か条、25項目の自社診断、情報セキュリティ基本方針、SECURITY ACTION の自己宣言を管理します。</translation>
    </message>
    <message>
        <source>Step-by-step playbooks and a record of what happened and who was told.</source>
        <translation>手順に沿った初動対応と、発生した事象・連絡先の記録を管理します。</translation>
    </message>
    <message>
        <source>Which data is backed up where, the last backup and the last restore test.</source>
        <translation>どのデータをどこにバックアップしているか、最終バックアップ日と最終復元テスト日を管理します。</translation>
    </message>
    <message>
        <source>A4 PDF summaries for subsidy applications and customers' security checksheets.</source>
        <translation>補助金の申請や取引先のセキュリティチェックシートに使える A4 の PDF を作成します。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Company profile</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>会社情報を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <translation>表示言語(&amp;D):</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Mamori User Guide</source>
        <translation>Mamori 利用ガイド</translation>
    </message>
</context>
<context>
    <name>mamori::BackupController</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Today's automatic backup was saved to %1.</source>
        <translation>本日の自動バックアップを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Saving a backup of the database…</source>
        <translation>データベースのバックアップを保存しています…</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written.</source>
        <translation>バックアップを中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>バックアップを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite);;All files (*)</source>
        <translation>Mamori データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>Choose a backup file, not the database itself.</source>
        <translation>データベース自身ではなく、バックアップファイルを選んでください。</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the contents of the backup %2?

The current contents are first saved as a copy in %3, so this can be undone.</source>
        <translation>%1 の内容をすべてバックアップ %2 の内容に置き換えますか？

現在の内容は先に %3 へコピーとして保存されるため、元に戻すことができます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>Restore cancelled; the database is unchanged.</source>
        <translation>復元を中止しました。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%2 から %1 を復元しました。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
</context>
<context>
    <name>mamori::DatabaseSession</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>mamori::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
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
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite)</source>
        <translation>Mamori データベース (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Mamori does not overwrite files; use File → Open Database… to open it.</source>
        <translation>%1 はすでに存在します。Mamori はファイルを上書きしません。開くには［ファイル］→［データベースを開く…］を使ってください。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite);;All files (*)</source>
        <translation>Mamori データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>About Mamori</source>
        <translation>Mamori について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Information security for small businesses: asset inventory, SECURITY ACTION, incidents, backups and reports, kept in one file on this PC.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;中小企業のための情報セキュリティ管理ツールです。資産台帳、SECURITY ACTION、インシデント対応、バックアップ、レポートを、このパソコン上の1つのファイルで管理します。&lt;/p&gt;&lt;p&gt;Qt %2 で構築しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <source>The company profile has changes that are not saved. Quit without saving them?</source>
        <translation>会社情報に保存されていない変更があります。保存せずに終了しますか？</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>保存せずに終了</translation>
    </message>
</context>
<context>
    <name>mamori::SettingsPage</name>
    <message>
        <source>Company profile not saved</source>
        <translation>会社情報を保存できませんでした</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Company profile not loaded</source>
        <translation>会社情報を読み込めませんでした</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>保存されていない変更があります。</translation>
    </message>
</context>
</TS>
