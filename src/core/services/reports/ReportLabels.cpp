#include "ReportLabels.h"

namespace mamori::report {

QString ReportLabels::category(DeviceCategory value) const
{
    switch (value) {
    case DeviceCategory::Pc:
        return text(QT_TR_NOOP("Desktop PC"));
    case DeviceCategory::Laptop:
        return text(QT_TR_NOOP("Laptop"));
    case DeviceCategory::Server:
        return text(QT_TR_NOOP("Server"));
    case DeviceCategory::NetworkDevice:
        return text(QT_TR_NOOP("Network device"));
    case DeviceCategory::MobileDevice:
        return text(QT_TR_NOOP("Smartphone or tablet"));
    case DeviceCategory::PrinterMfp:
        return text(QT_TR_NOOP("Printer or MFP"));
    case DeviceCategory::RemovableMedia:
        return text(QT_TR_NOOP("Removable media"));
    case DeviceCategory::CloudService:
        return text(QT_TR_NOOP("Cloud service"));
    case DeviceCategory::Software:
        return text(QT_TR_NOOP("Software or licence"));
    case DeviceCategory::Other:
        return text(QT_TR_NOOP("Other"));
    }
    return {};
}

QString ReportLabels::status(DeviceStatus value) const
{
    switch (value) {
    case DeviceStatus::InUse:
        return text(QT_TR_NOOP("In use"));
    case DeviceStatus::Spare:
        return text(QT_TR_NOOP("Spare"));
    case DeviceStatus::InRepair:
        return text(QT_TR_NOOP("In repair"));
    case DeviceStatus::Retired:
        return text(QT_TR_NOOP("Retired"));
    case DeviceStatus::Disposed:
        return text(QT_TR_NOOP("Disposed"));
    }
    return {};
}

QString ReportLabels::coverage(Coverage value) const
{
    switch (value) {
    case Coverage::Unknown:
        return QString();
    case Coverage::Yes:
        return text(QT_TR_NOOP("Yes"));
    case Coverage::No:
        return text(QT_TR_NOOP("No"));
    case Coverage::NotApplicable:
        return text(QT_TR_NOOP("n/a"));
    }
    return {};
}

QString ReportLabels::mfa(MfaState value) const
{
    switch (value) {
    case MfaState::Unknown:
        return QString();
    case MfaState::Yes:
        return text(QT_TR_NOOP("Yes"));
    case MfaState::Partial:
        return text(QT_TR_NOOP("In part"));
    case MfaState::No:
        return text(QT_TR_NOOP("No"));
    case MfaState::NotApplicable:
        return text(QT_TR_NOOP("n/a"));
    }
    return {};
}

QString ReportLabels::personalData(PersonalData value) const
{
    switch (value) {
    case PersonalData::None:
        return text(QT_TR_NOOP("None"));
    case PersonalData::Personal:
        return text(QT_TR_NOOP("Personal"));
    case PersonalData::Sensitive:
        return text(QT_TR_NOOP("Sensitive"));
    case PersonalData::MyNumber:
        return text(QT_TR_NOOP("My Number"));
    }
    return {};
}

QString ReportLabels::risk(RiskLevel value) const
{
    switch (value) {
    case RiskLevel::Low:
        return text(QT_TR_NOOP("Low"));
    case RiskLevel::Medium:
        return text(QT_TR_NOOP("Medium"));
    case RiskLevel::High:
        return text(QT_TR_NOOP("High"));
    }
    return {};
}

QString ReportLabels::check(DeviceCheck value) const
{
    switch (value) {
    case DeviceCheck::SupportEnded:
        return text(QT_TR_NOOP("Support ended"));
    case DeviceCheck::SupportEndsSoon:
        return text(QT_TR_NOOP("Support ends soon"));
    case DeviceCheck::NoRecentUpdate:
        return text(QT_TR_NOOP("Not updated"));
    case DeviceCheck::NoAntivirus:
        return text(QT_TR_NOOP("No antivirus"));
    case DeviceCheck::AntivirusUnknown:
        return text(QT_TR_NOOP("Antivirus unknown"));
    case DeviceCheck::WeakMfa:
        return text(QT_TR_NOOP("Weak MFA"));
    case DeviceCheck::MfaUnknown:
        return text(QT_TR_NOOP("MFA unknown"));
    case DeviceCheck::NotEncrypted:
        return text(QT_TR_NOOP("Not encrypted"));
    case DeviceCheck::WarrantyExpired:
        return text(QT_TR_NOOP("Warranty over"));
    case DeviceCheck::DisposedWithoutMethod:
        return text(QT_TR_NOOP("Erasure not recorded"));
    case DeviceCheck::PortableEncryptionUnknown:
        return text(QT_TR_NOOP("Encryption unknown"));
    // A population, or the same fact as NotEncrypted: no flag of its own.
    case DeviceCheck::Portable:
    case DeviceCheck::PortableUnencrypted:
    case DeviceCheck::SupportTracked:
    case DeviceCheck::Updatable:
    case DeviceCheck::NeedsAntivirus:
    case DeviceCheck::UsesMfa:
    case DeviceCheck::Disposed:
        return {};
    }
    return {};
}

QString ReportLabels::ruleState(RuleState value) const
{
    switch (value) {
    case RuleState::NotYet:
        return text(QT_TR_NOOP("Not yet"));
    case RuleState::Partly:
        return text(QT_TR_NOOP("Partly"));
    case RuleState::InPlace:
        return text(QT_TR_NOOP("In place"));
    }
    return {};
}

QString ReportLabels::level(int level) const
{
    return level >= 2 ? text(QT_TR_NOOP("★★ Two stars")) : text(QT_TR_NOOP("★ One star"));
}

QString ReportLabels::severity(IncidentSeverity value) const
{
    switch (value) {
    case IncidentSeverity::Low:
        return text(QT_TR_NOOP("Low"));
    case IncidentSeverity::Medium:
        return text(QT_TR_NOOP("Medium"));
    case IncidentSeverity::High:
        return text(QT_TR_NOOP("High"));
    case IncidentSeverity::Critical:
        return text(QT_TR_NOOP("Critical"));
    }
    return {};
}

QString ReportLabels::incidentStatus(IncidentStatus value) const
{
    switch (value) {
    case IncidentStatus::Open:
        return text(QT_TR_NOOP("Open"));
    case IncidentStatus::Contained:
        return text(QT_TR_NOOP("Contained"));
    case IncidentStatus::Recovered:
        return text(QT_TR_NOOP("Recovered"));
    case IncidentStatus::Closed:
        return text(QT_TR_NOOP("Closed"));
    }
    return {};
}

QString ReportLabels::stepState(StepState value) const
{
    switch (value) {
    case StepState::Open:
        return text(QT_TR_NOOP("Open"));
    case StepState::Done:
        return text(QT_TR_NOOP("Done"));
    case StepState::NotApplicable:
        return text(QT_TR_NOOP("Not applicable"));
    }
    return {};
}

QString ReportLabels::entryKind(EntryKind value) const
{
    switch (value) {
    case EntryKind::Note:
        return text(QT_TR_NOOP("Note"));
    case EntryKind::Action:
        return text(QT_TR_NOOP("Action"));
    case EntryKind::Decision:
        return text(QT_TR_NOOP("Decision"));
    case EntryKind::Contact:
        return text(QT_TR_NOOP("Contact"));
    case EntryKind::Evidence:
        return text(QT_TR_NOOP("Evidence"));
    }
    return {};
}

QString ReportLabels::clockState(ReportingClock::State value) const
{
    switch (value) {
    case ReportingClock::State::Running:
        return text(QT_TR_NOOP("Running"));
    case ReportingClock::State::Overdue:
        return text(QT_TR_NOOP("Overdue"));
    case ReportingClock::State::Done:
        return text(QT_TR_NOOP("Done"));
    case ReportingClock::State::Open:
        return text(QT_TR_NOOP("Open"));
    }
    return {};
}

QString ReportLabels::backupState(BackupState value) const
{
    switch (value) {
    case BackupState::Ok:
        return text(QT_TR_NOOP("OK"));
    case BackupState::Due:
        return text(QT_TR_NOOP("Due"));
    case BackupState::Late:
        return text(QT_TR_NOOP("Late"));
    case BackupState::Failed:
        return text(QT_TR_NOOP("Failed"));
    case BackupState::Partial:
        return text(QT_TR_NOOP("Partial"));
    }
    return {};
}

QString ReportLabels::restoreState(RestoreState value) const
{
    switch (value) {
    case RestoreState::Ok:
        return text(QT_TR_NOOP("OK"));
    case RestoreState::Due:
        return text(QT_TR_NOOP("Due"));
    case RestoreState::Failed:
        return text(QT_TR_NOOP("Failed"));
    }
    return {};
}

QString ReportLabels::yesNo(bool value) const
{
    return value ? text(QT_TR_NOOP("Yes")) : text(QT_TR_NOOP("No"));
}

} // namespace mamori::report
