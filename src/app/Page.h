#pragma once

#include <QList>
#include <QString>

#include <optional>

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
// Stable English names for the command line (`mamori --page assets`).
QString pageName(Page page);
std::optional<Page> pageFromName(const QString &name);
// What the section is for, shown until the section is built.
QString pageDescription(Page page);
// Large bold heading used at the top of every page.
void styleAsPageTitle(QLabel *label);

} // namespace mamori
