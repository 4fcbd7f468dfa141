#include "PageNavigator.h"

#include "action/SecurityActionPage.h"
#include "assets/AssetsPage.h"
#include "backups/BackupsPage.h"
#include "incidents/IncidentPanel.h"
#include "incidents/IncidentsPage.h"

namespace mamori {

PageNavigator::PageNavigator(std::function<void(Page)> showPage,
                             std::function<QWidget *(Page)> pageWidget)
    : m_showPage(std::move(showPage)), m_pageWidget(std::move(pageWidget))
{}

template<typename T> T *PageNavigator::page(Page page) const
{
    m_showPage(page);
    return qobject_cast<T *>(m_pageWidget(page));
}

void PageNavigator::showSection(Page target, const QString &section) const
{
    switch (target) {
    case Page::Incidents:
        if (auto *incidents = page<IncidentsPage>(target)) {
            incidents->showSection(
                section == QLatin1String("contacts")    ? IncidentsPage::Section::Contacts
                : section == QLatin1String("playbooks") ? IncidentsPage::Section::Playbooks
                                                        : IncidentsPage::Section::Incidents);
        }
        return;
    case Page::Backups:
        if (auto *backups = page<BackupsPage>(target))
            backups->showSection(section);
        return;
    case Page::SecurityAction:
        if (auto *action = page<SecurityActionPage>(target)) {
            if (section == QLatin1String("rules") || section == QLatin1String("five_rules"))
                action->showSection(SecurityActionPage::Section::FiveRules);
            else if (section == QLatin1String("diagnosis"))
                action->showSection(SecurityActionPage::Section::Diagnosis);
            else if (section.startsWith(QLatin1String("policy")))
                action->showSection(SecurityActionPage::Section::Policy);
            else if (section.startsWith(QLatin1String("declaration")))
                action->showSection(SecurityActionPage::Section::Declarations);
        }
        return;
    default:
        m_showPage(target);
    }
}

void PageNavigator::showDevices(const AssetFilter &filter) const
{
    if (auto *assets = page<AssetsPage>(Page::Assets))
        assets->showDevices(filter);
}

void PageNavigator::openRecord(const QString &record) const
{
    const QString kind = record.section(QLatin1Char(':'), 0, 0);
    const QString rest = record.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("backup_plan")) {
        if (auto *backups = page<BackupsPage>(Page::Backups))
            backups->openRecord(record);
    } else if (kind == QLatin1String("incident")) {
        if (auto *incidents = page<IncidentsPage>(Page::Incidents)) {
            incidents->showSection(IncidentsPage::Section::Incidents);
            incidents->incidentPanel()->selectIncident(
                rest.section(QLatin1Char(':'), 0, 0).toLongLong());
        }
    } else if (kind == QLatin1String("incidents")) {
        showSection(Page::Incidents, rest);
    } else if (kind == QLatin1String("action")) {
        showSection(Page::SecurityAction, rest);
    } else if (kind == QLatin1String("inventory")) {
        AssetFilter filter;
        if (rest == QLatin1String("end_of_support:ended"))
            filter.check = DeviceCheck::SupportEnded;
        else if (rest.startsWith(QLatin1String("end_of_support:")))
            filter.check = DeviceCheck::SupportEndsSoon;
        showDevices(filter);
    }
}

void PageNavigator::openReminder(const QString &key) const
{
    // "incident:ID:CLOCK": the incident itself, where the clock is marked sent.
    if (const QStringList parts = key.split(QLatin1Char(':'));
        parts.size() == 3 && parts.first() == QLatin1String("incident")) {
        if (auto *incidents = page<IncidentsPage>(Page::Incidents)) {
            incidents->showSection(IncidentsPage::Section::Incidents);
            incidents->incidentPanel()->selectIncident(parts.at(1).toLongLong());
            incidents->incidentPanel()->selectClock(parts.at(2));
        }
        return;
    }
    if (auto *backups = page<BackupsPage>(Page::Backups))
        backups->showReminder(key);
}

} // namespace mamori
