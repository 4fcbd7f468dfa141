#include "ValueParsers.h"

#include "ParsingSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mamori::parse {

using namespace support;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ValueParsers)
};

// Every rejected date says why, so the import preview can tell people what to fix.
DateReading failed(const QString &reason)
{
    return {std::nullopt, reason, DateReading::Order::Settled};
}

QString isoText(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

DateReading calendarDate(int year, int month, int day,
                         DateReading::Order order = DateReading::Order::Settled)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return failed(Text::tr("no such day: %1").arg(isoText(year, month, day)));
    return {date, {}, order};
}

// Excel's 1900 date system counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, also counts a
// 29 February 1900 that never existed as day 60, so from day 61 on it is one day ahead.
DateReading fromExcelSerial(int serial)
{
    if (serial < 1)
        return failed(Text::tr("not a date"));
    if (serial == 60)
        return failed(Text::tr("no such day: %1").arg(isoText(1900, 2, 29)));
    const QDate dayZero = serial < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return {dayZero.addDays(serial), {}, DateReading::Order::Settled};
}

// A year written with two digits, once the order says where the year is.
int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    if (digits.size() > 2)
        return year;
    return year < twoDigitYearPivot ? 2000 + year : 1900 + year;
}

QString twoDigitYearsNeedAnOrder()
{
    return Text::tr("two-digit years are ambiguous; write the year in full or choose the file's "
                    "date order (Date order in the import dialog, --date-order on the command "
                    "line)");
}

// Year first: 2024/4/1, and with an explicit order also 24/4/1.
DateReading yearFirst(const QString &year, const QString &month, const QString &day,
                      DateOrder order)
{
    if (year.size() <= 2 && order != DateOrder::Ymd)
        return failed(twoDigitYearsNeedAnOrder());
    if ((year.size() != 4 && year.size() > 2) || month.size() > 2 || day.size() > 2)
        return failed(Text::tr("not a date"));
    return calendarDate(fullYear(year), month.toInt(), day.toInt());
}

// 4/1/2024 or 1/4/24: the year last, and the day and month in the file's order. In auto mode a
// number above 12 says which is the day; when neither is, the column's other dates must.
DateReading yearLast(const QString &first, const QString &second, const QString &year,
                     DateOrder order)
{
    if (first.size() > 2 || second.size() > 2 || (year.size() != 4 && year.size() != 2))
        return failed(Text::tr("not a date"));
    const int a = first.toInt();
    const int b = second.toInt();
    if (order == DateOrder::Mdy)
        return calendarDate(fullYear(year), a, b);
    if (order == DateOrder::Dmy)
        return calendarDate(fullYear(year), b, a);
    if (year.size() == 2)
        return failed(twoDigitYearsNeedAnOrder());
    if (a > 12 && b <= 12)
        return calendarDate(year.toInt(), b, a, DateReading::Order::DayFirst);
    if (b > 12 && a <= 12)
        return calendarDate(year.toInt(), a, b, DateReading::Order::MonthFirst);
    if (a > 12 && b > 12)
        return failed(Text::tr("no such day: %1").arg(isoText(year.toInt(), a, b)));
    return {std::nullopt, ambiguousDayAndMonth(), DateReading::Order::NeedsOrder};
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
DateReading eraDate(const QString &eraText, const QString &eraYear, int month, int day)
{
    const Era *era = eraNamed(eraText);
    Q_ASSERT(era); // the pattern only lets era names and letters through
    const int yearOfEra = eraYear == QStringLiteral("元") ? 1 : eraYear.toInt();
    if (yearOfEra < 1)
        return failed(Text::tr("the era year must be 1 or more"));
    DateReading reading = calendarDate(era->startYear + yearOfEra - 1, month, day);
    const QDate start(era->startYear, era->startMonth, era->startDay);
    if (reading.date && *reading.date < start) {
        return failed(Text::tr("%1 began on %2")
                          .arg(QString::fromUtf8(era->name), start.toString(Qt::ISODate)));
    }
    return reading;
}

} // namespace

QString ambiguousDayAndMonth()
{
    return Text::tr("the day and the month could be either way round; choose the file's date "
                    "order (Date order in the import dialog, --date-order on the command line)");
}

std::optional<DateOrder> dateOrderFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("auto"))
        return DateOrder::Auto;
    if (key == QLatin1String("ymd"))
        return DateOrder::Ymd;
    if (key == QLatin1String("mdy"))
        return DateOrder::Mdy;
    if (key == QLatin1String("dmy"))
        return DateOrder::Dmy;
    return std::nullopt;
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        break;
    case DateOrder::Ymd:
        return QStringLiteral("ymd");
    case DateOrder::Mdy:
        return QStringLiteral("mdy");
    case DateOrder::Dmy:
        return QStringLiteral("dmy");
    }
    return QStringLiteral("auto");
}

std::optional<QDate> date(const QString &text, QString *error)
{
    DateReading reading = readDate(text, DateOrder::Auto);
    if (error)
        *error = reading.error;
    return reading.date;
}

DateReading readDate(const QString &text, DateOrder order)
{
    if (!isPlainAscii(text))
        return general::readDate(text, order);
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
            if (day && index == cell.size())
                return calendarDate(*year, *month, *day);
        }
    }
    return general::readDate(text, order);
}

namespace general {

std::optional<QDate> date(const QString &text, QString *error)
{
    DateReading reading = readDate(text, DateOrder::Auto);
    if (error)
        *error = reading.error;
    return reading.date;
}

DateReading readDate(const QString &text, DateOrder order)
{
    QString compact = general::normalizeWidth(text);
    if (compact.isEmpty())
        return {};

    // A time of day after the date, as spreadsheets and ISO 8601 write it, is not needed.
    static const QRegularExpression timeOfDay(
        QStringLiteral("(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                       "(?:\\s*[AP]M)?(?:Z|[+-]\\d{2}:?\\d{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    compact.remove(timeOfDay);
    compact.removeIf([](QChar character) { return character.isSpace(); });

    // A fraction is the time of day.
    static const QRegularExpression excelSerial(QStringLiteral("^(\\d{1,5})(?:\\.\\d+)?$"));
    if (const auto match = excelSerial.match(compact); match.hasMatch())
        return fromExcelSerial(match.captured(1).toInt());

    static const QRegularExpression yyyymmdd(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto match = yyyymmdd.match(compact); match.hasMatch()) {
        return calendarDate(match.captured(1).toInt(), match.captured(2).toInt(),
                            match.captured(3).toInt());
    }

    static const QRegularExpression era(
        QStringLiteral("^(令和|平成|昭和|大正|明治|[RHSTM])(元|\\d{1,2})"
                       "(?:年(\\d{1,2})月(\\d{1,2})日?|([-/.])(\\d{1,2})\\5(\\d{1,2}))$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = era.match(compact); match.hasMatch()) {
        const bool kanjiForm = match.capturedLength(3) > 0;
        const int month = match.captured(kanjiForm ? 3 : 6).toInt();
        const int day = match.captured(kanjiForm ? 4 : 7).toInt();
        return eraDate(match.captured(1), match.captured(2), month, day);
    }

    static const QRegularExpression kanjiDate(QStringLiteral("^(\\d+)年(\\d+)月(\\d+)日?$"));
    if (const auto match = kanjiDate.match(compact); match.hasMatch())
        return yearFirst(match.captured(1), match.captured(2), match.captured(3), DateOrder::Auto);

    static const QRegularExpression separatedDate(QStringLiteral("^(\\d+)([-/.])(\\d+)\\2(\\d+)$"));
    if (const auto match = separatedDate.match(compact); match.hasMatch()) {
        if (match.capturedLength(1) > 2 || order == DateOrder::Ymd)
            return yearFirst(match.captured(1), match.captured(3), match.captured(4), order);
        if (order == DateOrder::Auto && match.capturedLength(4) <= 2)
            return failed(twoDigitYearsNeedAnOrder()); // 24/4/1 or 1/23/23: which is the year?
        return yearLast(match.captured(1), match.captured(3), match.captured(4), order);
    }

    return failed(Text::tr("not a date"));
}

} // namespace general

} // namespace mamori::parse
