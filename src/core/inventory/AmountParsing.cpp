#include "ValueParsers.h"

#include "ParsingSupport.h"

#include <QRegularExpression>
#include <QStringList>

namespace mamori::parse {

using namespace support;

namespace {

// The currency a mark or a word stands for; empty when it is not one.
QString currencyOfMark(const QString &mark)
{
    const QString key = mark.trimmed().toUpper();
    if (key.isEmpty())
        return {};
    // A backslash is the yen sign of Shift_JIS files decoded as ASCII, which is how Japanese
    // Windows shows 0x5C.
    if (key == QStringLiteral("¥") || key == QStringLiteral("\\") || key == QStringLiteral("円") ||
        key == QStringLiteral("YEN"))
        return QStringLiteral("JPY");
    if (key == QStringLiteral("$") || key == QStringLiteral("US$") ||
        key == QStringLiteral("ドル") || key == QStringLiteral("米ドル"))
        return QStringLiteral("USD");
    if (key == QStringLiteral("€") || key == QStringLiteral("ユーロ"))
        return QStringLiteral("EUR");
    // The codes a purchase in a small Japanese firm's ledger plausibly carries; any three
    // letters would also accept "ABC 123".
    static const QStringList knownCodes{
        QStringLiteral("JPY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
        QStringLiteral("CNY"), QStringLiteral("KRW"), QStringLiteral("TWD"), QStringLiteral("HKD"),
        QStringLiteral("SGD"), QStringLiteral("AUD"), QStringLiteral("CAD"), QStringLiteral("CHF"),
        QStringLiteral("THB"), QStringLiteral("VND"), QStringLiteral("INR"), QStringLiteral("PHP")};
    return knownCodes.contains(key) ? key : QString();
}

// Leading zeros go ("0120" is 120); the fraction stays as written, so 1200.50 is exported as
// 1200.50 and not 1200.5.
QString canonicalDecimal(QString whole, const QString &fraction)
{
    whole.remove(QLatin1Char(','));
    while (whole.size() > 1 && whole.front() == QLatin1Char('0'))
        whole.remove(0, 1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

} // namespace

std::optional<Amount> amount(const QString &text)
{
    // Plain digits, the usual export, without a regular expression.
    const QStringView cell = QStringView(text).trimmed();
    if (!cell.isEmpty() && cell.size() <= maxAmountDigits &&
        std::all_of(cell.begin(), cell.end(), isAsciiDigit)) {
        return Amount{canonicalDecimal(cell.toString(), {}), {}};
    }
    // A mark or an ISO code before or after; thousands separators only in their places; a
    // decimal point with up to six digits after it. A negative amount is not a purchase cost.
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z]{3}|US\\$|[¥$€\\\\])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)"
                       "(?:\\.(\\d{1,6}))?\\s*([A-Za-z]{3}|円|ドル|米ドル|ユーロ)?$"));
    const auto match = pattern.match(normalizeWidth(text));
    if (!match.hasMatch())
        return std::nullopt;
    const QString before = match.captured(1);
    const QString after = match.captured(4);
    const QString currencyBefore = currencyOfMark(before);
    const QString currencyAfter = currencyOfMark(after);
    if ((!before.isEmpty() && currencyBefore.isEmpty()) ||
        (!after.isEmpty() && currencyAfter.isEmpty()) ||
        (!currencyBefore.isEmpty() && !currencyAfter.isEmpty() && currencyBefore != currencyAfter))
        return std::nullopt;
    QString whole = match.captured(2);
    if (whole.size() - whole.count(QLatin1Char(',')) > maxAmountDigits)
        return std::nullopt;
    return Amount{canonicalDecimal(std::move(whole), match.captured(3)),
                  currencyBefore.isEmpty() ? currencyAfter : currencyBefore};
}

std::optional<QString> currency(const QString &text)
{
    const QString code = currencyOfMark(normalizeWidth(text));
    if (code.isEmpty())
        return std::nullopt;
    return code;
}

} // namespace mamori::parse
