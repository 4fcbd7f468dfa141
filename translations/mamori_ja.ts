<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionCommands</name>
    <message>
        <source>%1: ready</source>
        <translation>%1: 準備できています</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: 不足している点</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Declared level: %1 (declared on %2, self-declaration ID %3)</source>
        <translation>宣言している段階: %1（宣言日 %2、自己宣言ID %3）</translation>
    </message>
    <message>
        <source>Declared level: none</source>
        <translation>宣言している段階: なし</translation>
    </message>
    <message>
        <source>Latest self-diagnosis: %1, %2 points (band %3)</source>
        <translation>最新の自社診断: %1、%2 点（区分 %3）</translation>
    </message>
    <message>
        <source>Latest self-diagnosis: none</source>
        <translation>最新の自社診断: なし</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>リマインダー:</translation>
    </message>
    <message>
        <source>(due now)</source>
        <translation>（期限到来）</translation>
    </message>
    <message>
        <source>--level is required: 1 for ★, 2 for ★★.</source>
        <translation>--level を指定してください（★ は 1、★★ は 2）。</translation>
    </message>
    <message>
        <source>--level must be 1 (★) or 2 (★★).</source>
        <translation>--level は 1（★）または 2（★★）を指定してください。</translation>
    </message>
    <message>
        <source>Recorded the %1 SECURITY ACTION declaration of %2.</source>
        <translation>%2 の SECURITY ACTION %1 の宣言を記録しました。</translation>
    </message>
    <message>
        <source>Show the SECURITY ACTION level, what is missing for ★ and ★★, the latest self-diagnosis and the reminders.</source>
        <translation>SECURITY ACTION の宣言段階、★・★★ に足りない点、最新の自社診断、リマインダーを表示します。</translation>
    </message>
    <message>
        <source>Record a SECURITY ACTION self-declaration made on IPA&apos;s site.</source>
        <translation>IPA のサイトで行った SECURITY ACTION の自己宣言を記録します。</translation>
    </message>
    <message>
        <source>Level declared: 1 for ★, 2 for ★★.</source>
        <translation>宣言した段階（★ は 1、★★ は 2）。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Date of the declaration (default: today).</source>
        <translation>宣言日（省略時は今日）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Self-declaration ID (自己宣言ID), as received.</source>
        <translation>通知された自己宣言ID。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>gBizID account used (optional).</source>
        <translation>使用したGビズIDのアカウント（任意）。</translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>Updates</source>
        <translation>OS・ソフトの更新</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>ウイルス対策</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sharing settings</source>
        <translation>共有設定</translation>
    </message>
    <message>
        <source>Threats and tricks</source>
        <translation>脅威や手口の把握</translation>
    </message>
    <message>
        <source>Rule %1 (%2) is not in place yet</source>
        <translation>5か条の%1（%2）がまだ実施されていません</translation>
    </message>
    <message>
        <source>Rule %1 (%2) is only partly in place</source>
        <translation>5か条の%1（%2）は一部のみ実施されています</translation>
    </message>
    <message>
        <source>No self-diagnosis completed yet</source>
        <translation>自社診断がまだ完了していません</translation>
    </message>
    <message numerus="yes">
        <source>Last self-diagnosis is older than %n month(s) (%1)</source>
        <translation>
            <numerusform>最後の自社診断から%nか月以上たっています（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) answered “don&apos;t know”: %1</source>
        <translation>
            <numerusform>「わからない」と回答した項目が %n 件あります: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No basic security policy written yet</source>
        <translation>情報セキュリティ基本方針がまだ作成されていません</translation>
    </message>
    <message>
        <source>Policy written but not published</source>
        <translation>基本方針は作成済みですが、まだ公開されていません</translation>
    </message>
    <message>
        <source>Redo the self-diagnosis</source>
        <translation>自社診断をやり直す</translation>
    </message>
    <message>
        <source>Do the self-diagnosis</source>
        <translation>自社診断を行う</translation>
    </message>
    <message>
        <source>Review the basic security policy</source>
        <translation>基本方針を見直す</translation>
    </message>
    <message>
        <source>Write the basic security policy</source>
        <translation>基本方針を作成する</translation>
    </message>
    <message>
        <source>Confirm the five basic rules</source>
        <translation>5か条の実施状況を確認する</translation>
    </message>
</context>
<context>
    <name>ActionSettingsRepository</name>
    <message>
        <source>The self-diagnosis interval must be 1 to 60 months.</source>
        <translation>自社診断の間隔は1〜60か月で指定してください。</translation>
    </message>
    <message>
        <source>The policy review interval must be 1 to 60 months.</source>
        <translation>基本方針の見直し間隔は1〜60か月で指定してください。</translation>
    </message>
    <message>
        <source>The exercise interval must be 1 to 60 months.</source>
        <translation>訓練の間隔は1〜60か月で指定してください。</translation>
    </message>
</context>
<context>
    <name>AssetCommands</name>
    <message>
        <source>devices or information.</source>
        <translation>devices（機器・サービス）または information（情報資産）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>--kind must be devices or information.</source>
        <translation>--kind には devices か information を指定してください。</translation>
    </message>
    <message>
        <source>There is no import preset named %1.</source>
        <translation>「%1」という名前の取り込み設定はありません。</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found; nothing was imported.</source>
        <translation>%1: 問題が %2 件見つかりました。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: %2 rows are valid; an import would create %3 and update up to %4. Nothing was written.</source>
        <translation>%1: %2 行はすべて正しい形式です。取り込むと %3 件を新規登録し、最大 %4 件を更新します。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1: 新規 %2 件、更新 %3 件、変更なし %4 件。</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format には csv か xlsx を指定してください。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>--assets must be a number from 1 to 1000000.</source>
        <translation>--assets には 1～1000000 の数を指定してください。</translation>
    </message>
    <message>
        <source>Added a fictional company: %1 devices, %2 information assets, %3 links.</source>
        <translation>架空の会社のデータを追加しました: 機器 %1 件、情報資産 %2 件、関連付け %3 件。</translation>
    </message>
    <message>
        <source>Import devices or information assets from CSV or XLSX, all or nothing.</source>
        <translation>CSV または XLSX から機器・情報資産を取り込みます（全件成功か、何もしないかのどちらか）。</translation>
    </message>
    <message>
        <source>XLSX sheet to read (default: the first).</source>
        <translation>読み込む XLSX のシート（既定: 先頭のシート）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Saved column mapping to use.</source>
        <translation>使用する保存済みの列の対応付け。</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>すべての行を検査して結果を表示します。書き込みはしません。</translation>
    </message>
    <message>
        <source>Export devices or information assets to CSV or XLSX.</source>
        <translation>機器・情報資産を CSV または XLSX に書き出します。</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv または xlsx（既定: ファイル名から判断）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>List devices or information assets (JSON with --json).</source>
        <translation>機器・情報資産を一覧表示します（--json で JSON）。</translation>
    </message>
    <message>
        <source>Number of devices.</source>
        <translation>機器の台数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>CSV encoding: auto (default: UTF-16 with a BOM, UTF-8 or Shift_JIS), utf-8, cp932, utf-16 or euc-jp.</source>
        <translation>CSV の文字コード: auto（既定。BOM 付き UTF-16、UTF-8、Shift_JIS を判別）、utf-8、cp932、utf-16、euc-jp。</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (default, with BOM), cp932, utf-16 or euc-jp.</source>
        <translation>CSV の文字コード: utf-8（既定、BOM 付き）、cp932、utf-16、euc-jp。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, cp932, utf-16 or euc-jp.</source>
        <translation>--encoding には auto、utf-8、cp932、utf-16、euc-jp のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--delimiter must be comma, tab, semicolon or one character.</source>
        <translation>--delimiter には comma、tab、semicolon、または 1 文字を指定してください。</translation>
    </message>
    <message>
        <source>--header-row must be a row number (1 or more).</source>
        <translation>--header-row には行番号（1 以上）を指定してください。</translation>
    </message>
    <message>
        <source>--date-order must be auto, ymd, mdy or dmy.</source>
        <translation>--date-order には auto、ymd、mdy、dmy のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, cp932, utf-16 or euc-jp.</source>
        <translation>--encoding には utf-8、cp932、utf-16、euc-jp のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>CSV field separator: auto (default: comma, tab or semicolon), comma, tab, semicolon or one character.</source>
        <translation>CSV の区切り文字: auto（既定。カンマ・タブ・セミコロンを判別）、comma、tab、semicolon、または任意の 1 文字。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The header&apos;s row number (default: found among the first rows).</source>
        <translation>見出し行の行番号（既定: 先頭の数行から自動で探します）。</translation>
    </message>
    <message>
        <source>Order of dates such as 4/1/24: auto (default), ymd, mdy or dmy.</source>
        <translation>4/1/24 のような日付の並び順: auto（既定）、ymd、mdy、dmy。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>What one of the file&apos;s values means, e.g. category:Storage=server (repeatable).</source>
        <translation>ファイル内の値の意味を指定します。例: category:Storage=server（複数指定可）。</translation>
    </message>
    <message>
        <source>FIELD:VALUE=CODE</source>
        <translation>項目:値=コード</translation>
    </message>
    <message>
        <source>Refuse values that are neither known nor mapped, and short rows.</source>
        <translation>既知の語でも対応付け済みでもない値や、列が足りない行をエラーにします。</translation>
    </message>
    <message>
        <source>Fill the database with a fictional small company of N devices and 18 months of its security work and posture history.</source>
        <translation>N 台の機器を持つ架空の小さな会社と、その18か月分のセキュリティ対策の記録・評価の推移を作成します。</translation>
    </message>
    <message>
        <source>Only the inventory: no plans, incidents, SECURITY ACTION records or posture history.</source>
        <translation>台帳だけを作成します（バックアップ計画、インシデント、SECURITY ACTION の記録、評価の推移は作りません）。</translation>
    </message>
</context>
<context>
    <name>AssetEditorDialog</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>関連付け(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlink Selected</source>
        <translation>選択した関連付けを解除(&amp;U)</translation>
    </message>
</context>
<context>
    <name>AssetExporter</name>
    <message>
        <source>Devices and services</source>
        <translation>機器・サービス</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>書き出しを中止しました。ファイルは作成・変更していません。</translation>
    </message>
</context>
<context>
    <name>AssetFields</name>
    <message>
        <source>Category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Disposal date</source>
        <translation>廃棄日</translation>
    </message>
    <message>
        <source>Disposal method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>設置場所</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>機種</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>型番</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>OS / firmware</source>
        <translation>OS・ファームウェア</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OSバージョン</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>購入日</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>保証期限</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>保証期間（月）</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>サポート終了日</translation>
    </message>
    <message>
        <source>Last update applied</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>ウイルス対策</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>ディスク暗号化</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>購入先</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Business area</source>
        <translation>業務分類</translation>
    </message>
    <message>
        <source>Information asset</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Who may use it</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <source>Owning department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Media / location</source>
        <translation>媒体・保存先</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報の種類</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Category as written</source>
        <translation>種別（元の表記）</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>購入金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
</context>
<context>
    <name>AssetImporter</name>
    <message>
        <source>not a number of months: %1</source>
        <translation>月数として読めません: %1</translation>
    </message>
    <message>
        <source>a warranty in months needs a purchase date</source>
        <translation>月数で保証期間を指定するには購入日が必要です</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1は必須です</translation>
    </message>
    <message>
        <source>the same %1 is already on row %2</source>
        <translation>同じ%1が %2 行目にもあります</translation>
    </message>
    <message>
        <source>asset number</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>business area and name</source>
        <translation>業務分類と情報資産名称</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>%1 行目、%2 列: %3</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>%1 行目、%2 列（%3）: %4</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation>%1 は空です。見出し行がありません。</translation>
    </message>
    <message>
        <source>%1: the column headers name neither devices nor information assets. Choose the kind of assets explicitly.</source>
        <translation>%1: 見出しから機器・サービスか情報資産かを判断できません。資産の種類を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>ファイルに問題が %n 件あります。何も取り込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: row %2 is empty or not among the first rows, so it cannot be the header.</source>
        <translation>%1: %2 行目は空か先頭付近にないため、見出し行にできません。</translation>
    </message>
    <message>
        <source>not a known value: %1 (it looks like %2; map it to be sure)</source>
        <translation>既知の値ではありません: %1（%2 と推定。確実にするには対応付けてください）</translation>
    </message>
    <message>
        <source>not a known value: %1</source>
        <translation>既知の値ではありません: %1</translation>
    </message>
    <message>
        <source>this column has dates with the day first (%1, row %2) and with the month first (%3, row %4)</source>
        <translation>この列には日が先の日付（%1、%2 行目）と月が先の日付（%3、%4 行目）が混在しています</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header only %2 columns: the data beyond them would be lost</source>
        <translation>この行には %1 個の値がありますが、見出しは %2 列しかありません。はみ出した値が失われます</translation>
    </message>
    <message>
        <source>the row has only %1 of the %2 columns; the line may have been cut short</source>
        <translation>この行には %2 列のうち %1 列しかありません。行が途中で切れている可能性があります</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) such as %1 could be day/month or month/day, and no date in this column says which; choose the file&apos;s date order (Date order in the import dialog, --date-order mdy or dmy on the command line)</source>
        <translation>
            <numerusform>%1 など %n 件の日付は日/月とも月/日とも読め、この列のどの日付からも判断できません。ファイルの日付の順序を選んでください（取り込み画面の「日付の順序」、コマンドラインでは --date-order mdy または dmy）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetLedger</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Asset ledger</source>
        <translation>資産台帳</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>Devices and services</source>
        <translation>機器・サービス</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Asset no.</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Department, user</source>
        <translation>部署・利用者</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>サポート終了日</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <source>AV / Enc. / MFA</source>
        <translation>ウイルス対策／暗号化／多要素</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>No devices match.</source>
        <translation>該当する機器はありません。</translation>
    </message>
    <message>
        <source>Business area</source>
        <translation>業務分類</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>C / I / A</source>
        <translation>機密性／完全性／可用性</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Threat / vuln.</source>
        <translation>脅威／脆弱性</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>No information assets match.</source>
        <translation>該当する情報資産はありません。</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>文字列「%1」</translation>
    </message>
</context>
<context>
    <name>AssetListWidget</name>
    <message>
        <source>Filter (name, number, user, notes…)</source>
        <translation>絞り込み（名称、番号、利用者、備考…）</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>種別で絞り込み</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>部署で絞り込み</translation>
    </message>
    <message>
        <source>Attention filter</source>
        <translation>要対応で絞り込み</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>AssetRecords</name>
    <message>
        <source>not a level from 1 to 3: %1</source>
        <translation>1～3 の段階として読めません: %1</translation>
    </message>
    <message>
        <source>not a recognised value: %1</source>
        <translation>認識できない値です: %1</translation>
    </message>
    <message>
        <source>the row names two currencies: %1 and %2</source>
        <translation>この行には 2 つの通貨が書かれています: %1 と %2</translation>
    </message>
    <message>
        <source>not an amount: %1</source>
        <translation>金額ではありません: %1</translation>
    </message>
    <message>
        <source>not a currency: %1</source>
        <translation>通貨ではありません: %1</translation>
    </message>
</context>
<context>
    <name>AssetValues</name>
    <message>
        <source>PC</source>
        <translation>パソコン</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>ノートパソコン</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>ネットワーク機器</translation>
    </message>
    <message>
        <source>Smartphone / tablet</source>
        <translation>スマートフォン・タブレット</translation>
    </message>
    <message>
        <source>Printer / MFP</source>
        <translation>プリンター・複合機</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>外部記録媒体</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Software / licence</source>
        <translation>ソフトウェア・ライセンス</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>予備</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>修理中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄済み</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number data</source>
        <translation>特定個人情報</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation>選択行を一括編集(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>次回予定 %1</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 time like 2026-04-01T02:30 or 2026-04-01T02:30:00+09:00.</source>
        <translation>--%1 には 2026-04-01T02:30 や 2026-04-01T02:30:00+09:00 のような ISO 8601 形式の日時を指定してください。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>--result must be ok, failed or partial.</source>
        <translation>--result には ok、failed、partial のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--plan is required: a plan&apos;s name or id.</source>
        <translation>--plan の指定が必要です（計画の名前または ID）。</translation>
    </message>
    <message>
        <source>There is no backup plan named “%1”; `mamori-cli backup plans` lists them.</source>
        <translation>「%1」という名前のバックアップ計画はありません。一覧は `mamori-cli backup plans` で確認できます。</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name の指定が必要です。</translation>
    </message>
    <message>
        <source>--frequency must be daily, weekly, monthly or every-n-days.</source>
        <translation>--frequency には daily、weekly、monthly、every-n-days のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>A weekly plan needs --days with weekdays, e.g. mon,thu.</source>
        <translation>毎週の計画には --days で曜日を指定してください（例: mon,thu）。</translation>
    </message>
    <message>
        <source>A monthly plan takes --days N (1–31) or --days last.</source>
        <translation>毎月の計画には --days N（1〜31）または --days last を指定します。</translation>
    </message>
    <message>
        <source>An every-n-days plan needs --days N (1–366).</source>
        <translation>N日ごとの計画には --days N（1〜366）の指定が必要です。</translation>
    </message>
    <message>
        <source>--at must be a time of day like 02:00.</source>
        <translation>--at には 02:00 のような時刻を指定してください。</translation>
    </message>
    <message>
        <source>--method must be nas_copy, external_disk, cloud_service, tape, application_export or other.</source>
        <translation>--method には nas_copy、external_disk、cloud_service、tape、application_export、other のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>想定外の引数です: %1</translation>
    </message>
    <message>
        <source>Added backup plan “%1” (id %2): %3, next due %4.</source>
        <translation>バックアップ計画「%1」（ID %2）を追加しました: %3、次回予定 %4。</translation>
    </message>
    <message>
        <source>No backup plans yet: add one with `mamori-cli backup plan add`.</source>
        <translation>バックアップ計画はまだありません。`mamori-cli backup plan add` で追加してください。</translation>
    </message>
    <message>
        <source>Recorded a backup run of “%1”: %2 at %3.</source>
        <translation>「%1」のバックアップ実行を記録しました: %3 に %2。</translation>
    </message>
    <message>
        <source>Recorded a restore test of “%1”: %2.</source>
        <translation>「%1」の復元テストを記録しました: %2。</translation>
    </message>
    <message>
        <source>No backup is late or failed.</source>
        <translation>遅れや失敗しているバックアップはありません。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing is protected by a plan yet, and no information asset of importance 3 is recorded.</source>
        <translation>計画で守られている資産はまだなく、重要度3の情報資産も登録されていません。</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>（%1 まで）</translation>
    </message>
    <message>
        <source>No reminders.</source>
        <translation>リマインダーはありません。</translation>
    </message>
    <message>
        <source>There is no reminder “%1”; `mamori-cli reminders` lists their keys.</source>
        <translation>リマインダー「%1」はありません。キーの一覧は `mamori-cli reminders` で確認できます。</translation>
    </message>
    <message>
        <source>Marked “%1” done.</source>
        <translation>「%1」を完了にしました。</translation>
    </message>
    <message>
        <source>Snoozed “%1” until %2.</source>
        <translation>「%1」を %2 まで保留にしました。</translation>
    </message>
    <message>
        <source>Wrote the calendar %1.</source>
        <translation>カレンダー %1 を書き出しました。</translation>
    </message>
    <message>
        <source>Add a backup plan.</source>
        <translation>バックアップ計画を追加します。</translation>
    </message>
    <message>
        <source>The plan&apos;s name (unique).</source>
        <translation>計画の名前（重複不可）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>daily, weekly, monthly or every-n-days.</source>
        <translation>daily、weekly、monthly、every-n-days のいずれか。</translation>
    </message>
    <message>
        <source>FREQUENCY</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Weekly: weekdays such as mon,thu. Monthly: day N or last. Every N days: N.</source>
        <translation>毎週: mon,thu のような曜日。毎月: N日または last。N日ごと: N。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Local time of day (default 02:00).</source>
        <translation>現地時刻（既定 02:00）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Where the copy goes.</source>
        <translation>コピーの保存先。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>The destination is disconnected between runs.</source>
        <translation>保存先は実行の合間は切り離されています。</translation>
    </message>
    <message>
        <source>The destination is off-site.</source>
        <translation>保存先は社外（遠隔地）にあります。</translation>
    </message>
    <message>
        <source>Copies cannot be changed or deleted once written.</source>
        <translation>書き込んだコピーは変更も削除もできません。</translation>
    </message>
    <message>
        <source>nas_copy, external_disk, cloud_service, tape, application_export or other (default).</source>
        <translation>nas_copy、external_disk、cloud_service、tape、application_export、other（既定）のいずれか。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Hours after the due time before it is late (default 24).</source>
        <translation>予定時刻から遅れ扱いになるまでの時間（既定 24）。</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who sees to it.</source>
        <translation>担当者。</translation>
    </message>
    <message>
        <source>Copies kept (default 7).</source>
        <translation>保持する世代数（既定 7）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days between restore tests (default 180).</source>
        <translation>復元テストの間隔（日数、既定 180）。</translation>
    </message>
    <message>
        <source>What it protects: device asset numbers or information asset names (several, or comma-separated); mamori for Mamori&apos;s own database.</source>
        <translation>守る対象: 機器の資産番号または情報資産の名前（複数可、カンマ区切り可）。Mamori 自身のデータベースは mamori。</translation>
    </message>
    <message>
        <source>ASSET_NUMBER</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>List the backup plans with their state and next due time.</source>
        <translation>バックアップ計画を状態と次回予定とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Record a backup run (from a backup script, or attested by a person).</source>
        <translation>バックアップの実行を記録します（バックアップスクリプトから、または担当者の確認として）。</translation>
    </message>
    <message>
        <source>The plan&apos;s name or id.</source>
        <translation>計画の名前または ID。</translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation>名前またはID</translation>
    </message>
    <message>
        <source>ok, failed or partial.</source>
        <translation>ok、failed、partial のいずれか。</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Size of the copy in bytes.</source>
        <translation>コピーのサイズ（バイト）。</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>メモ。</translation>
    </message>
    <message>
        <source>When it ran (ISO 8601; default now).</source>
        <translation>実行日時（ISO 8601、既定は現在）。</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>A file showing the run (its SHA-256 is kept, not the file).</source>
        <translation>実行を示すファイル（ファイル自体ではなく SHA-256 を記録します）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Who attests it (default: the logged-in user).</source>
        <translation>確認者（既定: ログイン中のユーザー）。</translation>
    </message>
    <message>
        <source>Record a restore test.</source>
        <translation>復元テストを記録します。</translation>
    </message>
    <message>
        <source>Minutes the restore took.</source>
        <translation>復元にかかった分数。</translation>
    </message>
    <message>
        <source>What was restored.</source>
        <translation>復元したもの。</translation>
    </message>
    <message>
        <source>Where it was restored to.</source>
        <translation>復元先。</translation>
    </message>
    <message>
        <source>When it was tested (ISO 8601; default now).</source>
        <translation>テスト日時（ISO 8601、既定は現在）。</translation>
    </message>
    <message>
        <source>Who tested it (default: the logged-in user).</source>
        <translation>テストした人（既定: ログイン中のユーザー）。</translation>
    </message>
    <message>
        <source>List late or failed backups and restore tests; exit 4 when there are any.</source>
        <translation>遅れ・失敗しているバックアップと復元テストを一覧表示します。該当があれば終了コード 4 を返します。</translation>
    </message>
    <message>
        <source>The 3-2-1 check for every protected asset.</source>
        <translation>守られている資産ごとの 3-2-1 チェック。</translation>
    </message>
    <message>
        <source>List every reminder: backups, restore tests, SECURITY ACTION, inventory dates.</source>
        <translation>すべてのリマインダーを一覧表示します: バックアップ、復元テスト、SECURITY ACTION、台帳の期限。</translation>
    </message>
    <message>
        <source>Snooze a reminder (default: for a week).</source>
        <translation>リマインダーを保留にします（既定: 1週間）。</translation>
    </message>
    <message>
        <source>The last day it stays hidden.</source>
        <translation>非表示にする最終日。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Mark a reminder done for its current due date.</source>
        <translation>リマインダーを今回の期日について完了にします。</translation>
    </message>
    <message>
        <source>Write the reminders and backup schedules as an iCalendar file.</source>
        <translation>リマインダーとバックアップ予定を iCalendar ファイルに書き出します。</translation>
    </message>
</context>
<context>
    <name>BackupPlanDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>保存先(&amp;D):</translation>
    </message>
    <message>
        <source>Destination is:</source>
        <translation>保存先の性質:</translation>
    </message>
    <message>
        <source>O&amp;ffline (disconnected between runs)</source>
        <translation>オフライン（実行の合間は切り離し）(&amp;F)</translation>
    </message>
    <message>
        <source>Off-&amp;site</source>
        <translation>社外保管(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Immutable</source>
        <translation>変更不可(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>頻度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>曜日(&amp;W):</translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation>日付(&amp;M):</translation>
    </message>
    <message>
        <source>Every N &amp;days:</source>
        <translation>N日ごと(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;At (local time):</source>
        <translation>時刻（現地時間）(&amp;A):</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>猶予時間(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>担当者(&amp;R):</translation>
    </message>
    <message>
        <source>Generations &amp;kept:</source>
        <translation>保持世代数(&amp;K):</translation>
    </message>
    <message>
        <source>Restore test e&amp;very:</source>
        <translation>復元テストの間隔(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Protects:</source>
        <translation>守る対象(&amp;P):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>メモ(&amp;T):</translation>
    </message>
</context>
<context>
    <name>BackupPlans</name>
    <message>
        <source>Copy to a NAS</source>
        <translation>NAS へコピー</translation>
    </message>
    <message>
        <source>External disk</source>
        <translation>外付けディスク</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Tape</source>
        <translation>テープ</translation>
    </message>
    <message>
        <source>Export from the application</source>
        <translation>アプリケーションからのエクスポート</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>毎日 %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>毎週 %1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Monthly on the last day at %1</source>
        <translation>毎月末日 %1</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>毎月 %1 日 %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s) at %1</source>
        <translation>
            <numerusform>%n日ごと %1</numerusform>
        </translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>社外保管</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>変更不可</translation>
    </message>
    <message>
        <source>The plan needs a name.</source>
        <translation>計画には名前が必要です。</translation>
    </message>
    <message>
        <source>The time of day is not valid.</source>
        <translation>時刻が正しくありません。</translation>
    </message>
    <message>
        <source>A weekly plan needs at least one weekday.</source>
        <translation>毎週の計画には曜日を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Weekday %1 is not 1 (Monday) to 7 (Sunday).</source>
        <translation>曜日 %1 は 1（月曜）〜7（日曜）の範囲外です。</translation>
    </message>
    <message>
        <source>The day of the month must be 1 to 31, or the last day.</source>
        <translation>日付は 1〜31 または末日にしてください。</translation>
    </message>
    <message>
        <source>Every N days needs N from 1 to 366.</source>
        <translation>N日ごとの N は 1〜366 にしてください。</translation>
    </message>
    <message>
        <source>Every N days needs a first day to count from.</source>
        <translation>N日ごとの計画には起算日が必要です。</translation>
    </message>
    <message>
        <source>The grace period must be 0 to 1440 hours.</source>
        <translation>猶予時間は 0〜1440 時間にしてください。</translation>
    </message>
    <message>
        <source>Generations kept must be 1 to 10000.</source>
        <translation>保持世代数は 1〜10000 にしてください。</translation>
    </message>
    <message>
        <source>The restore-test interval must be 1 to 3660 days.</source>
        <translation>復元テストの間隔は 1〜3660 日にしてください。</translation>
    </message>
</context>
<context>
    <name>BackupRepository</name>
    <message>
        <source>Mamori&apos;s own database</source>
        <translation>Mamori 自身のデータベース</translation>
    </message>
    <message>
        <source>The run needs a start time.</source>
        <translation>実行には開始日時が必要です。</translation>
    </message>
    <message>
        <source>The run ends before it starts.</source>
        <translation>終了日時が開始日時より前です。</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>サイズに負の値は指定できません。</translation>
    </message>
    <message>
        <source>There is no backup plan with id %1.</source>
        <translation>ID %1 のバックアップ計画はありません。</translation>
    </message>
    <message>
        <source>“%1” names %2 information assets in different business areas; give a device&apos;s asset number or a unique name.</source>
        <translation>「%1」は異なる業務分類の情報資産 %2 件に当てはまります。機器の資産番号か、一意の名前を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is neither a device&apos;s asset number nor an information asset&apos;s name (or “mamori” for Mamori&apos;s own database).</source>
        <translation>「%1」は機器の資産番号でも情報資産の名前でもありません（Mamori 自身のデータベースは「mamori」）。</translation>
    </message>
    <message>
        <source>There is already a backup plan named “%1”.</source>
        <translation>「%1」という名前のバックアップ計画はすでにあります。</translation>
    </message>
    <message>
        <source>There is no backup run with id %1.</source>
        <translation>ID %1 のバックアップ実行記録はありません。</translation>
    </message>
    <message>
        <source>The restore test needs a time.</source>
        <translation>復元テストには日時が必要です。</translation>
    </message>
    <message>
        <source>The minutes taken cannot be negative.</source>
        <translation>所要時間に負の値は指定できません。</translation>
    </message>
    <message>
        <source>There is no restore test with id %1.</source>
        <translation>ID %1 の復元テストはありません。</translation>
    </message>
</context>
<context>
    <name>BackupRules</name>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>実行時期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>前回失敗</translation>
    </message>
    <message>
        <source>Last run partial</source>
        <translation>前回一部のみ</translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation>復元テスト済み</translation>
    </message>
    <message>
        <source>Restore test due</source>
        <translation>復元テストの時期</translation>
    </message>
    <message>
        <source>Last restore test failed</source>
        <translation>前回の復元テストが失敗</translation>
    </message>
</context>
<context>
    <name>BackupRuns</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>一部のみ</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Plans</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Protects</source>
        <translation>守る対象</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次回予定</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>復元テスト</translation>
    </message>
    <message>
        <source>Recent runs and restore tests of the selected plan</source>
        <translation>選択した計画の最近の実行と復元テスト</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Record OK Run Now</source>
        <translation>今すぐ成功を記録</translation>
    </message>
    <message>
        <source>Record Run…</source>
        <translation>実行を記録…</translation>
    </message>
    <message>
        <source>Record Restore Test…</source>
        <translation>復元テストを記録…</translation>
    </message>
    <message>
        <source>Edit Plan…</source>
        <translation>計画を編集…</translation>
    </message>
    <message>
        <source>Delete Plan</source>
        <translation>計画を削除</translation>
    </message>
    <message>
        <source>3-2-1 check</source>
        <translation>3-2-1 チェック</translation>
    </message>
    <message>
        <source>Three copies counting the original, on two kinds of media, one of them off-site — and one offline or immutable (3-2-1-1), so ransomware cannot reach every copy. Information assets of importance 3 with no plan are listed too.</source>
        <translation>原本を含めて3つのコピーを、2種類の媒体に、うち1つは社外に。さらに1つをオフラインまたは変更不可にすれば（3-2-1-1）、ランサムウェアがすべてのコピーに届くことはありません。計画のない重要度3の情報資産も表示します。</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー数</translation>
    </message>
    <message>
        <source>Media kinds</source>
        <translation>媒体の種類</translation>
    </message>
    <message>
        <source>Off-site</source>
        <translation>社外保管</translation>
    </message>
    <message>
        <source>Offline or immutable</source>
        <translation>オフラインまたは変更不可</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit Selected Devices</source>
        <translation>選択した機器の一括編集</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>変更する項目(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>新しい値(&amp;T):</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Mamori reminders</source>
        <translation>Mamori リマインダー</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>バックアップ: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>保存先: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
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
    <message>
        <source>Missing argument.</source>
        <translation>引数が足りません。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written), 3 database error (missing, damaged, locked or newer version), 4 something needs attention (backup due: a backup late or failed).</source>
        <translation>終了コード: 0 成功、1 使い方の誤り、2 入力の誤り（何も書き込んでいません）、3 データベースのエラー（ない、破損、ロック中、新しいバージョン）、4 対応が必要（backup due: 遅れ・失敗したバックアップあり）。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が見つかりません。</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-04-01.</source>
        <translation>--%1 には 2026-04-01 のような日付を指定してください。</translation>
    </message>
    <message>
        <source>Warning: today&apos;s posture snapshot was not taken: %1</source>
        <translation>警告: 本日の対策状況の記録を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>Close the incident</source>
        <translation>インシデントを終了</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>影響:</translation>
    </message>
    <message>
        <source>What changed afterwards:</source>
        <translation>その後に変えたこと:</translation>
    </message>
    <message>
        <source>Records changed:</source>
        <translation>変更した記録:</translation>
    </message>
    <message>
        <source>Devices changed:</source>
        <translation>変更した機器:</translation>
    </message>
    <message>
        <source>Asset numbers, separated by commas (PC-001, NAS-01)</source>
        <translation>資産番号をカンマ区切りで（PC-001, NAS-01）</translation>
    </message>
    <message>
        <source>Information assets changed:</source>
        <translation>変更した情報資産:</translation>
    </message>
    <message>
        <source>Names, separated by commas (顧客名簿)</source>
        <translation>名称をカンマ区切りで（顧客名簿）</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参加者:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>教訓:</translation>
    </message>
    <message>
        <source>Why close anyway:</source>
        <translation>それでも終了する理由:</translation>
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
    <name>Contacts</name>
    <message>
        <source>%1: “%2” is not a valid key: use lower-case letters, digits, “-” and “_”.</source>
        <translation>%1: 「%2」はキーとして使えません。英小文字、数字、「-」と「_」を使ってください。</translation>
    </message>
    <message>
        <source>%1: the kind “%2” is unknown; use firm or public.</source>
        <translation>%1: 種類「%2」は使えません。firm か public にしてください。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>%1: a public body needs its official web address (https://…).</source>
        <translation>%1: 公的機関には公式サイトのアドレス（https://…）が必要です。</translation>
    </message>
    <message>
        <source>%1: a bundled contact cannot be marked as checked: only the firm confirms its contacts.</source>
        <translation>%1: 同梱の連絡先を「確認済み」にはできません。確認するのは会社自身です。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1: a contact must be an object.</source>
        <translation>%1: 連絡先はオブジェクトで書いてください。</translation>
    </message>
    <message>
        <source>%1: the key “%2” appears twice.</source>
        <translation>%1: キー「%2」が2回出てきます。</translation>
    </message>
    <message>
        <source>%1 lists no contacts.</source>
        <translation>%1 に連絡先がありません。</translation>
    </message>
</context>
<context>
    <name>ContactsSheetPdf</name>
    <message>
        <source>Check before use.</source>
        <translation>使用前に要確認</translation>
    </message>
    <message>
        <source>Our contacts</source>
        <translation>自社の連絡先</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>公的機関</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Organisation, person</source>
        <translation>会社名・担当者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail, web</source>
        <translation>メール・Web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Incident contacts</source>
        <translation>インシデント対応 連絡先一覧</translation>
    </message>
    <message>
        <source>Keep this page by the phone. In an emergency call 110. Check each number before you need it: bundled entries are marked &quot;Check before use&quot; until confirmed.</source>
        <translation>この用紙は電話のそばに置いてください。緊急時は110番へ。番号は必要になる前に確かめてください。Mamori に最初から入っている連絡先は、確認するまで「使用前に確認してください」と表示されます。</translation>
    </message>
</context>
<context>
    <name>ContactsWidget</name>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Organisation · person</source>
        <translation>組織・担当者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>連絡先を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Webページ:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Checked: these details are right and current</source>
        <translation>確認済み: この内容は正しく最新です</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the contacts on one A4 page as a PDF, to print and keep by the phone. It is recorded on the Reports page with its fingerprint.</source>
        <translation>連絡先をA4一枚のPDFに保存します。印刷して電話のそばに置いてください。発行した帳票として指紋とともに帳票ページに記録されます。</translation>
    </message>
    <message>
        <source>Print contacts sheet…</source>
        <translation>連絡先一覧を印刷…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1, row %2: a cell starts with a quotation mark (&quot;) that is never closed.</source>
        <translation>%1 の %2 行目: 引用符 (&quot;) で始まるセルが閉じられていません。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 の読み込みを中止しました。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; nothing was written.</source>
        <translation>%1 の書き出しを中止しました。ファイルは作成・変更していません。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Posture score</source>
        <translation>セキュリティ対策スコア</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Part of the score</source>
        <translation>スコアの内訳</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>配点</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>スコアの推移</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>次にやること</translation>
    </message>
    <message>
        <source>Ranked by how much each would raise the score. Double-click one, or press Enter, to open the records behind it.</source>
        <translation>スコアが上がる幅の大きい順です。ダブルクリックまたは Enter で、対象の記録を開きます。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Why the score moved</source>
        <translation>スコアが動いた理由</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>比較する</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変わったこと</translation>
    </message>
    <message>
        <source>Devices by category and status</source>
        <translation>種別・状態ごとの機器</translation>
    </message>
    <message>
        <source>Click a bar to open those devices.</source>
        <translation>棒をクリックすると、その機器の一覧を開きます。</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>Open SECURITY ACTION</source>
        <translation>SECURITY ACTION を開く</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>対応中のインシデント</translation>
    </message>
    <message>
        <source>Incident or clock</source>
        <translation>インシデント・期限</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>今後の予定</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>and</source>
        <translation>〜</translation>
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
    <message>
        <source>The database check was cancelled.</source>
        <translation>データベースの検査を中止しました。</translation>
    </message>
    <message>
        <source>This connection to %1 is for reading only.</source>
        <translation>%1 へのこの接続は読み取り専用です。</translation>
    </message>
    <message>
        <source>Mamori is still checking the database %1 after opening it. Try again in a moment; nothing was saved.</source>
        <translation>データベース %1 を開いた後の検査がまだ終わっていません。少し待ってからもう一度お試しください。何も保存していません。</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so Mamori keeps it read-only and saves no changes to it. Restore it from a backup.</source>
        <translation>データベース %1 は破損しているため、読み取り専用にしており、変更は保存しません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>allow changes to the database</source>
        <translation>データベースへの書き込みの許可</translation>
    </message>
    <message>
        <source>The database %1 holds an unfinished change from a program that stopped while writing it (%2 beside it). Mamori has not changed it; opening it in Mamori undoes the unfinished change.</source>
        <translation>データベース %1 には、書き込みの途中で止まったプログラムの未完了の変更が残っています（同じ場所の %2）。Mamori はファイルを変更していません。Mamori で開くと未完了の変更は取り消されます。</translation>
    </message>
    <message>
        <source>Cannot undo the unfinished change in the database %1.</source>
        <translation>データベース %1 に残った未完了の変更を取り消せません。</translation>
    </message>
    <message>
        <source>The file %1 is empty — it is not a Mamori database. A failed copy, a full disk or a sync conflict can leave such a file. Mamori has not changed it; restore the database from a backup.</source>
        <translation>ファイル %1 は空です。Mamori のデータベースではありません。コピーの失敗、ディスクの容量不足、同期の衝突などでこのようなファイルが残ることがあります。Mamori はこのファイルを変更していません。バックアップからデータベースを復元してください。</translation>
    </message>
</context>
<context>
    <name>DatePromptDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
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
        <source>Check the database&apos;s integrity (exit 0 when sound).</source>
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
    <name>Declaration</name>
    <message>
        <source>★★ Two stars</source>
        <translation>★★ 二つ星</translation>
    </message>
    <message>
        <source>★ One star</source>
        <translation>★ 一つ星</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation>段階(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>宣言日(&amp;D):</translation>
    </message>
    <message>
        <source>Self-declaration &amp;ID:</source>
        <translation>自己宣言ID(&amp;I):</translation>
    </message>
    <message>
        <source>As IPA gave it (e-mail or My Page)</source>
        <translation>IPA から届いたとおりに（メールまたはマイページ）</translation>
    </message>
    <message>
        <source>Copy it exactly. Its format has changed over the years, so Mamori does not check it. Subsidy applications ask for this ID.</source>
        <translation>届いたとおりに正確に入力してください。形式が変わったことがあるため、Mamori では形式を確かめません。補助金の申請ではこの ID を入力します。</translation>
    </message>
    <message>
        <source>&amp;gBizID account:</source>
        <translation>GビズID アカウント(&amp;G):</translation>
    </message>
    <message>
        <source>Optional: the account used to declare</source>
        <translation>任意：宣言に使ったアカウント</translation>
    </message>
    <message>
        <source>L&amp;ogo shown at:</source>
        <translation>ロゴマークの使用先(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. website, business cards, brochures</source>
        <translation>例：ウェブサイト、名刺、パンフレット</translation>
    </message>
    <message>
        <source>&amp;Withdrawn:</source>
        <translation>取り下げ(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
</context>
<context>
    <name>DeclarationRepository</name>
    <message>
        <source>There is no declaration with id %1.</source>
        <translation>ID %1 の宣言の記録はありません。</translation>
    </message>
    <message>
        <source>The level must be ★ (1) or ★★ (2).</source>
        <translation>段階は ★（1）または ★★（2）を指定してください。</translation>
    </message>
    <message>
        <source>The declaration needs a date.</source>
        <translation>宣言日を入力してください。</translation>
    </message>
    <message>
        <source>The withdrawal date is before the declaration date.</source>
        <translation>取り下げ日が宣言日より前になっています。</translation>
    </message>
</context>
<context>
    <name>DeclarationsWidget</name>
    <message>
        <source>Record each SECURITY ACTION declaration you make on IPA&apos;s site: the level, the date and the self-declaration ID IPA gives you. Going from ★ to ★★ is a new declaration; the earlier one stays here as history. SECURITY ACTION is a self-declaration, not a certification.</source>
        <translation>IPA のサイトで行った SECURITY ACTION の宣言を記録します。段階、宣言日、IPA から届いた自己宣言ID を入力してください。★ から ★★ に進むときは新しい宣言として追加し、以前の宣言は履歴として残します。SECURITY ACTION は、自社の取り組みを自ら宣言する制度です。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>取り下げ(&amp;W)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DeviceChecks</name>
    <message>
        <source>Devices and software in use</source>
        <translation>使用中の機器とソフトウェア</translation>
    </message>
    <message>
        <source>Support ended</source>
        <translation>サポート終了</translation>
    </message>
    <message>
        <source>Support ends within 180 days</source>
        <translation>180日以内にサポート終了</translation>
    </message>
    <message>
        <source>PCs, servers and phones in use</source>
        <translation>使用中のパソコン・サーバー・スマートフォン</translation>
    </message>
    <message>
        <source>No update for 90 days</source>
        <translation>90日以上更新なし</translation>
    </message>
    <message>
        <source>PCs and servers in use</source>
        <translation>使用中のパソコンとサーバー</translation>
    </message>
    <message>
        <source>No antivirus</source>
        <translation>ウイルス対策なし</translation>
    </message>
    <message>
        <source>Antivirus not recorded</source>
        <translation>ウイルス対策が未記録</translation>
    </message>
    <message>
        <source>Cloud services in use</source>
        <translation>利用中のクラウドサービス</translation>
    </message>
    <message>
        <source>Cloud service without MFA</source>
        <translation>多要素認証なしのクラウドサービス</translation>
    </message>
    <message>
        <source>MFA not recorded</source>
        <translation>多要素認証が未記録</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>Warranty expired</source>
        <translation>保証切れ</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄済み</translation>
    </message>
    <message>
        <source>Disposed without a record of erasure</source>
        <translation>消去方法の記録がない廃棄済み機器</translation>
    </message>
    <message>
        <source>Laptops, phones and removable media in use</source>
        <translation>使用中のノートPC・スマートフォン・外部記憶媒体</translation>
    </message>
    <message>
        <source>Portable device not encrypted</source>
        <translation>持ち出し機器が暗号化されていない</translation>
    </message>
    <message>
        <source>Portable device encryption not recorded</source>
        <translation>持ち出し機器の暗号化が未記録</translation>
    </message>
</context>
<context>
    <name>DeviceTally</name>
    <message>
        <source>count the devices</source>
        <translation>機器の集計</translation>
    </message>
</context>
<context>
    <name>DiagnosisCommands</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved the self-diagnosis of %1: %2 points (band %3).</source>
        <translation>%1 の自社診断を保存しました: %2 点（区分 %3）。</translation>
    </message>
    <message>
        <source>There is no completed self-diagnosis to export.</source>
        <translation>書き出せる完了済みの自社診断がありません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Exported the self-diagnosis of %1 to %2.</source>
        <translation>%1 の自社診断を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Save a completed self-diagnosis from {&quot;1&quot;: 4, …, &quot;25&quot;: -1}.</source>
        <translation>{&quot;1&quot;: 4, …, &quot;25&quot;: -1} 形式の完了した自社診断を保存します。</translation>
    </message>
    <message>
        <source>Date the answers were given (default: today).</source>
        <translation>回答した日付（既定: 今日）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Department that answered.</source>
        <translation>回答した部署。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Write the latest completed self-diagnosis in the same format.</source>
        <translation>最新の完了済み自社診断を同じ形式で書き出します。</translation>
    </message>
</context>
<context>
    <name>DiagnosisComparison</name>
    <message>
        <source>Whole company</source>
        <translation>全社</translation>
    </message>
    <message numerus="yes">
        <source>Combined
(%n departments)</source>
        <translation>
            <numerusform>全社
（%n部署）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosisPanel</name>
    <message>
        <source>&amp;New diagnosis</source>
        <translation>新しい診断(&amp;N)</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>下書きを削除</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>回答日：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部署：</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全社</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>下書き保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完了(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Completed diagnoses side by side, newest first. The combined column takes each department&apos;s latest diagnosis and the lowest answer per item.</source>
        <translation>完了した診断を新しい順に並べて表示します。全社の列は、各部署の最新の診断から項目ごとに最も低い回答をとったものです。</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>診断(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>DiagnosisRepository</name>
    <message>
        <source>There is no self-diagnosis with id %1.</source>
        <translation>ID %1 の自社診断はありません。</translation>
    </message>
    <message>
        <source>A completed self-diagnosis is read-only: start a new one instead.</source>
        <translation>完了した自社診断は変更できません。新しい診断を始めてください。</translation>
    </message>
    <message>
        <source>The self-diagnosis needs a date.</source>
        <translation>自社診断の日付を入力してください。</translation>
    </message>
    <message>
        <source>There is no item %1: the items are numbered 1 to 25.</source>
        <translation>項目 %1 はありません。項目は1から25までです。</translation>
    </message>
    <message>
        <source>Item %1: the answer must be 4, 2, 0 or -1.</source>
        <translation>項目 %1: 回答は 4、2、0、-1 のいずれかにしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without an answer: %1</source>
        <translation>
            <numerusform>未回答の項目が %n 件あります: %1</numerusform>
        </translation>
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
    <message>
        <source>link an information asset to a device</source>
        <translation>情報資産と機器の関連付け</translation>
    </message>
    <message>
        <source>remove a link</source>
        <translation>関連付けの解除</translation>
    </message>
    <message>
        <source>read the links</source>
        <translation>関連付けの読み込み</translation>
    </message>
    <message>
        <source>read the inventory</source>
        <translation>台帳の読み込み</translation>
    </message>
    <message>
        <source>save the inventory</source>
        <translation>台帳の保存</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>このデータはすでに削除されています。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>取り込みを中止しました。何も保存していません。</translation>
    </message>
    <message>
        <source>save the import preset</source>
        <translation>取り込み設定の保存</translation>
    </message>
    <message>
        <source>read the import preset</source>
        <translation>取り込み設定の読み込み</translation>
    </message>
    <message>
        <source>read the import presets</source>
        <translation>取り込み設定一覧の読み込み</translation>
    </message>
    <message>
        <source>A completed diagnosis needs an answer for every item.</source>
        <translation>完了した診断にはすべての項目の回答が必要です。</translation>
    </message>
    <message>
        <source>save the self-diagnosis</source>
        <translation>自社診断の保存</translation>
    </message>
    <message>
        <source>read the self-diagnosis</source>
        <translation>自社診断の読み込み</translation>
    </message>
    <message>
        <source>read the SECURITY ACTION records</source>
        <translation>SECURITY ACTION の記録の読み込み</translation>
    </message>
    <message>
        <source>save the SECURITY ACTION records</source>
        <translation>SECURITY ACTION の記録の保存</translation>
    </message>
    <message>
        <source>read the security policy</source>
        <translation>基本方針の読み込み</translation>
    </message>
    <message>
        <source>save the security policy</source>
        <translation>基本方針の保存</translation>
    </message>
    <message>
        <source>read the incident records</source>
        <translation>インシデントの記録を読む</translation>
    </message>
    <message>
        <source>save the incident records</source>
        <translation>インシデントの記録を保存する</translation>
    </message>
    <message>
        <source>read the playbooks and contacts</source>
        <translation>対応手順と連絡先を読む</translation>
    </message>
    <message>
        <source>save the playbooks and contacts</source>
        <translation>対応手順と連絡先を保存する</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>read the backup records</source>
        <translation>バックアップの記録を読み込む</translation>
    </message>
    <message>
        <source>save the backup records</source>
        <translation>バックアップの記録を保存する</translation>
    </message>
    <message>
        <source>read the reminders</source>
        <translation>リマインダーを読み込む</translation>
    </message>
    <message>
        <source>save the reminders</source>
        <translation>リマインダーを保存する</translation>
    </message>
    <message>
        <source>A reminder needs a key.</source>
        <translation>リマインダーにはキーが必要です。</translation>
    </message>
    <message>
        <source>read the posture records</source>
        <translation>対策状況の記録を読み込む</translation>
    </message>
    <message>
        <source>save the posture snapshot</source>
        <translation>対策状況の記録を保存する</translation>
    </message>
    <message>
        <source>The dashboard was not read: cancelled.</source>
        <translation>ダッシュボードの読み込みを中止しました。</translation>
    </message>
    <message>
        <source>read the stored records</source>
        <translation>保存された記録を読み込む</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>SECURITY ACTION evidence pack</source>
        <translation>SECURITY ACTION 自己宣言 根拠資料</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>This pack sets out the SECURITY ACTION self-declaration made by the company named above and the records behind it. SECURITY ACTION is a self-declaration: the company states its own commitment. It is not a certification, and no third party has examined these records.</source>
        <translation>本資料は、上記の当社が行った SECURITY ACTION の自己宣言と、その裏付けとなる記録をまとめたものです。SECURITY ACTION は、企業が自らの取り組みを自ら宣言する制度です。第三者による審査や証明を受けたものではなく、本資料の記録も第三者が確かめたものではありません。</translation>
    </message>
    <message>
        <source>1. Company profile</source>
        <translation>1. 会社概要</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>2. Declaration</source>
        <translation>2. 自己宣言</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Self-declaration ID</source>
        <translation>自己宣言ID</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>宣言日</translation>
    </message>
    <message>
        <source>gBizID account</source>
        <translation>gBizIDアカウント</translation>
    </message>
    <message>
        <source>Logo shown at</source>
        <translation>ロゴマークの使用先</translation>
    </message>
    <message>
        <source>No self-declaration in force is recorded.</source>
        <translation>有効な自己宣言は記録されていません。</translation>
    </message>
    <message>
        <source>3. The five basic rules</source>
        <translation>3. 情報セキュリティ5か条</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>実施方法</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>最終確認日</translation>
    </message>
    <message>
        <source>4. Self-diagnosis (25 items)</source>
        <translation>4. 5分でできる自社診断（25項目）</translation>
    </message>
    <message>
        <source>Score (of 100)</source>
        <translation>点数（100点満点）</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Items answered &quot;don&apos;t know&quot;</source>
        <translation>「わからない」と回答した項目</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>設問</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>No completed self-diagnosis is recorded.</source>
        <translation>完了した自社診断は記録されていません。</translation>
    </message>
    <message>
        <source>5. Basic security policy</source>
        <translation>5. 情報セキュリティ基本方針</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>制定日</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>Where it is published</source>
        <translation>公開場所</translation>
    </message>
    <message>
        <source>No basic policy is recorded.</source>
        <translation>基本方針は記録されていません。</translation>
    </message>
    <message>
        <source>Representative&apos;s signature and seal</source>
        <translation>代表者 署名・押印欄</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
    <message>
        <source>Title and name of the representative</source>
        <translation>代表者 役職・氏名（署名）</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印</translation>
    </message>
    <message>
        <source>I confirm that the records above are ours and are correct as of the date written above.</source>
        <translation>上記の記録が当社のものであり、記載の日付時点で正しいことを確認します。</translation>
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
    <name>FiveRuleRepository</name>
    <message>
        <source>There is no rule %1: the rules are numbered 1 to 5.</source>
        <translation>第%1条はありません。5か条は1から5までです。</translation>
    </message>
</context>
<context>
    <name>FiveRules</name>
    <message>
        <source>In place</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>%1 does not describe the five basic rules.</source>
        <translation>%1 は情報セキュリティ5か条の内容として正しくありません。</translation>
    </message>
</context>
<context>
    <name>FiveRulesPanel</name>
    <message>
        <source>The five basic rules are what a ★ declaration commits to. Record for each rule how it is done, who looks after it and when it was last confirmed.</source>
        <translation>★一つ星の宣言で取り組むことを約束するのが、この5か条です。各項目について、実施方法・担当者・最後に確認した日を記録しましょう。</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状況(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;How it is done:</source>
        <translation>実施方法(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>証跡(&amp;E)：</translation>
    </message>
    <message>
        <source>A note, or where the proof is kept (file, folder, binder)</source>
        <translation>メモ、または証跡の保管場所（ファイル、フォルダー、バインダーなど）</translation>
    </message>
    <message>
        <source>Last &amp;confirmed:</source>
        <translation>最終確認日(&amp;C)：</translation>
    </message>
    <message>
        <source>Confirmed &amp;today</source>
        <translation>今日確認した(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>GettingStartedWidget</name>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Five first steps. Each one ticks itself once its data is in Mamori.</source>
        <translation>最初の5つのステップです。必要なデータが Mamori に入ると、自動でチェックが付きます。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Assets</source>
        <translation>資産の取り込み</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Mapping preset:</source>
        <translation>列の対応付け設定(&amp;M):</translation>
    </message>
    <message>
        <source>Save Mapping as &amp;Preset…</source>
        <translation>対応付けを設定として保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Chec&amp;k Rows</source>
        <translation>行を検査(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>日付の順序(&amp;D):</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>区切り文字(&amp;L):</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>見出しの行(&amp;R):</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>… and %n more like these</source>
        <translation>
            <numerusform>…ほか同様の問題が %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>%1 列（%2）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” in %n row(s), guessed as %3</source>
        <translation>
            <numerusform>%1: 「%2」（%n 行）は %3 と推定しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” in %n row(s), not a known word, read as %3</source>
        <translation>
            <numerusform>%1: 「%2」（%n 行）は既知の語ではないため %3 として読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — and %n more row(s) like it: %2</source>
        <translation>
            <numerusform>%1 — ほかに同様の行が %n 行: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between row numbers</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>--%1 must be an ISO 8601 time such as 2026-04-01T09:30 or 2026-04-01T09:30:00+09:00, not &quot;%2&quot;.</source>
        <translation>--%1 には 2026-04-01T09:30 や 2026-04-01T09:30:00+09:00 のような ISO 8601 形式の日時を指定してください（「%2」は使えません）。</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 には数値を指定してください（「%2」は使えません）。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>期限切れ（%1）</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>完了 %1</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>速やかに</translation>
    </message>
    <message>
        <source>--trigger %1: the value must be yes or no.</source>
        <translation>--trigger %1: 値は yes か no にしてください。</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;. Use personal_data, sensitive, financial_damage, unauthorised_purpose, more_than_thousand or strongly_encrypted.</source>
        <translation>「%1」という報告要件はありません。personal_data、sensitive、financial_damage、unauthorised_purpose、more_than_thousand、strongly_encrypted のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>--people must be a number of people.</source>
        <translation>--people には人数を指定してください。</translation>
    </message>
    <message>
        <source>There is no device with asset number &quot;%1&quot;.</source>
        <translation>資産番号「%1」の機器はありません。</translation>
    </message>
    <message>
        <source>--playbook ID and --title TEXT are required.</source>
        <translation>--playbook ID と --title TEXT は必須です。</translation>
    </message>
    <message>
        <source>--aware-at cannot be before --detected-at.</source>
        <translation>--aware-at を --detected-at より前にはできません。</translation>
    </message>
    <message>
        <source>--severity must be low, medium, high or critical.</source>
        <translation>--severity は low、medium、high、critical のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Started exercise %1: %2</source>
        <translation>訓練 %1 を開始しました: %2</translation>
    </message>
    <message>
        <source>Started incident %1: %2</source>
        <translation>インシデント %1 を開始しました: %2</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>報告期限: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--kind must be note, action, decision or contact (evidence: use incident evidence).</source>
        <translation>--kind は note、action、decision、contact のいずれかにしてください（証拠は incident evidence を使います）。</translation>
    </message>
    <message>
        <source>--corrects must be an entry id.</source>
        <translation>--corrects には記録の ID を指定してください。</translation>
    </message>
    <message>
        <source>Logged entry %1 in incident %2.</source>
        <translation>インシデント %2 に記録 %1 を追加しました。</translation>
    </message>
    <message>
        <source>Recorded evidence %1 (SHA-256 %2) in incident %3.</source>
        <translation>インシデント %3 に証拠 %1（SHA-256 %2）を記録しました。</translation>
    </message>
    <message>
        <source>STEP_NUMBER must be a step number like 3.</source>
        <translation>STEP_NUMBER には 3 のような手順番号を指定してください。</translation>
    </message>
    <message>
        <source>Give one of --done, --na REASON or --open.</source>
        <translation>--done、--na REASON、--open のどれか一つを指定してください。</translation>
    </message>
    <message>
        <source>Step %1 of incident %2: %3</source>
        <translation>インシデント %2 の手順 %1: %3</translation>
    </message>
    <message>
        <source>Give one of --done or --open.</source>
        <translation>--done か --open のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>Marked clock %1 of incident %2 as done.</source>
        <translation>インシデント %2 の期限 %1 を完了にしました。</translation>
    </message>
    <message>
        <source>Opened clock %1 of incident %2 again.</source>
        <translation>インシデント %2 の期限 %1 を未完了に戻しました。</translation>
    </message>
    <message>
        <source>--title TEXT and --hours N are required.</source>
        <translation>--title TEXT と --hours N は必須です。</translation>
    </message>
    <message>
        <source>Added clock %1 to incident %2.</source>
        <translation>インシデント %2 に期限 %1 を追加しました。</translation>
    </message>
    <message>
        <source>--status must be open, contained or recovered (use incident close to close).</source>
        <translation>--status は open、contained、recovered のいずれかにしてください（終了には incident close を使います）。</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>インシデント %1 は終了しています。</translation>
    </message>
    <message>
        <source>Updated incident %1.</source>
        <translation>インシデント %1 を更新しました。</translation>
    </message>
    <message>
        <source>(exercise)</source>
        <translation>（訓練）</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>インシデントの記録はありません。</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>対応中のインシデントはありません。</translation>
    </message>
    <message>
        <source>Status: %1, severity: %2</source>
        <translation>状態: %1、深刻度: %2</translation>
    </message>
    <message>
        <source>Detected: %1, became aware: %2</source>
        <translation>検知: %1、認知: %2</translation>
    </message>
    <message>
        <source>Information at risk:</source>
        <translation>影響を受けるおそれのある情報:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>チェックリスト:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>経過記録:</translation>
    </message>
    <message>
        <source>(corrects #%1)</source>
        <translation>（#%1 の訂正）</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>影響: %1</translation>
    </message>
    <message>
        <source>Closed incident %1.</source>
        <translation>インシデント %1 を終了しました。</translation>
    </message>
    <message>
        <source>Who did it (default: the signed-in user).</source>
        <translation>実施した人（既定はログイン中のユーザー）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>When the firm became aware (ISO 8601; the law counts from here).</source>
        <translation>会社が事態を知った日時（ISO 8601。法律上の期限はここから数えます）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>When it was detected (ISO 8601).</source>
        <translation>検知した日時（ISO 8601）。</translation>
    </message>
    <message>
        <source>low, medium, high or critical.</source>
        <translation>low、medium、high、critical のいずれか。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>An affected device&apos;s asset number (repeatable).</source>
        <translation>影響を受けた機器の資産番号（複数指定できます）。</translation>
    </message>
    <message>
        <source>ASSET_NUMBER</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>A reporting trigger: personal_data, sensitive, financial_damage, unauthorised_purpose, more_than_thousand or strongly_encrypted, with =yes or =no (repeatable).</source>
        <translation>報告要件: personal_data、sensitive、financial_damage、unauthorised_purpose、more_than_thousand、strongly_encrypted に =yes か =no を付けます（複数指定できます）。</translation>
    </message>
    <message>
        <source>NAME=yes|no</source>
        <translation>名前=yes|no</translation>
    </message>
    <message>
        <source>Number of people affected.</source>
        <translation>影響を受けた人数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Who took part (exercises).</source>
        <translation>参加者（訓練）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Start an incident (or an exercise) from a playbook.</source>
        <translation>対応手順からインシデント（または訓練）を開始します。</translation>
    </message>
    <message>
        <source>The playbook&apos;s id (see playbook list).</source>
        <translation>対応手順の ID（playbook list で確認できます）。</translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation>短い件名。</translation>
    </message>
    <message>
        <source>A tabletop exercise, not a real incident.</source>
        <translation>実際のインシデントではなく机上訓練として記録します。</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>報告した人。</translation>
    </message>
    <message>
        <source>Add an entry to an incident&apos;s timeline.</source>
        <translation>インシデントの経過記録に追記します。</translation>
    </message>
    <message>
        <source>note, action, decision or contact (default: note).</source>
        <translation>note、action、decision、contact のいずれか（既定は note）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default: now).</source>
        <translation>起きた日時（ISO 8601。既定は現在）。</translation>
    </message>
    <message>
        <source>Who decided (decisions).</source>
        <translation>判断した人（判断の記録）。</translation>
    </message>
    <message>
        <source>Why (decisions).</source>
        <translation>理由（判断の記録）。</translation>
    </message>
    <message>
        <source>Whom (contacts): a key of incident contacts.</source>
        <translation>連絡した相手（連絡の記録）: incident contacts のキー。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>The id of the entry this one corrects.</source>
        <translation>この記録が訂正する記録の ID。</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>The checklist step it belongs to.</source>
        <translation>関係するチェックリストの手順。</translation>
    </message>
    <message>
        <source>Record a file as evidence: its path and SHA-256 (the file is not copied).</source>
        <translation>ファイルを証拠として記録します: パスと SHA-256（ファイル自体はコピーしません）。</translation>
    </message>
    <message>
        <source>What the file shows.</source>
        <translation>ファイルの内容。</translation>
    </message>
    <message>
        <source>Tick a checklist step, mark it not applicable, or open it again.</source>
        <translation>チェックリストの手順を完了にする、対象外にする、または未完了に戻します。</translation>
    </message>
    <message>
        <source>The step is done.</source>
        <translation>手順を完了にします。</translation>
    </message>
    <message>
        <source>The step does not apply, and why.</source>
        <translation>手順が当てはまらないことと、その理由。</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Open the step again.</source>
        <translation>手順を未完了に戻します。</translation>
    </message>
    <message>
        <source>Mark a reporting clock&apos;s report as sent, or open it again.</source>
        <translation>報告期限の報告を済みにする、または未完了に戻します。</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>報告を済ませました。</translation>
    </message>
    <message>
        <source>Open the clock again.</source>
        <translation>期限を未完了に戻します。</translation>
    </message>
    <message>
        <source>Add the firm&apos;s own clock, e.g. a customer to tell within 24 hours.</source>
        <translation>自社独自の期限を追加します（例: 24時間以内に取引先へ連絡）。</translation>
    </message>
    <message>
        <source>What must be done.</source>
        <translation>やるべきこと。</translation>
    </message>
    <message>
        <source>Hours from awareness.</source>
        <translation>認知からの時間数。</translation>
    </message>
    <message>
        <source>Change an incident&apos;s status, severity, times, devices or triggers.</source>
        <translation>インシデントの状態、深刻度、日時、機器、報告要件を変更します。</translation>
    </message>
    <message>
        <source>A new title.</source>
        <translation>新しい件名。</translation>
    </message>
    <message>
        <source>open, contained or recovered.</source>
        <translation>open、contained、recovered のいずれか。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Lessons learned (exercises).</source>
        <translation>教訓（訓練）。</translation>
    </message>
    <message>
        <source>List the open incidents and exercises (with --all, the closed ones too).</source>
        <translation>対応中のインシデントと訓練の一覧を表示します（--all で終了したものも）。</translation>
    </message>
    <message>
        <source>Include closed incidents.</source>
        <translation>終了したインシデントも含めます。</translation>
    </message>
    <message>
        <source>Show an incident with its clocks, checklist and timeline.</source>
        <translation>インシデントを期限、チェックリスト、経過記録とともに表示します。</translation>
    </message>
    <message>
        <source>Close an incident with its cause and impact.</source>
        <translation>原因と影響を記録してインシデントを終了します。</translation>
    </message>
    <message>
        <source>What caused it.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <source>What it affected.</source>
        <translation>影響。</translation>
    </message>
    <message>
        <source>What changed afterwards (policy, rules, assets).</source>
        <translation>その後に変えたこと（方針、ルール、資産）。</translation>
    </message>
    <message>
        <source>Why to close while required steps or clocks are open.</source>
        <translation>必須の手順や期限が残っているのに終了する理由。</translation>
    </message>
    <message>
        <source>Print a draft of the PPC report from the incident&apos;s records (Mamori files nothing).</source>
        <translation>インシデントの記録から個人情報保護委員会への報告の下書きを表示します（Mamori は提出しません）。</translation>
    </message>
    <message>
        <source>A record changed afterwards: policy, rule:N, device:ASSET_NUMBER or information:NAME (repeatable).</source>
        <translation>その後に変えた記録: policy、rule:N、device:資産番号、information:名前（複数指定できます）。</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>IncidentContent</name>
    <message>
        <source>%1, step %2</source>
        <translation>%1、手順 %2</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1、%2 番目の項目</translation>
    </message>
    <message>
        <source>%1: unknown field “%2” (check its spelling).</source>
        <translation>%1: 項目「%2」は使えません（つづりを確かめてください）。</translation>
    </message>
    <message>
        <source>%1: schema version %2 cannot be read by this Mamori, which reads version %3. A newer Mamori may have written it.</source>
        <translation>%1: スキーマのバージョン %2 は、このMamoriでは読めません（読めるのはバージョン %3 です）。新しいMamoriで書かれた可能性があります。</translation>
    </message>
    <message>
        <source>%1: “%2” is missing.</source>
        <translation>%1: 「%2」がありません。</translation>
    </message>
    <message>
        <source>%1: “%2” must be a text.</source>
        <translation>%1: 「%2」は文字列にしてください。</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false.</source>
        <translation>%1: 「%2」は true か false にしてください。</translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number of 1 or more.</source>
        <translation>%1: 「%2」は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation>%1: 「%2」はリストにしてください。</translation>
    </message>
    <message>
        <source>%1: “%2” must hold a Japanese (“ja”) and an English (“en”) text.</source>
        <translation>%1: 「%2」には日本語（“ja”）と英語（“en”）の文を書いてください。</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <translation>%1、「%2」</translation>
    </message>
    <message>
        <source>%1: the Japanese %2 is empty.</source>
        <translation>%1: 日本語の%2が空です。</translation>
    </message>
    <message>
        <source>%1: the English %2 is empty.</source>
        <translation>%1: 英語の%2が空です。</translation>
    </message>
    <message>
        <source>%1: the %2 is empty in both languages.</source>
        <translation>%1: %2が日本語でも英語でも空です。</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>認知</translation>
    </message>
    <message>
        <source>Next clock</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <source>Show closed incidents</source>
        <translation>終了したインシデントも表示</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>重大度:</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>詳細を編集…</translation>
    </message>
    <message>
        <source>PPC report draft…</source>
        <translation>個人情報保護委員会への報告の下書き…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>終了…</translation>
    </message>
    <message>
        <source>Reporting clock</source>
        <translation>報告の期限</translation>
    </message>
    <message>
        <source>Due (local time)</source>
        <translation>期限（現地時刻）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>報告済みにする</translation>
    </message>
    <message>
        <source>Add clock…</source>
        <translation>期限を追加…</translation>
    </message>
    <message>
        <source>Information at risk</source>
        <translation>危険にさらされた情報</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参加者:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>教訓:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Who · whom to call</source>
        <translation>担当・連絡先</translation>
    </message>
    <message>
        <source>Done (Space)</source>
        <translation>完了（Space）</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>該当なし…</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>未完了に戻す</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>記録</translation>
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
        <translation>インシデント対応手順の机上訓練を行う</translation>
    </message>
    <message>
        <source>The last exercise was on %1.</source>
        <translation>前回の訓練は %1 でした。</translation>
    </message>
    <message>
        <source>No exercise has been recorded yet.</source>
        <translation>訓練の記録はまだありません。</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Exercise report</source>
        <translation>訓練報告書</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>インシデント報告書</translation>
    </message>
    <message>
        <source>EXERCISE — not a real incident</source>
        <translation>訓練 — 実際のインシデントではありません</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>個人データ</translation>
    </message>
    <message>
        <source>sensitive personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>risk of financial damage</source>
        <translation>財産的被害のおそれ</translation>
    </message>
    <message>
        <source>unauthorised purpose</source>
        <translation>不正の目的によるもの</translation>
    </message>
    <message>
        <source>more than 1,000 people</source>
        <translation>1,000人を超える</translation>
    </message>
    <message>
        <source>data strongly encrypted</source>
        <translation>高度な暗号化あり</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>発見日時</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>認識した日時</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事象の内容</translation>
    </message>
    <message>
        <source>Affected devices</source>
        <translation>影響を受けた機器</translation>
    </message>
    <message>
        <source>Reporting triggers</source>
        <translation>報告が必要となる事情</translation>
    </message>
    <message>
        <source>Report to the PPC required</source>
        <translation>個人情報保護委員会への報告</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Reporting clocks</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>No reporting clocks run for this incident.</source>
        <translation>このインシデントに報告期限はありません。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>When, by whom</source>
        <translation>日時・担当者</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過記録</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判断者</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>判断の記録はありません。</translation>
    </message>
    <message>
        <source>Evidence: %1 (SHA-256 %2)</source>
        <translation>証拠：%1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>Corrects entry %1</source>
        <translation>記録 %1 の訂正</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>判断の記録</translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>What changed afterwards</source>
        <translation>再発防止のために変えたこと</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>変更した記録</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Closed with steps open because</source>
        <translation>未完了の手順を残して終了した理由</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>得られた教訓</translation>
    </message>
    <message>
        <source>The incident is not closed yet.</source>
        <translation>このインシデントはまだ終了していません。</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>ID %1 のインシデントはありません。</translation>
    </message>
    <message>
        <source>The incident needs a title.</source>
        <translation>インシデントには件名が必要です。</translation>
    </message>
    <message>
        <source>The incident needs the time it was detected.</source>
        <translation>インシデントには検知した日時が必要です。</translation>
    </message>
    <message>
        <source>The incident needs the time the firm became aware of it.</source>
        <translation>インシデントには会社が事態を知った日時が必要です。</translation>
    </message>
    <message>
        <source>The number of people affected cannot be negative.</source>
        <translation>影響を受けた人数を負の数にはできません。</translation>
    </message>
    <message>
        <source>incident %1&apos;s playbook</source>
        <translation>インシデント %1 の対応手順</translation>
    </message>
    <message>
        <source>Say why step %1 does not apply.</source>
        <translation>手順 %1 が当てはまらない理由を書いてください。</translation>
    </message>
    <message>
        <source>Incident %1 has no step %2.</source>
        <translation>インシデント %1 に手順 %2 はありません。</translation>
    </message>
    <message>
        <source>A timeline entry needs a text.</source>
        <translation>経過記録には内容が必要です。</translation>
    </message>
    <message>
        <source>An evidence entry needs the file&apos;s path and its SHA-256.</source>
        <translation>証拠の記録にはファイルのパスと SHA-256 が必要です。</translation>
    </message>
    <message>
        <source>Incident %1 has no timeline entry %2 to correct.</source>
        <translation>インシデント %1 に訂正する記録 %2 はありません。</translation>
    </message>
    <message>
        <source>The clock needs a title.</source>
        <translation>期限には名前が必要です。</translation>
    </message>
    <message>
        <source>The clock needs at least one hour.</source>
        <translation>期限は1時間以上にしてください。</translation>
    </message>
    <message>
        <source>Incident %1 has no clock %2.</source>
        <translation>インシデント %1 に期限 %2 はありません。</translation>
    </message>
    <message>
        <source>Incident %1 has no clock &quot;%2&quot;.</source>
        <translation>インシデント %1 に期限「%2」はありません。</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Write down the cause before closing.</source>
        <translation>終了する前に原因を書いてください。</translation>
    </message>
    <message>
        <source>Write down the impact before closing.</source>
        <translation>終了する前に影響を書いてください。</translation>
    </message>
    <message>
        <source>Required steps are still open: %1. Tick them, mark them not applicable, or give the reason for closing anyway.</source>
        <translation>必須の手順がまだ終わっていません: %1。完了にするか対象外にするか、それでも終了する理由を書いてください。</translation>
    </message>
    <message>
        <source>Reporting clocks are still open: %1. Mark the reports as sent, or give the reason for closing anyway.</source>
        <translation>報告期限がまだ残っています: %1。報告を済みにするか、それでも終了する理由を書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a basic rule is rule:1 to rule:5.</source>
        <translation>「%1」: 5か条は rule:1 から rule:5 で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a changed record: use policy, rule:N, device:ASSET_NUMBER or information:NAME.</source>
        <translation>「%1」は変更した記録の指定になっていません。policy、rule:N、device:資産番号、information:名前 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Basic security policy</source>
        <translation>情報セキュリティ基本方針</translation>
    </message>
    <message>
        <source>Basic rule %1</source>
        <translation>5か条の第%1条</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>機器 %1</translation>
    </message>
    <message>
        <source>Information asset %1</source>
        <translation>情報資産 %1</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>Exercise started from the playbook &quot;%1&quot;.</source>
        <translation>対応手順「%1」で訓練を開始しました。</translation>
    </message>
    <message>
        <source>Incident started from the playbook &quot;%1&quot;.</source>
        <translation>対応手順「%1」でインシデント対応を開始しました。</translation>
    </message>
    <message>
        <source>Incident %1 is already closed.</source>
        <translation>インシデント %1 はすでに終了しています。</translation>
    </message>
</context>
<context>
    <name>IncidentValues</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>封じ込め済み</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>復旧済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
</context>
<context>
    <name>InventoryAdvisor</name>
    <message numerus="yes">
        <source>%n of %1 PCs, servers and phones had no update recorded in the last 90 days.</source>
        <translation>
            <numerusform>パソコン・サーバー・スマートフォン %1 台中 %n 台に、直近90日間の更新の記録がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every PC, server and phone (%n) was updated in the last 90 days.</source>
        <translation>
            <numerusform>パソコン・サーバー・スマートフォン（%n 台）はすべて直近90日以内に更新されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 PCs and servers have no antivirus.</source>
        <translation>
            <numerusform>パソコン・サーバー %1 台中 %n 台にウイルス対策ソフトが入っていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of %1 PCs and servers, antivirus is not recorded.</source>
        <translation>
            <numerusform>パソコン・サーバー %1 台中 %n 台は、ウイルス対策ソフトの有無が記録されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every PC and server (%n) has antivirus.</source>
        <translation>
            <numerusform>パソコン・サーバー（%n 台）にはすべてウイルス対策ソフトが入っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 cloud services are used without multi-factor authentication, or with it only in part.</source>
        <translation>
            <numerusform>クラウドサービス %1 件中 %n 件で、多要素認証を使っていないか、一部でしか使っていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>最後のバックアップは %1（%n 日前）です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 disposed devices have no record of how their data was erased.</source>
        <translation>
            <numerusform>廃棄した機器 %1 台中 %n 台に、データの消去方法の記録がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every disposed device (%n) has a record of how its data was erased.</source>
        <translation>
            <numerusform>廃棄した機器（%n 台）にはすべてデータの消去方法が記録されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of %1 cloud services, multi-factor authentication is not recorded.</source>
        <translation>
            <numerusform>クラウドサービス %1 件中 %n 件は、多要素認証の有無が記録されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every cloud service in use (%n) has multi-factor authentication.</source>
        <translation>
            <numerusform>使用中のクラウドサービス（%n 件）はすべて多要素認証を使っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 information assets are kept on cloud services or shared storage: check who can open them.</source>
        <translation>
            <numerusform>情報資産 %1 件中 %n 件がクラウドサービスや共有の保存先にあります。誰が開けるかを確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information asset(s) recorded, none on cloud services or shared storage.</source>
        <translation>
            <numerusform>登録されている情報資産は %n 件で、クラウドサービスや共有の保存先にあるものはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 devices and programs in use are past their end of support.</source>
        <translation>
            <numerusform>使用中の機器とソフトウェア %1 件のうち %n 件がサポート終了を過ぎています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) and program(s) in use, none past its end of support.</source>
        <translation>
            <numerusform>使用中の機器とソフトウェアは %n 件で、サポート終了を過ぎたものはありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonContent</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 は正しい JSON ではありません（%3 バイト目: %2）。</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 に JSON オブジェクトがありません。</translation>
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
    <message>
        <source>Section to show first: dashboard, assets, security-action, incidents, backups, reports or settings.</source>
        <translation>最初に表示する画面: dashboard、assets、security-action、incidents、backups、reports、settings のいずれか。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Unknown section: %1</source>
        <translation>不明な画面です: %1</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window (used at login).</source>
        <translation>ウィンドウを表示せずにシステムトレイで起動します（ログイン時に使用）。</translation>
    </message>
    <message>
        <source>Show the Dashboard, print startup_ms=&lt;N&gt;, then dashboard_ms=&lt;N&gt; and longest_stall_ms=&lt;N&gt; once it has painted its facts, and quit (for benchmarks).</source>
        <translation>ダッシュボードを表示して startup_ms=&lt;N&gt; を出力し、ダッシュボードが内容を描画した後に dashboard_ms=&lt;N&gt; と longest_stall_ms=&lt;N&gt; を出力して終了します（ベンチマーク用）。</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ManagementSummary</name>
    <message>
        <source>Management summary</source>
        <translation>経営者向けサマリー</translation>
    </message>
    <message>
        <source>Period %1 to %2 · as of %3</source>
        <translation>対象期間 %1～%2・%3 現在</translation>
    </message>
    <message>
        <source>Security posture (of 100)</source>
        <translation>セキュリティ対策状況（100点満点）</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>未宣言</translation>
    </message>
    <message>
        <source>Self-diagnosis (of 100)</source>
        <translation>自社診断（100点満点）</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>使用中の機器</translation>
    </message>
    <message>
        <source>Support ended / not updated</source>
        <translation>サポート終了／更新なし</translation>
    </message>
    <message>
        <source>Backup plans needing attention</source>
        <translation>要対応のバックアップ計画</translation>
    </message>
    <message>
        <source>Incidents in the period</source>
        <translation>期間中のインシデント</translation>
    </message>
    <message>
        <source>Security posture over time</source>
        <translation>セキュリティ対策状況の推移</translation>
    </message>
    <message>
        <source>SECURITY ACTION and the self-diagnosis</source>
        <translation>SECURITY ACTION と自社診断</translation>
    </message>
    <message>
        <source>%1: ready.</source>
        <translation>%1：準備ができています。</translation>
    </message>
    <message>
        <source>%1: still to do — %2</source>
        <translation>%1：残りの作業 — %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Self-diagnosis of %1 by part (points)</source>
        <translation>%1 の自社診断 区分別の点数</translation>
    </message>
    <message>
        <source>Top risks and what to do next</source>
        <translation>主なリスクと次に行うこと</translation>
    </message>
    <message>
        <source>Information asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>No risks have been assessed yet.</source>
        <translation>まだリスクは評価されていません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次に行うこと</translation>
    </message>
    <message>
        <source>Nothing pressing.</source>
        <translation>急ぎの対応はありません。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 (%2, the first %3 listed)</source>
        <translation>%1（%2 台、うち先頭の %3 台を掲載）</translation>
    </message>
    <message>
        <source>Asset no.</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>サポート終了日</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last successful run</source>
        <translation>最後に成功した実行</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>復元テスト</translation>
    </message>
    <message>
        <source>Last passed test</source>
        <translation>最後に成功したテスト</translation>
    </message>
    <message>
        <source>No backup plans are recorded.</source>
        <translation>バックアップ計画は記録されていません。</translation>
    </message>
    <message>
        <source>Incidents and exercises in the period</source>
        <translation>期間中のインシデントと訓練</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>発見日</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>期間中はありません。</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>訓練 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleReminders</name>
    <message>
        <source>Backup “%1”: the last run failed</source>
        <translation>バックアップ「%1」: 前回の実行が失敗しました</translation>
    </message>
    <message>
        <source>Backup “%1”: the last run was partial</source>
        <translation>バックアップ「%1」: 前回の実行は一部のみでした</translation>
    </message>
    <message>
        <source>Backup “%1” is late</source>
        <translation>バックアップ「%1」が遅れています</translation>
    </message>
    <message>
        <source>Backup “%1”</source>
        <translation>バックアップ「%1」</translation>
    </message>
    <message>
        <source>Restore test from “%1” failed: test again</source>
        <translation>「%1」からの復元テストが失敗しました。もう一度テストしてください</translation>
    </message>
    <message>
        <source>Test restoring from “%1”</source>
        <translation>「%1」からの復元をテストする</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>%n日ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in use past end of support</source>
        <translation>
            <numerusform>サポートが終了したまま使用中の機器が %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace or retire them; the Assets page lists them.</source>
        <translation>更新するか使用をやめてください。資産画面に一覧があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)&apos; support ends in %1</source>
        <translation>
            <numerusform>%1 に %n 台のサポートが終了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)&apos; warranty ends in %1</source>
        <translation>
            <numerusform>%1 に %n 台の保証が終了</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnClockDialog</name>
    <message>
        <source>Add a clock</source>
        <translation>期限を追加</translation>
    </message>
    <message>
        <source>A deadline of the firm&apos;s own, e.g. a customer to tell within 24 hours under a contract. It runs from the moment the firm became aware.</source>
        <translation>自社で決める期限です（例: 契約により24時間以内に取引先へ知らせる）。認知した時点から数えます。</translation>
    </message>
    <message>
        <source>What must be done:</source>
        <translation>すべきこと:</translation>
    </message>
    <message>
        <source>Within (hours from awareness):</source>
        <translation>期限（認知からの時間）:</translation>
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
        <source>A4 PDF summaries for subsidy applications and customers&apos; security checksheets.</source>
        <translation>補助金の申請や取引先のセキュリティチェックシートに使える A4 の PDF を作成します。</translation>
    </message>
    <message>
        <source>Your company profile, the display language and how often reminders come round.</source>
        <translation>会社情報、表示言語、リマインダーの間隔を設定します。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet: it comes with a later version of Mamori.</source>
        <translation>このページはまだ使えません。今後のバージョンで追加されます。</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>%1: the report “%2” is unknown.</source>
        <translation>%1: 報告「%2」は使えません。</translation>
    </message>
    <message>
        <source>%1: the report “%2” is listed twice.</source>
        <translation>%1: 報告「%2」が2回書かれています。</translation>
    </message>
    <message>
        <source>%1: the phase “%2” is unknown; use detect, report or recover.</source>
        <translation>%1: 段階「%2」は使えません。detect、report、recover のどれかにしてください。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>reason (why)</source>
        <translation>理由（why）</translation>
    </message>
    <message>
        <source>%1: only a decision step has criteria; set “decision” to true or remove the criteria.</source>
        <translation>%1: 判断基準を書けるのは判断の手順だけです。「decision」を true にするか、判断基準を消してください。</translation>
    </message>
    <message>
        <source>criteria text</source>
        <translation>判断基準</translation>
    </message>
    <message>
        <source>%1: a decision needs criteria written in advance: when is the answer yes?</source>
        <translation>%1: 判断の手順には、前もって決めた判断基準が必要です。どんなときに「はい」ですか。</translation>
    </message>
    <message>
        <source>%1: the step names no role: who does it?</source>
        <translation>%1: 手順に担当（role）がありません。誰が行いますか。</translation>
    </message>
    <message>
        <source>%1: the role “%2” is not one of the roles in roles.json.</source>
        <translation>%1: 担当「%2」は roles.json にありません。</translation>
    </message>
    <message>
        <source>%1: the contact “%2” is not in the contact list (contacts.json).</source>
        <translation>%1: 連絡先「%2」は連絡先の一覧（contacts.json）にありません。</translation>
    </message>
    <message>
        <source>%1: this step of the phase “%2” comes after a step of the phase “%3”; the phases go in the order detect, report, recover.</source>
        <translation>%1: 段階「%2」の手順が、段階「%3」の手順の後にあります。段階は detect、report、recover の順にしてください。</translation>
    </message>
    <message>
        <source>%1: the phase “%2” has no steps.</source>
        <translation>%1: 段階「%2」に手順がありません。</translation>
    </message>
    <message>
        <source>Report and disclose</source>
        <translation>報告・公表</translation>
    </message>
    <message>
        <source>Recover and prevent</source>
        <translation>復旧・再発防止</translation>
    </message>
    <message>
        <source>Detect and respond first</source>
        <translation>検知・初動対応</translation>
    </message>
    <message>
        <source>Preliminary report to the PPC</source>
        <translation>個人情報保護委員会への速報</translation>
    </message>
    <message>
        <source>Final report to the PPC</source>
        <translation>個人情報保護委員会への確報</translation>
    </message>
    <message>
        <source>Notice to the people affected</source>
        <translation>本人への通知</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>警察への届出</translation>
    </message>
    <message>
        <source>Report to IPA</source>
        <translation>IPAへの届出</translation>
    </message>
    <message>
        <source>Report to JPCERT/CC</source>
        <translation>JPCERT/CCへの報告</translation>
    </message>
    <message>
        <source>Report to the card company or payment provider</source>
        <translation>カード会社・決済代行会社への報告</translation>
    </message>
    <message>
        <source>Notice to business partners</source>
        <translation>取引先への連絡</translation>
    </message>
    <message>
        <source>Notice to the insurer</source>
        <translation>保険会社への連絡</translation>
    </message>
    <message>
        <source>Report to the competent ministry</source>
        <translation>所管省庁への報告</translation>
    </message>
    <message>
        <source>%1: a role must be an object with “key” and “label”.</source>
        <translation>%1: 担当は「key」と「label」を持つオブジェクトで書いてください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid key: use lower-case letters, digits, “-” and “_”.</source>
        <translation>%1: 「%2」はキーとして使えません。英小文字、数字、「-」と「_」を使ってください。</translation>
    </message>
    <message>
        <source>%1: the key “%2” appears twice.</source>
        <translation>%1: キー「%2」が2回出てきます。</translation>
    </message>
    <message>
        <source>label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>%1 lists no roles.</source>
        <translation>%1 に担当がありません。</translation>
    </message>
    <message>
        <source>%1: the id “%2” is not valid: use lower-case letters, digits, “-” and “_”.</source>
        <translation>%1: ID「%2」は使えません。英小文字、数字、「-」と「_」を使ってください。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>%1: the playbook has no steps.</source>
        <translation>%1: 対応手順書に手順がありません。</translation>
    </message>
    <message>
        <source>%1: a step must be an object.</source>
        <translation>%1: 手順はオブジェクトで書いてください。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 lists no playbooks.</source>
        <translation>%1 に対応手順書がありません。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a playbook id.</source>
        <translation>%1: 「%2」は対応手順書のIDではありません。</translation>
    </message>
    <message>
        <source>%1: the playbook id “%2” is listed twice; ids must be unique.</source>
        <translation>%1: 対応手順書のID「%2」が2回書かれています。IDは重ならないようにしてください。</translation>
    </message>
    <message>
        <source>%1: the id “%2” does not match the file name; it must be “%3”.</source>
        <translation>%1: ID「%2」がファイル名と合いません。「%3」にしてください。</translation>
    </message>
    <message>
        <source>%1 is not listed in %2.</source>
        <translation>%1 が %2 に載っていません。</translation>
    </message>
    <message>
        <source>There is no playbook “%1”.</source>
        <translation>対応手順書「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>PlaybookCommands</name>
    <message>
        <source>(the firm&apos;s copy)</source>
        <translation>（自社版）</translation>
    </message>
    <message>
        <source>[Decision] </source>
        <translation>［判断］</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>判断基準: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>連絡先: %1</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>報告: %1</translation>
    </message>
    <message>
        <source>(check before use)</source>
        <translation>（使用前に確認）</translation>
    </message>
    <message>
        <source>List the incident playbooks (bundled, and the firm&apos;s copies).</source>
        <translation>インシデント対応手順の一覧を表示します（標準版と自社版）。</translation>
    </message>
    <message>
        <source>Show a playbook&apos;s steps, decisions, roles, contacts and reports.</source>
        <translation>対応手順の手順、判断、担当、連絡先、報告を表示します。</translation>
    </message>
    <message>
        <source>List the incident contacts: the firm&apos;s roles and public bodies.</source>
        <translation>インシデント対応の連絡先（自社の担当と公的機関）の一覧を表示します。</translation>
    </message>
</context>
<context>
    <name>PlaybookEditorDialog</name>
    <message>
        <source>Edit the playbook</source>
        <translation>対応手順を編集</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>手順を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>段階:</translation>
    </message>
    <message>
        <source>A decision (a question with criteria set in advance)</source>
        <translation>判断（あらかじめ基準を決めておく問い）</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>すること:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>判断基準:</translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation>担当:</translation>
    </message>
    <message>
        <source>Whom to call:</source>
        <translation>連絡先:</translation>
    </message>
    <message>
        <source>Required (closing asks about it while it is open)</source>
        <translation>必須（未完了のまま終了しようとすると確認します）</translation>
    </message>
</context>
<context>
    <name>PlaybookLibraryWidget</name>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Who · whom to call</source>
        <translation>担当・連絡先</translation>
    </message>
    <message>
        <source>Start from this playbook…</source>
        <translation>この対応手順で開始…</translation>
    </message>
    <message>
        <source>Make the firm&apos;s copy</source>
        <translation>自社用にコピー</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Restore the bundled version</source>
        <translation>同梱版に戻す</translation>
    </message>
</context>
<context>
    <name>PlaybookRepository</name>
    <message>
        <source>the firm&apos;s copy of playbook &quot;%1&quot;</source>
        <translation>対応手順「%1」の自社版</translation>
    </message>
    <message>
        <source>The firm has no copy of playbook &quot;%1&quot;.</source>
        <translation>対応手順「%1」の自社版はありません。</translation>
    </message>
    <message>
        <source>A contact needs a key.</source>
        <translation>連絡先にはキーが必要です。</translation>
    </message>
    <message>
        <source>There is no contact &quot;%1&quot;.</source>
        <translation>連絡先「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>--version must be a version number like 2.</source>
        <translation>--version には 2 のような版の番号を指定してください。</translation>
    </message>
    <message>
        <source>No basic security policy has been saved yet. Write one on the SECURITY ACTION page first.</source>
        <translation>情報セキュリティ基本方針がまだ保存されていません。先に SECURITY ACTION のページで作成してください。</translation>
    </message>
    <message>
        <source>There is no version %1 of the policy; the latest is %2.</source>
        <translation>基本方針の第%1版はありません。最新は第%2版です。</translation>
    </message>
    <message>
        <source>Wrote version %1 of the basic security policy (adopted %2) to %3.</source>
        <translation>情報セキュリティ基本方針の第%1版（%2 施行）を %3 に書き出しました。</translation>
    </message>
    <message>
        <source>Write the basic security policy (the latest version, or N) as an A4 PDF.</source>
        <translation>情報セキュリティ基本方針（最新版、または第N版）を A4 の PDF に書き出します。</translation>
    </message>
    <message>
        <source>Version to write (default: the latest).</source>
        <translation>書き出す版（省略時は最新版）。</translation>
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
        <translation>%1 は基本方針のひな形として正しくありません。</translation>
    </message>
    <message>
        <source>The stored policy text cannot be read.</source>
        <translation>保存されている基本方針の本文を読み込めません。</translation>
    </message>
</context>
<context>
    <name>PolicyEditorWidget</name>
    <message>
        <source>A ★★ declaration needs a basic security policy that is written and published, usually on your website. Start from the template, adapt it to your company and save it as a version; then record when and where it was published. Every saved version is kept.</source>
        <translation>★★ を宣言するには、情報セキュリティ基本方針を作成し、社外に公開する必要があります（通常は自社のウェブサイトに掲載します）。ひな形をもとに自社に合わせて書き直して版として保存し、公開したら公開日と公開先を記録してください。保存した版はすべて残ります。</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>版(&amp;V):</translation>
    </message>
    <message>
        <source>Record p&amp;ublication…</source>
        <translation>公開を記録(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed today</source>
        <translation>本日見直し済みにする(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF に書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>表題(&amp;T):</translation>
    </message>
    <message>
        <source>Pr&amp;eamble:</source>
        <translation>前文(&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;losing (date, company and representative):</source>
        <translation>結び（日付・会社名・代表者）(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save as new version…</source>
        <translation>新しい版として保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PolicyPdf</name>
    <message>
        <source>Version %1, adopted %2</source>
        <translation>第%1版（%2制定）</translation>
    </message>
    <message>
        <source>Version %1, revised %2</source>
        <translation>第%1版（%2改定）</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>Version %1 of the security policy cannot be read.</source>
        <translation>基本方針の第%1版を読み込めません。</translation>
    </message>
    <message>
        <source>There is no saved policy version with id %1.</source>
        <translation>ID %1 の基本方針の版はありません。</translation>
    </message>
    <message>
        <source>The policy needs an adoption date.</source>
        <translation>基本方針の制定日を入力してください。</translation>
    </message>
    <message>
        <source>Version %1 is not the latest version of the policy; saved versions are kept.</source>
        <translation>第%1版は基本方針の最新版ではありません。保存済みの版はそのまま残します。</translation>
    </message>
</context>
<context>
    <name>PostureCommands</name>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Took the posture snapshot of %1: score %2.</source>
        <translation>%1 の対策状況を記録しました: スコア %2。</translation>
    </message>
    <message>
        <source>The posture snapshot of %1 was already taken: score %2.</source>
        <translation>%1 の対策状況はすでに記録されています: スコア %2。</translation>
    </message>
    <message>
        <source>Posture score on %1: %2 (out of 100)</source>
        <translation>%1 の対策スコア: %2（100点満点）</translation>
    </message>
    <message>
        <source>Change against 30 days ago: %1</source>
        <translation>30日前との差: %1</translation>
    </message>
    <message>
        <source>Change against 365 days ago: %1</source>
        <translation>365日前との差: %1</translation>
    </message>
    <message>
        <source>Based on %1 of 100 weight points: components not recorded are left out.</source>
        <translation>重み100のうち %1 に基づく評価です（未記録の項目は除いています）。</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>内訳:</translation>
    </message>
    <message>
        <source>  %1 (weight %2): %3</source>
        <translation>  %1（重み %2）: %3</translation>
    </message>
    <message>
        <source>not recorded — %1</source>
        <translation>未記録 — %1</translation>
    </message>
    <message>
        <source>What pulls the score down:</source>
        <translation>スコアを下げている要因:</translation>
    </message>
    <message>
        <source>  %1 (−%2)</source>
        <translation>  %1（−%2）</translation>
    </message>
    <message>
        <source>Top actions:</source>
        <translation>優先して取り組むこと:</translation>
    </message>
    <message>
        <source>  %1. %2</source>
        <translation>  %1. %2</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to には --from 以降の日付を指定してください。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>No posture snapshots in this period.</source>
        <translation>この期間の対策状況の記録はありません。</translation>
    </message>
    <message>
        <source>posture explain needs --from DATE and --to DATE.</source>
        <translation>posture explain には --from 日付 と --to 日付 が必要です。</translation>
    </message>
    <message>
        <source>Posture score from %1 to %2: %3 → %4</source>
        <translation>%1 から %2 の対策スコア: %3 → %4</translation>
    </message>
    <message>
        <source>Nothing the score looks at changed.</source>
        <translation>スコアの算定に関わる変化はありませんでした。</translation>
    </message>
    <message>
        <source>  %1: %2 → %3 (%4)</source>
        <translation>  %1: %2 → %3（%4）</translation>
    </message>
    <message>
        <source>Records changed in between:</source>
        <translation>この間に変更された記録:</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>開始日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>終了日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Take today&apos;s posture snapshot unless it was taken already.</source>
        <translation>本日の対策状況をまだ記録していなければ記録します。</translation>
    </message>
    <message>
        <source>Show today&apos;s posture score, its components, what pulls it down and the top actions.</source>
        <translation>本日の対策スコア、その内訳、スコアを下げている要因、優先して取り組むことを表示します。</translation>
    </message>
    <message>
        <source>List the daily posture snapshots, oldest first.</source>
        <translation>日ごとの対策状況の記録を古い順に一覧表示します。</translation>
    </message>
    <message>
        <source>Explain what moved the posture score between two days.</source>
        <translation>2つの日付の間で対策スコアが変わった理由を説明します。</translation>
    </message>
</context>
<context>
    <name>PostureExplain</name>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Links between assets</source>
        <translation>資産間の関連付け</translation>
    </message>
    <message>
        <source>Self-diagnoses</source>
        <translation>自社診断</translation>
    </message>
    <message>
        <source>Basic rules</source>
        <translation>基本5項目</translation>
    </message>
    <message>
        <source>Security policy versions</source>
        <translation>情報セキュリティ基本方針の版</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>バックアップ計画</translation>
    </message>
    <message>
        <source>Backup runs</source>
        <translation>バックアップの実行記録</translation>
    </message>
    <message>
        <source>Restore tests</source>
        <translation>復元テスト</translation>
    </message>
    <message>
        <source>Incidents and exercises</source>
        <translation>インシデントと訓練</translation>
    </message>
    <message>
        <source>Incident steps</source>
        <translation>インシデント対応の手順</translation>
    </message>
    <message>
        <source>Incident timeline entries</source>
        <translation>インシデントの経過記録</translation>
    </message>
    <message>
        <source>Reporting deadlines</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>Incident contacts</source>
        <translation>インシデント対応の連絡先</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>対応手順書</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 件変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 件削除</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PostureRules</name>
    <message>
        <source>Latest self-diagnosis: %1 of 100 points</source>
        <translation>最新の自社診断: 100点中 %1 点</translation>
    </message>
    <message>
        <source>%1 of %2 devices and software past end of support</source>
        <translation>機器・ソフトウェア %2 件のうち %1 件がサポート終了</translation>
    </message>
    <message>
        <source>%1 of %2 PCs, servers and phones not updated in 90 days</source>
        <translation>PC・サーバー・スマートフォン %2 台のうち %1 台が90日以上更新されていない</translation>
    </message>
    <message>
        <source>%1 of %2 PCs and servers without antivirus (or not recorded)</source>
        <translation>PC・サーバー %2 台のうち %1 台にウイルス対策ソフトがない（または未記録）</translation>
    </message>
    <message>
        <source>%1 of %2 cloud services without multi-factor sign-in (or not recorded)</source>
        <translation>クラウドサービス %2 件のうち %1 件で多要素認証が使われていない（または未記録）</translation>
    </message>
    <message>
        <source>%1 of %2 laptops, phones and removable media not encrypted (or not recorded)</source>
        <translation>ノートPC・スマートフォン・外部記憶媒体 %2 台のうち %1 台が暗号化されていない（または未記録）</translation>
    </message>
    <message>
        <source>%1 of %2 backup plans late or failed</source>
        <translation>バックアップ計画 %2 件のうち %1 件が遅れている、または失敗している</translation>
    </message>
    <message>
        <source>An offline or immutable copy exists</source>
        <translation>オフラインまたは変更できない場所にコピーがある</translation>
    </message>
    <message>
        <source>No offline or immutable backup copy</source>
        <translation>オフラインまたは変更できない場所にバックアップがない</translation>
    </message>
    <message>
        <source>%1 of %2 backup plans without a recent restore test</source>
        <translation>バックアップ計画 %2 件のうち %1 件で最近の復元テストがない</translation>
    </message>
    <message>
        <source>%1 of %2 important information assets not backed up</source>
        <translation>重要な情報資産 %2 件のうち %1 件がバックアップされていない</translation>
    </message>
    <message>
        <source>%1 of %2 incident contacts without a phone number or e-mail</source>
        <translation>インシデント時の連絡先 %2 件のうち %1 件に電話番号もメールアドレスもない</translation>
    </message>
    <message>
        <source>%1 of %2 incident playbooks not reviewed in 12 months</source>
        <translation>対応手順書 %2 件のうち %1 件が12か月以内に見直されていない</translation>
    </message>
    <message>
        <source>An exercise in the last 12 months</source>
        <translation>過去12か月以内に訓練を実施</translation>
    </message>
    <message>
        <source>No exercise in the last 12 months</source>
        <translation>過去12か月以内に訓練を実施していない</translation>
    </message>
    <message numerus="yes">
        <source>%n open critical incident(s)</source>
        <translation>
            <numerusform>対応中の重大インシデント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue reporting deadline(s)</source>
        <translation>
            <numerusform>期限を過ぎた報告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>SECURITY ACTION ★★ declared</source>
        <translation>SECURITY ACTION 二つ星を宣言済み</translation>
    </message>
    <message>
        <source>SECURITY ACTION ★ declared</source>
        <translation>SECURITY ACTION 一つ星を宣言済み</translation>
    </message>
    <message>
        <source>SECURITY ACTION not declared</source>
        <translation>SECURITY ACTION を宣言していない</translation>
    </message>
    <message>
        <source>%1 of the 5 basic rules in place</source>
        <translation>基本5項目のうち %1 項目を実施済み</translation>
    </message>
    <message>
        <source>Ready for ★★</source>
        <translation>二つ星の要件を満たしている</translation>
    </message>
    <message>
        <source>Not yet ready for ★★</source>
        <translation>二つ星の要件をまだ満たしていない</translation>
    </message>
    <message>
        <source>Security policy published</source>
        <translation>情報セキュリティ基本方針を公表済み</translation>
    </message>
    <message>
        <source>Security policy not published</source>
        <translation>情報セキュリティ基本方針を公表していない</translation>
    </message>
    <message>
        <source>Security policy reviewed within its interval</source>
        <translation>情報セキュリティ基本方針を期間内に見直し済み</translation>
    </message>
    <message>
        <source>Security policy review overdue or never done</source>
        <translation>情報セキュリティ基本方針の見直しが期限切れ、または未実施</translation>
    </message>
    <message>
        <source>Self-diagnosis</source>
        <translation>自社診断</translation>
    </message>
    <message>
        <source>Device hygiene</source>
        <translation>機器の管理状態</translation>
    </message>
    <message>
        <source>Backup health</source>
        <translation>バックアップの状態</translation>
    </message>
    <message>
        <source>Incident readiness</source>
        <translation>インシデントへの備え</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>No self-diagnosis completed yet</source>
        <translation>自社診断がまだ完了していません</translation>
    </message>
    <message>
        <source>No devices in use recorded yet</source>
        <translation>使用中の機器がまだ登録されていません</translation>
    </message>
    <message>
        <source>No backup plan recorded yet</source>
        <translation>バックアップ計画がまだ登録されていません</translation>
    </message>
    <message>
        <source>Nothing recorded for incidents yet (contacts, playbooks, exercises)</source>
        <translation>インシデントへの備え（連絡先・対応手順書・訓練）がまだ記録されていません</translation>
    </message>
    <message>
        <source>Nothing recorded for SECURITY ACTION yet</source>
        <translation>SECURITY ACTION の記録がまだありません</translation>
    </message>
    <message>
        <source>Self-diagnosis score</source>
        <translation>自社診断の点数</translation>
    </message>
    <message>
        <source>Supported OS and software</source>
        <translation>サポート期間内のOS・ソフトウェア</translation>
    </message>
    <message>
        <source>Updated within 90 days</source>
        <translation>90日以内の更新</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>ウイルス対策</translation>
    </message>
    <message>
        <source>Multi-factor sign-in</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <source>Portable devices encrypted</source>
        <translation>持ち出し機器の暗号化</translation>
    </message>
    <message>
        <source>Backups on time</source>
        <translation>予定どおりのバックアップ</translation>
    </message>
    <message>
        <source>An offline copy</source>
        <translation>オフラインのコピー</translation>
    </message>
    <message>
        <source>Restore tests</source>
        <translation>復元テスト</translation>
    </message>
    <message>
        <source>Important information backed up</source>
        <translation>重要な情報のバックアップ</translation>
    </message>
    <message>
        <source>Contacts filled in</source>
        <translation>連絡先の記入</translation>
    </message>
    <message>
        <source>Playbooks reviewed</source>
        <translation>対応手順書の見直し</translation>
    </message>
    <message>
        <source>Exercise in the last 12 months</source>
        <translation>12か月以内の訓練</translation>
    </message>
    <message>
        <source>No open critical incident</source>
        <translation>対応中の重大インシデントなし</translation>
    </message>
    <message>
        <source>No overdue reporting deadline</source>
        <translation>期限切れの報告なし</translation>
    </message>
    <message>
        <source>Declared level</source>
        <translation>宣言した段階</translation>
    </message>
    <message>
        <source>Ready for ★ (five basic rules)</source>
        <translation>一つ星の要件（基本5項目）</translation>
    </message>
    <message>
        <source>Policy published</source>
        <translation>基本方針の公表</translation>
    </message>
    <message>
        <source>Policy reviewed</source>
        <translation>基本方針の見直し</translation>
    </message>
</context>
<context>
    <name>PostureService</name>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>終了日 %1 が開始日 %2 より前です。</translation>
    </message>
    <message>
        <source>There is no posture snapshot on or before %1.</source>
        <translation>%1 以前の対策状況の記録がありません。</translation>
    </message>
</context>
<context>
    <name>PpcDraftDialog</name>
    <message>
        <source>PPC report draft</source>
        <translation>個人情報保護委員会への報告の下書き</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>PpcReportDraft</name>
    <message>
        <source>This is a draft made by Mamori from the incident&apos;s records. Copy it into the official report form of the Personal Information Protection Commission and check every item. Mamori does not send or file anything.</source>
        <translation>これはインシデントの記録から Mamori が作った下書きです。個人情報保護委員会の正式な報告様式に書き写し、すべての項目を確かめてください。Mamori は送信も提出もしません。</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>事業者: %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>事案: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>検知: %1</translation>
    </message>
    <message>
        <source>Became aware: %1</source>
        <translation>認知: %1</translation>
    </message>
    <message>
        <source>Overview of the incident</source>
        <translation>事案の概要</translation>
    </message>
    <message>
        <source>%1 (%2), on %3</source>
        <translation>%1（%2）、保存先: %3</translation>
    </message>
    <message>
        <source>Includes sensitive personal information (要配慮個人情報).</source>
        <translation>要配慮個人情報を含みます。</translation>
    </message>
    <message>
        <source>Financial damage is possible (e.g. card numbers, bank logins).</source>
        <translation>財産的被害のおそれがあります（カード番号、ネットバンキングのログイン情報など）。</translation>
    </message>
    <message>
        <source>An unauthorised purpose is possible (e.g. an attack or theft).</source>
        <translation>不正の目的によるおそれがあります（攻撃や盗難など）。</translation>
    </message>
    <message>
        <source>Personal data items involved</source>
        <translation>漏えい等が発生し、または発生したおそれがある個人データの項目</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>More than 1,000 people (exact number to be confirmed)</source>
        <translation>1,000人超（正確な人数は確認中）</translation>
    </message>
    <message>
        <source>Number of people affected</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Secondary damage or its risk</source>
        <translation>二次被害またはそのおそれの有無と内容</translation>
    </message>
    <message>
        <source>Notice sent on %1.</source>
        <translation>%1 に通知しました。</translation>
    </message>
    <message>
        <source>Contacts recorded in the timeline:</source>
        <translation>経過記録にある連絡:</translation>
    </message>
    <message>
        <source>Response to the people affected</source>
        <translation>本人への対応の実施状況</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公表の実施状況</translation>
    </message>
    <message>
        <source>Measures to prevent a recurrence</source>
        <translation>再発防止のための措置</translation>
    </message>
    <message>
        <source>Other (response steps taken)</source>
        <translation>その他参考となる事項（実施した対応）</translation>
    </message>
    <message>
        <source> [to complete]</source>
        <translation>［要記入］</translation>
    </message>
    <message>
        <source>(nothing recorded yet)</source>
        <translation>（まだ記録がありません）</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Upcoming</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日が期日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>RemindersWidget</name>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出どころ</translation>
    </message>
    <message>
        <source>Snooze for a Week</source>
        <translation>1週間保留</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>カレンダーに書き出す…</translation>
    </message>
    <message>
        <source>Everything that falls due: backups and restore tests, SECURITY ACTION, incident reporting deadlines and exercises, and the inventory&apos;s support and warranty ends grouped by month.</source>
        <translation>期日のあるものすべて: バックアップと復元テスト、SECURITY ACTION、インシデントの報告期限と訓練、台帳のサポート・保証の終了（月ごとにまとめて表示）。</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--lang must be ja or en.</source>
        <translation>--lang は ja か en にしてください。</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FILE.pdf は必須です。</translation>
    </message>
    <message>
        <source>Write the incident contacts on one A4 page as a PDF.</source>
        <translation>インシデント対応の連絡先を A4 1枚の PDF に書き出します。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き出す PDF ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>--id must be a positive number.</source>
        <translation>--id には正の整数を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), fingerprint %2) to %3.</source>
        <translation>
            <numerusform>%1（%n ページ、指紋 %2）を %3 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports have been issued yet.</source>
        <translation>まだ発行された帳票はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, issued %3 by %4, %n page(s).</source>
        <translation>
            <numerusform>%1：%2、%3 に %4 が発行、%n ページ。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s data gives the same content.</source>
        <translation>現在のデータでも同じ内容になります。</translation>
    </message>
    <message>
        <source>Today&apos;s data gives different content: records changed since it was issued.</source>
        <translation>現在のデータでは内容が異なります。発行後に記録が変更されています。</translation>
    </message>
    <message>
        <source>Language of the report: ja or en.</source>
        <translation>帳票の言語：ja または en。</translation>
    </message>
    <message>
        <source>The incident&apos;s id (report incident).</source>
        <translation>インシデントのID（report incident）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD (report management).</source>
        <translation>期間の初日、YYYY-MM-DD（report management）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD (report management).</source>
        <translation>期間の最終日、YYYY-MM-DD（report management）。</translation>
    </message>
    <message>
        <source>Write the management summary (1–3 A4 pages) as a PDF.</source>
        <translation>経営者向けサマリー（A4 1～3ページ）をPDFで書き出します。</translation>
    </message>
    <message>
        <source>Write the SECURITY ACTION evidence pack, ready to sign, as a PDF.</source>
        <translation>署名・押印できる SECURITY ACTION 根拠資料をPDFで書き出します。</translation>
    </message>
    <message>
        <source>Write the asset ledger (devices and information assets) as a PDF.</source>
        <translation>資産台帳（機器と情報資産）をPDFで書き出します。</translation>
    </message>
    <message>
        <source>Write the report of one incident or exercise as a PDF.</source>
        <translation>1件のインシデントまたは訓練の報告書をPDFで書き出します。</translation>
    </message>
    <message>
        <source>List the reports issued, newest first, with their fingerprints.</source>
        <translation>発行した帳票を新しい順に、指紋とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Say which report a printed fingerprint belongs to and whether today&apos;s data still gives the same content.</source>
        <translation>印刷された指紋がどの帳票のものか、また現在のデータでも同じ内容になるかを示します。</translation>
    </message>
</context>
<context>
    <name>ReportIssueRepository</name>
    <message>
        <source>read the reports issued</source>
        <translation>発行した帳票の読み込み</translation>
    </message>
    <message>
        <source>record the report issued</source>
        <translation>発行した帳票の記録</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Desktop PC</source>
        <translation>デスクトップPC</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>ノートパソコン</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>ネットワーク機器</translation>
    </message>
    <message>
        <source>Smartphone or tablet</source>
        <translation>スマートフォン・タブレット</translation>
    </message>
    <message>
        <source>Printer or MFP</source>
        <translation>プリンター・複合機</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>外部記録媒体</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Software or licence</source>
        <translation>ソフトウェア・ライセンス</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>予備</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>修理中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄済み</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>In part</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>マイナンバー</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Support ended</source>
        <translation>サポート終了</translation>
    </message>
    <message>
        <source>Support ends soon</source>
        <translation>まもなくサポート終了</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>更新なし</translation>
    </message>
    <message>
        <source>No antivirus</source>
        <translation>ウイルス対策なし</translation>
    </message>
    <message>
        <source>Antivirus unknown</source>
        <translation>ウイルス対策不明</translation>
    </message>
    <message>
        <source>Weak MFA</source>
        <translation>多要素認証が不十分</translation>
    </message>
    <message>
        <source>MFA unknown</source>
        <translation>多要素認証不明</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>Warranty over</source>
        <translation>保証期間切れ</translation>
    </message>
    <message>
        <source>Erasure not recorded</source>
        <translation>データ消去の記録なし</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>★★ Two stars</source>
        <translation>★★ 二つ星</translation>
    </message>
    <message>
        <source>★ One star</source>
        <translation>★ 一つ星</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>封じ込め済み</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>復旧済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>期限前</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>一部のみ</translation>
    </message>
    <message>
        <source>Encryption unknown</source>
        <translation>暗号化不明</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Generated %1</source>
        <translation>作成 %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>指紋 %1</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>新しいページを開始できません。</translation>
    </message>
    <message>
        <source>Printing needs fonts, which this program has not loaded.</source>
        <translation>印刷にはフォントが必要ですが、このプログラムはフォントを読み込んでいません。</translation>
    </message>
    <message>
        <source>Cannot start printing the report.</source>
        <translation>帳票の印刷を開始できません。</translation>
    </message>
    <message>
        <source>Cannot finish printing the report.</source>
        <translation>帳票の印刷を完了できません。</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>The stored parameters of this report cannot be read: %1</source>
        <translation>この帳票の保存された条件を読み取れません：%1</translation>
    </message>
    <message>
        <source>Management summary</source>
        <translation>経営者向けサマリー</translation>
    </message>
    <message>
        <source>SECURITY ACTION evidence pack</source>
        <translation>SECURITY ACTION 根拠資料</translation>
    </message>
    <message>
        <source>Asset ledger</source>
        <translation>資産台帳</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>インシデント報告書</translation>
    </message>
    <message>
        <source>Incident contacts</source>
        <translation>インシデント対応 連絡先一覧</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>不明な帳票です。</translation>
    </message>
    <message>
        <source>Basic security policy</source>
        <translation>情報セキュリティ基本方針</translation>
    </message>
    <message>
        <source>There is no version %1 of the security policy.</source>
        <translation>情報セキュリティ基本方針の第%1版はありません。</translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>Cannot make the report</source>
        <translation>帳票を作成できません</translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation>帳票をPDFで保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Making the %1…</source>
        <translation>%1を作成しています…</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>帳票を保存できません</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)), fingerprint %2.</source>
        <translation>
            <numerusform>%1 を保存しました（%nページ、指紋 %2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Give both ends of the period, or neither.</source>
        <translation>期間は初日と最終日の両方を指定するか、どちらも指定しないでください。</translation>
    </message>
    <message>
        <source>The period from %1 to %2 is empty: it ends before it starts.</source>
        <translation>%1 から %2 までの期間は空です。最終日が初日より前になっています。</translation>
    </message>
    <message>
        <source>An incident report needs the incident&apos;s id (--id N).</source>
        <translation>インシデント報告書にはインシデントのIDが必要です（--id N）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>“%1” is not a fingerprint: give at least 8 of the hex digits printed in the report&apos;s footer.</source>
        <translation>「%1」は指紋ではありません。帳票のフッターに印刷された16進数を8桁以上指定してください。</translation>
    </message>
    <message>
        <source>No report issued from this database has the fingerprint %1.</source>
        <translation>このデータベースから発行された帳票に、指紋 %1 のものはありません。</translation>
    </message>
    <message>
        <source>Several reports have fingerprints starting with %1: give more digits.</source>
        <translation>%1 で始まる指紋の帳票が複数あります。桁数を増やしてください。</translation>
    </message>
</context>
<context>
    <name>ReportingClocks</name>
    <message>
        <source>Preliminary report to the PPC (速報)</source>
        <translation>個人情報保護委員会への速報</translation>
    </message>
    <message>
        <source>Promptly after becoming aware; the guideline is %1–%2 days.</source>
        <translation>知ってから速やかに。目安は%1〜%2日です。</translation>
    </message>
    <message>
        <source>Final report to the PPC (確報)</source>
        <translation>個人情報保護委員会への確報</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of becoming aware, because an unauthorised purpose is possible.</source>
        <translation>
            <numerusform>不正の目的によるおそれがあるため、知ってから%n日以内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of becoming aware.</source>
        <translation>
            <numerusform>知ってから%n日以内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice to the people affected</source>
        <translation>本人への通知</translation>
    </message>
    <message>
        <source>Promptly, as far as the situation allows.</source>
        <translation>状況に応じて速やかに。</translation>
    </message>
    <message numerus="yes">
        <source>Within %n hour(s) of becoming aware (the firm&apos;s own clock).</source>
        <translation>
            <numerusform>知ってから%n時間以内（自社の期限）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>帳票</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>帳票(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>インシデント(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Reports issued</source>
        <translation>発行した帳票</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>RunRecordDialog</name>
    <message>
        <source>Plan:</source>
        <translation>計画:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>結果(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W):</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Size (bytes):</source>
        <translation>サイズ（バイト）(&amp;S):</translation>
    </message>
    <message>
        <source>What was restore&amp;d:</source>
        <translation>復元したもの(&amp;D):</translation>
    </message>
    <message>
        <source>Restored &amp;to:</source>
        <translation>復元先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Minutes taken:</source>
        <translation>所要時間（分）(&amp;M):</translation>
    </message>
    <message>
        <source>Attested &amp;by:</source>
        <translation>確認者(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Evidence file:</source>
        <translation>証跡ファイル(&amp;E):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>SafetyCopyRuns</name>
    <message>
        <source>Mamori&apos;s safety copies</source>
        <translation>Mamori の安全コピー</translation>
    </message>
    <message>
        <source>The backups folder beside the database</source>
        <translation>データベースの隣の backups フォルダー</translation>
    </message>
    <message>
        <source>Added by Mamori: its automatic daily copy and File → Backup Now are recorded here. The copies are on the same disk as the database; copy the backups folder to a disk that is not always connected.</source>
        <translation>Mamori が追加した計画です。毎日の自動コピーと「ファイル → 今すぐバックアップ」がここに記録されます。コピーはデータベースと同じディスクにあるため、backups フォルダーを常時は接続していないディスクにもコピーしてください。</translation>
    </message>
</context>
<context>
    <name>SafetyCopyStore</name>
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
    <name>SelfDiagnosis</name>
    <message>
        <source>Not a JSON object of answers (%1).</source>
        <translation>回答の JSON オブジェクトではありません（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number from 1 to 25.</source>
        <translation>「%1」は 1～25 の項目番号ではありません。</translation>
    </message>
    <message>
        <source>item %1: the answer must be 4, 2, 0 or -1.</source>
        <translation>項目 %1: 回答は 4、2、0、-1 のいずれかにしてください。</translation>
    </message>
    <message>
        <source>item %1 has no answer.</source>
        <translation>項目 %1 の回答がありません。</translation>
    </message>
</context>
<context>
    <name>SelfDiagnosisContent</name>
    <message>
        <source>%1 does not describe the 25 items.</source>
        <translation>%1 は 25 項目の内容になっていません。</translation>
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
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Redo the self-diagnosis every:</source>
        <translation>自社診断のやり直し：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月ごと</translation>
    </message>
    <message>
        <source>Review the basic policy every:</source>
        <translation>基本方針の見直し：</translation>
    </message>
    <message>
        <source>Tray and login</source>
        <translation>トレイとログイン</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed, so reminders still come</source>
        <translation>ウィンドウを閉じてもシステムトレイで動作を続け、リマインダーを受け取る(&amp;K)</translation>
    </message>
    <message>
        <source>Start Mamori minimised to the tray when I &amp;log in</source>
        <translation>ログイン時に Mamori をトレイに最小化して起動する(&amp;L)</translation>
    </message>
    <message>
        <source>Run an incident exercise every:</source>
        <translation>インシデント対応訓練：</translation>
    </message>
</context>
<context>
    <name>StartIncidentDialog</name>
    <message>
        <source>Start from playbook</source>
        <translation>対応手順から開始</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>対応手順:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>This is an exercise, not a real incident</source>
        <translation>実際のインシデントではなく訓練</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参加者:</translation>
    </message>
    <message>
        <source>Detected at:</source>
        <translation>発見日時:</translation>
    </message>
    <message>
        <source>Became aware at:</source>
        <translation>認知日時:</translation>
    </message>
    <message>
        <source>When the firm knew something had happened. The legal reporting clocks count from here, not from the first sign.</source>
        <translation>会社として事態を把握した時点です。法令上の報告期限は、最初の兆候ではなくこの時点から数えます。</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>報告者:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>重大度:</translation>
    </message>
    <message>
        <source>Affected devices</source>
        <translation>影響を受けた機器</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>選んだ機器:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Reporting to the PPC: what applies?</source>
        <translation>個人情報保護委員会への報告: 当てはまるものは？</translation>
    </message>
    <message>
        <source>Personal data leaked or may have leaked</source>
        <translation>個人データが漏えいした、またはそのおそれがある</translation>
    </message>
    <message>
        <source>It includes sensitive personal data (health, criminal record, beliefs…)</source>
        <translation>要配慮個人情報（健康、犯罪歴、信条など）を含む</translation>
    </message>
    <message>
        <source>Misuse could cost people money (card or bank details, logins to shops)</source>
        <translation>悪用されると財産的被害が生じるおそれがある（カード・口座情報、通販サイトのログインなど）</translation>
    </message>
    <message>
        <source>Someone may have taken it on purpose (attack, ransomware, theft by a person)</source>
        <translation>不正の目的で持ち出されたおそれがある（攻撃、ランサムウェア、人による盗み出し）</translation>
    </message>
    <message>
        <source>Number of people (0 = not known yet):</source>
        <translation>本人の人数（0 = まだ不明）:</translation>
    </message>
    <message>
        <source>More than 1,000 people</source>
        <translation>1,000人を超える</translation>
    </message>
    <message>
        <source>The data was strongly encrypted and the key is safe (then no report is needed)</source>
        <translation>高度な暗号化がされており鍵も安全（この場合は報告不要）</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>%1, line %2: the text is not valid %3. Choose another encoding.</source>
        <translation>%1 の %2 行目: %3 として正しくない文字が含まれています。別の文字コードを選んでください。</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor Shift_JIS (CP932).</source>
        <translation>%1 の %2 行目: UTF-8 でも Shift_JIS (CP932) でもない文字が含まれています。</translation>
    </message>
    <message>
        <source>%1 conversion is not available on this system.</source>
        <translation>このシステムでは %1 の変換を利用できません。</translation>
    </message>
    <message>
        <source>The character “%1” (U+%2) cannot be saved in %3. Save as UTF-8 instead.</source>
        <translation>文字「%1」(U+%2) は %3 で保存できません。UTF-8 で保存してください。</translation>
    </message>
</context>
<context>
    <name>ThreeTwoOne</name>
    <message>
        <source>importance 3 and no backup plan at all</source>
        <translation>重要度3なのにバックアップ計画がまったくない</translation>
    </message>
    <message>
        <source>no backup plan</source>
        <translation>バックアップ計画がない</translation>
    </message>
    <message>
        <source>no copy yet: no plan has recorded a successful run</source>
        <translation>コピーがまだない: 成功した実行が記録された計画がない</translation>
    </message>
    <message numerus="yes">
        <source>only %n copy(ies), on the same %1 as the original</source>
        <translation>
            <numerusform>コピーは %n 件のみで、原本と同じ%1にある</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n copy(ies) besides the original (two are needed)</source>
        <translation>
            <numerusform>原本以外のコピーが %n 件のみ（2件必要）</numerusform>
        </translation>
    </message>
    <message>
        <source>every copy is on the same kind of media (%1)</source>
        <translation>すべてのコピーが同じ種類の媒体（%1）にある</translation>
    </message>
    <message>
        <source>no copy off-site</source>
        <translation>社外にコピーがない</translation>
    </message>
    <message>
        <source>no copy offline or immutable</source>
        <translation>オフラインまたは変更不可のコピーがない</translation>
    </message>
    <message>
        <source>internal disk</source>
        <translation>内蔵ディスク</translation>
    </message>
    <message>
        <source>NAS</source>
        <translation>NAS</translation>
    </message>
    <message>
        <source>removable disk</source>
        <translation>外付けディスク</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>tape</source>
        <translation>テープ</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <source>other media</source>
        <translation>その他の媒体</translation>
    </message>
    <message>
        <source>No backup plan</source>
        <translation>バックアップ計画なし</translation>
    </message>
    <message>
        <source>Does not meet 3-2-1</source>
        <translation>3-2-1 を満たしていない</translation>
    </message>
    <message>
        <source>Meets 3-2-1</source>
        <translation>3-2-1 を満たす</translation>
    </message>
    <message>
        <source>Meets 3-2-1-1</source>
        <translation>3-2-1-1 を満たす</translation>
    </message>
</context>
<context>
    <name>TimelineEntryBar</name>
    <message>
        <source>Not a correction</source>
        <translation>訂正をやめる</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ファイル…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>訂正…</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>判断した人:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Whom:</source>
        <translation>相手:</translation>
    </message>
</context>
<context>
    <name>TopActions</name>
    <message numerus="yes">
        <source>%n PC(s)</source>
        <translation>
            <numerusform>PC %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s)</source>
        <translation>
            <numerusform>ノートPC %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>サーバー %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) or tablet(s)</source>
        <translation>
            <numerusform>スマートフォン・タブレット %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n software licence(s)</source>
        <translation>
            <numerusform>ソフトウェア %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>機器 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace or upgrade %1 past end of support</source>
        <translation>サポートが終了した%1を更新または買い替える</translation>
    </message>
    <message>
        <source>Replace or upgrade %1 on %2 (support ended)</source>
        <translation>%2 の%1を更新または買い替える（サポート終了）</translation>
    </message>
    <message numerus="yes">
        <source>Update %n device(s) not updated in 90 days</source>
        <translation>
            <numerusform>90日以上更新していない機器 %n 台を更新する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install or record antivirus on %n computer(s)</source>
        <translation>
            <numerusform>PC・サーバー %n 台にウイルス対策ソフトを入れる（または記録する）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn on multi-factor sign-in for %n cloud service(s)</source>
        <translation>
            <numerusform>クラウドサービス %n 件で多要素認証を有効にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypt %n portable device(s)</source>
        <translation>
            <numerusform>持ち出し機器 %n 台を暗号化する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring %n late or failed backup plan(s) back on schedule</source>
        <translation>
            <numerusform>遅れている・失敗しているバックアップ計画 %n 件を予定どおりに戻す</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a backup copy that is offline or cannot be changed</source>
        <translation>オフラインまたは変更できない場所へのバックアップを追加する</translation>
    </message>
    <message numerus="yes">
        <source>Test restoring %n backup plan(s)</source>
        <translation>
            <numerusform>バックアップ計画 %n 件の復元テストを行う</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back up %n important information asset(s)</source>
        <translation>
            <numerusform>重要な情報資産 %n 件をバックアップする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in %n incident contact(s)</source>
        <translation>
            <numerusform>インシデント時の連絡先 %n 件を記入する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n incident playbook(s)</source>
        <translation>
            <numerusform>対応手順書 %n 件を見直す</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a tabletop exercise</source>
        <translation>机上訓練を行う</translation>
    </message>
    <message numerus="yes">
        <source>Resolve and close %n open critical incident(s)</source>
        <translation>
            <numerusform>対応中の重大インシデント %n 件を解決して終了する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n overdue report(s)</source>
        <translation>
            <numerusform>期限を過ぎた報告 %n 件を提出する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the remaining %n basic rule(s) in place</source>
        <translation>
            <numerusform>残りの基本項目 %n 件を実施する</numerusform>
        </translation>
    </message>
    <message>
        <source>Declare SECURITY ACTION ★★</source>
        <translation>SECURITY ACTION 二つ星を宣言する</translation>
    </message>
    <message>
        <source>Declare SECURITY ACTION ★</source>
        <translation>SECURITY ACTION 一つ星を宣言する</translation>
    </message>
    <message>
        <source>Publish the security policy</source>
        <translation>情報セキュリティ基本方針を公表する</translation>
    </message>
    <message>
        <source>Review the security policy</source>
        <translation>情報セキュリティ基本方針を見直す</translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <translation>%1: +%2</translation>
    </message>
    <message>
        <source>%1: less than 1 point</source>
        <translation>%1: 1点未満</translation>
    </message>
</context>
<context>
    <name>TrayOptions</name>
    <message>
        <source>Reminders for backups and security tasks</source>
        <translation>バックアップとセキュリティ作業のリマインダー</translation>
    </message>
    <message>
        <source>The login setting could not be saved.</source>
        <translation>ログイン時の設定を保存できませんでした。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
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
    <name>ValueMap</name>
    <message>
        <source>%1: write it as FIELD:VALUE=CODE, e.g. category:Storage=server.</source>
        <translation>%1: 項目:値=コード の形で指定してください。例: category:Storage=server</translation>
    </message>
    <message>
        <source>%1: %2 is not a column with fixed values for %3.</source>
        <translation>%1: %2 は %3 の選択式の項目ではありません。</translation>
    </message>
    <message>
        <source>%1: %2 is not a value of %3; use one of: %4.</source>
        <translation>%1: %2 は %3 の値ではありません。次のいずれかを指定してください: %4</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>no such day: %1</source>
        <translation>存在しない日付です: %1</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>日付ではありません</translation>
    </message>
    <message>
        <source>the era year must be 1 or more</source>
        <translation>和暦の年は1（元年）以上で書いてください</translation>
    </message>
    <message>
        <source>%1 began on %2</source>
        <translation>%1は%2からです</translation>
    </message>
    <message>
        <source>two-digit years are ambiguous; write the year in full or choose the file&apos;s date order (Date order in the import dialog, --date-order on the command line)</source>
        <translation>2 桁の年はあいまいです。西暦を 4 桁で書くか、ファイルの日付の順序を選んでください（取り込み画面の「日付の順序」、コマンドラインでは --date-order）</translation>
    </message>
    <message>
        <source>the day and the month could be either way round; choose the file&apos;s date order (Date order in the import dialog, --date-order on the command line)</source>
        <translation>日と月のどちらが先か判断できません。ファイルの日付の順序を選んでください（取り込み画面の「日付の順序」、コマンドラインでは --date-order）</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 は Excel ブック（.xlsx）ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: %2 is missing.</source>
        <translation>%1 は Excel ブックとして不完全です: %2 がありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 は破損しています: %2 を読み込めません。</translation>
    </message>
    <message>
        <source>The sheet %1 in %2 has too many cells (more than %3).</source>
        <translation>%2 のシート %1 はセルが多すぎます（%3 を超えています）。</translation>
    </message>
    <message>
        <source>%1 contains no sheets.</source>
        <translation>%1 にはシートがありません。</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets: %3.</source>
        <translation>%1 には「%2」というシートがありません。シート: %3。</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 の読み込みを中止しました。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write the Excel file %1.</source>
        <translation>Excel ファイル %1 を書き込めません。</translation>
    </message>
    <message>
        <source>Too many rows or columns for one Excel sheet (at most %L1 rows and %L2 columns).</source>
        <translation>1 つの Excel シートに収まらない行数または列数です（最大 %L1 行、%L2 列）。</translation>
    </message>
    <message>
        <source>Cell %1 has more text than Excel allows in one cell (%L2 characters).</source>
        <translation>セル %1 の文字数が、Excel の 1 セルの上限（%L2 文字）を超えています。</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; nothing was written.</source>
        <translation>%1 の書き出しを中止しました。ファイルは作成・変更していません。</translation>
    </message>
</context>
<context>
    <name>mamori::ActionDocument</name>
    <message>
        <source>Edit rule %1</source>
        <translation>5か条の%1を編集</translation>
    </message>
    <message>
        <source>Add the %1 declaration</source>
        <translation>%1 の宣言を追加</translation>
    </message>
    <message>
        <source>The record is no longer in the database; it may have been changed elsewhere.</source>
        <translation>この記録はデータベースにもうありません。別の場所で変更された可能性があります。</translation>
    </message>
    <message>
        <source>Withdraw the %1 declaration</source>
        <translation>%1 の宣言を取り下げ</translation>
    </message>
    <message>
        <source>Edit the %1 declaration</source>
        <translation>%1 の宣言を編集</translation>
    </message>
    <message>
        <source>Delete the %1 declaration</source>
        <translation>%1 の宣言を削除</translation>
    </message>
    <message>
        <source>Save the self-diagnosis draft</source>
        <translation>自社診断の下書きを保存</translation>
    </message>
    <message>
        <source>Delete the self-diagnosis draft</source>
        <translation>自社診断の下書きを削除</translation>
    </message>
    <message>
        <source>the self-diagnosis of %1 was completed, and a completed diagnosis stays as it is</source>
        <translation>%1 の自社診断を完了したため（完了した診断は変更できません）</translation>
    </message>
    <message>
        <source>Save a new version of the basic policy</source>
        <translation>基本方針の新しい版を保存</translation>
    </message>
    <message>
        <source>Record the publication of version %1</source>
        <translation>第%1版の公開を記録</translation>
    </message>
    <message>
        <source>Record the review of version %1</source>
        <translation>第%1版の見直しを記録</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without an answer.</source>
        <translation>
            <numerusform>未回答の項目が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>the answers of the self-diagnosis of %1 were saved while completing it</source>
        <translation>%1 の自社診断を完了する途中で回答が保存されました</translation>
    </message>
</context>
<context>
    <name>mamori::AssetEditorDialog</name>
    <message>
        <source>e.g. 2024-04-01 or 令和6年4月1日</source>
        <translation>例: 2024-04-01、令和6年4月1日</translation>
    </message>
    <message>
        <source>device or service</source>
        <translation>機器・サービス</translation>
    </message>
    <message>
        <source>information asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新しい%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Information assets stored on this device or service:</source>
        <translation>この機器・サービスに保存されている情報資産:</translation>
    </message>
    <message>
        <source>Devices and services that store this information:</source>
        <translation>この情報を保存している機器・サービス:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1は必須です。</translation>
    </message>
    <message>
        <source>Another device already has this asset number.</source>
        <translation>この資産番号はほかの機器で使われています。</translation>
    </message>
    <message>
        <source>Another information asset already has this business area and name.</source>
        <translation>同じ業務分類・情報資産名称の情報資産がすでにあります。</translation>
    </message>
    <message>
        <source>Business area / information asset name</source>
        <translation>業務分類 / 情報資産名称</translation>
    </message>
    <message>
        <source>Asset number of a device or service</source>
        <translation>機器・サービスの資産番号</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>「%1」に一致するものがありません。</translation>
    </message>
    <message>
        <source>Created by importing %1</source>
        <translation>%1 の取り込みで登録</translation>
    </message>
    <message>
        <source>Created as demo data</source>
        <translation>デモデータとして登録</translation>
    </message>
    <message>
        <source>e.g. 158,000 or $1,200.50</source>
        <translation>例: 158,000 または $1,200.50</translation>
    </message>
    <message>
        <source>JPY when empty; e.g. USD</source>
        <translation>空欄なら JPY。例: USD</translation>
    </message>
</context>
<context>
    <name>mamori::AssetListWidget</name>
    <message>
        <source>All categories</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての部署</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>一覧を読み込めません: %1</translation>
    </message>
    <message>
        <source>Rows tinted like this, with this icon beside the name: %1</source>
        <translation>この色の行（名称の横にこのアイコン）: %1</translation>
    </message>
    <message>
        <source>This icon beside the name: %1</source>
        <translation>名称の横のこのアイコン: %1</translation>
    </message>
    <message>
        <source>No devices yet. List your PCs, phones, servers, network devices and cloud services here, so you can see what needs updates, antivirus or multi-factor sign-in.</source>
        <translation>機器はまだ登録されていません。パソコン、スマートフォン、サーバー、ネットワーク機器、クラウドサービスをここに登録すると、更新やウイルス対策、多要素認証が必要なものがわかります。</translation>
    </message>
    <message>
        <source>No information assets yet. List the information your business keeps (customer lists, payroll, drawings) with where it is kept and how much it matters.</source>
        <translation>情報資産はまだ登録されていません。顧客名簿、給与データ、図面など、会社が持つ情報を、保管場所と重要度とともにここに登録します。</translation>
    </message>
    <message>
        <source>Import Your Device List…</source>
        <translation>機器の一覧を取り込む…</translation>
    </message>
    <message>
        <source>Import Your Information Assets…</source>
        <translation>情報資産の一覧を取り込む…</translation>
    </message>
    <message>
        <source>Add a Device…</source>
        <translation>機器を1台追加…</translation>
    </message>
    <message>
        <source>Add an Information Asset…</source>
        <translation>情報資産を1件追加…</translation>
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
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>mamori::AssetsPage</name>
    <message>
        <source>Devices and services</source>
        <translation>機器・サービス</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>機器・サービス</translation>
    </message>
    <message>
        <source>information-assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Export Assets</source>
        <translation>資産の書き出し</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>データを開けません</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device(s)? Deleting is for records entered by mistake: for a device that was disposed of, set its status to Disposed instead, so its history and the way its data was erased are kept. Edit → Undo brings deleted records back.</source>
        <translation>
            <numerusform>%n 台の機器を削除しますか？ 削除は誤って登録したデータのためのものです。廃棄した機器は状態を「廃棄済み」にしてください。履歴とデータ消去の方法が残ります。削除しても［編集］→［元に戻す］で戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n information asset(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>%n 件の情報資産を削除しますか？ ［編集］→［元に戻す］で戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 に書き出しています…</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS for older Excel (*.csv)</source>
        <translation>CSV、Shift_JIS（古い Excel 向け） (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Edit Several Devices</source>
        <translation>複数の機器を編集</translation>
    </message>
    <message>
        <source>Devices and services in use: %1 · Information assets: %2</source>
        <translation>使用中の機器・サービス: %1 件 · 情報資産: %2 件</translation>
    </message>
    <message>
        <source>No devices in use and no information assets recorded yet.</source>
        <translation>使用中の機器も情報資産もまだ登録されていません。</translation>
    </message>
    <message>
        <source>%1 — nothing needs attention.</source>
        <translation>%1 — 対応が必要なものはありません。</translation>
    </message>
    <message>
        <source>%1 — needs attention: %2.</source>
        <translation>%1 — 要対応: %2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Print ledger…</source>
        <translation>台帳を印刷…</translation>
    </message>
    <message>
        <source>Save the asset ledger as a PDF with the devices and information assets the two tabs show now (their search and filters apply). It is recorded on the Reports page with its fingerprint.</source>
        <translation>2つのタブにいま表示している機器と情報資産（検索と絞り込みを反映）で資産台帳をPDFに保存します。発行した帳票としてフィンガープリント付きで帳票ページに記録されます。</translation>
    </message>
</context>
<context>
    <name>mamori::AttentionMonitor</name>
    <message>
        <source>The reminders cannot be read: %1</source>
        <translation>リマインダーを読み込めません: %1</translation>
    </message>
    <message>
        <source>%1 — due now</source>
        <translation>%1 — 期限です</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) past end of support</source>
        <translation>
            <numerusform>サポート終了を過ぎた機器 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with no update for %1 days</source>
        <translation>
            <numerusform>%1 日以上更新されていない機器 %n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>mamori::BackupDocument</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Add the backup plan “%1”</source>
        <translation>バックアップ計画「%1」を追加</translation>
    </message>
    <message>
        <source>Edit the backup plan “%1”</source>
        <translation>バックアップ計画「%1」を編集</translation>
    </message>
    <message>
        <source>Delete the backup plan “%1”</source>
        <translation>バックアップ計画「%1」を削除</translation>
    </message>
    <message>
        <source>Record a backup run</source>
        <translation>バックアップ実行を記録</translation>
    </message>
    <message>
        <source>Record a restore test</source>
        <translation>復元テストを記録</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>「%1」を保留</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>「%1」を完了にする</translation>
    </message>
</context>
<context>
    <name>mamori::BackupPlanDialog</name>
    <message>
        <source>Add Backup Plan</source>
        <translation>バックアップ計画の追加</translation>
    </message>
    <message>
        <source>Edit Backup Plan</source>
        <translation>バックアップ計画の編集</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly, on chosen weekdays</source>
        <translation>毎週（選んだ曜日）</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>N日ごと</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
</context>
<context>
    <name>mamori::BackupsPage</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>next by %1</source>
        <translation>次回は %1 まで</translation>
    </message>
    <message>
        <source>Late since %1</source>
        <translation>%1 から遅れ</translation>
    </message>
    <message>
        <source>Evidence: %1
SHA-256: %2</source>
        <translation>証跡: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>復元テスト</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The backup plans cannot be read.</source>
        <translation>バックアップ計画を読み込めません。</translation>
    </message>
    <message>
        <source>No backup plan yet: add one for each place your data is copied to.</source>
        <translation>バックアップ計画はまだありません。データのコピー先ごとに1つ追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>計画 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>遅れ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore test(s) to do</source>
        <translation>
            <numerusform>復元テスト %n 件が未実施</numerusform>
        </translation>
    </message>
    <message>
        <source>all up to date</source>
        <translation>すべて最新</translation>
    </message>
    <message>
        <source>NAS copy</source>
        <translation>NAS へのコピー</translation>
    </message>
    <message>
        <source>Delete Backup Plan</source>
        <translation>バックアップ計画の削除</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its recorded runs and restore tests? Edit → Undo brings it back.</source>
        <translation>計画「%1」を、記録された実行と復元テストとともに削除しますか？ 編集 → 元に戻す で戻せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add Plan…</source>
        <translation>計画を追加…</translation>
    </message>
    <message>
        <source>Records that the selected plan&apos;s backup ran successfully just now, attested by you (%1).</source>
        <translation>選択した計画のバックアップが今成功したことを、あなた（%1）の確認として記録します。</translation>
    </message>
</context>
<context>
    <name>mamori::BulkEditDialog</name>
    <message numerus="yes">
        <source>%n device(s) selected. The change can be undone with Edit → Undo.</source>
        <translation>
            <numerusform>%n 台の機器を選択しています。変更は［編集］→［元に戻す］で取り消せます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::CloseIncidentDialog</name>
    <message>
        <source>Close the exercise — %1</source>
        <translation>訓練を終了 — %1</translation>
    </message>
    <message>
        <source>Close the incident — %1</source>
        <translation>インシデントを終了 — %1</translation>
    </message>
    <message>
        <source>What caused it, as far as it is known</source>
        <translation>分かっている範囲の原因</translation>
    </message>
    <message>
        <source>What it affected: systems, data, customers, days lost</source>
        <translation>影響の範囲: システム、データ、取引先、止まった日数</translation>
    </message>
    <message>
        <source>The policy, rules or assets changed because of it</source>
        <translation>これを受けて変えた方針、ルール、資産</translation>
    </message>
    <message>
        <source>Required steps still open: %1.</source>
        <translation>未完了の必須手順: %1。</translation>
    </message>
    <message>
        <source>Reports not marked as sent: %1.</source>
        <translation>報告済みになっていない報告: %1。</translation>
    </message>
    <message>
        <source>To close anyway, say why below; the reason is kept with the incident.</source>
        <translation>それでも終了する場合は、下に理由を書いてください。理由はインシデントと一緒に残ります。</translation>
    </message>
</context>
<context>
    <name>mamori::ContactsWidget</name>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Check before use</source>
        <translation>使う前に確認</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them?</source>
        <translation>「%1」の変更は保存されていません。破棄しますか？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Reset to the bundled entry</source>
        <translation>同梱の内容に戻す</translation>
    </message>
    <message>
        <source>Check before use: confirm the number and address yourself (on the body&apos;s official web page or your contract), then tick Checked.</source>
        <translation>使う前に確認: 番号とアドレスを自分で確かめ（その機関の公式Webページや契約書で）、「確認済み」にチェックしてください。</translation>
    </message>
    <message>
        <source>The contact needs a name.</source>
        <translation>連絡先には名称が必要です。</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>連絡先を削除</translation>
    </message>
    <message>
        <source>Remove “%1”? Steps that point to it show no contact. You can undo this.</source>
        <translation>「%1」を削除しますか？ これを指す手順には連絡先が表示されなくなります。元に戻せます。</translation>
    </message>
    <message>
        <source>Reset the contact</source>
        <translation>連絡先を戻す</translation>
    </message>
    <message>
        <source>Drop what the firm filled in for “%1” and show it as Mamori ships it? You can undo this.</source>
        <translation>「%1」に自社で入力した内容を消して、Mamori 同梱の内容に戻しますか？ 元に戻せます。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>戻す</translation>
    </message>
    <message>
        <source>Print contacts sheet</source>
        <translation>連絡先一覧の印刷</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved, and the sheet prints what is saved. Save them first?</source>
        <translation>「%1」の変更が保存されていません。一覧には保存済みの内容が印刷されます。先に保存しますか？</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>保存して印刷</translation>
    </message>
</context>
<context>
    <name>mamori::DashboardPage</name>
    <message>
        <source>No database open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Mamori keeps one score for each day it is opened; once there are two days, this says what changed between them and how many points each change moved.</source>
        <translation>Mamori は開いた日ごとにスコアを1つ記録します。2日分がそろうと、その間に何が変わり、それぞれ何点動いたかをここに表示します。</translation>
    </message>
    <message>
        <source>The dashboard cannot be read: %1</source>
        <translation>ダッシュボードを読み込めません: %1</translation>
    </message>
    <message>
        <source>Reading the posture…</source>
        <translation>対策状況を読み込んでいます…</translation>
    </message>
    <message>
        <source>No posture score yet: nothing it looks at is recorded.</source>
        <translation>まだスコアはありません。スコアの対象となる記録がありません。</translation>
    </message>
    <message>
        <source>Posture score %1 of 100, the same as 30 days ago.</source>
        <translation>スコア %1 / 100。30日前と同じです。</translation>
    </message>
    <message>
        <source>Posture score %1 of 100, %2 points higher than 30 days ago.</source>
        <translation>スコア %1 / 100。30日前より %2 点上がりました。</translation>
    </message>
    <message>
        <source>Posture score %1 of 100, %2 points lower than 30 days ago.</source>
        <translation>スコア %1 / 100。30日前より %2 点下がりました。</translation>
    </message>
    <message>
        <source>Posture score %1 of 100.</source>
        <translation>スコア %1 / 100。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 against 30 days ago</source>
        <translation>30日前と比べて %1</translation>
    </message>
    <message>
        <source>no score from 30 days ago yet</source>
        <translation>30日前のスコアはまだありません</translation>
    </message>
    <message>
        <source>%1 against a year ago</source>
        <translation>1年前と比べて %1</translation>
    </message>
    <message>
        <source>no score from a year ago yet</source>
        <translation>1年前のスコアはまだありません</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Record devices, a self-diagnosis, backups or the five rules to get a score.</source>
        <translation>機器、自社診断、バックアップ、5か条のいずれかを記録するとスコアが出ます。</translation>
    </message>
    <message>
        <source>All five parts are recorded.</source>
        <translation>5つの内訳がすべて記録されています。</translation>
    </message>
    <message>
        <source>Based on %1 of the 100 points of weight: %2 not recorded yet, so left out.</source>
        <translation>配点100点のうち %1 点分で計算しています。%2 はまだ記録がないため除いています。</translation>
    </message>
    <message>
        <source>&lt; 1</source>
        <translation>1未満</translation>
    </message>
    <message>
        <source>Nothing recorded would raise the score now.</source>
        <translation>今すぐスコアを上げられる項目はありません。</translation>
    </message>
    <message>
        <source>Ranked by how much each would raise the score. Double-click one, or press Enter, to open the records behind it.</source>
        <translation>スコアが上がる幅の大きい順です。ダブルクリックまたは Enter で、対象の記録を開きます。</translation>
    </message>
    <message>
        <source>Declared: %1 on %2</source>
        <translation>宣言済み: %1(%2)</translation>
    </message>
    <message>
        <source>Self-declaration ID: %1</source>
        <translation>自己宣言ID: %1</translation>
    </message>
    <message>
        <source>Not declared yet.</source>
        <translation>まだ宣言していません。</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1: 準備できています</translation>
    </message>
    <message>
        <source>%1 still needs:</source>
        <translation>%1 に必要なこと:</translation>
    </message>
    <message>
        <source>The first %1 of %2.</source>
        <translation>%2 件中 %1 件を表示しています。</translation>
    </message>
    <message>
        <source>No backup plan yet: record what is copied where, and Mamori says when a copy is late or a restore test is due.</source>
        <translation>バックアップ計画はまだありません。何をどこへコピーするかを記録すると、遅れや復元テストの時期を Mamori が知らせます。</translation>
    </message>
    <message>
        <source>Nothing late or failed.</source>
        <translation>遅れや失敗はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) or restore test(s) need attention.</source>
        <translation>
            <numerusform>%n 件のバックアップまたは復元テストに対応が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (exercise)</source>
        <translation>%1(訓練)</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>速やかに</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1(期限超過)</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>対応中のインシデントはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>対応中のインシデント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporting clock(s) running.</source>
        <translation>
            <numerusform>報告期限 %n 件が進行中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing coming up.</source>
        <translation>予定はありません。</translation>
    </message>
    <message>
        <source>Reviews, renewals and support ends, the soonest first.</source>
        <translation>見直し、更新、サポート終了などを、近い順に表示します。</translation>
    </message>
    <message>
        <source>The second day must not be before the first.</source>
        <translation>2つ目の日付は1つ目より前にできません。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>スコアなし</translation>
    </message>
    <message>
        <source>From %1 to %2 the score went from %3 to %4.</source>
        <translation>%1 から %2 までに、スコアは %3 から %4 になりました。</translation>
    </message>
    <message>
        <source>Change: %1 points.</source>
        <translation>変化: %1 点。</translation>
    </message>
    <message>
        <source>Nothing the score looks at changed between these days.</source>
        <translation>この期間に、スコアの対象となる事柄は変わっていません。</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2: %3 → %4</translation>
    </message>
    <message>
        <source>Recorded in between: %1</source>
        <translation>この間の記録: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>mamori::DatabaseStatus</name>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Copies of the database are kept in %1.</source>
        <translation>データベースのコピーは %1 に保存されています。</translation>
    </message>
    <message>
        <source>Read-only: the database is damaged.</source>
        <translation>読み取り専用: データベースが破損しています。</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>データベースを検査しています…</translation>
    </message>
    <message>
        <source>Integrity check passed at %1</source>
        <translation>整合性チェック: 問題なし（%1）</translation>
    </message>
    <message>
        <source>Last safety copy: %1</source>
        <translation>最終安全コピー: %1</translation>
    </message>
    <message>
        <source>No safety copy saved yet</source>
        <translation>安全コピーはまだありません</translation>
    </message>
    <message>
        <source>Restore it from a safety copy…</source>
        <translation>安全コピーから復元する…</translation>
    </message>
</context>
<context>
    <name>mamori::DeclarationDialog</name>
    <message>
        <source>New Declaration</source>
        <translation>宣言の追加</translation>
    </message>
    <message>
        <source>Edit Declaration</source>
        <translation>宣言の編集</translation>
    </message>
    <message>
        <source>A declaration cannot be withdrawn before the day it was made.</source>
        <translation>宣言日より前の日付で取り下げることはできません。</translation>
    </message>
</context>
<context>
    <name>mamori::DeclarationsWidget</name>
    <message>
        <source>Declarations</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>%1 に取り下げ</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>宣言中</translation>
    </message>
    <message>
        <source>Replaced by the %1 declaration of %2</source>
        <translation>%2 の %1 宣言に移行</translation>
    </message>
    <message>
        <source>Withdraw Declaration</source>
        <translation>宣言の取り下げ</translation>
    </message>
    <message>
        <source>Record that the %1 declaration of %2 was withdrawn.</source>
        <translation>%2 に行った %1 の宣言を取り下げたことを記録します。</translation>
    </message>
    <message>
        <source>This only updates Mamori&apos;s records; withdraw the declaration with IPA as well.</source>
        <translation>ここでは Mamori の記録を更新するだけです。IPA での取り下げの手続きも行ってください。</translation>
    </message>
    <message>
        <source>A declaration cannot be withdrawn before the day it was made.</source>
        <translation>宣言日より前の日付で取り下げることはできません。</translation>
    </message>
    <message>
        <source>Delete the record of the %1 declaration of %2?

Delete is for records entered by mistake. To end a declaration, use Withdraw instead: the record then stays as history.</source>
        <translation>%2 に行った %1 の宣言の記録を削除しますか？

削除は、誤って入力した記録のためのものです。宣言をやめる場合は「取り下げ」を使ってください。記録は履歴として残ります。</translation>
    </message>
    <message>
        <source>Delete Declaration</source>
        <translation>宣言の削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>宣言日</translation>
    </message>
    <message>
        <source>Self-declaration ID</source>
        <translation>自己宣言ID</translation>
    </message>
    <message>
        <source>gBizID</source>
        <translation>GビズID</translation>
    </message>
    <message>
        <source>Logo shown at</source>
        <translation>ロゴマークの使用先</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>No declaration recorded yet. Once you have declared ★ or ★★ on IPA&apos;s site, record it here with its date and self-declaration ID.</source>
        <translation>宣言の記録はまだありません。IPA のサイトで一つ星（★）または二つ星（★★）を宣言したら、宣言日と自己宣言IDをここに記録します。</translation>
    </message>
    <message>
        <source>Record a Declaration…</source>
        <translation>宣言を記録…</translation>
    </message>
</context>
<context>
    <name>mamori::DeviceStatusChart</name>
    <message>
        <source>No devices recorded yet.</source>
        <translation>機器はまだ登録されていません。</translation>
    </message>
</context>
<context>
    <name>mamori::DiagnosisItemWidget</name>
    <message>
        <source>Why?</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why this matters and what to do</source>
        <translation>この項目が大切な理由と対策</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>候補を使う</translation>
    </message>
    <message>
        <source>From your records: %1 — %2</source>
        <translation>記録からの候補：%1 — %2</translation>
    </message>
</context>
<context>
    <name>mamori::DiagnosisPanel</name>
    <message>
        <source>Self-diagnosis</source>
        <translation>自社診断</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>パート%1：%2</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>未保存の回答</translation>
    </message>
    <message>
        <source>This diagnosis has answers that are not saved. Discard them?</source>
        <translation>この診断には保存していない回答があります。破棄しますか？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>%1 points out of 100</source>
        <translation>100点中 %1点</translation>
    </message>
    <message>
        <source>%1 points so far</source>
        <translation>現在 %1点</translation>
    </message>
    <message>
        <source>%1 of %2 items answered. The band is shown once every item has an answer.</source>
        <translation>%2項目中 %1項目に回答済みです。すべてに回答すると評価が表示されます。</translation>
    </message>
    <message>
        <source>Part %1 (%2): %3 of %4</source>
        <translation>パート%1（%2）：%4点中 %3点</translation>
    </message>
    <message>
        <source>Answered “don&apos;t know”: %1. Find out and answer these.</source>
        <translation>「わからない」と回答した項目：%1。確認して回答してください。</translation>
    </message>
    <message>
        <source>Completed diagnosis of %1. It is read-only; start a new diagnosis to answer again.</source>
        <translation>%1 の診断は完了しています。変更はできません。あらためて回答するには新しい診断を始めてください。</translation>
    </message>
    <message>
        <source>New diagnosis, not saved yet. Save it as a draft at any time and complete it once every item has an answer.</source>
        <translation>新しい診断です（未保存）。いつでも下書き保存でき、すべての項目に回答したら完了できます。</translation>
    </message>
    <message>
        <source>Draft with unsaved changes.</source>
        <translation>下書き（未保存の変更あり）</translation>
    </message>
    <message>
        <source>Draft saved. Complete it once every item has an answer.</source>
        <translation>下書きを保存しました。すべての項目に回答したら完了してください。</translation>
    </message>
    <message>
        <source>Complete the diagnosis</source>
        <translation>診断を完了</translation>
    </message>
    <message>
        <source>A completed diagnosis can no longer be changed. Complete the diagnosis of %1?</source>
        <translation>完了した診断は変更できなくなります。%1 の診断を完了しますか？</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>下書きを削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Start with these</source>
        <translation>優先して取り組む項目</translation>
    </message>
    <message>
        <source>New diagnosis (not saved)</source>
        <translation>新しい診断（未保存）</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1点</translation>
    </message>
    <message>
        <source>Delete this draft diagnosis and its answers? Edit → Undo brings it back.</source>
        <translation>この下書きの診断と回答を削除しますか？［編集］→［元に戻す］で戻せます。</translation>
    </message>
</context>
<context>
    <name>mamori::Document</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>mamori::FiveRulesPanel</name>
    <message>
        <source>Five basic rules</source>
        <translation>5か条</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>第%1条：%2</translation>
    </message>
    <message>
        <source>From your inventory: %1</source>
        <translation>資産台帳から：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Rule %1 has changes that are not saved. Discard them?</source>
        <translation>第%1条に保存していない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>最終確認日</translation>
    </message>
    <message>
        <source>From the inventory</source>
        <translation>資産台帳から</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>要対応: %1</translation>
    </message>
</context>
<context>
    <name>mamori::GettingStartedWidget</name>
    <message>
        <source>The first steps cannot be read: %1</source>
        <translation>最初のステップを読み込めません: %1</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>First steps: %1 of %2 done.</source>
        <translation>最初のステップ: %2 つ中 %1 つ完了。</translation>
    </message>
    <message>
        <source>Fill in your company profile</source>
        <translation>会社情報を入力する</translation>
    </message>
    <message>
        <source>Name, representative and size: they appear in your policy and reports.</source>
        <translation>会社名、代表者、従業員数など。基本方針やレポートに使われます。</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Import your device list</source>
        <translation>機器の一覧を取り込む</translation>
    </message>
    <message>
        <source>Your PCs, phones, servers and cloud services, from Excel or CSV, or added one by one.</source>
        <translation>パソコン、スマートフォン、サーバー、クラウドサービスを、Excel や CSV から取り込むか、1件ずつ登録します。</translation>
    </message>
    <message>
        <source>Open Assets</source>
        <translation>資産台帳を開く</translation>
    </message>
    <message>
        <source>Put the five basic rules in place</source>
        <translation>情報セキュリティ5か条に取り組む</translation>
    </message>
    <message>
        <source>What a ★ declaration commits to: record how each rule is done.</source>
        <translation>一つ星（★）の宣言で約束する内容です。各項目の実施方法を記録します。</translation>
    </message>
    <message>
        <source>Open SECURITY ACTION</source>
        <translation>SECURITY ACTION を開く</translation>
    </message>
    <message>
        <source>Complete the self-diagnosis</source>
        <translation>自社診断を完了する</translation>
    </message>
    <message>
        <source>25 questions that show your weak spots; needed for ★★.</source>
        <translation>弱点がわかる25の質問です。二つ星（★★）の宣言に必要です。</translation>
    </message>
    <message>
        <source>Make a backup plan</source>
        <translation>バックアップの計画を立てる</translation>
    </message>
    <message>
        <source>What is copied where and when, so Mamori can tell you when a backup is late or a restore test is due.</source>
        <translation>何をいつどこへコピーするかを記録すると、バックアップの遅れや復元テストの時期を Mamori が知らせます。</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>バックアップを開く</translation>
    </message>
    <message>
        <source>%1 of 5 in place.</source>
        <translation>5か条中 %1 つを実施済み。</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ 完了</translation>
    </message>
    <message>
        <source>☐ To do</source>
        <translation>☐ 未完了</translation>
    </message>
</context>
<context>
    <name>mamori::ImportDialog</name>
    <message>
        <source>Detect from the headers</source>
        <translation>見出しから判断</translation>
    </message>
    <message>
        <source>Devices and services</source>
        <translation>機器・サービス</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>(recognise the headers)</source>
        <translation>（見出しから自動認識）</translation>
    </message>
    <message>
        <source>Import Assets</source>
        <translation>資産の取り込み</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.txt *.tsv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file.</source>
        <translation>CSV または XLSX ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>(keep as a custom column)</source>
        <translation>（独自の列として保持）</translation>
    </message>
    <message>
        <source>devices and services</source>
        <translation>機器・サービス</translation>
    </message>
    <message>
        <source>information assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Save Mapping as Preset</source>
        <translation>対応付けを設定として保存</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>設定名:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before it can be imported. Nothing was written.</source>
        <translation>
            <numerusform>取り込む前にファイルの問題を %n 件修正してください。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 rows are valid: %2 new, %3 already in Mamori (they will be updated).</source>
        <translation>%1 行すべてが正しい形式です: 新規 %2 件、登録済み %3 件（更新されます）。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>取り込みに失敗しました</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1 を取り込みました: 新規 %2 件、更新 %3 件、変更なし %4 件。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Checking the rows of %1…</source>
        <translation>%1 の行を確認しています…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>確認を中止しました。</translation>
    </message>
    <message>
        <source>The saved presets cannot be read: %1</source>
        <translation>保存済みの取り込み設定を読み込めません: %1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>Detect from the dates</source>
        <translation>日付から判断</translation>
    </message>
    <message>
        <source>Year, month, day (2024/4/1)</source>
        <translation>年・月・日（2024/4/1）</translation>
    </message>
    <message>
        <source>Month/day/year (4/1/2024, US)</source>
        <translation>月/日/年（4/1/2024、米国式）</translation>
    </message>
    <message>
        <source>Day/month/year (1/4/2024, UK)</source>
        <translation>日/月/年（1/4/2024、英国式）</translation>
    </message>
    <message>
        <source>XLSX, sheet %1</source>
        <translation>XLSX（シート %1）</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>タブ区切り</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>セミコロン区切り</translation>
    </message>
    <message>
        <source>header in row %1</source>
        <translation>見出しは %1 行目</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>データ %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>%1として読み込み</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the facts of the file</comment>
        <translation> ・ </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ファイル上の値</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>取り込む値</translation>
    </message>
    <message>
        <source>First in row %1</source>
        <translation>最初の出現は %1 行目</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（空欄のまま）</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>対応付け済み</translation>
    </message>
    <message>
        <source>Guessed</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Check the rows to list the values that the built-in words do not name.</source>
        <translation>行を検査すると、標準の語にない値がここに一覧されます。</translation>
    </message>
    <message>
        <source>Every value in the columns with fixed choices is a known word.</source>
        <translation>選択肢の決まった列の値は、すべて既知の語です。</translation>
    </message>
    <message>
        <source>These values are not among the built-in words. Choose what each one means; a guess is only a suggestion. Your choices are saved with a preset.</source>
        <translation>次の値は標準の語にありません。それぞれの意味を選んでください。推定は候補にすぎません。選んだ内容は取り込み設定と一緒に保存されます。</translation>
    </message>
    <message>
        <source>Category: the word in your file is kept as the device&apos;s label (“Category as written”) whichever kind you choose, so nothing you wrote is lost.</source>
        <translation>種別: どの種別を選んでも、ファイルに書かれた語は機器の「種別（元の表記）」としてそのまま残ります。書いた内容は失われません。</translation>
    </message>
    <message>
        <source>Your choice applies from the next check; Import checks the rows again first.</source>
        <translation>選んだ内容は次の検査から反映されます。「取り込む」を押すと、先に行を検査し直します。</translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation>値（%1）</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題（%1）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Choose the file&apos;s date order under Date order, then check again.</source>
        <translation>「日付の順序」でファイルの日付の書き方を選び、もう一度検査してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) under Problems; those rows are imported anyway.</source>
        <translation>
            <numerusform>「問題」に警告が %n 件あります。これらの行もそのまま取り込まれます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) under Values that the built-in words do not name: check what they are read as.</source>
        <translation>
            <numerusform>標準の語にない値が「値」に %n 件あります。どう読み取るかを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the values under Values, then click Import again.</source>
        <translation>「値」の一覧を確認してから、もう一度「取り込む」を押してください。</translation>
    </message>
</context>
<context>
    <name>mamori::IncidentDocument</name>
    <message>
        <source>The record is no longer in the database; it may have been changed elsewhere.</source>
        <translation>この記録はもうデータベースにありません。別の場所で変更された可能性があります。</translation>
    </message>
    <message>
        <source>Device %1 (removed)</source>
        <translation>機器 %1（削除済み）</translation>
    </message>
    <message>
        <source>Tick step %1</source>
        <translation>手順 %1 を完了にする</translation>
    </message>
    <message>
        <source>Mark step %1 not applicable</source>
        <translation>手順 %1 を該当なしにする</translation>
    </message>
    <message>
        <source>Open step %1 again</source>
        <translation>手順 %1 を未完了に戻す</translation>
    </message>
    <message>
        <source>Edit incident %1</source>
        <translation>インシデント %1 を編集</translation>
    </message>
    <message>
        <source>Set incident %1 to %2</source>
        <translation>インシデント %1 を「%2」にする</translation>
    </message>
    <message>
        <source>Set the severity of incident %1 to %2</source>
        <translation>インシデント %1 の重大度を「%2」にする</translation>
    </message>
    <message>
        <source>Change the affected devices of incident %1</source>
        <translation>インシデント %1 の影響機器を変更</translation>
    </message>
    <message>
        <source>Mark “%1” as sent</source>
        <translation>「%1」を報告済みにする</translation>
    </message>
    <message>
        <source>Open “%1” again</source>
        <translation>「%1」を未報告に戻す</translation>
    </message>
    <message>
        <source>Add the clock “%1”</source>
        <translation>期限「%1」を追加</translation>
    </message>
    <message>
        <source>Remove the clock “%1”</source>
        <translation>期限「%1」を削除</translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation>インシデント %1 を終了</translation>
    </message>
    <message>
        <source>Edit the playbook “%1”</source>
        <translation>対応手順「%1」を編集</translation>
    </message>
    <message>
        <source>Make the firm&apos;s copy of “%1”</source>
        <translation>「%1」を自社用にコピー</translation>
    </message>
    <message>
        <source>Restore the bundled version of “%1”</source>
        <translation>「%1」を同梱版に戻す</translation>
    </message>
    <message>
        <source>Edit the contact “%1”</source>
        <translation>連絡先「%1」を編集</translation>
    </message>
    <message>
        <source>Remove the contact “%1”</source>
        <translation>連絡先「%1」を削除</translation>
    </message>
</context>
<context>
    <name>mamori::IncidentPanel</name>
    <message>
        <source>[Exercise]</source>
        <translation>［訓練］</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Past due (exercise)</source>
        <translation>期限切れ（訓練）</translation>
    </message>
    <message>
        <source>Sent %1 (%2)</source>
        <translation>報告済み %1（%2）</translation>
    </message>
    <message>
        <source>Promptly</source>
        <translation>速やかに</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>速やかに</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>残りなし</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Show closed incidents (%1)</source>
        <translation>終了したインシデントも表示（%1）</translation>
    </message>
    <message>
        <source>Detected %1</source>
        <translation>発見 %1</translation>
    </message>
    <message>
        <source>became aware %1 (the legal clocks count from here)</source>
        <translation>認知 %1（法令上の期限はここから数えます）</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>報告者 %1</translation>
    </message>
    <message>
        <source>playbook: %1</source>
        <translation>対応手順: %1</translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation>終了 %1（%2）</translation>
    </message>
    <message>
        <source>No reporting clock runs: no reporting trigger applies. If personal data turns out to be involved, set the triggers with Edit details….</source>
        <translation>報告の期限は動いていません: 報告が必要な条件に当てはまりません。個人データが関わると分かったら、「詳細を編集…」で条件を設定してください。</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation>（%1 上）</translation>
    </message>
    <message>
        <source>No affected device is recorded yet (Edit details…).</source>
        <translation>影響を受けた機器はまだ記録されていません（詳細を編集…）。</translation>
    </message>
    <message>
        <source>No information asset is linked to the affected devices: %1.</source>
        <translation>影響を受けた機器に紐づく情報資産はありません: %1。</translation>
    </message>
    <message>
        <source>Personal data involved: %1</source>
        <translation>関わる個人データ: %1</translation>
    </message>
    <message>
        <source>Affected devices: %1</source>
        <translation>影響を受けた機器: %1</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>判断: %1</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>完了 %1（%2）</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>該当なし: %1</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>連絡: %1</translation>
    </message>
    <message>
        <source>Corrects #%1: %2</source>
        <translation>#%1 の訂正: %2</translation>
    </message>
    <message>
        <source>Decided by %1 — why: %2</source>
        <translation>判断 %1 — 理由: %2</translation>
    </message>
    <message>
        <source>Whom: %1</source>
        <translation>相手: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Corrected by #%1</source>
        <translation>#%1 で訂正</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>記録日時 %1</translation>
    </message>
    <message>
        <source>Select a step to see why it matters and whom to call.</source>
        <translation>手順を選ぶと、その理由と連絡先が表示されます。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>The firm&apos;s criteria, decided in advance: %1</source>
        <translation>自社であらかじめ決めた判断基準: %1</translation>
    </message>
    <message>
        <source>Reports that may fall due: %1</source>
        <translation>必要になりうる報告: %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>未報告</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>報告済みにする</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Why does step %1 not apply?</source>
        <translation>手順 %1 が該当しない理由は？</translation>
    </message>
    <message>
        <source>PPC report draft</source>
        <translation>個人情報保護委員会への報告の下書き</translation>
    </message>
    <message>
        <source>No incident recorded. When something happens, press Start from playbook… (%1): the playbook&apos;s steps become your checklist. You can also run a playbook as an exercise.</source>
        <translation>インシデントの記録はありません。何か起きたら「対応手順から開始…」（%1）を押してください。対応手順の各手順がチェックリストになります。対応手順を訓練として実施することもできます。</translation>
    </message>
    <message>
        <source>Tick the selected step: the time and your name are recorded.</source>
        <translation>選んだ手順を完了にします。日時とあなたの名前が記録されます。</translation>
    </message>
</context>
<context>
    <name>mamori::IncidentsPage</name>
    <message>
        <source>No database open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>対応中のインシデント %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>対応中のインシデントはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) running</source>
        <translation>
            <numerusform>実施中の訓練 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) overdue</source>
        <translation>
            <numerusform>期限超過の報告 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from playbook…</source>
        <translation>対応手順から開始…</translation>
    </message>
    <message>
        <source>Start an incident or an exercise from a playbook (%1)</source>
        <translation>対応手順からインシデントまたは訓練を開始（%1）</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>対応手順</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
</context>
<context>
    <name>mamori::InventoryDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n record(s)</source>
        <translation>
            <numerusform>%n 件を編集</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 is no longer in the database; nothing was changed.</source>
        <translation>記録 %1 はデータベースにもうありません。何も変更していません。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>%n 件を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Link</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>関連付けの解除</translation>
    </message>
    <message>
        <source>Save the import preset %1</source>
        <translation>取り込み設定「%1」を保存</translation>
    </message>
    <message>
        <source>the import of %1 changed records outside the undo history</source>
        <translation>%1 の取り込みで記録が変わったため（取り込みは元に戻す対象外です）</translation>
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
        <source>Change not saved</source>
        <translation>変更を保存できませんでした</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>%1 is an empty file. Make it a new Mamori database?</source>
        <translation>%1 は空のファイルです。新しい Mamori データベースにしますか？</translation>
    </message>
    <message>
        <source>Make a New Database</source>
        <translation>新しいデータベースにする</translation>
    </message>
    <message>
        <source>Nothing to undo: %1.</source>
        <translation>元に戻せる操作はありません: %1。</translation>
    </message>
    <message>
        <source>Company profile not loaded</source>
        <translation>会社情報を読み込めませんでした</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to look at</source>
        <translation>
            <numerusform>要対応 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::OwnClockDialog</name>
    <message>
        <source>e.g. Tell the customer (contract §12)</source>
        <translation>例: 取引先へ連絡（契約第12条）</translation>
    </message>
</context>
<context>
    <name>mamori::PlaceholderPage</name>
    <message>
        <source>Not available yet.</source>
        <translation>まだ使えません。</translation>
    </message>
</context>
<context>
    <name>mamori::PlaybookEditorDialog</name>
    <message>
        <source>Edit the firm&apos;s playbook — %1</source>
        <translation>自社の対応手順を編集 — %1</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（特に決めない）</translation>
    </message>
    <message>
        <source>You are editing the Japanese text; the English text of a step stays as it was (a new step shows the same text in both).</source>
        <translation>日本語の文を編集しています。手順の英語の文はそのまま残ります（新しい手順は両方に同じ文が入ります）。</translation>
    </message>
    <message>
        <source>You are editing the English text; the Japanese text of a step stays as it was (a new step shows the same text in both).</source>
        <translation>英語の文を編集しています。手順の日本語の文はそのまま残ります（新しい手順は両方に同じ文が入ります）。</translation>
    </message>
    <message>
        <source>The playbook needs a title.</source>
        <translation>対応手順には名称が必要です。</translation>
    </message>
    <message>
        <source>The playbook needs at least one step.</source>
        <translation>対応手順には少なくとも1つの手順が必要です。</translation>
    </message>
    <message>
        <source>Step %1 has no text.</source>
        <translation>手順 %1 に内容がありません。</translation>
    </message>
    <message>
        <source>Step %1: say why it matters.</source>
        <translation>手順 %1: なぜ必要かを書いてください。</translation>
    </message>
    <message>
        <source>Step %1 is a decision: write down the criteria in advance.</source>
        <translation>手順 %1 は判断です。判断基準をあらかじめ書いておいてください。</translation>
    </message>
    <message>
        <source>Step %1 is in an earlier phase than the step before it: keep the phases in order.</source>
        <translation>手順 %1 がその前の手順より前の段階になっています。段階の順に並べてください。</translation>
    </message>
</context>
<context>
    <name>mamori::PlaybookLibraryWidget</name>
    <message>
        <source>Playbooks</source>
        <translation>対応手順</translation>
    </message>
    <message>
        <source>the firm&apos;s copy — a newer bundled version exists</source>
        <translation>自社用のコピー — 新しい同梱版があります</translation>
    </message>
    <message>
        <source>the firm&apos;s copy</source>
        <translation>自社用のコピー</translation>
    </message>
    <message>
        <source>This is the firm&apos;s copy of version %1. Mamori now ships version %2: compare, and restore the bundled version if you want its changes (your copy is then dropped).</source>
        <translation>これは第%1版から作った自社用のコピーです。Mamori には第%2版が同梱されています。見比べて、変更を取り入れたい場合は同梱版に戻してください（自社用のコピーは削除されます）。</translation>
    </message>
    <message>
        <source>The firm&apos;s copy (made from version %1). A new version of Mamori never changes it.</source>
        <translation>自社用のコピー（第%1版から作成）。Mamori を更新しても変わりません。</translation>
    </message>
    <message>
        <source>As Mamori ships it (version %1). Make the firm&apos;s copy to change steps, roles or contacts.</source>
        <translation>Mamori 同梱のまま（第%1版）。手順、担当、連絡先を変えるには自社用にコピーしてください。</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>判断: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>判断基準: %1</translation>
    </message>
    <message>
        <source>Restore the bundled version</source>
        <translation>同梱版に戻す</translation>
    </message>
    <message>
        <source>The firm&apos;s copy of “%1” is dropped and the playbook as Mamori ships it shows again. Running incidents keep the steps they started with. You can undo this.</source>
        <translation>「%1」の自社用コピーを削除し、Mamori 同梱の対応手順に戻します。対応中のインシデントは開始時の手順のままです。元に戻せます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>戻す</translation>
    </message>
</context>
<context>
    <name>mamori::PolicyEditorWidget</name>
    <message>
        <source>Basic policy</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>(company name)</source>
        <translation>（会社名）</translation>
    </message>
    <message>
        <source>(representative)</source>
        <translation>（代表者名）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The basic policy has changes that are not saved as a version. Discard them?</source>
        <translation>基本方針に、版として保存していない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>新しい版として保存</translation>
    </message>
    <message>
        <source>The text is saved as version %1; earlier versions stay as they are.

When is this version adopted? The date is printed at the foot of every page.</source>
        <translation>この内容を第%1版として保存します。これまでの版はそのまま残ります。

この版の施行日を指定してください。日付は各ページの下部に印刷されます。</translation>
    </message>
    <message>
        <source>Cannot save the policy</source>
        <translation>基本方針を保存できません</translation>
    </message>
    <message>
        <source>The policy needs a title.</source>
        <translation>表題を入力してください。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>第%1版として保存しました。</translation>
    </message>
    <message>
        <source>Record Publication</source>
        <translation>公開の記録</translation>
    </message>
    <message>
        <source>Record when and where version %1 was published. For ★★ the policy must be published outside the company, usually on your website.</source>
        <translation>第%1版を公開した日と公開先を記録します。★★ では、基本方針を社外に公開する必要があります（通常は自社のウェブサイトに掲載します）。</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>公開先 URL(&amp;A):</translation>
    </message>
    <message>
        <source>Leave the address empty if the policy was published another way, for example in a printed brochure.</source>
        <translation>パンフレットなど、ウェブサイト以外の方法で公開した場合は、URL を空欄にしてください。</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https:// or http://, or leave it empty.</source>
        <translation>https:// または http:// から始まる URL を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Recorded the publication of version %1.</source>
        <translation>第%1版の公開を記録しました。</translation>
    </message>
    <message>
        <source>Recorded the review on %1.</source>
        <translation>%1 の見直しを記録しました。</translation>
    </message>
    <message>
        <source>security-policy-v%1.pdf</source>
        <translation>情報セキュリティ基本方針_第%1版.pdf</translation>
    </message>
    <message>
        <source>Export the Basic Policy</source>
        <translation>基本方針の書き出し</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はすでにあります。置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Print the Basic Policy</source>
        <translation>基本方針の印刷</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>印刷に失敗しました</translation>
    </message>
    <message>
        <source>Save the policy as a version first.</source>
        <translation>先に基本方針を版として保存してください。</translation>
    </message>
    <message>
        <source>Not saved yet. The editor shows the template filled in with your company&apos;s details: adapt it, then save it as version 1.</source>
        <translation>まだ保存されていません。自社の情報を入れたひな形を表示しています。自社に合わせて書き直し、第1版として保存してください。</translation>
    </message>
    <message>
        <source>Version %1, adopted %2.</source>
        <translation>第%1版（%2 施行）。</translation>
    </message>
    <message>
        <source>Published on %1.</source>
        <translation>%1 に公開。</translation>
    </message>
    <message>
        <source>Published on %1 at %2.</source>
        <translation>%1 に公開（%2）。</translation>
    </message>
    <message>
        <source>Not published yet: record the publication once it is on your website.</source>
        <translation>まだ公開されていません。ウェブサイトなどに掲載したら、公開を記録してください。</translation>
    </message>
    <message>
        <source>This is an earlier version; the latest is version %1.</source>
        <translation>これは以前の版です。最新は第%1版です。</translation>
    </message>
    <message>
        <source>Unsaved changes: save them as version %1 to print, export or publish them.</source>
        <translation>未保存の変更があります。印刷、書き出し、公開の記録をするには、第%1版として保存してください。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>施行日</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>見直し日</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>公開先 URL</translation>
    </message>
    <message>
        <source>Exporting the basic policy…</source>
        <translation>基本方針を書き出しています…</translation>
    </message>
    <message>
        <source>Saved version %1 as %2 (fingerprint %3).</source>
        <translation>第%1版を %2 に保存しました（指紋 %3）。</translation>
    </message>
</context>
<context>
    <name>mamori::PostureHistoryChart</name>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>スコア: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click two days on the chart to see what changed between them.</source>
        <translation>グラフ上の2日をクリックすると、その間に変わったことを表示します。</translation>
    </message>
    <message>
        <source>From %1: now click a second day.</source>
        <translation>%1 から: 2つ目の日をクリックしてください。</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3か月</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>No history yet: Mamori keeps one score for each day it is opened, so the trend appears from tomorrow.</source>
        <translation>まだ履歴はありません。Mamori は開いた日ごとにスコアを記録するので、推移は明日から表示されます。</translation>
    </message>
</context>
<context>
    <name>mamori::PpcDraftDialog</name>
    <message>
        <source>PPC report draft — %1</source>
        <translation>個人情報保護委員会への報告の下書き — %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into the PPC&apos;s official form.</source>
        <translation>コピーしました。個人情報保護委員会の正式な様式に貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>mamori::ReadinessStrip</name>
    <message>
        <source>Still to do:</source>
        <translation>残りの作業:</translation>
    </message>
    <message>
        <source>Ready: every basic rule is in place.</source>
        <translation>準備完了：5か条すべてを実施しています。</translation>
    </message>
    <message>
        <source>Ready: a recent self-diagnosis and a published basic policy.</source>
        <translation>準備完了：最近の自社診断と公開済みの基本方針があります。</translation>
    </message>
</context>
<context>
    <name>mamori::RemindersWidget</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 まで保留</translation>
    </message>
    <message>
        <source>The reminders cannot be read: %1</source>
        <translation>リマインダーを読み込めません: %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>カレンダーに書き出す</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>カレンダーを書き出せませんでした</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>カレンダーを書き出しました</translation>
    </message>
    <message>
        <source>Wrote %1. Import it into Outlook or Google Calendar; importing a newer export updates the same events.</source>
        <translation>%1 を書き出しました。Outlook や Google カレンダーに取り込んでください。新しく書き出したものを取り込むと、同じ予定が更新されます。</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント対応</translation>
    </message>
</context>
<context>
    <name>mamori::ReportsDocument</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>mamori::ReportsPage</name>
    <message>
        <source>One to three pages for the board: SECURITY ACTION, the self-diagnosis by part, top risks and next steps, devices, backups and incidents in the period.</source>
        <translation>経営会議向けの1～3ページ：SECURITY ACTION、自社診断の区分別点数、主なリスクと次に行うこと、機器、バックアップ、期間中のインシデント。</translation>
    </message>
    <message>
        <source>The SECURITY ACTION self-declaration with its records, ready for the representative to sign and stamp.</source>
        <translation>SECURITY ACTION の自己宣言とその記録。代表者が署名・押印できる形です。</translation>
    </message>
    <message>
        <source>One incident or exercise: summary, clocks, checklist, timeline, decisions and close-out.</source>
        <translation>1件のインシデントまたは訓練：概要、報告期限、チェックリスト、経過記録、判断、終結。</translation>
    </message>
    <message>
        <source>The incident contacts on one A4 page, to keep by the phone.</source>
        <translation>インシデント時の連絡先をA4 1枚に。電話のそばに置いてください。</translation>
    </message>
    <message>
        <source>Cannot make the report</source>
        <translation>帳票を作成できません</translation>
    </message>
    <message>
        <source>Making the %1…</source>
        <translation>%1を作成しています…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Print the Report</source>
        <translation>帳票を印刷</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>印刷に失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) issued.</source>
        <translation>
            <numerusform>発行した帳票は %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports issued yet.</source>
        <translation>まだ発行した帳票はありません。</translation>
    </message>
    <message>
        <source>#%1 %2 (exercise)</source>
        <translation>#%1 %2（訓練）</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>帳票</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Every device and information asset on landscape pages, with risk and flags. To print only some, use Print ledger… on the Assets page: its search and filters apply.</source>
        <translation>すべての機器と情報資産を、リスクと注意点付きで横向きのページに印刷します。一部だけを印刷するには、資産ページの「台帳を印刷…」を使ってください。検索と絞り込みがそのまま反映されます。</translation>
    </message>
</context>
<context>
    <name>mamori::RunRecordDialog</name>
    <message>
        <source>Record Backup Run</source>
        <translation>バックアップ実行の記録</translation>
    </message>
    <message>
        <source>Record Restore Test</source>
        <translation>復元テストの記録</translation>
    </message>
    <message>
        <source>Evidence of the Run</source>
        <translation>実行の証跡</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The size must be a whole number of bytes.</source>
        <translation>サイズはバイト数を整数で指定してください。</translation>
    </message>
</context>
<context>
    <name>mamori::SafetyCopyController</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was saved to %1.</source>
        <translation>本日の自動バックアップを %1 に保存しました。</translation>
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
    <message>
        <source>%1

The newest automatic copy beside it is from %2 (%3). Restore it? The file as it is now is kept as a copy in %4.</source>
        <translation>%1

すぐ隣にある最新の自動コピーは %2 のもの（%3）です。これを復元しますか？ 現在のファイルは %4 にコピーとして残します。</translation>
    </message>
    <message>
        <source>Restore the Copy</source>
        <translation>コピーを復元</translation>
    </message>
</context>
<context>
    <name>mamori::SecurityActionPage</name>
    <message>
        <source> (self-declaration ID %1)</source>
        <translation>（自己宣言ID %1）</translation>
    </message>
    <message>
        <source>%1 — due now</source>
        <translation>%1 — 期限です</translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <translation>%1 — %2 まで</translation>
    </message>
    <message>
        <source>Five basic rules</source>
        <translation>5か条</translation>
    </message>
    <message>
        <source>Self-diagnosis</source>
        <translation>自社診断</translation>
    </message>
    <message>
        <source>Basic policy</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Open the Self-Diagnosis</source>
        <translation>自社診断を開く</translation>
    </message>
    <message>
        <source>Start the Self-Diagnosis</source>
        <translation>自社診断を始める</translation>
    </message>
    <message>
        <source>%1 declared on %2</source>
        <translation>%2 に %1 を宣言</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>未宣言</translation>
    </message>
    <message>
        <source>%1 of 5 rules in place</source>
        <translation>5か条中 %1 つを実施</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due now</source>
        <translation>
            <numerusform>期限の来たリマインダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due now</source>
        <translation>期限の来たものはありません</translation>
    </message>
    <message>
        <source>%1 — snoozed until %2</source>
        <translation>%1 — %2 まで延期</translation>
    </message>
    <message>
        <source>%1 — done for %2</source>
        <translation>%1 — %2 分は完了</translation>
    </message>
</context>
<context>
    <name>mamori::SettingsDocument</name>
    <message>
        <source>Edit the company profile</source>
        <translation>会社情報を編集</translation>
    </message>
    <message>
        <source>Change the reminder intervals</source>
        <translation>リマインダーの間隔を変更</translation>
    </message>
</context>
<context>
    <name>mamori::SettingsPage</name>
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
    <message>
        <source>Reminder intervals</source>
        <translation>リマインダーの間隔</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The company profile has changes that are not saved. Discard them?</source>
        <translation>会社情報に保存していない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>The company profile cannot be read: %1</source>
        <translation>会社情報を読み込めません: %1</translation>
    </message>
    <message>
        <source>The company profile cannot be read.</source>
        <translation>会社情報を読み込めません。</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>No company profile yet: fill in your company below.</source>
        <translation>会社情報がまだありません。下の欄に入力してください。</translation>
    </message>
    <message>
        <source>Settings for %1.</source>
        <translation>%1 の設定です。</translation>
    </message>
    <message>
        <source>Mamori adds itself to your Windows sign-in programs (the Run key of your user).</source>
        <translation>Mamori を Windows のサインイン時に起動するプログラム（ユーザーの Run キー）に追加します。</translation>
    </message>
    <message>
        <source>Mamori writes %1 when you turn this on and removes it when you turn it off.</source>
        <translation>オンにすると Mamori は %1 を作成し、オフにすると削除します。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時の起動</translation>
    </message>
</context>
<context>
    <name>mamori::StartIncidentDialog</name>
    <message>
        <source>(the firm&apos;s copy)</source>
        <translation>（自社用のコピー）</translation>
    </message>
    <message>
        <source>e.g. Files encrypted on the accounting PC</source>
        <translation>例: 経理PCのファイルが暗号化された</translation>
    </message>
    <message>
        <source>who noticed or reported it</source>
        <translation>気づいた人、知らせた人</translation>
    </message>
    <message>
        <source>Asset number or name</source>
        <translation>資産番号または名称</translation>
    </message>
    <message>
        <source>who takes part in the exercise</source>
        <translation>訓練の参加者</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Edit the incident&apos;s details</source>
        <translation>インシデントの詳細を編集</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>This kind of incident often involves personal data: check these now.</source>
        <translation>この種のインシデントでは個人データが関わることがよくあります。今確認してください。</translation>
    </message>
    <message>
        <source>A report to the PPC and a notice to the people affected are required: the clocks start when you press Start.</source>
        <translation>個人情報保護委員会への報告と本人への通知が必要です。「開始」を押すと期限が動き始めます。</translation>
    </message>
    <message>
        <source>Strongly encrypted data is exempt: no report clocks.</source>
        <translation>高度な暗号化がされたデータは対象外です。報告の期限はありません。</translation>
    </message>
    <message>
        <source>Personal data alone does not make a report due; any of the other three (or more than 1,000 people) does.</source>
        <translation>個人データだけでは報告は必要になりません。ほかの3つのいずれか（または1,000人超）に当てはまると必要になります。</translation>
    </message>
    <message>
        <source>When an affected device holds personal data in the inventory, Mamori ticks the first boxes for you.</source>
        <translation>影響を受けた機器に台帳上の個人データがあれば、Mamori が最初の項目にチェックを入れます。</translation>
    </message>
    <message>
        <source>Choose a playbook.</source>
        <translation>対応手順を選んでください。</translation>
    </message>
    <message>
        <source>Give the incident a short title.</source>
        <translation>インシデントに短い名前を付けてください。</translation>
    </message>
    <message>
        <source>The firm cannot have become aware before it was detected.</source>
        <translation>発見より前に認知することはありません。</translation>
    </message>
</context>
<context>
    <name>mamori::TimelineEntryBar</name>
    <message>
        <source>Cannot read the evidence file %1: %2</source>
        <translation>証拠ファイル %1 を読めません: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>(someone else — say whom in the text)</source>
        <translation>（ほかの相手 — 本文に書いてください）</translation>
    </message>
    <message>
        <source>Choose the file with File…; its SHA-256 is recorded, the file is not copied.</source>
        <translation>「ファイル…」でファイルを選んでください。SHA-256 を記録し、ファイル自体はコピーしません。</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of %1…</source>
        <translation>%1 の SHA-256 を計算中…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>What happened, what was done? Enter adds it to the timeline (%1)</source>
        <translation>何が起き、何をしたか？ Enter で時系列に追加（%1）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>the reason, in a few words</source>
        <translation>理由を短く</translation>
    </message>
    <message>
        <source>Correcting entry #%1: “%2”</source>
        <translation>記録 #%1 を訂正中: 「%2」</translation>
    </message>
    <message>
        <source>Entries are never changed or deleted: a correction is a new entry that points to the one it corrects.</source>
        <translation>記録は変更も削除もされません。訂正は、訂正する記録を指す新しい記録として残ります。</translation>
    </message>
</context>
<context>
    <name>mamori::TrayNotifier</name>
    <message>
        <source>Show Mamori</source>
        <translation>Mamori を表示</translation>
    </message>
    <message>
        <source>Quit Mamori</source>
        <translation>Mamori を終了</translation>
    </message>
    <message numerus="yes">
        <source>Mamori — %n reminder(s) due</source>
        <translation>
            <numerusform>Mamori — 期日のリマインダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Mamori — nothing due</source>
        <translation>Mamori — 期日のものはありません</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mamori: %n reminder(s) due</source>
        <translation>
            <numerusform>Mamori: 期日のリマインダー %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::report::Document</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
</TS>
