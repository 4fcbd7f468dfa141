#pragma once

#include "Page.h"
#include "inventory/AssetFilter.h"

#include <QString>

#include <functional>

class QWidget;

namespace mamori {

// Takes the user to where a thing lives: a page's section, the devices behind a figure, the
// record a reminder belongs to. The dashboard's links and the tray's notifications use it, so a
// name such as "backup_plan:3" leads to the same place from everywhere.
class PageNavigator
{
public:
    PageNavigator(std::function<void(Page)> showPage, std::function<QWidget *(Page)> pageWidget);

    // `section` as a posture action's target names it ("contacts", "three_two_one", "policy",
    // …); an unknown one shows the page as it is.
    void showSection(Page page, const QString &section) const;
    void showDevices(const AssetFilter &filter) const;
    // "backup_plan:3", "incident:7", "incidents:exercises", "action:policy_review",
    // "inventory:end_of_support:2027-03", …
    void openRecord(const QString &record) const;
    // A reminder from the tray: an incident's clock opens the incident at that clock, the others
    // the reminder list with it selected.
    void openReminder(const QString &key) const;

private:
    template<typename T> T *page(Page page) const;

    std::function<void(Page)> m_showPage;
    std::function<QWidget *(Page)> m_pageWidget;
};

} // namespace mamori
