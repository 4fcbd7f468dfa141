#pragma once

#include "Page.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace mamori {

class BackupController;
class InventoryDocument;
class DatabaseSession;
class SecurityActionPage;
class SettingsPage;
class Translations;
enum class IntegrityCheckTiming;
enum class UiLanguage;
struct Error;

// The application shell: navigation between the pages, the File and Help menus and the
// status bar. Pages do the work; this class only wires them together.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DatabaseSession &session, Translations &translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    BackupController &backups() { return *m_backups; }
    InventoryDocument &inventory() { return *m_inventory; }

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
    void connectActions();
    void retranslate();
    void updateDatabaseState();
    void showDamageFound(const Error &error);
    void newDatabase();
    void chooseDatabaseToOpen();
    void showUserGuide();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseSession &m_session;
    Translations &m_translations;
    BackupController *m_backups = nullptr;
    InventoryDocument *m_inventory = nullptr;
    SecurityActionPage *m_securityActionPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_integrityLabel = nullptr;
    bool m_painted = false;
};

} // namespace mamori
