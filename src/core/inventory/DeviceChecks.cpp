#include "DeviceChecks.h"

#include <algorithm>
#include <map>

namespace mamori {

namespace {

using Rule = DeviceCheckRule;
using Test = DeviceCheckRule::Test;
using Statuses = DeviceCheckRule::Statuses;

const QList<DeviceCategory> computers{DeviceCategory::Pc, DeviceCategory::Laptop,
                                      DeviceCategory::Server};
const QList<DeviceCategory> updatable{DeviceCategory::Pc, DeviceCategory::Laptop,
                                      DeviceCategory::Server, DeviceCategory::MobileDevice};
const QList<DeviceCategory> cloud{DeviceCategory::CloudService};
// Devices that leave the office and get lost: their disks are what encryption protects.
const QList<DeviceCategory> portable{DeviceCategory::Laptop, DeviceCategory::MobileDevice,
                                     DeviceCategory::RemovableMedia};

Rule tracked(Test test = Test::None, int days = 0)
{
    Rule rule;
    rule.categories = cloud;
    rule.excludeCategories = true;
    rule.test = test;
    rule.days = days;
    return rule;
}

Rule among(const QList<DeviceCategory> &categories, Test test = Test::None)
{
    Rule rule;
    rule.categories = categories;
    rule.test = test;
    return rule;
}

Rule withCoverage(Rule rule, Coverage coverage)
{
    rule.coverage = coverage;
    return rule;
}

Rule withMfa(Rule rule, QList<MfaState> states)
{
    rule.mfa = std::move(states);
    return rule;
}

Rule disposed(Test test = Test::None)
{
    Rule rule;
    rule.statuses = Statuses::Disposed;
    rule.test = test;
    return rule;
}

const std::map<DeviceCheck, Rule> &rules()
{
    static const std::map<DeviceCheck, Rule> all{
        {DeviceCheck::SupportTracked, tracked()},
        {DeviceCheck::SupportEnded, tracked(Test::SupportEnded)},
        {DeviceCheck::SupportEndsSoon,
         tracked(Test::SupportEndsWithin, DeviceChecks::supportWarningDays)},
        {DeviceCheck::Updatable, among(updatable)},
        {DeviceCheck::NoRecentUpdate,
         [] {
             Rule rule = among(updatable, Test::NoUpdateWithin);
             rule.days = DeviceChecks::recentUpdateDays;
             return rule;
         }()},
        {DeviceCheck::NeedsAntivirus, among(computers)},
        {DeviceCheck::NoAntivirus, withCoverage(among(computers, Test::AntivirusIs), Coverage::No)},
        {DeviceCheck::AntivirusUnknown,
         withCoverage(among(computers, Test::AntivirusIs), Coverage::Unknown)},
        {DeviceCheck::UsesMfa, among(cloud)},
        {DeviceCheck::WeakMfa,
         withMfa(among(cloud, Test::MfaIn), {MfaState::No, MfaState::Partial})},
        {DeviceCheck::MfaUnknown, withMfa(among(cloud, Test::MfaIn), {MfaState::Unknown})},
        {DeviceCheck::NotEncrypted, withCoverage(among({}, Test::EncryptionIs), Coverage::No)},
        {DeviceCheck::Portable, among(portable)},
        {DeviceCheck::PortableUnencrypted,
         withCoverage(among(portable, Test::EncryptionIs), Coverage::No)},
        {DeviceCheck::PortableEncryptionUnknown,
         withCoverage(among(portable, Test::EncryptionIs), Coverage::Unknown)},
        {DeviceCheck::WarrantyExpired, among({}, Test::WarrantyEnded)},
        {DeviceCheck::Disposed, disposed()},
        {DeviceCheck::DisposedWithoutMethod, disposed(Test::NoDisposalMethod)},
    };
    return all;
}

bool inPopulation(const Rule &rule, const Device &device)
{
    const bool statusMatches = rule.statuses == Statuses::Disposed
                                   ? device.status == DeviceStatus::Disposed
                                   : DeviceChecks::isActive(device.status);
    if (!statusMatches)
        return false;
    if (rule.categories.isEmpty())
        return true;
    return rule.categories.contains(device.category) != rule.excludeCategories;
}

} // namespace

const DeviceCheckRule &DeviceChecks::rule(DeviceCheck check)
{
    return rules().at(check);
}

const QString &DeviceChecks::blankCharacters()
{
    static const QString blank = QStringLiteral(" \t\n\r\u3000");
    return blank;
}

bool DeviceChecks::isActive(DeviceStatus status)
{
    return status != DeviceStatus::Retired && status != DeviceStatus::Disposed;
}

bool DeviceChecks::holds(DeviceCheck check, const Device &device, const QDate &today)
{
    const Rule &rule = DeviceChecks::rule(check);
    if (!inPopulation(rule, device))
        return false;
    switch (rule.test) {
    case Test::None:
        return true;
    case Test::SupportEnded:
        return device.endOfSupport.isValid() && device.endOfSupport < today;
    case Test::SupportEndsWithin:
        return device.endOfSupport.isValid() && device.endOfSupport >= today &&
               device.endOfSupport <= today.addDays(rule.days);
    case Test::NoUpdateWithin:
        return !device.lastUpdate.isValid() || device.lastUpdate < today.addDays(-rule.days);
    case Test::AntivirusIs:
        return device.antivirus == rule.coverage;
    case Test::EncryptionIs:
        return device.diskEncryption == rule.coverage;
    case Test::MfaIn:
        return rule.mfa.contains(device.mfa);
    case Test::WarrantyEnded:
        return device.warrantyEnd.isValid() && device.warrantyEnd < today;
    case Test::NoDisposalMethod:
        return std::all_of(device.disposalMethod.cbegin(), device.disposalMethod.cend(),
                           [](QChar c) { return blankCharacters().contains(c); });
    }
    return false;
}

QString DeviceChecks::label(DeviceCheck check)
{
    switch (check) {
    case DeviceCheck::SupportTracked:
        return tr("Devices and software in use");
    case DeviceCheck::SupportEnded:
        return tr("Support ended");
    case DeviceCheck::SupportEndsSoon:
        return tr("Support ends within 180 days");
    case DeviceCheck::Updatable:
        return tr("PCs, servers and phones in use");
    case DeviceCheck::NoRecentUpdate:
        return tr("No update for 90 days");
    case DeviceCheck::NeedsAntivirus:
        return tr("PCs and servers in use");
    case DeviceCheck::NoAntivirus:
        return tr("No antivirus");
    case DeviceCheck::AntivirusUnknown:
        return tr("Antivirus not recorded");
    case DeviceCheck::UsesMfa:
        return tr("Cloud services in use");
    case DeviceCheck::WeakMfa:
        return tr("Cloud service without MFA");
    case DeviceCheck::MfaUnknown:
        return tr("MFA not recorded");
    case DeviceCheck::NotEncrypted:
        return tr("Not encrypted");
    case DeviceCheck::Portable:
        return tr("Laptops, phones and removable media in use");
    case DeviceCheck::PortableUnencrypted:
        return tr("Portable device not encrypted");
    case DeviceCheck::PortableEncryptionUnknown:
        return tr("Portable device encryption not recorded");
    case DeviceCheck::WarrantyExpired:
        return tr("Warranty expired");
    case DeviceCheck::Disposed:
        return tr("Disposed");
    case DeviceCheck::DisposedWithoutMethod:
        return tr("Disposed without a record of erasure");
    }
    return {};
}

namespace {

const QList<std::pair<DeviceCheck, const char *>> &codes()
{
    static const QList<std::pair<DeviceCheck, const char *>> all{
        {DeviceCheck::SupportTracked, "support_tracked"},
        {DeviceCheck::SupportEnded, "support_ended"},
        {DeviceCheck::SupportEndsSoon, "support_ends_soon"},
        {DeviceCheck::Updatable, "updatable"},
        {DeviceCheck::NoRecentUpdate, "no_recent_update"},
        {DeviceCheck::NeedsAntivirus, "needs_antivirus"},
        {DeviceCheck::NoAntivirus, "no_antivirus"},
        {DeviceCheck::AntivirusUnknown, "antivirus_unknown"},
        {DeviceCheck::UsesMfa, "uses_mfa"},
        {DeviceCheck::WeakMfa, "weak_mfa"},
        {DeviceCheck::MfaUnknown, "mfa_unknown"},
        {DeviceCheck::NotEncrypted, "not_encrypted"},
        {DeviceCheck::Portable, "portable"},
        {DeviceCheck::PortableUnencrypted, "portable_unencrypted"},
        {DeviceCheck::PortableEncryptionUnknown, "portable_encryption_unknown"},
        {DeviceCheck::WarrantyExpired, "warranty_expired"},
        {DeviceCheck::Disposed, "disposed"},
        {DeviceCheck::DisposedWithoutMethod, "disposed_without_method"},
    };
    return all;
}

} // namespace

QString DeviceChecks::code(DeviceCheck check)
{
    for (const auto &[candidate, code] : codes()) {
        if (candidate == check)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<DeviceCheck> DeviceChecks::fromCode(const QString &code)
{
    for (const auto &[check, candidate] : codes()) {
        if (code == QLatin1String(candidate))
            return check;
    }
    return std::nullopt;
}

const QList<DeviceCheck> &DeviceChecks::filters()
{
    static const QList<DeviceCheck> offered{
        DeviceCheck::SupportEnded,   DeviceCheck::SupportEndsSoon, DeviceCheck::NoRecentUpdate,
        DeviceCheck::NoAntivirus,    DeviceCheck::WeakMfa,         DeviceCheck::NotEncrypted,
        DeviceCheck::WarrantyExpired};
    return offered;
}

} // namespace mamori
