#include "ValueParsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <array>

#include <initializer_list>

namespace mamori::parse {

namespace {

// Hiragana and katakana letters, after which ー is the long-vowel mark of a word (サーバー,
// らーめん). The katakana middle dot ・ and the double hyphen ゠ are punctuation, not letters.
bool isKanaLetter(QChar character)
{
    const char16_t code = character.unicode();
    const bool hiragana = (code >= 0x3041 && code <= 0x3096) || (code >= 0x309D && code <= 0x309F);
    const bool katakana = (code >= 0x30A1 && code <= 0x30FA) || (code >= 0x30FC && code <= 0x30FF);
    const bool katakanaExtension = code >= 0x31F0 && code <= 0x31FF;
    return hiragana || katakana || katakanaExtension;
}

// The dashes a Japanese input method offers for "-" that NFKC leaves alone: hyphen, figure dash,
// en and em dash, horizontal bar, minus sign and the box-drawing line. NFKC already turns
// full-width － and small ﹣ into "-".
bool isDash(QChar character)
{
    const char16_t code = character.unicode();
    return (code >= 0x2010 && code <= 0x2015) || code == 0x2212 || code == 0x2500;
}

bool isMinusLike(const QString &text, qsizetype index)
{
    const QChar character = text.at(index);
    if (isDash(character))
        return true;
    // ー (and half-width ｰ, which NFKC turns into ー) is the long-vowel mark after kana, and
    // a dash anywhere else: a lone ー meaning "none", or 2024ー4ー1 typed with the IME on.
    const bool longVowelMark = character == QChar(0x30FC);
    return longVowelMark && (index == 0 || !isKanaLetter(text.at(index - 1)));
}

// NFKC maps every ASCII character to itself, and the dashes normalizeWidth turns into "-" are
// all outside ASCII: for ASCII text, normalizeWidth is trimmed().
bool isPlainAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isAsciiDigit(QChar character)
{
    return character.unicode() >= u'0' && character.unicode() <= u'9';
}

// The digits at `index` (1 to maxDigits of them) as a number; index moves past them.
std::optional<int> asciiNumber(QStringView text, qsizetype &index, qsizetype maxDigits)
{
    int value = 0;
    const qsizetype start = index;
    while (index < text.size() && isAsciiDigit(text[index]) && index - start < maxDigits)
        value = value * 10 + (text[index++].unicode() - u'0');
    if (index == start || (index < text.size() && isAsciiDigit(text[index])))
        return std::nullopt;
    return value;
}

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
    QHash<QString, Value> m_values;
};

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

// Every rejected date says why, so the import preview can tell people what to fix.
std::optional<QDate> fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

QString isoText(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

std::optional<QDate> calendarDate(int year, int month, int day, QString *error)
{
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return fail(error, QCoreApplication::translate("ValueParsers", "no such day: %1")
                               .arg(isoText(year, month, day)));
    }
    return date;
}

// Excel's 1900 date system counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, also counts a
// 29 February 1900 that never existed as day 60, so from day 61 on it is one day ahead.
std::optional<QDate> fromExcelSerial(int serial, QString *error)
{
    if (serial < 1)
        return fail(error, QCoreApplication::translate("ValueParsers", "not a date"));
    if (serial == 60) {
        return fail(error, QCoreApplication::translate("ValueParsers", "no such day: %1")
                               .arg(isoText(1900, 2, 29)));
    }
    const QDate dayZero = serial < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return dayZero.addDays(serial);
}

// Western dates written with the year first. A year of one or two digits could be 19xx or
// 20xx (or an era year), so it is refused rather than guessed.
std::optional<QDate> westernDate(const QString &year, const QString &month, const QString &day,
                                 QString *error)
{
    if (year.size() <= 2) {
        return fail(error,
                    QCoreApplication::translate(
                        "ValueParsers", "two-digit years are ambiguous; write the year in full"));
    }
    if (year.size() != 4 || month.size() > 2 || day.size() > 2)
        return fail(error, QCoreApplication::translate("ValueParsers", "not a date"));
    return calendarDate(year.toInt(), month.toInt(), day.toInt(), error);
}

struct Era
{
    const char *name; // UTF-8
    char letter;      // the romaji initial used in R6.4.1
    int startYear;
    int startMonth;
    int startDay;
};

// Meiji counts from 1868-01-25, the Gregorian date of 明治元年1月1日: the era was proclaimed on
// 1868-10-23 but applied to the whole year. (Before 1873 Japan used the lunisolar calendar,
// which no inventory date will need.)
constexpr Era eras[] = {
    {"令和", 'R', 2019, 5, 1},  {"平成", 'H', 1989, 1, 8},  {"昭和", 'S', 1926, 12, 25},
    {"大正", 'T', 1912, 7, 30}, {"明治", 'M', 1868, 1, 25},
};

const Era *eraNamed(const QString &nameOrLetter)
{
    for (const Era &era : eras) {
        if (nameOrLetter == QString::fromUtf8(era.name) ||
            nameOrLetter.compare(QLatin1Char(era.letter), Qt::CaseInsensitive) == 0) {
            return &era;
        }
    }
    return nullptr;
}

// An era year past the era's end is accepted: 平成32年 is still written by systems that were
// never updated for Reiwa and means 2020. Only dates before the era began are refused.
std::optional<QDate> eraDate(const QString &eraText, const QString &eraYear, int month, int day,
                             QString *error)
{
    const Era *era = eraNamed(eraText);
    Q_ASSERT(era); // the pattern only lets era names and letters through
    const int yearOfEra = eraYear == QStringLiteral("元") ? 1 : eraYear.toInt();
    if (yearOfEra < 1) {
        return fail(error,
                    QCoreApplication::translate("ValueParsers", "the era year must be 1 or more"));
    }
    const std::optional<QDate> date =
        calendarDate(era->startYear + yearOfEra - 1, month, day, error);
    const QDate start(era->startYear, era->startMonth, era->startDay);
    if (date && *date < start) {
        return fail(error, QCoreApplication::translate("ValueParsers", "%1 began on %2")
                               .arg(QString::fromUtf8(era->name), start.toString(Qt::ISODate)));
    }
    return date;
}

} // namespace

QString normalizeWidth(const QString &text)
{
    if (isPlainAscii(text))
        return text.trimmed();
    return general::normalizeWidth(text);
}

QString wordKey(const QString &text)
{
    if (!isPlainAscii(text))
        return general::wordKey(text);
    // ASCII case folding is lowering A-Z; removing every space also trims.
    QString key;
    key.reserve(text.size());
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (character.isSpace())
            continue;
        key.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c));
    }
    return key;
}

std::optional<QDate> date(const QString &text, QString *error)
{
    if (!isPlainAscii(text))
        return general::date(text, error);
    // 2024-04-01 and 2024/4/1, the shapes of nearly every date cell, without regular expressions.
    // Anything else, including 2024-02-30, goes the general way or to the same calendarDate().
    const QStringView cell = QStringView(text).trimmed();
    qsizetype index = 0;
    const auto year = asciiNumber(cell, index, 4);
    if (year && index == 4 && index < cell.size()) {
        const QChar separator = cell[index++];
        const bool knownSeparator = separator == u'-' || separator == u'/' || separator == u'.';
        const auto month = knownSeparator ? asciiNumber(cell, index, 2) : std::nullopt;
        if (month && index < cell.size() && cell[index] == separator) {
            ++index;
            const auto day = asciiNumber(cell, index, 2);
            if (day && index == cell.size()) {
                if (error)
                    error->clear();
                return calendarDate(*year, *month, *day, error);
            }
        }
    }
    return general::date(text, error);
}

std::optional<qint64> yen(const QString &text)
{
    // Plain digits, the usual export: at most 18 of them so the sum cannot overflow.
    const QStringView cell = QStringView(text).trimmed();
    if (!cell.isEmpty() && cell.size() <= 18 &&
        std::all_of(cell.begin(), cell.end(), isAsciiDigit)) {
        qint64 value = 0;
        for (const QChar digit : cell)
            value = value * 10 + (digit.unicode() - u'0');
        return value;
    }
    return general::yen(text);
}

namespace general {

QString wordKey(const QString &text)
{
    QString key = general::normalizeWidth(text).toCaseFolded();
    key.removeIf([](QChar character) { return character.isSpace(); });
    return key;
}

QString normalizeWidth(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    for (qsizetype index = 0; index < result.size(); ++index) {
        if (isMinusLike(result, index))
            result[index] = QLatin1Char('-');
    }
    return result.trimmed();
}

std::optional<QDate> date(const QString &text, QString *error)
{
    if (error)
        error->clear();
    QString compact = general::normalizeWidth(text);
    if (compact.isEmpty())
        return std::nullopt;

    // A time of day after the date, as spreadsheets and ISO 8601 write it, is not needed.
    static const QRegularExpression timeOfDay(
        QStringLiteral(
            "(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    compact.remove(timeOfDay);
    compact.removeIf([](QChar character) { return character.isSpace(); });

    // A fraction is the time of day.
    static const QRegularExpression excelSerial(QStringLiteral("^(\\d{1,5})(?:\\.\\d+)?$"));
    if (const auto match = excelSerial.match(compact); match.hasMatch())
        return fromExcelSerial(match.captured(1).toInt(), error);

    static const QRegularExpression yyyymmdd(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto match = yyyymmdd.match(compact); match.hasMatch()) {
        return calendarDate(match.captured(1).toInt(), match.captured(2).toInt(),
                            match.captured(3).toInt(), error);
    }

    static const QRegularExpression era(
        QStringLiteral("^(令和|平成|昭和|大正|明治|[RHSTM])(元|\\d{1,2})"
                       "(?:年(\\d{1,2})月(\\d{1,2})日?|([-/.])(\\d{1,2})\\5(\\d{1,2}))$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = era.match(compact); match.hasMatch()) {
        const bool kanjiForm = match.capturedLength(3) > 0;
        const int month = match.captured(kanjiForm ? 3 : 6).toInt();
        const int day = match.captured(kanjiForm ? 4 : 7).toInt();
        return eraDate(match.captured(1), match.captured(2), month, day, error);
    }

    static const QRegularExpression kanjiDate(QStringLiteral("^(\\d+)年(\\d+)月(\\d+)日?$"));
    if (const auto match = kanjiDate.match(compact); match.hasMatch())
        return westernDate(match.captured(1), match.captured(2), match.captured(3), error);

    static const QRegularExpression separatedDate(QStringLiteral("^(\\d+)([-/.])(\\d+)\\2(\\d+)$"));
    if (const auto match = separatedDate.match(compact); match.hasMatch()) {
        // 4/1/2024 could be 4 January or 1 April depending on who wrote it.
        if (match.capturedLength(1) <= 2 && match.capturedLength(4) == 4) {
            return fail(error,
                        QCoreApplication::translate("ValueParsers", "the year must come first"));
        }
        return westernDate(match.captured(1), match.captured(3), match.captured(4), error);
    }

    return fail(error, QCoreApplication::translate("ValueParsers", "not a date"));
}

std::optional<qint64> yen(const QString &text)
{
    // ¥ before or 円 after. A backslash is the yen sign of Shift_JIS files decoded as ASCII,
    // which is how Japanese Windows shows 0x5C. Thousands separators must be in their places,
    // and a fraction is accepted only when it is zero (Snipe-IT exports "1200.00").
    static const QRegularExpression amount(
        QStringLiteral("^(?:[¥\\\\]\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.0+)?\\s*(?:円)?$"));
    const auto match = amount.match(general::normalizeWidth(text));
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = match.captured(1).remove(QLatin1Char(',')).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace general

std::optional<bool> yesNo(const QString &text)
{
    static const Vocabulary<bool> vocabulary{{true, yesWords()}, {false, noWords()}};
    return vocabulary.find(text);
}

std::optional<int> months(const QString &text)
{
    // Years are accepted too ("3年" = 36), since Japanese lists usually give warranties so.
    static const QRegularExpression duration(
        QStringLiteral("^(\\d{1,4})\\s*(?:(months?|[ヶかカヵケ箇]月間?)|(years?|年間?))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = duration.match(normalizeWidth(text));
    if (!match.hasMatch())
        return std::nullopt;
    const int count = match.captured(1).toInt();
    const bool inYears = match.capturedLength(3) > 0;
    return inYears ? count * 12 : count;
}

std::optional<int> level(const QString &text)
{
    static const Vocabulary<int> vocabulary{
        {3, {"3", "高", "大", "high", "h"}},
        {2, {"2", "中", "medium", "mid", "m"}},
        {1, {"1", "低", "小", "low", "l"}},
    };
    return vocabulary.find(text);
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

std::optional<DeviceCategory> lookUpCategory(const QString &text)
{
    static const auto vocabulary = withCodes(Vocabulary<DeviceCategory>{
        {DeviceCategory::Pc,
         {"PC", "パソコン", "デスクトップ", "デスクトップPC", "デスクトップパソコン", "Desktop",
          "Desktops", "Computer"}},
        {DeviceCategory::Laptop,
         {"Laptop", "Laptops", "ノートPC", "ノートパソコン", "ノート", "Notebook", "Notebooks"}},
        {DeviceCategory::Server,
         {"Server", "Servers", "サーバー", "サーバ", "NAS", "ファイルサーバー", "ファイルサーバ"}},
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
    });
    return enumerationValue(vocabulary, text);
}

} // namespace

std::optional<DeviceCategory> category(const QString &text)
{
    return remembered<lookUpCategory>(text);
}

namespace {

std::optional<DeviceStatus> lookUpStatus(const QString &text)
{
    // Snipe-IT's "Pending" (bought or set up but not handed out yet) is counted as Spare: the
    // device exists and is not in use. "Broken" is read like 故障 (to be repaired), while
    // "Broken - Not Fixable" is Retired, not Disposed: its disk still holds data until someone
    // disposes of it properly. Lost or stolen devices are left for people to decide.
    static const auto vocabulary = withCodes(Vocabulary<DeviceStatus>{
        {DeviceStatus::InUse,
         {"In use", "使用中", "稼働中", "稼動中", "利用中", "運用中", "Deployed"}},
        {DeviceStatus::Spare,
         {"Spare", "予備", "在庫", "保管中", "未使用", "Ready to Deploy", "Pending"}},
        {DeviceStatus::InRepair,
         {"In repair", "修理中", "修理", "故障", "故障中", "Out for Repair", "Out for Diagnostics",
          "Broken"}},
        {DeviceStatus::Retired,
         {"Retired", "退役", "使用停止", "利用停止", "Archived", "Broken - Not Fixable"}},
        {DeviceStatus::Disposed, {"Disposed", "廃棄", "廃棄済", "廃棄済み", "処分済", "処分済み"}},
    });
    return enumerationValue(vocabulary, text);
}

} // namespace

std::optional<DeviceStatus> status(const QString &text)
{
    return remembered<lookUpStatus>(text);
}

namespace {

std::optional<Coverage> lookUpCoverage(const QString &text)
{
    if (normalizeWidth(text).isEmpty())
        return Coverage::Unknown;
    static const auto vocabulary = withCodes(Vocabulary<Coverage>{
        {Coverage::Unknown, {"Not recorded"}},
        {Coverage::Yes, yesWords() + enabledWords()},
        {Coverage::No, noWords() + disabledWords()},
        {Coverage::NotApplicable, notApplicableWords()},
    });
    return enumerationValue(vocabulary, text);
}

} // namespace

std::optional<Coverage> coverage(const QString &text)
{
    return remembered<lookUpCoverage>(text);
}

namespace {

std::optional<MfaState> lookUpMfa(const QString &text)
{
    if (normalizeWidth(text).isEmpty())
        return MfaState::Unknown;
    static const auto vocabulary = withCodes(Vocabulary<MfaState>{
        {MfaState::Unknown, {"Not recorded"}},
        {MfaState::Yes, yesWords() + enabledWords()},
        {MfaState::Partial, {"Partly", "Partial", "Partially", "一部", "一部のみ", "部分的"}},
        {MfaState::No, noWords() + disabledWords()},
        {MfaState::NotApplicable, notApplicableWords()},
    });
    return enumerationValue(vocabulary, text);
}

} // namespace

std::optional<MfaState> mfa(const QString &text)
{
    return remembered<lookUpMfa>(text);
}

namespace {

std::optional<PersonalData> lookUpPersonalData(const QString &text)
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
    return enumerationValue(vocabulary, text);
}

} // namespace

std::optional<PersonalData> personalData(const QString &text)
{
    return remembered<lookUpPersonalData>(text);
}

} // namespace mamori::parse
