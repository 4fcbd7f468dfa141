#include "ValueParsers.h"

#include "ParsingSupport.h"

#include <QHash>
#include <QList>

#include <array>
#include <initializer_list>

namespace mamori::parse {

using namespace support;

namespace {

template<typename Value> struct Synonyms
{
    Value value;
    QList<const char *> words; // UTF-8
};

// Words for the values of one cell type, looked up by wordKey.
template<typename Value> class Vocabulary
{
public:
    Vocabulary(std::initializer_list<Synonyms<Value>> synonyms)
    {
        for (const Synonyms<Value> &group : synonyms) {
            for (const char *word : group.words)
                add(QString::fromUtf8(word), group.value);
        }
    }

    void add(const QString &word, Value value)
    {
        const QString key = wordKey(word);
        Q_ASSERT_X(!m_values.contains(key) || m_values.value(key) == value, "Vocabulary",
                   qPrintable(QStringLiteral("\"%1\" means two different values").arg(word)));
        m_values.insert(key, value);
        addHint(word, value);
    }

    // A word that only ever suggests a value inside a longer text ("network storage").
    void addHint(const QString &word, Value value)
    {
        // Single Latin letters and digits (y, n, 1) would be found everywhere; a single kanji
        // such as 高 or 済 is a word.
        const QString hint = guessKey(word);
        if (hint.size() >= 2 || (hint.size() == 1 && !isPlainAscii(hint)))
            m_hints.append({hint, value});
    }

    // The value of the longest known word the text contains (see parse::guessCategory).
    std::optional<Value> guess(const QString &text) const
    {
        const QString key = guessKey(text);
        qsizetype longest = 0;
        std::optional<Value> best;
        bool tied = false;
        for (const auto &[hint, value] : m_hints) {
            if (hint.size() < longest || !containsWord(key, hint))
                continue;
            if (hint.size() > longest) {
                longest = hint.size();
                best = value;
                tied = false;
            } else if (best != value) {
                tied = true;
            }
        }
        return tied ? std::nullopt : best;
    }

    std::optional<Value> find(const QString &text) const
    {
        const auto found = m_values.constFind(wordKey(text));
        if (found == m_values.cend())
            return std::nullopt;
        return *found;
    }

    QList<Value> values() const
    {
        QList<Value> distinct;
        for (const Value value : m_values) {
            if (!distinct.contains(value))
                distinct.append(value);
        }
        return distinct;
    }

private:
    // Like wordKey but keeping single spaces, so Latin words keep their boundaries.
    static QString guessKey(const QString &text)
    {
        return normalizeWidth(text).toCaseFolded().simplified();
    }

    // Latin words must stand alone ("pc" is not in "npc", "nas" not in "nasa"); Japanese words
    // have no spaces to stand between, so any occurrence counts.
    static bool containsWord(const QString &text, const QString &word)
    {
        const bool latin = isAsciiLetterOrDigit(word.front()) || isAsciiLetterOrDigit(word.back());
        for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (!latin)
                return true;
            const qsizetype end = at + word.size();
            const bool startsWord = at == 0 || !isAsciiLetterOrDigit(text.at(at - 1));
            const bool endsWord = end == text.size() || !isAsciiLetterOrDigit(text.at(end));
            if (startsWord && endsWord)
                return true;
        }
        return false;
    }

    QHash<QString, Value> m_values;
    QList<std::pair<QString, Value>> m_hints;
};

// Words that suggest a value only as part of a longer cell.
template<typename Value>
Vocabulary<Value> withHints(Vocabulary<Value> vocabulary,
                            std::initializer_list<Synonyms<Value>> hints)
{
    for (const Synonyms<Value> &group : hints) {
        for (const char *word : group.words)
            vocabulary.addHint(QString::fromUtf8(word), group.value);
    }
    return vocabulary;
}

// The stable codes of AssetValues ("in_use", "my_number") are words of every enumeration.
template<typename Value> Vocabulary<Value> withCodes(Vocabulary<Value> vocabulary)
{
    for (const Value value : vocabulary.values()) {
        const QString code = AssetValues::code(value);
        if (!code.isEmpty())
            vocabulary.add(code, value);
    }
    return vocabulary;
}

template<typename Value>
std::optional<Value> enumerationValue(const Vocabulary<Value> &vocabulary, const QString &text)
{
    if (const auto value = vocabulary.find(text))
        return value;
    // The app's own exports write the labels of the language in use. The vocabularies hold the
    // English labels and common Japanese words; this also accepts the exact Japanese label,
    // whatever the translators chose.
    const QString key = wordKey(text);
    for (const Value value : vocabulary.values()) {
        if (wordKey(AssetValues::label(value)) == key)
            return value;
    }
    return std::nullopt;
}

// A plain x is left out on purpose: English sheets tick boxes with it, Japanese ones write it
// for ×.
QList<const char *> yesWords()
{
    return {"yes", "y", "true", "1", "あり", "有り", "有",   "はい",     "○",
            "〇",  "◯", "✓",    "✔", "済",   "済み", "実施", "実施済み", "実施済"};
}

QList<const char *> noWords()
{
    return {"no",     "n", "false", "0", "なし", "無し", "無",
            "いいえ", "×", "✕",     "✗", "✘",    "未",   "未実施"};
}

// Settings-style answers, for antivirus, encryption and MFA cells ("BitLocker: 有効").
QList<const char *> enabledWords()
{
    return {"有効", "導入済み", "導入済", "設定済み", "設定済", "enabled"};
}

QList<const char *> disabledWords()
{
    return {"無効", "未導入", "未設定", "disabled"};
}

QList<const char *> notApplicableWords()
{
    return {"Not applicable", "該当なし", "非該当", "対象外", "不要", "n/a", "n.a.", "-"};
}

} // namespace

std::optional<bool> yesNo(const QString &text)
{
    static const Vocabulary<bool> vocabulary{{true, yesWords()}, {false, noWords()}};
    return vocabulary.find(text);
}

namespace {

const Vocabulary<int> &levelVocabulary()
{
    static const Vocabulary<int> vocabulary{
        {3, {"3", "高", "大", "high", "h"}},
        {2, {"2", "中", "medium", "mid", "m"}},
        {1, {"1", "低", "小", "low", "l"}},
    };
    return vocabulary;
}

} // namespace

std::optional<int> level(const QString &text)
{
    return levelVocabulary().find(text);
}

namespace {

// Each thread remembers the last cells it looked up for one kind of value: an import's column
// repeats a few words, and each lookup first normalises the text (about a thousand
// instructions for a short word). Copies, as a cell may borrow the memory of a file's text.
template<auto lookUp> auto remembered(const QString &text)
{
    using Value = decltype(lookUp(QString()));
    struct Seen
    {
        QString text;
        Value value;
        bool filled = false;
    };
    thread_local std::array<Seen, 8> recent;
    thread_local std::size_t next = 0;
    for (const Seen &seen : recent) {
        if (seen.filled && seen.text == text)
            return seen.value;
    }
    const Value value = lookUp(text);
    recent[next] = {QString(text.constData(), text.size()), value, true};
    next = (next + 1) % recent.size();
    return value;
}

const Vocabulary<DeviceCategory> &categoryVocabulary()
{
    static const auto vocabulary = withHints(
        withCodes(Vocabulary<DeviceCategory>{
            {DeviceCategory::Pc,
             {"PC", "パソコン", "デスクトップ", "デスクトップPC", "デスクトップパソコン", "Desktop",
              "Desktops", "Computer"}},
            {DeviceCategory::Laptop,
             {"Laptop", "Laptops", "ノートPC", "ノートパソコン", "ノート", "Notebook",
              "Notebooks"}},
            {DeviceCategory::Server,
             {"Server", "Servers", "サーバー", "サーバ", "NAS", "ファイルサーバー",
              "ファイルサーバ"}},
            {DeviceCategory::NetworkDevice,
             {"Network device", "ネットワーク機器", "ルーター", "ルータ", "スイッチ", "ハブ", "UTM",
              "ファイアウォール", "無線LANアクセスポイント", "無線LAN", "アクセスポイント",
              "Networking", "Network", "Router", "Routers", "Switch", "Firewall", "Access point"}},
            {DeviceCategory::MobileDevice,
             {"Smartphone / tablet", "スマートフォン", "スマホ", "携帯電話", "タブレット", "iPhone",
              "iPad", "Smartphone", "Smartphones", "Mobile Phone", "Mobile Phones", "Tablet",
              "Tablets"}},
            {DeviceCategory::PrinterMfp,
             {"Printer / MFP", "プリンター", "プリンタ", "複合機", "コピー機", "MFP", "Printer",
              "Printers"}},
            {DeviceCategory::RemovableMedia,
             {"Removable media", "USBメモリ", "USBメモリー", "外付けHDD", "外付けSSD",
              "外付けハードディスク", "記録媒体", "外部記録媒体", "SDカード"}},
            {DeviceCategory::CloudService,
             {"Cloud service", "Cloud services", "クラウドサービス", "クラウド", "SaaS", "Cloud"}},
            {DeviceCategory::Software,
             {"Software / licence", "ソフトウェア", "ソフト", "ライセンス", "Software", "License",
              "Licence", "Licenses", "Licences"}},
            {DeviceCategory::Other, {"Other", "Others", "その他"}},
        }),
        {
            {DeviceCategory::Pc,
             {"workstation", "ワークステーション", "desktop", "imac", "mac mini", "パソコン",
              "端末"}},
            {DeviceCategory::Laptop, {"laptop", "notebook", "macbook", "chromebook", "ノート"}},
            {DeviceCategory::Server,
             {"network storage", "ネットワークストレージ", "ファイルサーバ", "nas", "サーバ",
              "server"}},
            {DeviceCategory::NetworkDevice,
             {"router", "switch", "firewall", "wi-fi", "wifi", "ルータ"}},
            {DeviceCategory::MobileDevice,
             {"phone", "mobile", "android", "iphone", "ipad", "tablet", "スマホ", "携帯"}},
            {DeviceCategory::PrinterMfp, {"printer", "scanner", "copier", "プリンタ", "スキャナ"}},
            {DeviceCategory::RemovableMedia, {"usb", "外付け", "hdd", "ssd"}},
        });
    return vocabulary;
}

std::optional<DeviceCategory> lookUpCategory(const QString &text)
{
    return enumerationValue(categoryVocabulary(), text);
}

} // namespace

std::optional<DeviceCategory> category(const QString &text)
{
    return remembered<lookUpCategory>(text);
}

namespace {

const Vocabulary<DeviceStatus> &statusVocabulary()
{
    // Snipe-IT's "Pending" (bought or set up but not handed out yet) is counted as Spare: the
    // device exists and is not in use. "Broken" is read like 故障 (to be repaired), while
    // "Broken - Not Fixable" is Retired, not Disposed: its disk still holds data until someone
    // disposes of it properly. Lost or stolen devices are left for people to decide.
    static const auto vocabulary = withHints(
        withCodes(Vocabulary<DeviceStatus>{
            {DeviceStatus::InUse,
             {"In use", "使用中", "稼働中", "稼動中", "利用中", "運用中", "Deployed"}},
            {DeviceStatus::Spare,
             {"Spare", "予備", "在庫", "保管中", "未使用", "Ready to Deploy", "Pending"}},
            {DeviceStatus::InRepair,
             {"In repair", "修理中", "修理", "故障", "故障中", "Out for Repair",
              "Out for Diagnostics", "Broken"}},
            {DeviceStatus::Retired,
             {"Retired", "退役", "使用停止", "利用停止", "Archived", "Broken - Not Fixable"}},
            {DeviceStatus::Disposed,
             {"Disposed", "廃棄", "廃棄済", "廃棄済み", "処分済", "処分済み"}},
        }),
        {
            {DeviceStatus::InUse, {"使用中", "稼働", "運用"}},
            {DeviceStatus::InRepair, {"repair", "修理", "故障"}},
            {DeviceStatus::Disposed, {"廃棄", "処分"}},
        });
    return vocabulary;
}

std::optional<DeviceStatus> lookUpStatus(const QString &text)
{
    return enumerationValue(statusVocabulary(), text);
}

} // namespace

std::optional<DeviceStatus> status(const QString &text)
{
    return remembered<lookUpStatus>(text);
}

namespace {

const Vocabulary<Coverage> &coverageVocabulary()
{
    static const auto vocabulary = withCodes(Vocabulary<Coverage>{
        {Coverage::Unknown, {"Not recorded"}},
        {Coverage::Yes, yesWords() + enabledWords()},
        {Coverage::No, noWords() + disabledWords()},
        {Coverage::NotApplicable, notApplicableWords()},
    });
    return vocabulary;
}

std::optional<Coverage> lookUpCoverage(const QString &text)
{
    if (normalizeWidth(text).isEmpty())
        return Coverage::Unknown;
    return enumerationValue(coverageVocabulary(), text);
}

} // namespace

std::optional<Coverage> coverage(const QString &text)
{
    return remembered<lookUpCoverage>(text);
}

namespace {

const Vocabulary<MfaState> &mfaVocabulary()
{
    static const auto vocabulary = withCodes(Vocabulary<MfaState>{
        {MfaState::Unknown, {"Not recorded"}},
        {MfaState::Yes, yesWords() + enabledWords()},
        {MfaState::Partial, {"Partly", "Partial", "Partially", "一部", "一部のみ", "部分的"}},
        {MfaState::No, noWords() + disabledWords()},
        {MfaState::NotApplicable, notApplicableWords()},
    });
    return vocabulary;
}

std::optional<MfaState> lookUpMfa(const QString &text)
{
    if (normalizeWidth(text).isEmpty())
        return MfaState::Unknown;
    return enumerationValue(mfaVocabulary(), text);
}

} // namespace

std::optional<MfaState> mfa(const QString &text)
{
    return remembered<lookUpMfa>(text);
}

namespace {

const Vocabulary<PersonalData> &personalDataVocabulary()
{
    // A dash or 該当なし in this column says there is none, unlike an empty cell.
    static const auto vocabulary = withCodes(Vocabulary<PersonalData>{
        {PersonalData::None, {"None", "なし", "無し", "無", "no", "いいえ", "0", "該当なし", "-"}},
        {PersonalData::Personal,
         {"Personal data", "Personal", "個人情報", "あり", "有り", "有", "はい", "yes"}},
        {PersonalData::Sensitive,
         {"Sensitive personal data", "Sensitive", "要配慮個人情報", "要配慮"}},
        {PersonalData::MyNumber,
         {"My Number data", "My Number", "特定個人情報", "マイナンバー", "個人番号"}},
    });
    return vocabulary;
}

std::optional<PersonalData> lookUpPersonalData(const QString &text)
{
    return enumerationValue(personalDataVocabulary(), text);
}

} // namespace

std::optional<PersonalData> personalData(const QString &text)
{
    return remembered<lookUpPersonalData>(text);
}

std::optional<DeviceCategory> guessCategory(const QString &text)
{
    return categoryVocabulary().guess(text);
}

std::optional<DeviceStatus> guessStatus(const QString &text)
{
    return statusVocabulary().guess(text);
}

std::optional<Coverage> guessCoverage(const QString &text)
{
    return coverageVocabulary().guess(text);
}

std::optional<MfaState> guessMfa(const QString &text)
{
    return mfaVocabulary().guess(text);
}

std::optional<PersonalData> guessPersonalData(const QString &text)
{
    return personalDataVocabulary().guess(text);
}

std::optional<int> guessLevel(const QString &text)
{
    return levelVocabulary().guess(text);
}

bool namesBuiltInCategory(const QString &text, DeviceCategory category)
{
    const QString key = wordKey(text);
    return key == wordKey(AssetValues::code(category)) ||
           key == wordKey(AssetValues::label(category)) ||
           key == wordKey(AssetValues::englishLabel(category));
}

} // namespace mamori::parse
