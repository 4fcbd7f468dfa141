#pragma once

#include "Page.h"

#include <QMainWindow>

#include <memory>

class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace mamori {

class ActionDocument;
class AttentionMonitor;
class BackupDocument;
class DatabaseSession;
class DatabaseStatus;
class Document;
class IncidentDocument;
class InventoryDocument;
class PageNavigator;
class SafetyCopyController;
class SettingsDocument;
class Translations;
class TrayNotifier;
enum class IntegrityCheckTiming;
enum class UiLanguage;
struct Error;

// The application shell: navigation between the pages, the File, Edit and Help menus and the
// status bar. It owns the documents and gives them to the pages; pages do the work. Edit → Undo
// follows the page shown (a QUndoGroup over the documents' stacks).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DatabaseSession &session, Translations &translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    SafetyCopyController &safetyCopies() { return *m_safetyCopies; }
    InventoryDocument &inventory() { return *m_inventory; }
    ActionDocument &action() { return *m_action; }
    SettingsDocument &settings() { return *m_settings; }
    IncidentDocument &incidents() { return *m_incidents; }
    BackupDocument &backups() { return *m_backups; }
    AttentionMonitor &attention() { return *m_attention; }
    TrayNotifier &tray() { return *m_tray; }
    // Shows the window at launch. `minimised` (started at login): it waits in the tray when there
    // is one, else minimised on the taskbar.
    void showAtStart(bool minimised);
    // Brings the window back from the tray (or from being minimised).
    void showFromTray();
    // Quits even when the window is set to close to the tray.
    void quit();

    // Opens a database, reports a failure in a dialog and remembers the file for next time.
    bool openDatabase(const QString &path);
    // At startup, InBackground: the full check of the file starts once this window is painted.
    bool openDatabase(const QString &path, IntegrityCheckTiming timing);
    // Runs the first-run wizard when the open database has no company profile yet.
    void askForCompanyProfileIfMissing();
    void applyLanguage(UiLanguage language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createPages();
    // Icons in the palette's colours, titles, shortcuts and what is due, per page.
    void updateNavigation();
    void connectActions();
    void pageShown(int index);
    void updateUndoToolTip();
    void retranslate();
    void updateDatabaseState();
    void showDamageFound(const Error &error);
    // What follows a successful open: remember the file, check it once the window is shown.
    bool finishOpening();
    void newDatabase();
    void chooseDatabaseToOpen();
    void showUserGuide();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    // Once the window is painted, or at once when it starts hidden in the tray.
    void startBackgroundChecks();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseSession &m_session;
    Translations &m_translations;
    SafetyCopyController *m_safetyCopies = nullptr;
    InventoryDocument *m_inventory = nullptr;
    SettingsDocument *m_settings = nullptr;
    ActionDocument *m_action = nullptr;
    IncidentDocument *m_incidents = nullptr;
    BackupDocument *m_backups = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAction = nullptr;
    AttentionMonitor *m_attention = nullptr;
    TrayNotifier *m_tray = nullptr;
    bool m_quitting = false;
    DatabaseStatus *m_databaseStatus = nullptr;
    QList<PageParts> m_pages; // in navigation order
    std::unique_ptr<PageNavigator> m_navigator;
    bool m_backgroundChecksStarted = false;
};

} // namespace mamori
