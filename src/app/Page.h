#pragma once

#include <QList>
#include <QString>

class QLabel;

namespace mamori {

// The sections of the main window, in navigation order.
enum class Page
{
    Dashboard,
    Assets,
    SecurityAction,
    Incidents,
    Backups,
    Reports,
    Settings
};

const QList<Page> &allPages();
QString pageTitle(Page page);
// What the section is for, shown until the section is built.
QString pageDescription(Page page);
// Large bold heading used at the top of every page.
void styleAsPageTitle(QLabel *label);

} // namespace mamori
