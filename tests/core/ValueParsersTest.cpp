#include "inventory/ValueParsers.h"
#include "Language.h"
#include "TestEnvironment.h"
#include "inventory/AssetValues.h"

#include <QDate>
#include <QLocale>

#include <gtest/gtest.h>

using namespace mamori;

namespace {

template<typename Value> struct Case
{
    const char *text; // UTF-8
    Value expected;
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Parses every case and compares, naming the text of a case that fails.
template<typename Value, typename Parser>
void expectParsed(const QList<Case<Value>> &cases, Parser parse)
{
    for (const Case<Value> &testCase : cases) {
        SCOPED_TRACE(testCase.text);
        EXPECT_EQ(parse(utf8(testCase.text)), std::optional<Value>(testCase.expected));
    }
}

// Dates are compared as text so that a failure shows them readably. (A PrintTo for QDate here
// would be ignored: other test files instantiate GoogleTest's printer for QDate without it.)
QString shown(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QStringLiteral("no date");
}

void expectDates(const QList<Case<QDate>> &cases)
{
    for (const Case<QDate> &testCase : cases) {
        SCOPED_TRACE(testCase.text);
        EXPECT_EQ(shown(parse::date(utf8(testCase.text))), shown(testCase.expected));
    }
}

template<typename Parser> void expectRejected(const QList<const char *> &texts, Parser parse)
{
    for (const char *text : texts) {
        SCOPED_TRACE(text);
        EXPECT_EQ(parse(utf8(text)), std::nullopt);
    }
}

// ---- normalizeWidth -----------------------------------------------------------------------

TEST(ValueParsersTest, NormalizeWidthMakesFullWidthHalfAndTrims)
{
    const QList<Case<const char *>> cases{
        {"ＡＢＣ１２３", "ABC123"},  {"，．－", ",.-"},     {"￥１２０", "¥120"},
        {"　ＡＢＣ　", "ABC"},       {" \t abc \n", "abc"}, {"ﾉｰﾄﾊﾟｿｺﾝ", "ノートパソコン"},
        {"ﾏｲﾅﾝﾊﾞｰ", "マイナンバー"},
    };
    for (const auto &[text, expected] : cases) {
        SCOPED_TRACE(text);
        EXPECT_EQ(parse::normalizeWidth(utf8(text)), utf8(expected));
    }
}

TEST(ValueParsersTest, NormalizeWidthTurnsDashesIntoMinusButKeepsLongVowels)
{
    const QList<Case<const char *>> cases{
        {"‐", "-"},
        {"–", "-"},
        {"—", "-"},
        {"―", "-"},
        {"−5", "-5"},
        {"─", "-"},
        {"ー", "-"},
        {"ｰ", "-"},
        {"2024ー04ー01", "2024-04-01"},
        {"R6ー4ー1", "R6-4-1"},
        {"サーバー", "サーバー"},
        {"らーめん", "らーめん"},
        {"コピー機", "コピー機"},
        {"ﾒｰｶｰ", "メーカー"},
    };
    for (const auto &[text, expected] : cases) {
        SCOPED_TRACE(text);
        EXPECT_EQ(parse::normalizeWidth(utf8(text)), utf8(expected));
    }
}

// ---- date ---------------------------------------------------------------------------------

TEST(ValueParsersTest, AcceptsWesternDates)
{
    expectDates({
        {"2024-04-01", QDate(2024, 4, 1)},
        {"2024/4/1", QDate(2024, 4, 1)},
        {"2024.4.1", QDate(2024, 4, 1)},
        {"2024年4月1日", QDate(2024, 4, 1)},
        {"2024 年 4 月 1 日", QDate(2024, 4, 1)},
        {"20240401", QDate(2024, 4, 1)},
        {"2024-12-31", QDate(2024, 12, 31)},
        {"2024-02-29", QDate(2024, 2, 29)},
        {"2000/2/29", QDate(2000, 2, 29)},
        {"  2024-04-01  ", QDate(2024, 4, 1)},
        {"　2024/4/1　", QDate(2024, 4, 1)},
        {"２０２４／４／１", QDate(2024, 4, 1)},
        {"２０２４年４月１日", QDate(2024, 4, 1)},
        {"２０２４０４０１", QDate(2024, 4, 1)},
        {"2024−04−01", QDate(2024, 4, 1)},
        {"2024ー04ー01", QDate(2024, 4, 1)},
    });
}

TEST(ValueParsersTest, IgnoresATimeOfDayAfterTheDate)
{
    expectDates({
        {"2024/4/1 9:30", QDate(2024, 4, 1)},
        {"2024/04/01 00:00:00", QDate(2024, 4, 1)},
        {"2024-04-01T09:30:00", QDate(2024, 4, 1)},
        {"2024-04-01T09:30:00.000Z", QDate(2024, 4, 1)},
        {"2024-04-01T23:30:00+09:00", QDate(2024, 4, 1)},
        {"2024年4月1日 9:30", QDate(2024, 4, 1)},
        {"２０２４／４／１　９：３０", QDate(2024, 4, 1)},
    });
}

TEST(ValueParsersTest, AcceptsJapaneseEraDates)
{
    expectDates({
        {"令和6年4月1日", QDate(2024, 4, 1)},
        {"令和６年４月１日", QDate(2024, 4, 1)},
        {"令和 6 年 4 月 1 日", QDate(2024, 4, 1)},
        {"令和元年5月1日", QDate(2019, 5, 1)},
        {"令和6.4.1", QDate(2024, 4, 1)},
        {"平成31年4月30日", QDate(2019, 4, 30)},
        {"平成元年1月8日", QDate(1989, 1, 8)},
        {"昭和64年1月7日", QDate(1989, 1, 7)},
        {"昭和元年12月25日", QDate(1926, 12, 25)},
        {"大正元年7月30日", QDate(1912, 7, 30)},
        {"大正15年12月24日", QDate(1926, 12, 24)},
        {"明治45年7月29日", QDate(1912, 7, 29)},
        {"明治元年1月25日", QDate(1868, 1, 25)},
        {"㍻31年4月30日", QDate(2019, 4, 30)},
        {"㋿6年4月1日", QDate(2024, 4, 1)},
        {"R6.4.1", QDate(2024, 4, 1)},
        {"r6.4.1", QDate(2024, 4, 1)},
        {"R06/04/01", QDate(2024, 4, 1)},
        {"R6-4-1", QDate(2024, 4, 1)},
        {"R6年4月1日", QDate(2024, 4, 1)},
        {"R元.5.1", QDate(2019, 5, 1)},
        {"Ｒ６．４．１", QDate(2024, 4, 1)},
        {"ｒ６／４／１", QDate(2024, 4, 1)},
        {"H31.4.30", QDate(2019, 4, 30)},
        {"H31/4/30", QDate(2019, 4, 30)},
        {"h1.1.8", QDate(1989, 1, 8)},
        {"S64.1.7", QDate(1989, 1, 7)},
        {"S51.4.1", QDate(1976, 4, 1)},
        {"T1.7.30", QDate(1912, 7, 30)},
        {"M6.1.1", QDate(1873, 1, 1)},
        {"R6.4.1 10:00", QDate(2024, 4, 1)},
    });
}

// Old systems never updated for Reiwa keep counting Heisei years.
TEST(ValueParsersTest, AcceptsEraYearsPastTheEndOfTheEra)
{
    expectDates({
        {"平成32年1月1日", QDate(2020, 1, 1)},
        {"H32.4.1", QDate(2020, 4, 1)},
        {"平成31年5月1日", QDate(2019, 5, 1)},
        {"昭和64年1月8日", QDate(1989, 1, 8)},
    });
}

TEST(ValueParsersTest, AcceptsExcelSerialNumbers)
{
    expectDates({
        {"45383", QDate(2024, 4, 1)},
        {"45383.75", QDate(2024, 4, 1)},
        {"45383.0", QDate(2024, 4, 1)},
        {"４５３８３", QDate(2024, 4, 1)},
        {"1", QDate(1900, 1, 1)},
        {"59", QDate(1900, 2, 28)},
        {"61", QDate(1900, 3, 1)},
        {"43586", QDate(2019, 5, 1)},
        {"99999", QDate(2173, 10, 13)},
    });
}

struct RejectedDate
{
    const char *text;
    const char *reason;
};

TEST(ValueParsersTest, RejectsImpossibleAndAmbiguousDatesWithAReason)
{
    const QList<RejectedDate> cases{
        {"2024-02-30", "no such day: 2024-02-30"},
        {"2023-02-29", "no such day: 2023-02-29"},
        {"2024-13-01", "no such day: 2024-13-01"},
        {"2024/4/31", "no such day: 2024-04-31"},
        {"2024/0/1", "no such day: 2024-00-01"},
        {"2024/4/0", "no such day: 2024-04-00"},
        {"20240230", "no such day: 2024-02-30"},
        {"2024年2月30日", "no such day: 2024-02-30"},
        {"60", "no such day: 1900-02-29"},
        {"0", "not a date"},
        {"R6.2.30", "no such day: 2024-02-30"},
        {"令和0年5月1日", "the era year must be 1 or more"},
        {"R0.5.1", "the era year must be 1 or more"},
        {"令和1年4月30日", "令和 began on 2019-05-01"},
        {"R1.4.30", "令和 began on 2019-05-01"},
        {"平成元年1月7日", "平成 began on 1989-01-08"},
        {"昭和元年12月24日", "昭和 began on 1926-12-25"},
        {"24/4/1",
         "two-digit years are ambiguous; write the year in full or choose the file's date order "
         "(Date order in the import dialog, --date-order on the command line)"},
        {"24-04-01",
         "two-digit years are ambiguous; write the year in full or choose the file's date order "
         "(Date order in the import dialog, --date-order on the command line)"},
        {"24年4月1日",
         "two-digit years are ambiguous; write the year in full or choose the file's date order "
         "(Date order in the import dialog, --date-order on the command line)"},
        {"4/1/2024", "the day and the month could be either way round; choose the file's date "
                     "order (Date order in the import dialog, --date-order on the command line)"},
        {"1/23/23",
         "two-digit years are ambiguous; write the year in full or choose the file's date order "
         "(Date order in the import dialog, --date-order on the command line)"},
        {"13/13/2024", "no such day: 2024-13-13"},
        {"abc", "not a date"},
        {"2024/4-1", "not a date"},
        {"2024/4/1/1", "not a date"},
        {"202/4/1", "not a date"},
        {"2024/004/1", "not a date"},
        {"令和6年4月", "not a date"},
        {"X6.4.1", "not a date"},
        {"-45383", "not a date"},
        {"123456", "not a date"},
        {"100000", "not a date"},
        {"45383.75.1", "not a date"},
        {"2024-04-01 noon", "not a date"},
        {"12万", "not a date"},
    };
    for (const auto &[text, reason] : cases) {
        SCOPED_TRACE(text);
        QString error;
        const std::optional<QDate> result = parse::date(utf8(text), &error);
        // Never a stand-in like 1970-01-01 or an invalid QDate: no value at all.
        EXPECT_EQ(shown(result), QStringLiteral("no date"));
        EXPECT_EQ(error, utf8(reason));
    }
}

// What a date order changes, and what auto mode learns from a cell about its column.
TEST(ValueParsersTest, DateOrdersReadTheYearLastAndTwoDigitYears)
{
    struct OrderedCase
    {
        const char *text;
        DateOrder order;
        QDate expected;
    };
    const QList<OrderedCase> cases{
        {"1/23/23", DateOrder::Mdy, QDate(2023, 1, 23)},
        {"1/23/2023", DateOrder::Mdy, QDate(2023, 1, 23)},
        {"4/1/24 9:30 AM", DateOrder::Mdy, QDate(2024, 4, 1)},
        {"4/1/24", DateOrder::Dmy, QDate(2024, 1, 4)},
        {"23.1.2023", DateOrder::Dmy, QDate(2023, 1, 23)},
        {"24/4/1", DateOrder::Ymd, QDate(2024, 4, 1)},
        {"29/12/31", DateOrder::Ymd, QDate(2029, 12, 31)},
        {"30/1/1", DateOrder::Ymd, QDate(1930, 1, 1)},
        {"12/31/99", DateOrder::Mdy, QDate(1999, 12, 31)},
        {"1/1/00", DateOrder::Mdy, QDate(2000, 1, 1)},
        // Year first, era dates and serials need no order whatever is chosen.
        {"2024/4/1", DateOrder::Mdy, QDate(2024, 4, 1)},
        {"令和6年4月1日", DateOrder::Dmy, QDate(2024, 4, 1)},
        {"45383", DateOrder::Mdy, QDate(2024, 4, 1)},
        {"４／１／２０２４", DateOrder::Mdy, QDate(2024, 4, 1)},
    };
    for (const OrderedCase &testCase : cases) {
        SCOPED_TRACE(testCase.text);
        const parse::DateReading reading = parse::readDate(utf8(testCase.text), testCase.order);
        EXPECT_EQ(shown(reading.date), shown(testCase.expected));
        EXPECT_EQ(reading.order, parse::DateReading::Order::Settled);
    }
    EXPECT_EQ(parse::readDate(utf8("1/32/2024"), DateOrder::Mdy).error,
              QStringLiteral("no such day: 2024-01-32"));

    using Order = parse::DateReading::Order;
    const parse::DateReading dayFirst = parse::readDate(utf8("23/1/2024"), DateOrder::Auto);
    EXPECT_EQ(shown(dayFirst.date), QStringLiteral("2024-01-23"));
    EXPECT_EQ(dayFirst.order, Order::DayFirst);
    const parse::DateReading monthFirst = parse::readDate(utf8("1/23/2024"), DateOrder::Auto);
    EXPECT_EQ(shown(monthFirst.date), QStringLiteral("2024-01-23"));
    EXPECT_EQ(monthFirst.order, Order::MonthFirst);
    const parse::DateReading either = parse::readDate(utf8("4/1/2024"), DateOrder::Auto);
    EXPECT_EQ(shown(either.date), QStringLiteral("no date"));
    EXPECT_EQ(either.order, Order::NeedsOrder);
}

TEST(ValueParsersTest, GuessesComeFromTheLongestKnownWordInside)
{
    EXPECT_EQ(parse::category(utf8("プリンタ複合機")), std::nullopt);
    EXPECT_EQ(parse::guessCategory(utf8("プリンタ複合機")), DeviceCategory::PrinterMfp);
    EXPECT_EQ(parse::guessCategory(utf8("Network Storage")), DeviceCategory::Server);
    EXPECT_EQ(parse::guessCategory(utf8("ノートPC（貸出用）")), DeviceCategory::Laptop);
    EXPECT_EQ(parse::guessCategory(utf8("Desktop PC")), DeviceCategory::Pc);
    EXPECT_EQ(parse::guessCategory(utf8("ＵＳＢメモリ（暗号化）")), DeviceCategory::RemovableMedia);
    // Latin words count only whole; words of two values at one length give no guess.
    EXPECT_EQ(parse::guessCategory(utf8("NPC figures")), std::nullopt);
    EXPECT_EQ(parse::guessCategory(utf8("Storage")), std::nullopt);
    EXPECT_EQ(parse::guessCategory(utf8("Monitors")), std::nullopt);
    EXPECT_EQ(parse::guessCategory(utf8("サーバー用スイッチ")), std::nullopt);
    EXPECT_EQ(parse::guessStatus(utf8("使用中（本社）")), DeviceStatus::InUse);
    EXPECT_EQ(parse::guessStatus(utf8("Lost/Stolen")), std::nullopt);
    EXPECT_EQ(parse::guessCoverage(utf8("有効（一部端末）")), Coverage::Yes);
    EXPECT_EQ(parse::guessLevel(utf8("高（社外秘）")), 3);
}

TEST(ValueParsersTest, EmptyDateIsNoDateAndNoError)
{
    for (const char *text : {"", "   ", "　"}) {
        SCOPED_TRACE(text);
        QString error = QStringLiteral("left over from an earlier cell");
        EXPECT_EQ(shown(parse::date(utf8(text), &error)), QStringLiteral("no date"));
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    }
}

TEST(ValueParsersTest, AcceptedDateClearsAnEarlierError)
{
    QString error = QStringLiteral("left over from an earlier cell");
    EXPECT_EQ(shown(parse::date(QStringLiteral("2024-04-01"), &error)),
              QStringLiteral("2024-04-01"));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

TEST(ValueParsersTest, DateWorksWithoutAnErrorOutput)
{
    EXPECT_EQ(shown(parse::date(QStringLiteral("2024-02-30"))), QStringLiteral("no date"));
    EXPECT_EQ(shown(parse::date(QStringLiteral("R6.4.1"))), QStringLiteral("2024-04-01"));
}

// ---- yes/no, yen, months, level -----------------------------------------------------------

TEST(ValueParsersTest, YesNoAcceptsJapaneseEnglishAndSymbols)
{
    expectParsed<bool>(
        {
            {"あり", true},   {"有", true},    {"有り", true},    {"はい", true},
            {"○", true},      {"〇", true},    {"yes", true},     {"YES", true},
            {"Ｙｅｓ", true}, {"y", true},     {"Y", true},       {"true", true},
            {"TRUE", true},   {"1", true},     {"１", true},      {"済", true},
            {"実施", true},   {"✓", true},     {" はい ", true},  {"なし", false},
            {"無", false},    {"無し", false}, {"いいえ", false}, {"×", false},
            {"✕", false},     {"✗", false},    {"no", false},     {"No", false},
            {"ＮＯ", false},  {"n", false},    {"false", false},  {"False", false},
            {"0", false},     {"０", false},   {"未", false},     {"未実施", false},
        },
        [](const QString &text) { return parse::yesNo(text); });
    expectRejected({"", " ", "maybe", "x", "2", "-", "該当なし", "yess"},
                   [](const QString &text) { return parse::yesNo(text); });
}

// Amounts are compared as "decimal currency" text.
QString shownAmount(const std::optional<parse::Amount> &amount)
{
    return amount ? amount->decimal + QLatin1Char(' ') + amount->currency : QStringLiteral("none");
}

TEST(ValueParsersTest, AmountsKeepTheirDecimalsAndCurrency)
{
    const QList<Case<const char *>> cases{
        {"120000", "120000 "},
        {"120,000", "120000 "},
        {"¥120,000", "120000 JPY"},
        {"￥120,000", "120000 JPY"},
        {"¥ 120,000", "120000 JPY"},
        {"\\120,000", "120000 JPY"},
        {"120,000円", "120000 JPY"},
        {"98,000 円", "98000 JPY"},
        {"１２０，０００", "120000 "},
        {"１２０，０００円", "120000 JPY"},
        {" 120000 ", "120000 "},
        {"1200.00", "1200.00 "},
        {"2266.13", "2266.13 "},
        {"1,199.50", "1199.50 "},
        {"$1,200.50", "1200.50 USD"},
        {"＄1,200.50", "1200.50 USD"},
        {"US$ 99", "99 USD"},
        {"USD 1,200.50", "1200.50 USD"},
        {"1200 EUR", "1200 EUR"},
        {"€15.5", "15.5 EUR"},
        {"120000ドル", "120000 USD"},
        {"jpy 500", "500 JPY"},
        {"0", "0 "},
        {"0120", "120 "},
        {"1,234,567,890", "1234567890 "},
        {"999999999999999", "999999999999999 "},
    };
    for (const auto &[text, expected] : cases) {
        SCOPED_TRACE(text);
        EXPECT_EQ(shownAmount(parse::amount(utf8(text))), utf8(expected));
    }
    for (const char *text :
         {"", "12万", "-120000", "−120,000", "△120,000", "12,00", "1,20,000", "120,000,", "abc",
          "ABC 12", "$¥12", "$12円", "1.2.3", "12.1234567", "9999999999999999", "1.200,50"}) {
        SCOPED_TRACE(text);
        EXPECT_EQ(shownAmount(parse::amount(utf8(text))), QStringLiteral("none"));
    }
}

TEST(ValueParsersTest, CurrencyCellsNameACode)
{
    EXPECT_EQ(parse::currency(utf8("円")), QStringLiteral("JPY"));
    EXPECT_EQ(parse::currency(utf8("usd")), QStringLiteral("USD"));
    EXPECT_EQ(parse::currency(utf8("＄")), QStringLiteral("USD"));
    EXPECT_EQ(parse::currency(utf8("ユーロ")), QStringLiteral("EUR"));
    EXPECT_EQ(parse::currency(utf8("XYZ")), std::nullopt);
    EXPECT_EQ(parse::currency(QString()), std::nullopt);
}

TEST(ValueParsersTest, MonthsAcceptsMonthsAndYears)
{
    expectParsed<int>(
        {
            {"36", 36},
            {"36 months", 36},
            {"36 Months", 36},
            {"1 month", 1},
            {"36ヶ月", 36},
            {"36か月", 36},
            {"36カ月", 36},
            {"36ヵ月", 36},
            {"36ヶ月間", 36},
            {"３６ヶ月", 36},
            {"3年", 36},
            {"3年間", 36},
            {"3 years", 36},
            {"1 year", 12},
            {"0", 0},
        },
        [](const QString &text) { return parse::months(text); });
    expectRejected({"", "three", "-36", "36.5", "36日", "36 weeks", "年"},
                   [](const QString &text) { return parse::months(text); });
}

TEST(ValueParsersTest, LevelAcceptsOneToThreeInWordsToo)
{
    expectParsed<int>(
        {
            {"1", 1},
            {"2", 2},
            {"3", 3},
            {"１", 1},
            {"３", 3},
            {"高", 3},
            {"中", 2},
            {"低", 1},
            {"大", 3},
            {"小", 1},
            {"high", 3},
            {"Medium", 2},
            {"LOW", 1},
            {"H", 3},
            {"m", 2},
            {"l", 1},
            {" 2 ", 2},
            {"ｈｉｇｈ", 3},
        },
        [](const QString &text) { return parse::level(text); });
    expectRejected({"", "0", "4", "1.5", "very high", "最高", "-1"},
                   [](const QString &text) { return parse::level(text); });
}

// ---- enumerations -------------------------------------------------------------------------

const QList<DeviceCategory> allCategories{
    DeviceCategory::Pc,
    DeviceCategory::Laptop,
    DeviceCategory::Server,
    DeviceCategory::NetworkDevice,
    DeviceCategory::MobileDevice,
    DeviceCategory::PrinterMfp,
    DeviceCategory::RemovableMedia,
    DeviceCategory::CloudService,
    DeviceCategory::Software,
    DeviceCategory::Other,
};
const QList<DeviceStatus> allStatuses{DeviceStatus::InUse, DeviceStatus::Spare,
                                      DeviceStatus::InRepair, DeviceStatus::Retired,
                                      DeviceStatus::Disposed};
const QList<Coverage> allCoverages{Coverage::Unknown, Coverage::Yes, Coverage::No,
                                   Coverage::NotApplicable};
const QList<MfaState> allMfaStates{MfaState::Unknown, MfaState::Yes, MfaState::Partial,
                                   MfaState::No, MfaState::NotApplicable};
const QList<PersonalData> allPersonalData{PersonalData::None, PersonalData::Personal,
                                          PersonalData::Sensitive, PersonalData::MyNumber};

// The stable codes and the labels of AssetValues, in whatever language is installed.
template<typename Value, typename Parser>
void expectCodesAndLabelsParse(const QList<Value> &values, Parser parse)
{
    for (const Value value : values) {
        const QString code = AssetValues::code(value);
        const QString label = AssetValues::label(value);
        SCOPED_TRACE(label.toStdString());
        if (!code.isEmpty()) {
            EXPECT_EQ(parse(code), std::optional<Value>(value));
        }
        EXPECT_EQ(parse(label), std::optional<Value>(value));
        EXPECT_EQ(parse(label.toUpper()), std::optional<Value>(value));
    }
}

TEST(ValueParsersTest, EnumerationsAcceptTheirCodesAndEnglishLabels)
{
    expectCodesAndLabelsParse(allCategories, parse::category);
    expectCodesAndLabelsParse(allStatuses, parse::status);
    expectCodesAndLabelsParse(allCoverages, parse::coverage);
    expectCodesAndLabelsParse(allMfaStates, parse::mfa);
    expectCodesAndLabelsParse(allPersonalData, parse::personalData);
}

// An English export imported while the app runs in Japanese, and the other way round.
TEST(ValueParsersTest, EnumerationsAcceptLabelsInBothLanguages)
{
    QStringList englishLabels;
    for (const DeviceCategory value : allCategories)
        englishLabels.append(AssetValues::label(value));
    for (const DeviceStatus value : allStatuses)
        englishLabels.append(AssetValues::label(value));

    const QLocale previousLocale;
    {
        Translations translations;
        ASSERT_TRUE(translations.install(UiLanguage::Japanese));
        qsizetype index = 0;
        for (const DeviceCategory value : allCategories)
            EXPECT_EQ(parse::category(englishLabels.at(index++)), value);
        for (const DeviceStatus value : allStatuses)
            EXPECT_EQ(parse::status(englishLabels.at(index++)), value);
        expectCodesAndLabelsParse(allCategories, parse::category);
        expectCodesAndLabelsParse(allStatuses, parse::status);
        expectCodesAndLabelsParse(allCoverages, parse::coverage);
        expectCodesAndLabelsParse(allMfaStates, parse::mfa);
        expectCodesAndLabelsParse(allPersonalData, parse::personalData);
    }
    QLocale::setDefault(previousLocale);
}

TEST(ValueParsersTest, CategoryAcceptsJapaneseEnglishAndSynonyms)
{
    using C = DeviceCategory;
    expectParsed<C>(
        {
            {"パソコン", C::Pc},
            {"PC", C::Pc},
            {"ｐｃ", C::Pc},
            {"デスクトップ", C::Pc},
            {"Desktop", C::Pc},
            {"Desktops", C::Pc},
            {"ノートPC", C::Laptop},
            {"ノート PC", C::Laptop},
            {"ノートパソコン", C::Laptop},
            {"ﾉｰﾄﾊﾟｿｺﾝ", C::Laptop},
            {"Laptop", C::Laptop},
            {"Laptops", C::Laptop},
            {"Notebook", C::Laptop},
            {"サーバー", C::Server},
            {"サーバ", C::Server},
            {"Server", C::Server},
            {"Servers", C::Server},
            {"NAS", C::Server},
            {"ネットワーク機器", C::NetworkDevice},
            {"ルーター", C::NetworkDevice},
            {"スイッチ", C::NetworkDevice},
            {"UTM", C::NetworkDevice},
            {"無線LANアクセスポイント", C::NetworkDevice},
            {"Networking", C::NetworkDevice},
            {"Router", C::NetworkDevice},
            {"スマートフォン", C::MobileDevice},
            {"スマホ", C::MobileDevice},
            {"携帯電話", C::MobileDevice},
            {"タブレット", C::MobileDevice},
            {"iPad", C::MobileDevice},
            {"Mobile Phones", C::MobileDevice},
            {"Tablets", C::MobileDevice},
            {"プリンター", C::PrinterMfp},
            {"プリンタ", C::PrinterMfp},
            {"複合機", C::PrinterMfp},
            {"MFP", C::PrinterMfp},
            {"Printers", C::PrinterMfp},
            {"USBメモリ", C::RemovableMedia},
            {"ＵＳＢメモリ", C::RemovableMedia},
            {"外付けHDD", C::RemovableMedia},
            {"外付けSSD", C::RemovableMedia},
            {"記録媒体", C::RemovableMedia},
            {"SDカード", C::RemovableMedia},
            {"Removable media", C::RemovableMedia},
            {"クラウドサービス", C::CloudService},
            {"クラウド", C::CloudService},
            {"SaaS", C::CloudService},
            {"Cloud", C::CloudService},
            {"ソフトウェア", C::Software},
            {"ソフト", C::Software},
            {"ライセンス", C::Software},
            {"Software", C::Software},
            {"License", C::Software},
            {"Licence", C::Software},
            {"その他", C::Other},
            {"Other", C::Other},
        },
        parse::category);
    expectRejected({"", "  ", "Monitors", "机", "pcs", "-"}, parse::category);
}

TEST(ValueParsersTest, StatusAcceptsJapaneseEnglishAndSnipeItLabels)
{
    using S = DeviceStatus;
    expectParsed<S>(
        {
            {"使用中", S::InUse},
            {"稼働中", S::InUse},
            {"利用中", S::InUse},
            {"In use", S::InUse},
            {"in_use", S::InUse},
            {"Deployed", S::InUse},
            {"予備", S::Spare},
            {"在庫", S::Spare},
            {"保管中", S::Spare},
            {"Spare", S::Spare},
            {"Ready to Deploy", S::Spare},
            {"ready to deploy", S::Spare},
            {"Pending", S::Spare},
            {"修理中", S::InRepair},
            {"故障", S::InRepair},
            {"In repair", S::InRepair},
            {"Out for Repair", S::InRepair},
            {"Broken", S::InRepair},
            {"退役", S::Retired},
            {"使用停止", S::Retired},
            {"Retired", S::Retired},
            {"Archived", S::Retired},
            {"Broken - Not Fixable", S::Retired},
            {"廃棄", S::Disposed},
            {"廃棄済", S::Disposed},
            {"廃棄済み", S::Disposed},
            {"Disposed", S::Disposed},
        },
        parse::status);
    expectRejected({"", "Lost/Stolen", "紛失", "active?", "使用"}, parse::status);
}

TEST(ValueParsersTest, CoverageAcceptsYesNoAndNotApplicable)
{
    using V = Coverage;
    expectParsed<V>(
        {
            {"", V::Unknown},
            {"  ", V::Unknown},
            {"Not recorded", V::Unknown},
            {"yes", V::Yes},
            {"Yes", V::Yes},
            {"あり", V::Yes},
            {"有", V::Yes},
            {"はい", V::Yes},
            {"○", V::Yes},
            {"1", V::Yes},
            {"済", V::Yes},
            {"有効", V::Yes},
            {"導入済", V::Yes},
            {"no", V::No},
            {"なし", V::No},
            {"無", V::No},
            {"いいえ", V::No},
            {"×", V::No},
            {"0", V::No},
            {"未", V::No},
            {"無効", V::No},
            {"未導入", V::No},
            {"該当なし", V::NotApplicable},
            {"対象外", V::NotApplicable},
            {"不要", V::NotApplicable},
            {"N/A", V::NotApplicable},
            {"n/a", V::NotApplicable},
            {"n.a.", V::NotApplicable},
            {"N.A.", V::NotApplicable},
            {"na", V::NotApplicable},
            {"－", V::NotApplicable},
            {"-", V::NotApplicable},
            {"ー", V::NotApplicable},
            {"―", V::NotApplicable},
            {"Not applicable", V::NotApplicable},
        },
        parse::coverage);
    expectRejected({"maybe", "一部", "partial", "x"}, parse::coverage);
}

TEST(ValueParsersTest, MfaAcceptsCoverageWordsAndPartial)
{
    using V = MfaState;
    expectParsed<V>(
        {
            {"", V::Unknown},
            {"Not recorded", V::Unknown},
            {"yes", V::Yes},
            {"あり", V::Yes},
            {"○", V::Yes},
            {"有効", V::Yes},
            {"一部", V::Partial},
            {"部分的", V::Partial},
            {"Partial", V::Partial},
            {"Partly", V::Partial},
            {"partial", V::Partial},
            {"no", V::No},
            {"なし", V::No},
            {"×", V::No},
            {"無効", V::No},
            {"該当なし", V::NotApplicable},
            {"N/A", V::NotApplicable},
            {"－", V::NotApplicable},
            {"対象外", V::NotApplicable},
        },
        parse::mfa);
    expectRejected({"maybe", "half", "x"}, parse::mfa);
}

TEST(ValueParsersTest, PersonalDataAcceptsJapaneseAndEnglishKinds)
{
    using V = PersonalData;
    expectParsed<V>(
        {
            {"なし", V::None},
            {"無", V::None},
            {"None", V::None},
            {"none", V::None},
            {"0", V::None},
            {"該当なし", V::None},
            {"－", V::None},
            {"個人情報", V::Personal},
            {"あり", V::Personal},
            {"Personal", V::Personal},
            {"Personal data", V::Personal},
            {"要配慮個人情報", V::Sensitive},
            {"要配慮", V::Sensitive},
            {"Sensitive", V::Sensitive},
            {"特定個人情報", V::MyNumber},
            {"マイナンバー", V::MyNumber},
            {"ﾏｲﾅﾝﾊﾞｰ", V::MyNumber},
            {"My Number", V::MyNumber},
            {"my_number", V::MyNumber},
        },
        parse::personalData);
    expectRejected({"", "  ", "maybe", "顧客情報", "2"}, parse::personalData);
}

// ---- fast paths ----------------------------------------------------------------------------

// Cells that take the ASCII and date shortcuts, cells next to them that must not, and cells that
// only the general path understands. Each shortcut must give exactly what the general path gives.
const QList<const char *> trickyCells{
    "",
    " ",
    "\t",
    "　",
    "2024-04-01",
    " 2024-04-01 ",
    "\t2024-04-01\r\n",
    "2024/4/1",
    "2024.4.1",
    "2024-4-01",
    "2024/04/1",
    "2024-02-29",
    "2023-02-29",
    "2024-02-30",
    "2024-13-01",
    "2024-00-10",
    "2024-04-00",
    "0001-01-01",
    "9999-12-31",
    "2024-04/01",
    "2024/04-01",
    "2024-04-01x",
    "2024-04-01T10:30",
    "2024-04-01 10:30:00",
    "2024-04-01T10:30:00Z",
    "2024-004-01",
    "2024-04-001",
    "02024-04-01",
    "024-04-01",
    "24-04-01",
    "4/1/2024",
    "2024--04-01",
    "2024-04-",
    "2024",
    "20240401",
    "45383",
    "45383.5",
    "60",
    "0",
    "R6.4.1",
    "r06/04/01",
    "H31.4.30",
    "S64.1.7",
    "令和6年4月1日",
    "令和元年5月1日",
    "平成31年4月30日",
    "2024年4月1日",
    "２０２４－０４－０１",
    "２０２４/4/1",
    "2024ー4ー1",
    "2024‐04‐01",
    "2024−04−01",
    "１２０，０００",
    "120000",
    " 120000 ",
    "120,000",
    "12,0000",
    "¥120,000",
    "\\120,000",
    "120,000円",
    "1200.00",
    "1200.50",
    "-5",
    "+5",
    "007",
    "999999999999999999",
    "9223372036854775807",
    "9999999999999999999",
    "12 000",
    "In use",
    " in_use ",
    "IN USE",
    "ＩＮ　ＵＳＥ",
    "Not applicable",
    "N/A",
    "n.a.",
    "-",
    "－",
    "ﾉｰﾄPC",
    "ノートPC",
    "Ready to Deploy",
    "YES",
    "\tyes\n",
    "Straße",
    "ǅ",
    "İ",
    "abc\x01"
    "def",
    "a\u00a0b",
};

TEST(ValueParsersTest, FastPathsGiveWhatTheGeneralPathsGive)
{
    for (const char *text : trickyCells) {
        const QString cell = utf8(text);
        SCOPED_TRACE(text);
        EXPECT_EQ(parse::normalizeWidth(cell), parse::general::normalizeWidth(cell));
        EXPECT_EQ(parse::wordKey(cell), parse::general::wordKey(cell));
        QString fastError = QStringLiteral("left over");
        QString generalError = QStringLiteral("left over");
        EXPECT_EQ(shown(parse::date(cell, &fastError)),
                  shown(parse::general::date(cell, &generalError)));
        EXPECT_EQ(fastError, generalError);
    }
}

TEST(ValueParsersTest, FastPathsStillRejectWhatTheyShould)
{
    QString error;
    EXPECT_EQ(parse::date(QStringLiteral("2024-02-30"), &error), std::nullopt);
    EXPECT_EQ(error, QStringLiteral("no such day: 2024-02-30"));
    EXPECT_EQ(parse::date(QStringLiteral("24/4/1"), &error), std::nullopt);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(shown(parse::date(QStringLiteral(" 2024/4/1 "))), QStringLiteral("2024-04-01"));
    EXPECT_EQ(parse::amount(QStringLiteral("9999999999999999999")), std::nullopt); // too long
    EXPECT_EQ(parse::wordKey(QStringLiteral(" Ready to Deploy ")), QStringLiteral("readytodeploy"));
}

} // namespace
