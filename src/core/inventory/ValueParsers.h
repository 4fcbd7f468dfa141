#pragma once

#include "AssetValues.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mamori {

// How a file writes the day, month and year of dates such as 4/1/2024. Auto decides from the
// column: a first number above 12 is the day, a second above 12 makes the first the month;
// four digits first are the year. Explicit orders also read two-digit years
// (parse::twoDigitYearPivot).
enum class DateOrder
{
    Auto,
    Ymd,
    Mdy,
    Dmy,
};
} // namespace mamori

namespace mamori::parse {

// Full-width letters, digits and symbols to half-width (NFKC), trimmed. 「ＡＢＣ１２３」→ "ABC123".
// Dashes that stand for a minus or hyphen (‐ – — ― − ─, and ー when it does not follow kana, so
// サーバー keeps its long vowel) become "-".
QString normalizeWidth(const QString &text);

std::optional<DateOrder> dateOrderFromName(const QString &name); // "auto", "ymd", "mdy", "dmy"
QString dateOrderName(DateOrder order);

// Two-digit years below this are 20xx, the others 19xx: 29 is 2029, 30 is 1930, as Excel reads
// them.
constexpr int twoDigitYearPivot = 30;

// One date cell read. In auto mode a day/month/year cell says what it showed about the order.
struct DateReading
{
    enum class Order
    {
        Settled,    // the cell's shape left no question (2024/4/1, an era date, an explicit order)
        NeedsOrder, // 4/1/2024: both numbers could be the month; no date without an order
        DayFirst,   // 23/1/2024 read day first, as it must be
        MonthFirst, // 1/23/2024 read month first, as it must be
    };
    std::optional<QDate> date;
    QString error; // a short translated phrase; empty for a date or an empty cell
    Order order = Order::Settled;
};

// Accepts 2024-04-01, 2024/4/1, 2024.4.1, 2024年4月1日, era dates (令和6年4月1日, R6.4.1,
// R06/04/01, 平成31年4月30日, H31.4.30, 昭和…, 元年), Excel serial numbers (45383) and full-width
// digits, and with the year last in the given order (4/1/2024, 1/4/24 with an explicit one); a
// time of day after the date is ignored. An impossible date (2024-02-30, 平成32年 is fine =
// 2020, but 令和0年 is not) gives no date and says why. Empty text gives neither date nor error.
DateReading readDate(const QString &text, DateOrder order);
// readDate() in auto mode.
std::optional<QDate> date(const QString &text, QString *error = nullptr);
// The reason given for a day and month that could be either way round.
QString ambiguousDayAndMonth();

// あり/なし, はい/いいえ, ○/×, 有/無, 済/未, yes/no, true/false, 1/0, y/n (any width or case).
std::optional<bool> yesNo(const QString &text);

// An amount exactly as written, without binary floating point: the digits with their fraction
// ("2266.13", "98000"), and the currency a mark or code named ("JPY" for ¥ and 円, "USD" for $,
// "EUR" for €, or the ISO code written before or after), empty when none was written.
struct Amount
{
    QString decimal;
    QString currency;
};
constexpr int maxAmountDigits = 15; // before the decimal point

// "2266.13", "98,000", "¥98,000", "98,000円", "$1,200.50", "USD 1,200.50", "1200 EUR",
// full-width digits. Negative amounts, misplaced separators and unknown marks give nullopt.
std::optional<Amount> amount(const QString &text);
// A currency cell: an ISO code (JPY, USD, …) or a mark or word (¥, 円, $, ドル, €, ユーロ).
std::optional<QString> currency(const QString &text);

// A whole number of months: "36", "36 months", "36ヶ月", "36か月"; "3年" or "3 years" is 36.
std::optional<int> months(const QString &text);

// 1–3 ("1", "２", "高/中/低" = 3/2/1, "high/medium/low").
std::optional<int> level(const QString &text);

// Free-form cells for the enumerations, in Japanese or English, any width or case, including
// the stable codes of AssetValues and common synonyms (ノートPC → Laptop, 複合機 → PrinterMfp,
// Snipe-IT's "Deployed"/"Ready to Deploy"/"Archived"). For coverage and MFA, 該当なし/対象外/－
// are NotApplicable while なし is No; for personal data, なし and － are None. Empty text gives
// nullopt for category, status and personal data, and Unknown for coverage and MFA.
std::optional<DeviceCategory> category(const QString &text);
std::optional<DeviceStatus> status(const QString &text);
std::optional<Coverage> coverage(const QString &text);
std::optional<MfaState> mfa(const QString &text);
std::optional<PersonalData> personalData(const QString &text);

// A best guess for a value none of the words above names, from the known words it contains:
// プリンタ複合機 holds プリンタ and 複合機, "Network Storage" names a NAS. The longest word found
// wins; two words of the same length for different values give no guess. Latin words count only
// as whole words ("PC" is not found in "NPC"). Guesses are for people to confirm, never final.
std::optional<DeviceCategory> guessCategory(const QString &text);
std::optional<DeviceStatus> guessStatus(const QString &text);
std::optional<Coverage> guessCoverage(const QString &text);
std::optional<MfaState> guessMfa(const QString &text);
std::optional<PersonalData> guessPersonalData(const QString &text);
std::optional<int> guessLevel(const QString &text);

// Whether a category cell just names the built-in kind (its code, its English label or its label
// in the language in use) rather than using the firm's own word for it.
bool namesBuiltInCategory(const QString &text, DeviceCategory category);

// How vocabulary cells are compared: normalizeWidth, case-folded, without spaces.
QString wordKey(const QString &text);

// The general forms behind normalizeWidth, readDate and wordKey. Those take a shortcut for plain
// ASCII cells (NFKC leaves ASCII as it is) and for the usual 2024-04-01 and 2024/4/1 dates, which
// is most of every import; these always go the long way, so tests can check both agree.
namespace general {
QString normalizeWidth(const QString &text);
std::optional<QDate> date(const QString &text, QString *error = nullptr);
DateReading readDate(const QString &text, DateOrder order);
QString wordKey(const QString &text);
} // namespace general

} // namespace mamori::parse
