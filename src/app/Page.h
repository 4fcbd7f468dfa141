#pragma once

#include "Language.h"
#include "inventory/AssetFilter.h"

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace mamori {

class ActionDocument;
class AttentionMonitor;
class BackupDocument;
class DatabaseSession;
class Document;
class IncidentDocument;
class InventoryDocument;
class PageFrame;
class SettingsDocument;

// The sections of the main window, in navigation order (Ctrl+1 … Ctrl+7).
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

// What a page is built from: the documents it reads and changes.
struct PageContext
{
    DatabaseSession &session;
    InventoryDocument &inventory;
    ActionDocument &action;
    SettingsDocument &settings;
    IncidentDocument &incidents;
    BackupDocument &backups;
    // What is due or needs attention, per page (the navigation's badges and the pages' state).
    AttentionMonitor &attention;
    // Shows another page (a getting-started step or a readiness link leads there).
    std::function<void(Page)> showPage;
    // Shows a page at a section, named as a posture action's target names it ("contacts",
    // "three_two_one", "policy", …); an unknown section shows the page as it is.
    std::function<void(Page, const QString &section)> showSection;
    // The Assets page showing exactly these devices (the records behind a dashboard figure).
    std::function<void(const AssetFilter &filter)> showDevices;
    // Where a record named as reminders name it lives: "backup_plan:3", "incident:7",
    // "action:policy", "inventory:end_of_support:2027-03", "incidents:exercises".
    std::function<void(const QString &record)> openRecord;
    // The language the user chose on a page (Settings); the window applies it.
    std::function<void(UiLanguage)> chooseLanguage;
};

// A page as built: its frame, and the document whose undo history Edit → Undo follows while
// the page is shown (none for a page that changes nothing).
struct PageParts
{
    PageFrame *frame = nullptr;
    Document *document = nullptr;
};

// One page: adding a page is one entry in allPageDefinitions() (and its enum value).
struct PageDefinition
{
    Page page;
    const char *name;        // stable English name for the command line (`mamori --page assets`)
    const char *title;       // translated with context "Page"
    const char *description; // what it is for, shown until the page is built
    const char *icon;        // resources/icons/pages, tinted to the palette (TintedIcon)
    PageParts (*create)(const PageContext &context, QWidget *parent); // null: a placeholder
};

const QList<PageDefinition> &allPageDefinitions();
const QList<Page> &allPages();
const PageDefinition &pageDefinition(Page page);
QString pageTitle(Page page);
QString pageName(Page page);
std::optional<Page> pageFromName(const QString &name);
QString pageDescription(Page page);
QString pageIconPath(Page page);
// Ctrl+1 … Ctrl+7, in navigation order.
QKeySequence pageShortcut(Page page);
// Builds the page (a placeholder when it has no factory yet).
PageParts createPage(Page page, const PageContext &context, QWidget *parent);

// A page that can hold edits not saved yet: asked before the window closes.
class PageWithUnsavedEdits
{
public:
    virtual ~PageWithUnsavedEdits() = default;
    // Asks whether to discard them; true when the page may be left.
    virtual bool confirmDiscard() = 0;
};

} // namespace mamori
