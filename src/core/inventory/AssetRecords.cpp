#include "AssetRecords.h"

#include "ValueParsers.h"

#include <QHash>
#include <QJsonDocument>

#include <variant>

namespace mamori {

namespace {

const auto isoDate = Qt::ISODate;

template<typename Record>
using Member =
    std::variant<QString Record::*, QDate Record::*, std::optional<DecimalAmount> Record::*,
                 CurrencyCode Record::*, int Record::*, std::optional<int> Record::*,
                 DeviceCategory Record::*, DeviceStatus Record::*, Coverage Record::*,
                 MfaState Record::*, PersonalData Record::*>;

template<typename Record> struct Binding
{
    QString field;
    Member<Record> member;
};

const QList<Binding<Device>> &deviceBindings()
{
    static const QList<Binding<Device>> all{
        {QStringLiteral("category"), &Device::category},
        {QStringLiteral("category_label"), &Device::categoryLabel},
        {QStringLiteral("asset_number"), &Device::assetNumber},
        {QStringLiteral("name"), &Device::name},
        {QStringLiteral("status"), &Device::status},
        {QStringLiteral("disposal_date"), &Device::disposalDate},
        {QStringLiteral("disposal_method"), &Device::disposalMethod},
        {QStringLiteral("assigned_user"), &Device::assignedUser},
        {QStringLiteral("department"), &Device::department},
        {QStringLiteral("location"), &Device::location},
        {QStringLiteral("manufacturer"), &Device::manufacturer},
        {QStringLiteral("model"), &Device::model},
        {QStringLiteral("model_number"), &Device::modelNumber},
        {QStringLiteral("serial_number"), &Device::serialNumber},
        {QStringLiteral("os_name"), &Device::osName},
        {QStringLiteral("os_version"), &Device::osVersion},
        {QStringLiteral("purchase_date"), &Device::purchaseDate},
        {QStringLiteral("purchase_cost"), &Device::purchaseCost},
        {QStringLiteral("purchase_currency"), &Device::purchaseCurrency},
        {QStringLiteral("warranty_end"), &Device::warrantyEnd},
        {QStringLiteral("end_of_support"), &Device::endOfSupport},
        {QStringLiteral("last_update"), &Device::lastUpdate},
        {QStringLiteral("antivirus"), &Device::antivirus},
        {QStringLiteral("mfa"), &Device::mfa},
        {QStringLiteral("disk_encryption"), &Device::diskEncryption},
        {QStringLiteral("supplier"), &Device::supplier},
        {QStringLiteral("order_number"), &Device::orderNumber},
        {QStringLiteral("notes"), &Device::notes},
    };
    return all;
}

const QList<Binding<InformationAsset>> &informationBindings()
{
    static const QList<Binding<InformationAsset>> all{
        {QStringLiteral("business_area"), &InformationAsset::businessArea},
        {QStringLiteral("name"), &InformationAsset::name},
        {QStringLiteral("notes"), &InformationAsset::notes},
        {QStringLiteral("users_scope"), &InformationAsset::usersScope},
        {QStringLiteral("owning_department"), &InformationAsset::owningDepartment},
        {QStringLiteral("media_location"), &InformationAsset::mediaLocation},
        {QStringLiteral("personal_data"), &InformationAsset::personalData},
        {QStringLiteral("confidentiality"), &InformationAsset::confidentiality},
        {QStringLiteral("integrity"), &InformationAsset::integrity},
        {QStringLiteral("availability"), &InformationAsset::availability},
        // Stored as the override; read and written as the effective importance elsewhere.
        {QStringLiteral("importance"), &InformationAsset::importanceOverride},
        {QStringLiteral("registered_on"), &InformationAsset::registeredOn},
        {QStringLiteral("threat"), &InformationAsset::threat},
        {QStringLiteral("vulnerability"), &InformationAsset::vulnerability},
    };
    return all;
}

template<typename Record>
const Binding<Record> *findBinding(const QList<Binding<Record>> &bindings, const QString &field)
{
    // Indexed once per kind: imports look fields up by name for every cell.
    static const QHash<QString, qsizetype> index = [&bindings] {
        QHash<QString, qsizetype> positions;
        for (qsizetype i = 0; i < bindings.size(); ++i)
            positions.insert(bindings[i].field, i);
        return positions;
    }();
    const auto found = index.constFind(field);
    return found == index.cend() ? nullptr : &bindings[*found];
}

template<typename Enum> QString enumCode(Enum value)
{
    return AssetValues::code(value);
}

template<typename Enum> std::optional<Enum> enumFromCode(const QString &code)
{
    if constexpr (std::is_same_v<Enum, DeviceCategory>)
        return AssetValues::categoryFromCode(code);
    else if constexpr (std::is_same_v<Enum, DeviceStatus>)
        return AssetValues::statusFromCode(code);
    else if constexpr (std::is_same_v<Enum, Coverage>)
        return AssetValues::coverageFromCode(code);
    else if constexpr (std::is_same_v<Enum, MfaState>)
        return AssetValues::mfaFromCode(code);
    else
        return AssetValues::personalDataFromCode(code);
}

template<typename Enum> std::optional<Enum> enumFromCell(const QString &cell)
{
    if constexpr (std::is_same_v<Enum, DeviceCategory>)
        return parse::category(cell);
    else if constexpr (std::is_same_v<Enum, DeviceStatus>)
        return parse::status(cell);
    else if constexpr (std::is_same_v<Enum, Coverage>)
        return parse::coverage(cell);
    else if constexpr (std::is_same_v<Enum, MfaState>)
        return parse::mfa(cell);
    else
        return parse::personalData(cell);
}

template<typename Enum> QList<Enum> allValues()
{
    if constexpr (std::is_same_v<Enum, DeviceCategory>)
        return AssetValues::categories();
    else if constexpr (std::is_same_v<Enum, DeviceStatus>)
        return AssetValues::statuses();
    else if constexpr (std::is_same_v<Enum, Coverage>)
        return AssetValues::coverages();
    else if constexpr (std::is_same_v<Enum, MfaState>)
        return AssetValues::mfaStates();
    else
        return AssetValues::personalDataKinds();
}

// AssetValues::code() builds a QString each time; bulk writes need the code of every cell.
template<typename Enum> QLatin1String codeView(Enum value)
{
    static const QList<QByteArray> codes = [] {
        QList<QByteArray> all;
        for (const Enum each : allValues<Enum>()) {
            const auto index = qsizetype(each);
            if (all.size() <= index)
                all.resize(index + 1);
            all[index] = AssetValues::code(each).toLatin1();
        }
        return all;
    }();
    const auto index = qsizetype(value);
    return index >= 0 && index < codes.size() ? QLatin1String(codes[index]) : QLatin1String("");
}

template<typename Record>
StoredValue storedForm(const Record &record, const Binding<Record> &binding)
{
    return std::visit(
        [&record](auto member) -> StoredValue {
            const auto &value = record.*member;
            using T = std::decay_t<decltype(value)>;
            StoredValue form;
            if constexpr (std::is_same_v<T, QString>) {
                form.type = StoredValue::Type::Text;
                form.text = value.isNull() ? QStringView(u"") : QStringView(value);
            } else if constexpr (std::is_same_v<T, QDate>) {
                form.type = value.isValid() ? StoredValue::Type::Date : StoredValue::Type::Null;
                form.date = value;
            } else if constexpr (std::is_same_v<T, std::optional<DecimalAmount>>) {
                form.type = value ? StoredValue::Type::Text : StoredValue::Type::Null;
                form.text = value ? QStringView(value->digits) : QStringView();
            } else if constexpr (std::is_same_v<T, CurrencyCode>) {
                form.type = StoredValue::Type::Text;
                form.text = value.code.isNull() ? QStringView(u"") : QStringView(value.code);
            } else if constexpr (std::is_same_v<T, std::optional<int>>) {
                form.type = value ? StoredValue::Type::Integer : StoredValue::Type::Null;
                form.integer = value.value_or(0);
            } else if constexpr (std::is_same_v<T, int>) {
                form.type = StoredValue::Type::Integer;
                form.integer = value;
            } else {
                form.type = StoredValue::Type::Code;
                form.code = codeView(value);
            }
            return form;
        },
        binding.member);
}

template<typename Record> QVariant stored(const Record &record, const Binding<Record> &binding)
{
    return std::visit(
        [&record](auto member) -> QVariant {
            const auto &value = record.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString>)
                return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
            else if constexpr (std::is_same_v<T, QDate>)
                return value.isValid() ? QVariant(value.toString(isoDate)) : QVariant();
            else if constexpr (std::is_same_v<T, std::optional<DecimalAmount>>)
                return value ? QVariant(value->digits) : QVariant();
            else if constexpr (std::is_same_v<T, CurrencyCode>)
                return QVariant(value.code.isNull() ? QString(QLatin1String("")) : value.code);
            else if constexpr (std::is_same_v<T, std::optional<int>>)
                return value ? QVariant(*value) : QVariant();
            else if constexpr (std::is_same_v<T, int>)
                return QVariant(value);
            else
                return QVariant(enumCode(value));
        },
        binding.member);
}

template<typename Record>
void load(Record &record, const Binding<Record> &binding, const QVariant &stored)
{
    std::visit(
        [&record, &stored](auto member) {
            auto &value = record.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString>)
                value = stored.toString();
            else if constexpr (std::is_same_v<T, QDate>)
                value = stored.isNull() ? QDate() : QDate::fromString(stored.toString(), isoDate);
            else if constexpr (std::is_same_v<T, std::optional<DecimalAmount>>)
                value = stored.isNull() ? std::nullopt
                                        : std::optional(DecimalAmount{stored.toString()});
            else if constexpr (std::is_same_v<T, CurrencyCode>)
                value = CurrencyCode{stored.toString()};
            else if constexpr (std::is_same_v<T, std::optional<int>>)
                value = stored.isNull() ? std::nullopt : std::optional<int>(stored.toInt());
            else if constexpr (std::is_same_v<T, int>)
                value = stored.toInt();
            else
                value = enumFromCode<T>(stored.toString()).value_or(T{});
        },
        binding.member);
}

template<typename Record>
QString text(const Record &record, const Binding<Record> &binding, bool forPeople)
{
    return std::visit(
        [&record, forPeople](auto member) -> QString {
            const auto &value = record.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString>)
                return value;
            else if constexpr (std::is_same_v<T, QDate>)
                return value.isValid() ? value.toString(isoDate) : QString();
            else if constexpr (std::is_same_v<T, std::optional<DecimalAmount>>)
                return value ? value->digits : QString();
            else if constexpr (std::is_same_v<T, CurrencyCode>)
                return value.code;
            else if constexpr (std::is_same_v<T, std::optional<int>>)
                return value ? QString::number(*value) : QString();
            else if constexpr (std::is_same_v<T, int>)
                return QString::number(value);
            else if constexpr (std::is_same_v<T, Coverage>)
                return value == Coverage::Unknown ? QString()
                       : forPeople                ? AssetValues::label(value)
                                                  : enumCode(value);
            else if constexpr (std::is_same_v<T, MfaState>)
                return value == MfaState::Unknown ? QString()
                       : forPeople                ? AssetValues::label(value)
                                                  : enumCode(value);
            else
                return forPeople ? AssetValues::label(value) : enumCode(value);
        },
        binding.member);
}

// The currency a row names, from its currency column or a mark in its amount, whichever comes
// first; the other must agree.
QString takeCurrency(CurrencyCode &currency, const QString &named)
{
    if (named.isEmpty() || currency.code == named)
        return {};
    if (currency.code.isEmpty()) {
        currency.code = named;
        return {};
    }
    return AssetRecords::tr("the row names two currencies: %1 and %2").arg(currency.code, named);
}

// The cell without surrounding white space; most cells have none, and are shared as they are.
QString trimmedCell(const QString &cell)
{
    if (cell.isEmpty() || (!cell.front().isSpace() && !cell.back().isSpace()))
        return cell;
    return cell.trimmed();
}

template<typename Record>
QString parseInto(Record &record, const Binding<Record> &binding, const QString &cell)
{
    const QString trimmed = trimmedCell(cell);
    return std::visit(
        [&record, &trimmed, &cell](auto member) -> QString {
            auto &value = record.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString>) {
                value = cell;
                return {};
            } else if constexpr (std::is_same_v<T, QDate>) {
                QString error;
                const auto date = parse::date(trimmed, &error);
                value = date.value_or(QDate());
                return date || trimmed.isEmpty() ? QString() : error;
            } else if constexpr (std::is_same_v<T, std::optional<DecimalAmount>>) {
                const auto amount = parse::amount(trimmed);
                value = amount ? std::optional(DecimalAmount{amount->decimal}) : std::nullopt;
                if (!amount)
                    return trimmed.isEmpty() ? QString()
                                             : AssetRecords::tr("not an amount: %1").arg(trimmed);
                if constexpr (requires { record.purchaseCurrency; })
                    return takeCurrency(record.purchaseCurrency, amount->currency);
                return {};
            } else if constexpr (std::is_same_v<T, CurrencyCode>) {
                const auto code = parse::currency(trimmed);
                if (!code)
                    return trimmed.isEmpty() ? QString()
                                             : AssetRecords::tr("not a currency: %1").arg(trimmed);
                return takeCurrency(value, *code);
            } else if constexpr (std::is_same_v<T, std::optional<int>> || std::is_same_v<T, int>) {
                const auto level = parse::level(trimmed);
                if constexpr (std::is_same_v<T, int>)
                    value = level.value_or(value);
                else
                    value = level;
                if (level || trimmed.isEmpty())
                    return {};
                return AssetRecords::tr("not a level from 1 to 3: %1").arg(trimmed);
            } else {
                const auto parsed = enumFromCell<T>(trimmed);
                if (parsed) {
                    value = *parsed;
                    return {};
                }
                if (trimmed.isEmpty())
                    return {};
                return AssetRecords::tr("not a recognised value: %1").arg(trimmed);
            }
        },
        binding.member);
}

template<typename Record>
QJsonObject json(const Record &record, const QList<Binding<Record>> &bindings)
{
    QJsonObject object{{QStringLiteral("id"), record.id}};
    for (const auto &binding : bindings)
        object.insert(binding.field, text(record, binding, false));
    QJsonObject custom;
    for (auto it = record.customFields.cbegin(); it != record.customFields.cend(); ++it)
        custom.insert(it.key(), it.value());
    object.insert(QStringLiteral("custom_fields"), custom);
    return object;
}

template<typename Record>
void storedValuesOf(const Record &record, const QList<Binding<Record>> &bindings,
                    QList<StoredValue> &values)
{
    values.resize(bindings.size());
    for (qsizetype i = 0; i < bindings.size(); ++i)
        values[i] = storedForm(record, bindings[i]);
}

} // namespace

QString AssetRecords::toJsonText(const Device &device)
{
    return QString::fromUtf8(QJsonDocument(toJson(device)).toJson(QJsonDocument::Compact));
}

QString AssetRecords::toJsonText(const InformationAsset &asset)
{
    return QString::fromUtf8(QJsonDocument(toJson(asset)).toJson(QJsonDocument::Compact));
}

int AssetRecords::fieldIndex(AssetKind kind, const QString &field)
{
    if (kind == AssetKind::Devices) {
        const auto *binding = findBinding(deviceBindings(), field);
        return binding ? int(binding - deviceBindings().constData()) : -1;
    }
    const auto *binding = findBinding(informationBindings(), field);
    return binding ? int(binding - informationBindings().constData()) : -1;
}

void AssetRecords::storedValues(const Device &device, QList<StoredValue> &values)
{
    storedValuesOf(device, deviceBindings(), values);
}

void AssetRecords::storedValues(const InformationAsset &asset, QList<StoredValue> &values)
{
    storedValuesOf(asset, informationBindings(), values);
}

void AssetRecords::copyField(Device &to, const Device &from, int fieldIndex)
{
    if (fieldIndex >= 0 && fieldIndex < deviceBindings().size())
        std::visit([&](auto member) { to.*member = from.*member; },
                   deviceBindings()[fieldIndex].member);
}

void AssetRecords::copyField(InformationAsset &to, const InformationAsset &from, int fieldIndex)
{
    if (fieldIndex >= 0 && fieldIndex < informationBindings().size())
        std::visit([&](auto member) { to.*member = from.*member; },
                   informationBindings()[fieldIndex].member);
}

QLatin1String AssetRecords::isoDate(QDate date, std::array<char, 10> &buffer)
{
    // What QDate::toString(Qt::ISODate) writes, without formatting through asprintf.
    int year = 0;
    int month = 0;
    int day = 0;
    if (!date.isValid())
        return QLatin1String("");
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return QLatin1String("");
    const auto put = [&buffer](int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            buffer[i] = char('0' + value % 10);
    };
    put(0, year, 4);
    buffer[4] = '-';
    put(5, month, 2);
    buffer[7] = '-';
    put(8, day, 2);
    return QLatin1String(buffer.data(), qsizetype(buffer.size()));
}

QStringList AssetRecords::storedFields(AssetKind kind)
{
    QStringList names;
    if (kind == AssetKind::Devices) {
        for (const auto &binding : deviceBindings())
            names << binding.field;
    } else {
        for (const auto &binding : informationBindings())
            names << binding.field;
    }
    return names;
}

QVariant AssetRecords::storedValue(const Device &device, const QString &field)
{
    const auto *binding = findBinding(deviceBindings(), field);
    return binding ? stored(device, *binding) : QVariant();
}

QVariant AssetRecords::storedValue(const InformationAsset &asset, const QString &field)
{
    const auto *binding = findBinding(informationBindings(), field);
    return binding ? stored(asset, *binding) : QVariant();
}

void AssetRecords::loadStored(Device &device, const QString &field, const QVariant &value)
{
    if (const auto *binding = findBinding(deviceBindings(), field))
        load(device, *binding, value);
}

void AssetRecords::loadStored(InformationAsset &asset, const QString &field, const QVariant &value)
{
    if (const auto *binding = findBinding(informationBindings(), field))
        load(asset, *binding, value);
}

QString AssetRecords::canonicalText(const Device &device, const QString &field)
{
    const auto *binding = findBinding(deviceBindings(), field);
    return binding ? text(device, *binding, false) : QString();
}

QString AssetRecords::canonicalText(const InformationAsset &asset, const QString &field)
{
    if (field == QLatin1String("importance"))
        return QString::number(asset.importance());
    if (field == QLatin1String("risk"))
        return asset.risk() ? QString::number(*asset.risk()) : QString();
    const auto *binding = findBinding(informationBindings(), field);
    return binding ? text(asset, *binding, false) : QString();
}

QString AssetRecords::displayText(const Device &device, const QString &field)
{
    const auto *binding = findBinding(deviceBindings(), field);
    return binding ? text(device, *binding, true) : QString();
}

QString AssetRecords::displayText(const InformationAsset &asset, const QString &field)
{
    if (field == QLatin1String("importance") || field == QLatin1String("risk"))
        return canonicalText(asset, field);
    const auto *binding = findBinding(informationBindings(), field);
    return binding ? text(asset, *binding, true) : QString();
}

QString AssetRecords::parseCell(Device &device, const QString &field, const QString &cell)
{
    const auto *binding = findBinding(deviceBindings(), field);
    return binding ? parseInto(device, *binding, cell) : QString();
}

QString AssetRecords::parseCell(InformationAsset &asset, const QString &field, const QString &cell)
{
    const auto *binding = findBinding(informationBindings(), field);
    return binding ? parseInto(asset, *binding, cell) : QString();
}

QString AssetRecords::parseCell(Device &device, int fieldIndex, const QString &cell)
{
    const auto &bindings = deviceBindings();
    return fieldIndex >= 0 && fieldIndex < bindings.size()
               ? parseInto(device, bindings[fieldIndex], cell)
               : QString();
}

QString AssetRecords::parseCell(InformationAsset &asset, int fieldIndex, const QString &cell)
{
    const auto &bindings = informationBindings();
    return fieldIndex >= 0 && fieldIndex < bindings.size()
               ? parseInto(asset, bindings[fieldIndex], cell)
               : QString();
}

namespace {

template<typename Record>
void setDateOf(Record &record, const QList<Binding<Record>> &bindings, int fieldIndex, QDate date)
{
    if (fieldIndex < 0 || fieldIndex >= bindings.size())
        return;
    std::visit(
        [&](auto member) {
            if constexpr (std::is_same_v<std::decay_t<decltype(record.*member)>, QDate>)
                record.*member = date;
        },
        bindings[fieldIndex].member);
}

template<typename Record>
void setEnumerationOf(Record &record, const QList<Binding<Record>> &bindings, int fieldIndex,
                      int value)
{
    if (fieldIndex < 0 || fieldIndex >= bindings.size())
        return;
    std::visit(
        [&](auto member) {
            using T = std::decay_t<decltype(record.*member)>;
            if constexpr (std::is_enum_v<T> || std::is_same_v<T, int>)
                record.*member = T(value);
            else if constexpr (std::is_same_v<T, std::optional<int>>)
                record.*member = value;
        },
        bindings[fieldIndex].member);
}

} // namespace

void AssetRecords::setDate(Device &device, int fieldIndex, QDate date)
{
    setDateOf(device, deviceBindings(), fieldIndex, date);
}

void AssetRecords::setDate(InformationAsset &asset, int fieldIndex, QDate date)
{
    setDateOf(asset, informationBindings(), fieldIndex, date);
}

void AssetRecords::setEnumeration(Device &device, int fieldIndex, int value)
{
    setEnumerationOf(device, deviceBindings(), fieldIndex, value);
}

void AssetRecords::setEnumeration(InformationAsset &asset, int fieldIndex, int value)
{
    setEnumerationOf(asset, informationBindings(), fieldIndex, value);
}

QJsonObject AssetRecords::toJson(const Device &device)
{
    QJsonObject object = json(device, deviceBindings());
    object.insert(QStringLiteral("end_of_support_overridden"), device.endOfSupportOverridden);
    return object;
}

QJsonObject AssetRecords::toJson(const InformationAsset &asset)
{
    QJsonObject object = json(asset, informationBindings());
    object.insert(QStringLiteral("importance"), asset.importance());
    object.insert(QStringLiteral("importance_overridden"), asset.importanceOverride.has_value());
    object.insert(QStringLiteral("risk"), asset.risk() ? QJsonValue(*asset.risk()) : QJsonValue());
    return object;
}

QString AssetRecords::customFieldsJson(const QMap<QString, QString> &fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> AssetRecords::customFieldsFromJson(const QString &json)
{
    QMap<QString, QString> fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}

} // namespace mamori
