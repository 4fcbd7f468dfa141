#include "Page.h"

#include <QCoreApplication>
#include <QLabel>

namespace mamori {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Page)
};
} // namespace

const QList<Page> &allPages()
{
    static const QList<Page> pages{Page::Dashboard, Page::Assets,  Page::SecurityAction,
                                   Page::Incidents, Page::Backups, Page::Reports,
                                   Page::Settings};
    return pages;
}

QString pageTitle(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return Text::tr("Dashboard");
    case Page::Assets:
        return Text::tr("Assets");
    case Page::SecurityAction:
        return Text::tr("SECURITY ACTION");
    case Page::Incidents:
        return Text::tr("Incidents");
    case Page::Backups:
        return Text::tr("Backups");
    case Page::Reports:
        return Text::tr("Reports");
    case Page::Settings:
        return Text::tr("Settings");
    }
    return {};
}

QString pageName(Page page)
{
    static const QStringList names{QStringLiteral("dashboard"),       QStringLiteral("assets"),
                                   QStringLiteral("security-action"), QStringLiteral("incidents"),
                                   QStringLiteral("backups"),         QStringLiteral("reports"),
                                   QStringLiteral("settings")};
    return names.value(int(page));
}

std::optional<Page> pageFromName(const QString &name)
{
    for (const Page page : allPages()) {
        if (pageName(page) == name)
            return page;
    }
    return std::nullopt;
}

QString pageDescription(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return Text::tr("Your security posture at a glance, with its trend over time and the "
                        "reminders that are due.");
    case Page::Assets:
        return Text::tr("The inventory of PCs, servers, phones, cloud services and information "
                        "assets, with imports from Excel and CSV.");
    case Page::SecurityAction:
        return Text::tr("The five basic rules, the 25-item self-diagnosis, the basic security "
                        "policy and your SECURITY ACTION declarations.");
    case Page::Incidents:
        return Text::tr("Step-by-step playbooks and a record of what happened and who was told.");
    case Page::Backups:
        return Text::tr("Which data is backed up where, the last backup and the last restore "
                        "test.");
    case Page::Reports:
        return Text::tr("A4 PDF summaries for subsidy applications and customers' security "
                        "checksheets.");
    case Page::Settings:
        return {};
    }
    return {};
}

void styleAsPageTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
}

} // namespace mamori
