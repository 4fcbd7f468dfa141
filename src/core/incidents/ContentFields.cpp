#include "ContentFields.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IncidentContent)
};

const auto japaneseKey = QStringLiteral("ja");
const auto englishKey = QStringLiteral("en");

} // namespace

ContentFields::ContentFields(const QJsonObject &object, QString where,
                             std::optional<Error> &firstError)
    : m_object(object), m_where(std::move(where)), m_error(firstError)
{}

QString ContentFields::stepPlace(const QString &source, int step)
{
    return step > 0 ? Text::tr("%1, step %2").arg(source).arg(step) : source;
}

QString ContentFields::entryPlace(const QString &source, int entry)
{
    return Text::tr("%1, entry %2").arg(source).arg(entry);
}

bool ContentFields::isKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool letterOrDigit = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!letterOrDigit && (i == 0 || (c != u'-' && c != u'_')))
            return false;
    }
    return true;
}

QJsonObject ContentFields::textToJson(const LocalizedText &text)
{
    return QJsonObject{{japaneseKey, text.ja}, {englishKey, text.en}};
}

void ContentFields::fail(const QString &message)
{
    if (!m_error)
        m_error = Error(ErrorKind::InvalidInput, message);
}

void ContentFields::allowOnly(const QStringList &keys)
{
    for (auto it = m_object.begin(); it != m_object.end() && !failed(); ++it) {
        if (!keys.contains(it.key()))
            fail(Text::tr("%1: unknown field “%2” (check its spelling).").arg(m_where, it.key()));
    }
}

void ContentFields::requireSchema()
{
    const QJsonValue schema = value(QStringLiteral("schema"), true);
    if (failed())
        return;
    if (schema.toDouble(-1) != incidentContentSchema) {
        fail(Text::tr("%1: schema version %2 cannot be read by this Mamori, which reads version "
                      "%3. A newer Mamori may have written it.")
                 .arg(m_where, schema.isDouble() ? QString::number(schema.toDouble())
                                                 : schema.toVariant().toString())
                 .arg(incidentContentSchema));
    }
}

QJsonValue ContentFields::value(const QString &key, bool required)
{
    if (failed())
        return {};
    const QJsonValue found = m_object.value(key);
    if (found.isUndefined() && required)
        fail(Text::tr("%1: “%2” is missing.").arg(m_where, key));
    return found;
}

QString ContentFields::string(const QString &key, bool required)
{
    const QJsonValue found = value(key, required);
    if (found.isUndefined() || failed())
        return {};
    if (!found.isString()) {
        fail(Text::tr("%1: “%2” must be a text.").arg(m_where, key));
        return {};
    }
    return found.toString();
}

bool ContentFields::boolean(const QString &key, bool fallback)
{
    const QJsonValue found = value(key, false);
    if (found.isUndefined() || failed())
        return fallback;
    if (!found.isBool()) {
        fail(Text::tr("%1: “%2” must be true or false.").arg(m_where, key));
        return fallback;
    }
    return found.toBool();
}

int ContentFields::positiveInteger(const QString &key)
{
    const QJsonValue found = value(key, true);
    if (failed())
        return 0;
    const double number = found.toDouble(0);
    if (!found.isDouble() || number < 1 || number > std::numeric_limits<int>::max() ||
        std::trunc(number) != number) {
        fail(Text::tr("%1: “%2” must be a whole number of 1 or more.").arg(m_where, key));
        return 0;
    }
    return static_cast<int>(number);
}

QJsonArray ContentFields::array(const QString &key, bool required)
{
    const QJsonValue found = value(key, required);
    if (found.isUndefined() || failed())
        return {};
    if (!found.isArray()) {
        fail(Text::tr("%1: “%2” must be a list.").arg(m_where, key));
        return {};
    }
    return found.toArray();
}

LocalizedText ContentFields::text(const QString &key, const QString &label, TextNeed need)
{
    const QJsonValue found = value(key, need != TextNeed::Optional);
    if (found.isUndefined() || failed())
        return {};
    if (!found.isObject()) {
        fail(Text::tr("%1: “%2” must hold a Japanese (“ja”) and an English (“en”) text.")
                 .arg(m_where, key));
        return {};
    }
    ContentFields languages(found.toObject(), Text::tr("%1, “%2”").arg(m_where, key), m_error);
    languages.allowOnly({japaneseKey, englishKey});
    LocalizedText text;
    text.ja = languages.string(japaneseKey, false);
    text.en = languages.string(englishKey, false);
    if (failed())
        return {};
    if (need == TextNeed::Both) {
        if (text.ja.trimmed().isEmpty())
            fail(Text::tr("%1: the Japanese %2 is empty.").arg(m_where, label));
        else if (text.en.trimmed().isEmpty())
            fail(Text::tr("%1: the English %2 is empty.").arg(m_where, label));
    } else if (need == TextNeed::AtLeastOne && text.isEmpty()) {
        fail(Text::tr("%1: the %2 is empty in both languages.").arg(m_where, label));
    }
    return text;
}

} // namespace mamori
