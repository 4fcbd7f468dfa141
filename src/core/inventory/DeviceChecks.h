#pragma once

#include "inventory/AssetValues.h"
#include "inventory/Device.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mamori {

// The facts about devices that Mamori counts, filters and colours by, each defined once: the
// SECURITY ACTION hints and suggested answers, the Assets page's filters and row colours and the
// posture score all ask these, so a count and the list behind it cannot disagree. holds() reads a
// Device; storage turns the same rule into SQL (storage/detail/DeviceCheckSql), and a test keeps
// the two in agreement.
enum class DeviceCheck
{
    SupportTracked,      // in use or spare, anything but a cloud service: OS or software versions
    SupportEnded,        // … whose end of support is before today
    SupportEndsSoon,     // … whose end of support is today or within 180 days
    Updatable,           // in use or spare PCs, laptops, servers, smartphones and tablets
    NoRecentUpdate,      // … with no update recorded in the last 90 days (or never)
    NeedsAntivirus,      // in use or spare PCs, laptops and servers
    NoAntivirus,         // … recorded as without antivirus
    AntivirusUnknown,    // … with antivirus not recorded
    UsesMfa,             // cloud services in use or spare: accounts that take multi-factor sign-in
    WeakMfa,             // … with MFA "no" or only in part
    MfaUnknown,          // … with MFA not recorded
    NotEncrypted,        // in use or spare devices recorded as without disk encryption
    Portable,            // in use or spare laptops, smartphones, tablets and removable media
    PortableUnencrypted, // … recorded as without disk encryption
    PortableEncryptionUnknown, // … with disk encryption not recorded
    WarrantyExpired,           // in use or spare devices whose warranty ended before today
    Disposed,
    DisposedWithoutMethod, // disposed with no record of how the data was erased
};

// One check as data: which devices it looks at and what it tests. Both interpreters (holds()
// and the SQL) read only this.
struct DeviceCheckRule
{
    enum class Statuses
    {
        Active, // in use, spare or in repair: not retired or disposed
        Disposed,
    };
    enum class Test
    {
        None,              // every device of the population
        SupportEnded,      // end of support recorded and before today
        SupportEndsWithin, // end of support recorded, today or up to `days` ahead
        NoUpdateWithin,    // last update not recorded, or more than `days` ago
        AntivirusIs,       // antivirus == `coverage`
        EncryptionIs,      // disk encryption == `coverage`
        MfaIn,             // MFA one of `mfa`
        WarrantyEnded,     // warranty end recorded and before today
        NoDisposalMethod,  // disposal method empty (white space counts as empty)
    };
    Statuses statuses = Statuses::Active;
    QList<DeviceCategory> categories; // empty: every category
    bool excludeCategories = false;   // `categories` are the ones left out
    Test test = Test::None;
    int days = 0;
    Coverage coverage = Coverage::Unknown;
    QList<MfaState> mfa;
};

class DeviceChecks
{
    Q_DECLARE_TR_FUNCTIONS(DeviceChecks)

public:
    static constexpr int recentUpdateDays = 90;
    static constexpr int supportWarningDays = 180;

    static const DeviceCheckRule &rule(DeviceCheck check);
    static bool holds(DeviceCheck check, const Device &device, const QDate &today);
    // "Support ended", for filters and legends.
    static QString label(DeviceCheck check);
    // A stable code ("support_ended", "no_recent_update"): how the posture score's actions name
    // the devices behind them.
    static QString code(DeviceCheck check);
    static std::optional<DeviceCheck> fromCode(const QString &code);
    // The checks the Assets page filters by, in the order it offers them.
    static const QList<DeviceCheck> &filters();
    static bool isActive(DeviceStatus status);
    // What counts as nothing written in a text (spaces, tabs, line ends, the ideographic space).
    static const QString &blankCharacters();
};

} // namespace mamori
