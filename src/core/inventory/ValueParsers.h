#pragma once

#include "AssetValues.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mamori::parse {

// Full-width letters, digits and symbols to half-width (NFKC), trimmed. 「ＡＢＣ１２３」→ "ABC123".
// Dashes that stand for a minus or hyphen (‐ – — ― − ─, and ー when it does not follow kana, so
// サーバー keeps its long vowel) become "-".
QString normalizeWidth(const QString &text);

// Accepts 2024-04-01, 2024/4/1, 2024.4.1, 2024年4月1日, era dates (令和6年4月1日, R6.4.1,
// R06/04/01, 平成31年4月30日, H31.4.30, 昭和…, 元年), Excel serial numbers (45383) and full-width
// digits; a time of day after the date is ignored. An impossible date (2024-02-30, 平成32年 is
// fine = 2020, but 令和0年 is not), a two-digit year or a day-first date (4/1/2024) gives nullopt
// and *error says why in a short translated phrase. Empty text gives nullopt with an empty error.
std::optional<QDate> date(const QString &text, QString *error = nullptr);

// あり/なし, はい/いいえ, ○/×, 有/無, 済/未, yes/no, true/false, 1/0, y/n (any width or case).
std::optional<bool> yesNo(const QString &text);

// Whole yen: "120000", "120,000", "¥120,000", "120,000円", "１２０，０００". Negative is invalid.
std::optional<qint64> yen(const QString &text);

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

// How vocabulary cells are compared: normalizeWidth, case-folded, without spaces.
QString wordKey(const QString &text);

// The general forms behind normalizeWidth, date, yen and wordKey. Those take a shortcut for plain
// ASCII cells (NFKC leaves ASCII as it is) and for the usual 2024-04-01 and 2024/4/1 dates, which
// is most of every import; these always go the long way, so tests can check both agree.
namespace general {
QString normalizeWidth(const QString &text);
std::optional<QDate> date(const QString &text, QString *error = nullptr);
std::optional<qint64> yen(const QString &text);
QString wordKey(const QString &text);
} // namespace general

} // namespace mamori::parse
