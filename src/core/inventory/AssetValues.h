#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mamori {

enum class DeviceCategory
{
    Pc,
    Laptop,
    Server,
    NetworkDevice,
    MobileDevice, // smartphone or tablet
    PrinterMfp,
    RemovableMedia,
    CloudService,
    Software, // software or licence
    Other,
};

enum class DeviceStatus
{
    InUse,
    Spare,
    InRepair,
    Retired,
    Disposed
};

// Antivirus and disk encryption. Unknown is an empty cell: nobody has said yet.
enum class Coverage
{
    Unknown,
    Yes,
    No,
    NotApplicable
};

enum class MfaState
{
    Unknown,
    Yes,
    Partial,
    No,
    NotApplicable
};

// 個人情報の種類: none / personal / sensitive (要配慮) / My Number (特定個人情報).
enum class PersonalData
{
    None,
    Personal,
    Sensitive,
    MyNumber
};

// Stable codes stored in the database and used in JSON ("pc", "in_use", "yes", "my_number"),
// and translated labels for people. Parsing of free-form cells lives in ValueParsers.
class AssetValues
{
    Q_DECLARE_TR_FUNCTIONS(AssetValues)

public:
    static QString code(DeviceCategory value);
    static QString code(DeviceStatus value);
    static QString code(Coverage value);
    static QString code(MfaState value);
    static QString code(PersonalData value);

    static std::optional<DeviceCategory> categoryFromCode(const QString &code);
    static std::optional<DeviceStatus> statusFromCode(const QString &code);
    static std::optional<Coverage> coverageFromCode(const QString &code);
    static std::optional<MfaState> mfaFromCode(const QString &code);
    static std::optional<PersonalData> personalDataFromCode(const QString &code);

    static QString label(DeviceCategory value);
    static QString label(DeviceStatus value);
    static QString label(Coverage value);
    static QString label(MfaState value);
    static QString label(PersonalData value);
    // The untranslated source of label(): what an English export writes.
    static QString englishLabel(DeviceCategory value);

    // Every value, in the order people choose from (Unknown first for coverage and MFA).
    static QList<DeviceCategory> categories();
    static QList<DeviceStatus> statuses();
    static QList<Coverage> coverages();
    static QList<MfaState> mfaStates();
    static QList<PersonalData> personalDataKinds();
};

} // namespace mamori
