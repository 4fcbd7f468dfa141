#pragma once

#include "Language.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QWidget;

namespace mamori {

class ActionDocument;
class DatabaseSession;
class Document;
class InventoryDocument;
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
    // The language the user chose on a page (Settings); the window applies it.
    std::function<void(UiLanguage)> chooseLanguage;
};

// A page as built: its widget, and the document whose undo history Edit → Undo follows while
// the page is shown (none for a page that changes nothing).
struct PageParts
{
    QWidget *widget = nullptr;
    Document *document = nullptr;
};

// One page: adding a page is one entry in allPageDefinitions() (and its enum value).
struct PageDefinition
{
    Page page;
    const char *name;        // stable English name for the command line (`mamori --page assets`)
    const char *title;       // translated with context "Page"
    const char *description; // what it is for, shown until the page is built
    PageParts (*create)(const PageContext &context, QWidget *parent); // null: a placeholder
};

const QList<PageDefinition> &allPageDefinitions();
const QList<Page> &allPages();
const PageDefinition &pageDefinition(Page page);
QString pageTitle(Page page);
QString pageName(Page page);
std::optional<Page> pageFromName(const QString &name);
QString pageDescription(Page page);
// Builds the page (a placeholder when it has no factory yet).
PageParts createPage(Page page, const PageContext &context, QWidget *parent);
// Large bold heading used at the top of every page.
void styleAsPageTitle(QLabel *label);

// A page that can hold edits not saved yet: asked before the window closes.
class PageWithUnsavedEdits
{
public:
    virtual ~PageWithUnsavedEdits() = default;
    // Asks whether to discard them; true when the page may be left.
    virtual bool confirmDiscard() = 0;
};

} // namespace mamori
