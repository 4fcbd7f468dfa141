#include "ImportOptions.h"

#include "inventory/AssetValues.h"

#include <QRegularExpression>

namespace mamori {

namespace {

template<typename Enum> QStringList codesOfValues(const QList<Enum> &values)
{
    QStringList codes;
    for (const Enum value : values)
        codes << AssetValues::code(value);
    return codes;
}

template<typename Enum> QString labelOfCode(const QList<Enum> &values, const QString &code)
{
    for (const Enum value : values) {
        if (AssetValues::code(value) == code)
            return AssetValues::label(value);
    }
    return code;
}

} // namespace

void ValueMap::set(const QString &field, const QString &value, const QString &code)
{
    const QString valueKey = key(field, value);
    if (const auto found = m_indexByKey.constFind(valueKey); found != m_indexByKey.cend()) {
        m_entries[*found].code = code;
        return;
    }
    m_indexByKey.insert(valueKey, m_entries.size());
    m_entries.append({field, value.trimmed(), code});
}

QString ValueMap::key(const QString &field, const QString &value)
{
    return field + QChar(0x1f) + parse::wordKey(value);
}

void ValueMap::remove(const QString &field, const QString &value)
{
    const auto found = m_indexByKey.constFind(key(field, value));
    if (found == m_indexByKey.cend())
        return;
    m_entries.removeAt(*found);
    m_indexByKey.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_indexByKey.insert(key(m_entries[i].field, m_entries[i].value), i);
}

std::optional<QString> ValueMap::codeFor(const QString &field, const QString &value) const
{
    const auto found = m_indexByKey.constFind(key(field, value));
    if (found == m_indexByKey.cend())
        return std::nullopt;
    return m_entries.at(*found).code;
}

QJsonObject ValueMap::toJson() const
{
    QJsonObject object;
    for (const Entry &entry : m_entries) {
        QJsonObject values = object.value(entry.field).toObject();
        values.insert(entry.value, entry.code);
        object.insert(entry.field, values);
    }
    return object;
}

ValueMap ValueMap::fromJson(const QJsonObject &object)
{
    ValueMap map;
    for (auto field = object.constBegin(); field != object.constEnd(); ++field) {
        const QJsonObject values = field.value().toObject();
        for (auto value = values.constBegin(); value != values.constEnd(); ++value)
            map.set(field.key(), value.key(), value.value().toString());
    }
    return map;
}

bool ValueMap::isEnumerated(FieldType type)
{
    switch (type) {
    case FieldType::Category:
    case FieldType::Status:
    case FieldType::Coverage:
    case FieldType::Mfa:
    case FieldType::PersonalData:
    case FieldType::Level:
        return true;
    default:
        return false;
    }
}

QStringList ValueMap::codesOf(FieldType type)
{
    switch (type) {
    case FieldType::Category:
        return codesOfValues(AssetValues::categories());
    case FieldType::Status:
        return codesOfValues(AssetValues::statuses());
    case FieldType::Coverage:
        // "" is Unknown, which a map can say as "unknown".
        return codesOfValues(AssetValues::coverages());
    case FieldType::Mfa:
        return codesOfValues(AssetValues::mfaStates());
    case FieldType::PersonalData:
        return codesOfValues(AssetValues::personalDataKinds());
    case FieldType::Level:
        return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    default:
        return {};
    }
}

QString ValueMap::labelOf(FieldType type, const QString &code)
{
    switch (type) {
    case FieldType::Category:
        return labelOfCode(AssetValues::categories(), code);
    case FieldType::Status:
        return labelOfCode(AssetValues::statuses(), code);
    case FieldType::Coverage:
        return labelOfCode(AssetValues::coverages(), code);
    case FieldType::Mfa:
        return labelOfCode(AssetValues::mfaStates(), code);
    case FieldType::PersonalData:
        return labelOfCode(AssetValues::personalDataKinds(), code);
    default:
        return code;
    }
}

std::optional<ValueMap::Entry> ValueMap::parseArgument(AssetKind kind, const QString &argument,
                                                       QString *error)
{
    // FIELD:VALUE=CODE; the value may hold ':' or '=' itself, so the field ends at the first
    // colon and the code starts after the last equals sign.
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    const qsizetype equals = argument.lastIndexOf(QLatin1Char('='));
    if (colon <= 0 || equals <= colon + 1) {
        *error =
            tr("%1: write it as FIELD:VALUE=CODE, e.g. category:Storage=server.").arg(argument);
        return std::nullopt;
    }
    const QString field = argument.left(colon).trimmed();
    const QString value = argument.mid(colon + 1, equals - colon - 1).trimmed();
    QString code = argument.mid(equals + 1).trimmed().toLower();
    const AssetField *definition = AssetFields::find(kind, field);
    if (!definition || !isEnumerated(definition->type)) {
        *error = tr("%1: %2 is not a column with fixed values for %3.")
                     .arg(argument, field, AssetFields::kindName(kind));
        return std::nullopt;
    }
    if (code == QLatin1String("unknown"))
        code.clear();
    const QStringList codes = codesOf(definition->type);
    if (!codes.contains(code)) {
        QStringList shown = codes;
        shown.replaceInStrings(QRegularExpression(QStringLiteral("^$")), QStringLiteral("unknown"));
        *error = tr("%1: %2 is not a value of %3; use one of: %4.")
                     .arg(argument, code, field, shown.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return Entry{field, value, code};
}

} // namespace mamori
