#include "HeaderRecognizer.h"

#include "ValueParsers.h"

#include <QHash>
#include <QRegularExpression>

namespace mamori {

namespace {

struct Aliases
{
    const char *field;
    QList<const char *> headers; // UTF-8
};

// Every field is also recognised by its canonical name and its English label (see
// buildHeaderTable), so these tables hold the Japanese export headers and other people's words.
// The Japanese export headers are the translations of the labels in AssetFields.
QList<Aliases> deviceAliases()
{
    // 型番 is the maker's model number (FMVA53H3B) and 機種 or モデル the product name
    // (LIFEBOOK AH53), as on Japanese spec sheets and in the app's own Japanese export.
    return {
        {"category",
         {"種別", "分類", "機器種別", "機器分類", "カテゴリ", "カテゴリー", "Type", "Asset Type"}},
        {"category_label", {"種別（元の表記）", "Category label"}},
        {"asset_number",
         {"資産番号", "管理番号", "備品番号", "資産No", "管理No", "Asset Tag", "Asset No",
          "Inventory number"}},
        {"name",
         {"名称", "機器名", "品名", "端末名", "ホスト名", "コンピューター名", "コンピュータ名",
          "資産名", "Host name", "Asset Name", "Item Name"}},
        {"status", {"状態", "ステータス", "使用状況"}},
        {"disposal_date", {"廃棄日", "廃棄年月日"}},
        {"disposal_method", {"廃棄方法"}},
        {"assigned_user",
         {"利用者", "使用者", "担当者", "利用者名", "使用者名", "Checked Out To", "Assigned To",
          "User", "Full Name"}},
        {"department", {"部署", "部門", "所属", "部署名", "所属部署"}},
        {"location", {"設置場所", "場所", "保管場所"}},
        {"manufacturer", {"メーカー", "メーカー名", "製造元", "Maker"}},
        {"model", {"機種", "機種名", "モデル", "モデル名", "Model name"}},
        {"model_number", {"型番", "型式", "品番", "Model No"}},
        {"serial_number", {"シリアル番号", "シリアルNo", "シリアル", "製造番号", "S/N", "Serial"}},
        {"os_name", {"OS・ファームウェア", "OS", "OS名", "Operating system - Name"}},
        {"os_version", {"OSバージョン", "Operating system - Version"}},
        {"purchase_date", {"購入日", "購入日付", "購入年月日", "導入日", "取得日", "取得年月日"}},
        {"purchase_cost",
         {"購入金額（円）", "購入金額", "購入価格", "取得価額", "取得価格", "価格", "Purchase Cost",
          "Purchase cost (yen)", "Cost"}},
        {"purchase_currency", {"通貨", "通貨コード", "Currency code"}},
        {"warranty_end", {"保証期限", "保証終了日", "Warranty Expires"}},
        // Japanese lists give warranties as "3年" or "36ヶ月", which parse::months understands.
        {"warranty_months", {"保証期間（月）", "保証期間", "Warranty", "Warranty Months"}},
        {"end_of_support",
         {"サポート終了日", "サポート期限", "EOS", "EOL", "Asset EOL Date", "EOL Date"}},
        {"last_update", {"最終更新日", "最終アップデート日", "Last update"}},
        {"antivirus",
         {"ウイルス対策", "ウイルス対策ソフト", "ウィルス対策", "ウィルス対策ソフト",
          "アンチウイルス"}},
        {"mfa", {"多要素認証", "二要素認証", "二段階認証", "2FA"}},
        {"disk_encryption", {"ディスク暗号化", "暗号化", "BitLocker", "FileVault"}},
        {"supplier", {"購入先", "仕入先", "販売店"}},
        {"order_number", {"注文番号", "発注番号"}},
        {"notes", {"備考", "メモ", "Asset Notes", "Note"}},
    };
}

// The Japanese export headers are exactly the headers of IPA's 情報資産管理台帳.
QList<Aliases> informationAliases()
{
    return {
        {"business_area", {"業務分類", "業務", "業務名", "部門"}},
        {"name", {"情報資産名称", "情報資産名", "情報資産", "資産名", "名称"}},
        {"notes", {"備考", "メモ"}},
        {"users_scope", {"利用者範囲", "利用者の範囲", "利用範囲"}},
        {"owning_department", {"管理部署", "管理部門"}},
        {"media_location", {"媒体・保存先", "保存先", "媒体", "保存場所", "保管場所"}},
        {"personal_data", {"個人情報の種類", "個人情報", "個人情報の有無"}},
        {"confidentiality", {"機密性"}},
        {"integrity", {"完全性"}},
        {"availability", {"可用性"}},
        {"importance", {"重要度"}},
        {"registered_on", {"登録日"}},
        {"threat", {"脅威", "脅威の発生頻度", "脅威レベル"}},
        {"vulnerability", {"脆弱性", "脆弱性レベル"}},
        // Computed, so the importer ignores it; recognising it keeps it from becoming a custom
        // field.
        {"risk", {"リスク値", "リスク"}},
    };
}

// Normalised header → canonical field name.
QHash<QString, QString> buildHeaderTable(AssetKind kind)
{
    QHash<QString, QString> fields;
    const auto add = [&fields](const QString &header, const QString &field) {
        const QString key = HeaderRecognizer::normalize(header);
        Q_ASSERT_X(!fields.contains(key) || fields.value(key) == field, "HeaderRecognizer",
                   qPrintable(QStringLiteral("\"%1\" names both %2 and %3")
                                  .arg(header, fields.value(key), field)));
        fields.insert(key, field);
    };
    for (const AssetField &field : AssetFields::of(kind)) {
        add(field.name, field.name);
        add(QString::fromUtf8(field.label), field.name);
    }
    const QList<Aliases> aliases =
        kind == AssetKind::Devices ? deviceAliases() : informationAliases();
    for (const Aliases &alias : aliases) {
        const QString field = QString::fromLatin1(alias.field);
        Q_ASSERT_X(AssetFields::find(kind, field), "HeaderRecognizer", alias.field);
        for (const char *header : alias.headers)
            add(QString::fromUtf8(header), field);
    }
    return fields;
}

const QHash<QString, QString> &headerTable(AssetKind kind)
{
    static const QHash<QString, QString> devices = buildHeaderTable(AssetKind::Devices);
    static const QHash<QString, QString> information = buildHeaderTable(AssetKind::Information);
    return kind == AssetKind::Devices ? devices : information;
}

AssetKind otherKind(AssetKind kind)
{
    return kind == AssetKind::Devices ? AssetKind::Information : AssetKind::Devices;
}

struct KindEvidence
{
    int recognised = 0;  // headers given a field of this kind
    int distinctive = 0; // of those, headers the other kind does not know
};

KindEvidence evidenceFor(AssetKind kind, const QStringList &header)
{
    KindEvidence evidence;
    const QStringList fields = HeaderRecognizer::mapHeaders(kind, header);
    for (qsizetype column = 0; column < header.size(); ++column) {
        if (fields.at(column).isEmpty())
            continue;
        ++evidence.recognised;
        if (HeaderRecognizer::fieldFor(otherKind(kind), header.at(column)).isEmpty())
            ++evidence.distinctive;
    }
    return evidence;
}

} // namespace

QString HeaderRecognizer::normalize(const QString &header)
{
    // Circled numbers number the columns of IPA's ledger (①業務分類); NFKC would turn them into
    // digits stuck to the name.
    static const QRegularExpression circledNumbers(
        QStringLiteral("[\\x{2460}-\\x{2473}\\x{24EA}-\\x{24FF}\\x{2776}-\\x{2793}"
                       "\\x{3251}-\\x{325F}\\x{32B1}-\\x{32BF}]"));
    // Spaces, separators and brackets vary from sheet to sheet without changing the meaning,
    // and * or ※ mark required columns. Letters, digits and kana all stay, so "OS" and
    // "OSバージョン" or "Model" and "Model number" remain different.
    static const QRegularExpression decoration(
        QStringLiteral("[\\s・·_\\-()/.:#\\[\\]【】「」『』〔〕〈〉《》<>*※]"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString key = header;
    key.remove(circledNumbers);
    key = parse::normalizeWidth(key).toCaseFolded();
    key.remove(decoration);
    return key;
}

QString HeaderRecognizer::fieldFor(AssetKind kind, const QString &header)
{
    const QString key = normalize(header);
    if (key.isEmpty())
        return {};
    const QHash<QString, QString> &table = headerTable(kind);
    if (const auto found = table.constFind(key); found != table.cend())
        return *found;
    // The app's own exports title their columns with the labels of the language in use. The
    // table has the English labels and the Japanese ones; this also accepts whatever the
    // catalogue says today.
    for (const AssetField &field : AssetFields::of(kind)) {
        if (normalize(AssetFields::label(field)) == key)
            return field.name;
    }
    return {};
}

QStringList HeaderRecognizer::mapHeaders(AssetKind kind, const QStringList &header)
{
    QStringList fields;
    fields.reserve(header.size());
    for (const QString &column : header) {
        QString field = fieldFor(kind, column);
        if (fields.contains(field))
            field.clear();
        fields.append(field);
    }
    return fields;
}

// Headers both kinds know (名称, Name, 備考, Notes, 部門) say nothing about the kind, so the
// kind with more distinctive headers (資産番号, Asset Tag, シリアル番号 for devices; 機密性,
// 情報資産名称 for information) wins. It must also recognise at least two headers in all,
// and a tie is left to the person importing.
std::optional<AssetKind> HeaderRecognizer::detectKind(const QStringList &header)
{
    const KindEvidence devices = evidenceFor(AssetKind::Devices, header);
    const KindEvidence information = evidenceFor(AssetKind::Information, header);
    if (devices.distinctive == information.distinctive)
        return std::nullopt;
    const bool devicesWin = devices.distinctive > information.distinctive;
    const KindEvidence &winner = devicesWin ? devices : information;
    if (winner.recognised < 2)
        return std::nullopt;
    return devicesWin ? AssetKind::Devices : AssetKind::Information;
}

} // namespace mamori
