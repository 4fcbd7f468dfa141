#include "MainWindow.h"

#include "AppIdentity.h"
#include "AttentionMonitor.h"
#include "DatabaseSession.h"
#include "DatabaseStatus.h"
#include "Dialogs.h"
#include "FirstRunWizard.h"
#include "Language.h"
#include "NavigationDelegate.h"
#include "PageFrame.h"
#include "PageNavigator.h"
#include "SafetyCopyController.h"
#include "SettingsDocument.h"
#include "TintedIcon.h"
#include "TrayNotifier.h"
#include "TrayOptions.h"
#include "UserGuideDialog.h"
#include "action/ActionDocument.h"
#include "assets/InventoryDocument.h"
#include "backups/BackupDocument.h"
#include "incidents/IncidentDocument.h"

#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QUndoGroup>

namespace mamori {

namespace {
const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto pageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(DatabaseSession &session, Translations &translations, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session),
      m_translations(translations)
{
    m_ui->setupUi(this);
    m_safetyCopies = new SafetyCopyController(m_session, this);
    m_inventory = new InventoryDocument(m_session, this);
    m_settings = new SettingsDocument(m_session, this);
    m_action = new ActionDocument(m_session, *m_inventory, *m_settings, this);
    m_incidents = new IncidentDocument(m_session, *m_inventory, this);
    m_backups = new BackupDocument(m_session, *m_inventory, *m_action, this);
    m_undoGroup = new QUndoGroup(this);
    for (Document *document :
         {static_cast<Document *>(m_inventory), static_cast<Document *>(m_settings),
          static_cast<Document *>(m_action), static_cast<Document *>(m_incidents),
          static_cast<Document *>(m_backups)}) {
        m_undoGroup->addStack(&document->undoStack());
        connect(document, &Document::writeFailed, this, [this](const Error &error) {
            Dialogs::showError(this, tr("Change not saved"), error);
        });
        connect(document, &Document::fenceChanged, this, &MainWindow::updateUndoToolTip);
    }
    m_navigator = std::make_unique<PageNavigator>([this](Page page) { showPage(page); },
                                                  [this](Page page) { return pageWidget(page); });
    m_attention = new AttentionMonitor(*m_action, *m_backups, this);
    m_databaseStatus = new DatabaseStatus(m_session, *m_safetyCopies, statusBar());
    m_tray = new TrayNotifier(*m_attention, this);
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayNotifier::quitRequested, this, &MainWindow::quit);
    connect(m_incidents, &IncidentDocument::incidentsChanged, m_attention,
            &AttentionMonitor::refresh);
    connect(m_safetyCopies, &SafetyCopyController::safetyCopySaved, m_backups,
            &BackupDocument::recordSafetyCopy);
    connect(m_tray, &TrayNotifier::reminderRequested, this,
            [this](const QString &key) { m_navigator->openReminder(key); });

    createPages();
    connectActions();
    retranslate();
    updateDatabaseState();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The documents go after the form: their stacks must not tell the window, half gone, that
    // the group changed.
    m_undoGroup->disconnect(this);
    delete m_undoGroup;
    m_undoGroup = nullptr;
    m_undoAction = nullptr;
}

void MainWindow::createPages()
{
    const PageContext context{
        m_session,
        *m_inventory,
        *m_action,
        *m_settings,
        *m_incidents,
        *m_backups,
        *m_attention,
        [this](Page page) { showPage(page); },
        [this](Page page, const QString &section) { m_navigator->showSection(page, section); },
        [this](const AssetFilter &filter) { m_navigator->showDevices(filter); },
        [this](const QString &record) { m_navigator->openRecord(record); },
        [this](UiLanguage language) { applyLanguage(language); }};
    m_ui->navigationListWidget->setItemDelegate(new NavigationDelegate(m_ui->navigationListWidget));
    m_ui->navigationListWidget->setIconSize(QSize(20, 20));
    for (const Page page : allPages()) {
        const PageParts parts = createPage(page, context, this);
        parts.frame->setObjectName(QStringLiteral("page%1").arg(int(page)));
        m_ui->pageStackedWidget->addWidget(parts.frame);
        m_pages << parts;
        auto *item = new QListWidgetItem(m_ui->navigationListWidget);
        item->setSizeHint(QSize(0, 36));

        // Ctrl+1 … Ctrl+7 jump to the sections in navigation order.
        auto *shortcut = new QShortcut(pageShortcut(page), this);
        connect(shortcut, &QShortcut::activated, this, [this, page] { showPage(page); });
    }
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this,
            &MainWindow::pageShown);
    connect(m_attention, &AttentionMonitor::changed, this, &MainWindow::updateNavigation);
    m_ui->navigationListWidget->setCurrentRow(0);
}

void MainWindow::updateNavigation()
{
    if (m_pages.size() < allPages().size()) // a palette change while the window is being made
        return;
    const QPalette palette = m_ui->navigationListWidget->palette();
    for (const Page page : allPages()) {
        QListWidgetItem *item = m_ui->navigationListWidget->item(int(page));
        item->setText(pageTitle(page));
        item->setIcon(tintedIcon(pageIconPath(page), palette));
        const int due = m_attention->count(page);
        item->setData(NavigationDelegate::badgeRole, due);
        QStringList tip{tr("%1 (%2)").arg(pageTitle(page),
                                          pageShortcut(page).toString(QKeySequence::NativeText))};
        tip << m_attention->reasons(page);
        item->setToolTip(tip.join(QLatin1Char('\n')));
        item->setData(Qt::AccessibleDescriptionRole,
                      due > 0 ? tr("%n item(s) to look at", nullptr, due) : QString());
    }
}

void MainWindow::pageShown(int index)
{
    m_ui->pageStackedWidget->setCurrentIndex(index);
    m_attention->refresh(); // what is due follows the day as the user moves around
    // Edit → Undo undoes what was changed on the page in view; a page that changes nothing
    // offers nothing to undo.
    Document *document = m_pages.value(index).document;
    m_undoGroup->setActiveStack(document ? &document->undoStack() : nullptr);
    updateUndoToolTip();
}

void MainWindow::updateUndoToolTip()
{
    if (!m_undoAction) // the pages are made before the menus, and the menus go first
        return;
    const Document *document = m_pages.value(m_ui->pageStackedWidget->currentIndex()).document;
    const bool fenced =
        document && !document->undoStack().canUndo() && !document->fenceReason().isEmpty();
    m_undoAction->setToolTip(fenced ? tr("Nothing to undo: %1.").arg(document->fenceReason())
                                    : m_undoAction->text());
}

void MainWindow::connectActions()
{
    // Edit menu: undo and redo of the shown page's changes, named after the change.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    // Undo's tooltip says why there is nothing to undo after a write outside the history;
    // menus hide tooltips unless asked.
    m_ui->editMenu->setToolTipsVisible(true);
    m_ui->editMenu->addAction(m_undoAction);
    m_ui->editMenu->addAction(redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, &MainWindow::updateUndoToolTip);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoToolTip);
    updateUndoToolTip();
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_ui->backupNowAction, &QAction::triggered, m_safetyCopies,
            &SafetyCopyController::copyNow);
    connect(m_ui->restoreBackupAction, &QAction::triggered, m_safetyCopies,
            &SafetyCopyController::restoreFromBackup);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_safetyCopies, &SafetyCopyController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(&m_session, &DatabaseSession::databaseChanged, this, &MainWindow::updateDatabaseState);
    connect(&m_session, &DatabaseSession::integrityVerified, this,
            &MainWindow::updateDatabaseState);
    connect(&m_session, &DatabaseSession::damageFound, this, &MainWindow::showDamageFound);
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationListWidget->setCurrentRow(int(page));
}

Page MainWindow::currentPage() const
{
    return Page(m_ui->pageStackedWidget->currentIndex());
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages.value(int(page)).frame;
}

void MainWindow::retranslate()
{
    updateNavigation();
    updateDatabaseState();
}

void MainWindow::updateDatabaseState()
{
    const bool open = m_session.isOpen();
    m_databaseStatus->update();
    m_ui->backupNowAction->setEnabled(open);
    m_ui->restoreBackupAction->setEnabled(!m_session.path().isEmpty());
    const QString file = open ? QFileInfo(m_session.path()).fileName() : QString();
    setWindowTitle(file.isEmpty() ? tr("Mamori") : tr("%1 — Mamori").arg(file));
}

void MainWindow::showDamageFound(const Error &error)
{
    m_databaseStatus->damageFound(error);
    updateDatabaseState();
    Dialogs::showError(this, tr("The database is damaged"), error);
}

bool MainWindow::openDatabase(const QString &path)
{
    return openDatabase(path, IntegrityCheckTiming::BeforeOpening);
}

bool MainWindow::openDatabase(const QString &path, IntegrityCheckTiming timing)
{
    const Status opened = m_session.open(path, timing);
    if (!opened) {
        const Error &error = opened.error();
        // The remedy for an emptied or damaged file is its newest automatic copy.
        const bool restorable =
            error.kind == ErrorKind::EmptyFile || error.kind == ErrorKind::Damaged;
        const auto offer = restorable ? m_safetyCopies->offerNewestAutomaticCopy(path, error)
                                      : SafetyCopyController::Offer::NoCopy;
        if (offer == SafetyCopyController::Offer::NoCopy)
            Dialogs::showError(this, tr("Cannot open the database"), error);
        updateDatabaseState();
        if (offer != SafetyCopyController::Offer::Restored)
            return false;
    }
    return finishOpening();
}

bool MainWindow::finishOpening()
{
    rememberDatabasePath(m_session.path());
    if (m_backgroundChecksStarted)
        m_session.startIntegrityCheck();
    return true;
}

void MainWindow::askForCompanyProfileIfMissing()
{
    const auto profile = m_settings->companyProfile();
    if (!m_session.isOpen())
        return;
    if (!profile) { // asking for a profile that may exist would only hide the error
        Dialogs::showError(this, tr("Company profile not loaded"), profile.error());
        return;
    }
    if (profile->has_value())
        return;
    FirstRunWizard wizard(*m_settings, m_translations.current(), this);
    connect(&wizard, &FirstRunWizard::languageChosen, this, &MainWindow::applyLanguage);
    if (wizard.exec() == QDialog::Accepted && !hasConfiguredLanguage())
        saveConfiguredLanguage(m_translations.current());
}

void MainWindow::applyLanguage(UiLanguage language)
{
    saveConfiguredLanguage(language);
    if (language == m_translations.current())
        return;
    m_translations.install(language);
}

void MainWindow::newDatabase()
{
    const QString folder = QFileInfo(m_session.path()).absolutePath();
    QString path =
        Dialogs::saveFileName(this, tr("New Database"), folder, tr("Mamori databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    const QFileInfo existing(path);
    if (existing.exists() && existing.size() > 0) {
        Dialogs::showError(this, tr("New Database"),
                           Error(ErrorKind::InvalidInput,
                                 tr("%1 already exists. Mamori does not overwrite files; use "
                                    "File → Open Database… to open it.")
                                     .arg(QDir::toNativeSeparators(path))));
        return;
    }
    if (existing.exists() &&
        !Dialogs::confirm(this, tr("New Database"),
                          tr("%1 is an empty file. Make it a new Mamori database?")
                              .arg(QDir::toNativeSeparators(path)),
                          tr("Make a New Database")))
        return;
    if (const Status created = m_session.create(path); !created) {
        Dialogs::showError(this, tr("Cannot open the database"), created.error());
        updateDatabaseState();
        return;
    }
    finishOpening();
    askForCompanyProfileIfMissing();
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString folder = QFileInfo(m_session.path()).absolutePath();
    const QString path = Dialogs::openFileName(this, tr("Open Database"), folder,
                                               tr("Mamori databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty() && openDatabase(path))
        askForCompanyProfileIfMissing();
}

void MainWindow::showUserGuide()
{
    auto *guide = new UserGuideDialog(m_translations.current(), this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mamori"),
                       tr("<h3>Mamori %1</h3><p>Information security for small businesses: "
                          "asset inventory, SECURITY ACTION, incidents, backups and reports, "
                          "kept in one file on this PC.</p><p>Built with Qt %2.</p>")
                           .arg(appVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::showAtStart(bool minimised)
{
    if (!minimised)
        show();
    else if (!m_tray->isVisible())
        showMinimized(); // no tray to wait in: on the taskbar instead
    else // hidden, nothing is painted: the checks and the daily copy must not wait for it
        startBackgroundChecks();
}

void MainWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close())
        QCoreApplication::quit();
    m_quitting = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window keeps Mamori in the tray when the user chose so; File → Quit and the
    // tray's Quit really quit.
    if (!m_quitting && TrayOptions::keepRunningInTray() && m_tray->isVisible()) {
        saveWindowState();
        hide();
        event->ignore();
        return;
    }
    for (const Page page : allPages()) {
        auto *edits = dynamic_cast<PageWithUnsavedEdits *>(pageWidget(page));
        if (edits && !edits->confirmDiscard()) {
            showPage(page);
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_attention->refresh(); // the reminders' titles are read in the new language
        m_tray->retranslate();
    }
    if (event->type() == QEvent::PaletteChange) // a light or dark desktop theme was chosen
        updateNavigation();
    QMainWindow::changeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    startBackgroundChecks();
}

void MainWindow::startBackgroundChecks()
{
    if (m_backgroundChecksStarted)
        return;
    m_backgroundChecksStarted = true;
    // The full check of a file opened at startup reads all of it: it waits until the window
    // is on screen, so a large database does not delay the first paint.
    QTimer::singleShot(0, &m_session, &DatabaseSession::startIntegrityCheck);
    // The badges and the tray's reminders, counted over every device, likewise.
    QTimer::singleShot(0, m_attention, &AttentionMonitor::start);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    const int page = settings.value(pageKey, 0).toInt();
    if (page >= 0 && page < allPages().size())
        showPage(Page(page));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, int(currentPage()));
}

} // namespace mamori
