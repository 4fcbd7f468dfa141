#include "Page.h"

#include "PlaceholderPage.h"
#include "SettingsDocument.h"
#include "SettingsPage.h"
#include "action/ActionDocument.h"
#include "action/SecurityActionPage.h"
#include "assets/AssetsPage.h"
#include "assets/InventoryDocument.h"
#include "backups/BackupDocument.h"
#include "backups/BackupsPage.h"
#include "dashboard/DashboardPage.h"
#include "incidents/IncidentDocument.h"
#include "incidents/IncidentsPage.h"
#include "reports/ReportsDocument.h"
#include "reports/ReportsPage.h"

#include <QCoreApplication>

namespace mamori {

namespace {

PageParts dashboardPage(const PageContext &context, QWidget *parent)
{
    return {new DashboardPage(context, parent), nullptr};
}

PageParts assetsPage(const PageContext &context, QWidget *parent)
{
    return {new AssetsPage(context.inventory, context.attention, parent), &context.inventory};
}

PageParts securityActionPage(const PageContext &context, QWidget *parent)
{
    return {new SecurityActionPage(context.action, context.settings, context.attention, parent),
            &context.action};
}

PageParts incidentsPage(const PageContext &context, QWidget *parent)
{
    return {new IncidentsPage(context.incidents, parent), &context.incidents};
}

PageParts backupsPage(const PageContext &context, QWidget *parent)
{
    return {new BackupsPage(context.backups, context.attention, context.showPage, parent),
            &context.backups};
}

PageParts reportsPage(const PageContext &context, QWidget *parent)
{
    // Issuing a report is a record, not an edit: the page has no undo history of its own.
    auto *page = new ReportsPage(*new ReportsDocument(context.session, parent), parent);
    return {page, nullptr};
}

PageParts settingsPage(const PageContext &context, QWidget *parent)
{
    auto *page = new SettingsPage(context.settings, currentUiLanguage(), parent);
    QObject::connect(page, &SettingsPage::languageChosen, page, context.chooseLanguage);
    return {page, &context.settings};
}

} // namespace

const QList<PageDefinition> &allPageDefinitions()
{
    static const QList<PageDefinition> pages{
        {Page::Dashboard, "dashboard", QT_TRANSLATE_NOOP("Page", "Dashboard"),
         QT_TRANSLATE_NOOP("Page", "Your security posture at a glance, with its trend over time "
                                   "and the reminders that are due."),
         ":/icons/pages/dashboard.svg", dashboardPage},
        {Page::Assets, "assets", QT_TRANSLATE_NOOP("Page", "Assets"),
         QT_TRANSLATE_NOOP("Page", "The inventory of PCs, servers, phones, cloud services and "
                                   "information assets, with imports from Excel and CSV."),
         ":/icons/pages/assets.svg", assetsPage},
        {Page::SecurityAction, "security-action", QT_TRANSLATE_NOOP("Page", "SECURITY ACTION"),
         QT_TRANSLATE_NOOP("Page", "The five basic rules, the 25-item self-diagnosis, the basic "
                                   "security policy and your SECURITY ACTION declarations."),
         ":/icons/pages/security-action.svg", securityActionPage},
        {Page::Incidents, "incidents", QT_TRANSLATE_NOOP("Page", "Incidents"),
         QT_TRANSLATE_NOOP("Page", "Step-by-step playbooks and a record of what happened and who "
                                   "was told."),
         ":/icons/pages/incidents.svg", incidentsPage},
        {Page::Backups, "backups", QT_TRANSLATE_NOOP("Page", "Backups"),
         QT_TRANSLATE_NOOP("Page", "Which data is backed up where, the last backup and the last "
                                   "restore test."),
         ":/icons/pages/backups.svg", backupsPage},
        {Page::Reports, "reports", QT_TRANSLATE_NOOP("Page", "Reports"),
         QT_TRANSLATE_NOOP("Page", "A4 PDF summaries for subsidy applications and customers' "
                                   "security checksheets."),
         ":/icons/pages/reports.svg", reportsPage},
        {Page::Settings, "settings", QT_TRANSLATE_NOOP("Page", "Settings"),
         QT_TRANSLATE_NOOP("Page", "Your company profile, the display language and how often "
                                   "reminders come round."),
         ":/icons/pages/settings.svg", settingsPage},
    };
    return pages;
}

const PageDefinition &pageDefinition(Page page)
{
    return allPageDefinitions().at(int(page)); // in enum order
}

const QList<Page> &allPages()
{
    static const QList<Page> pages = [] {
        QList<Page> all;
        for (const PageDefinition &definition : allPageDefinitions()) {
            Q_ASSERT(int(definition.page) == int(all.size()));
            all << definition.page;
        }
        return all;
    }();
    return pages;
}

QString pageTitle(Page page)
{
    return QCoreApplication::translate("Page", pageDefinition(page).title);
}

QString pageName(Page page)
{
    return QString::fromLatin1(pageDefinition(page).name);
}

std::optional<Page> pageFromName(const QString &name)
{
    for (const PageDefinition &definition : allPageDefinitions()) {
        if (QLatin1String(definition.name) == name)
            return definition.page;
    }
    return std::nullopt;
}

QString pageDescription(Page page)
{
    const char *description = pageDefinition(page).description;
    return *description ? QCoreApplication::translate("Page", description) : QString();
}

QString pageIconPath(Page page)
{
    return QString::fromLatin1(pageDefinition(page).icon);
}

QKeySequence pageShortcut(Page page)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page)));
}

PageParts createPage(Page page, const PageContext &context, QWidget *parent)
{
    const PageDefinition &definition = pageDefinition(page);
    if (definition.create)
        return definition.create(context, parent);
    return {new PlaceholderPage(page, parent), nullptr};
}

} // namespace mamori
