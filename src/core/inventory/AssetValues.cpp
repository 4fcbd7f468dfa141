#include "AssetValues.h"

#include <QList>

namespace mamori {

namespace {

template<typename Enum> struct Entry
{
    Enum value;
    const char *code;
    const char *label;
};

const QList<Entry<DeviceCategory>> &categoryEntries()
{
    static const QList<Entry<DeviceCategory>> all{
        {DeviceCategory::Pc, "pc", QT_TRANSLATE_NOOP("AssetValues", "PC")},
        {DeviceCategory::Laptop, "laptop", QT_TRANSLATE_NOOP("AssetValues", "Laptop")},
        {DeviceCategory::Server, "server", QT_TRANSLATE_NOOP("AssetValues", "Server")},
        {DeviceCategory::NetworkDevice, "network",
         QT_TRANSLATE_NOOP("AssetValues", "Network device")},
        {DeviceCategory::MobileDevice, "mobile",
         QT_TRANSLATE_NOOP("AssetValues", "Smartphone / tablet")},
        {DeviceCategory::PrinterMfp, "printer", QT_TRANSLATE_NOOP("AssetValues", "Printer / MFP")},
        {DeviceCategory::RemovableMedia, "removable_media",
         QT_TRANSLATE_NOOP("AssetValues", "Removable media")},
        {DeviceCategory::CloudService, "cloud_service",
         QT_TRANSLATE_NOOP("AssetValues", "Cloud service")},
        {DeviceCategory::Software, "software",
         QT_TRANSLATE_NOOP("AssetValues", "Software / licence")},
        {DeviceCategory::Other, "other", QT_TRANSLATE_NOOP("AssetValues", "Other")},
    };
    return all;
}

const QList<Entry<DeviceStatus>> &statusEntries()
{
    static const QList<Entry<DeviceStatus>> all{
        {DeviceStatus::InUse, "in_use", QT_TRANSLATE_NOOP("AssetValues", "In use")},
        {DeviceStatus::Spare, "spare", QT_TRANSLATE_NOOP("AssetValues", "Spare")},
        {DeviceStatus::InRepair, "in_repair", QT_TRANSLATE_NOOP("AssetValues", "In repair")},
        {DeviceStatus::Retired, "retired", QT_TRANSLATE_NOOP("AssetValues", "Retired")},
        {DeviceStatus::Disposed, "disposed", QT_TRANSLATE_NOOP("AssetValues", "Disposed")},
    };
    return all;
}

const QList<Entry<Coverage>> &coverageEntries()
{
    static const QList<Entry<Coverage>> all{
        {Coverage::Unknown, "", QT_TRANSLATE_NOOP("AssetValues", "Not recorded")},
        {Coverage::Yes, "yes", QT_TRANSLATE_NOOP("AssetValues", "Yes")},
        {Coverage::No, "no", QT_TRANSLATE_NOOP("AssetValues", "No")},
        {Coverage::NotApplicable, "na", QT_TRANSLATE_NOOP("AssetValues", "Not applicable")},
    };
    return all;
}

const QList<Entry<MfaState>> &mfaEntries()
{
    static const QList<Entry<MfaState>> all{
        {MfaState::Unknown, "", QT_TRANSLATE_NOOP("AssetValues", "Not recorded")},
        {MfaState::Yes, "yes", QT_TRANSLATE_NOOP("AssetValues", "Yes")},
        {MfaState::Partial, "partial", QT_TRANSLATE_NOOP("AssetValues", "Partly")},
        {MfaState::No, "no", QT_TRANSLATE_NOOP("AssetValues", "No")},
        {MfaState::NotApplicable, "na", QT_TRANSLATE_NOOP("AssetValues", "Not applicable")},
    };
    return all;
}

const QList<Entry<PersonalData>> &personalDataEntries()
{
    static const QList<Entry<PersonalData>> all{
        {PersonalData::None, "none", QT_TRANSLATE_NOOP("AssetValues", "None")},
        {PersonalData::Personal, "personal", QT_TRANSLATE_NOOP("AssetValues", "Personal data")},
        {PersonalData::Sensitive, "sensitive",
         QT_TRANSLATE_NOOP("AssetValues", "Sensitive personal data")},
        {PersonalData::MyNumber, "my_number", QT_TRANSLATE_NOOP("AssetValues", "My Number data")},
    };
    return all;
}

template<typename Enum> const Entry<Enum> *byValue(const QList<Entry<Enum>> &entries, Enum value)
{
    for (const auto &entry : entries) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template<typename Enum>
std::optional<Enum> byCode(const QList<Entry<Enum>> &entries, const QString &code)
{
    for (const auto &entry : entries) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum> QString codeOf(const QList<Entry<Enum>> &entries, Enum value)
{
    const auto *entry = byValue(entries, value);
    return entry ? QString::fromLatin1(entry->code) : QString();
}

template<typename Enum> QString labelOf(const QList<Entry<Enum>> &entries, Enum value)
{
    const auto *entry = byValue(entries, value);
    return entry ? AssetValues::tr(entry->label) : QString();
}

} // namespace

QString AssetValues::code(DeviceCategory value)
{
    return codeOf(categoryEntries(), value);
}
QString AssetValues::code(DeviceStatus value)
{
    return codeOf(statusEntries(), value);
}
QString AssetValues::code(Coverage value)
{
    return codeOf(coverageEntries(), value);
}
QString AssetValues::code(MfaState value)
{
    return codeOf(mfaEntries(), value);
}
QString AssetValues::code(PersonalData value)
{
    return codeOf(personalDataEntries(), value);
}

std::optional<DeviceCategory> AssetValues::categoryFromCode(const QString &code)
{
    return byCode(categoryEntries(), code);
}

std::optional<DeviceStatus> AssetValues::statusFromCode(const QString &code)
{
    return byCode(statusEntries(), code);
}

std::optional<Coverage> AssetValues::coverageFromCode(const QString &code)
{
    return byCode(coverageEntries(), code);
}

std::optional<MfaState> AssetValues::mfaFromCode(const QString &code)
{
    return byCode(mfaEntries(), code);
}

std::optional<PersonalData> AssetValues::personalDataFromCode(const QString &code)
{
    return byCode(personalDataEntries(), code);
}

QString AssetValues::label(DeviceCategory value)
{
    return labelOf(categoryEntries(), value);
}
QString AssetValues::englishLabel(DeviceCategory value)
{
    for (const auto &entry : categoryEntries()) {
        if (entry.value == value)
            return QString::fromUtf8(entry.label);
    }
    return {};
}

QString AssetValues::label(DeviceStatus value)
{
    return labelOf(statusEntries(), value);
}
QString AssetValues::label(Coverage value)
{
    return labelOf(coverageEntries(), value);
}
QString AssetValues::label(MfaState value)
{
    return labelOf(mfaEntries(), value);
}
QString AssetValues::label(PersonalData value)
{
    return labelOf(personalDataEntries(), value);
}

template<typename Enum> QList<Enum> valuesOf(const QList<Entry<Enum>> &entries)
{
    QList<Enum> values;
    for (const auto &entry : entries)
        values << entry.value;
    return values;
}

QList<DeviceCategory> AssetValues::categories()
{
    return valuesOf(categoryEntries());
}
QList<DeviceStatus> AssetValues::statuses()
{
    return valuesOf(statusEntries());
}
QList<Coverage> AssetValues::coverages()
{
    return valuesOf(coverageEntries());
}
QList<MfaState> AssetValues::mfaStates()
{
    return valuesOf(mfaEntries());
}
QList<PersonalData> AssetValues::personalDataKinds()
{
    return valuesOf(personalDataEntries());
}

} // namespace mamori
