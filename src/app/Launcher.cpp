#include "Launcher.h"

#include "AppIdentity.h"
#include "AttentionMonitor.h"
#include "DatabaseSession.h"
#include "Language.h"
#include "MainWindow.h"
#include "Page.h"
#include "SafetyCopyController.h"
#include "StartupProbe.h"
#include "dashboard/DashboardPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Launcher)
};

QString startupDatabasePath(const QCommandLineParser &parser, const QCommandLineOption &db)
{
    if (parser.isSet(db))
        return parser.value(db);
    const QString last = rememberedDatabasePath();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return defaultDatabasePath();
}

} // namespace

int runApplication(QApplication &app)
{
    applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Mamori"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mamori.png")));
    Translations translations;
    translations.install(configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Information security for small businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Database file to open."),
                                Text::tr("PATH"));
    const QCommandLineOption probe(QStringLiteral("quit-after-startup"),
                                   Text::tr("Print startup_ms=<N> after the first paint and quit "
                                            "(for benchmarks)."));
    const QCommandLineOption dashboardProbe(
        QStringLiteral("quit-after-dashboard"),
        Text::tr("Show the Dashboard, print startup_ms=<N>, then dashboard_ms=<N> and "
                 "longest_stall_ms=<N> once it has painted its facts, and quit (for benchmarks)."));
    const QCommandLineOption page(
        QStringLiteral("page"),
        Text::tr("Section to show first: dashboard, assets, "
                 "security-action, incidents, backups, reports or settings."),
        Text::tr("NAME"));
    const QCommandLineOption minimised(
        QStringLiteral("minimised"),
        Text::tr("Start in the system tray without showing the window (used at login)."));
    parser.addOptions({db, probe, dashboardProbe, page, minimised});
    parser.process(app);
    const bool probingDashboard = parser.isSet(dashboardProbe);
    const bool probing = parser.isSet(probe) || probingDashboard;

    DatabaseSession session;
    MainWindow window(session, translations);
    if (parser.isSet(page)) {
        const auto chosen = pageFromName(parser.value(page));
        if (!chosen) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Text::tr("Unknown section: %1").arg(parser.value(page))));
            return 1;
        }
        window.showPage(*chosen);
    } else if (probingDashboard) {
        window.showPage(Page::Dashboard);
    }
    const QString path = startupDatabasePath(parser, db);
    if (probing) {
        const Status opened = session.open(path, IntegrityCheckTiming::InBackground);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().fullText()));
            return 3;
        }
        new StartupProbe(&window, probingDashboard ? qobject_cast<DashboardPage *>(
                                                         window.pageWidget(Page::Dashboard))
                                                   : nullptr);
        window.show();
        return app.exec();
    }

    window.showAtStart(parser.isSet(minimised));
    // Dialogs wait until the window is on screen, so the user sees where they belong.
    QTimer::singleShot(0, &window, [&window, &session, path] {
        if (!window.openDatabase(path, IntegrityCheckTiming::InBackground))
            return;
        window.askForCompanyProfileIfMissing();
        // A damaged file is never copied into the daily backups, where it could push the
        // last good copies out of retention: the backup waits for the full check to pass.
        if (session.isIntegrityCheckPending()) {
            QObject::connect(
                &session, &DatabaseSession::integrityVerified, &window,
                [&window, &session] {
                    window.safetyCopies().startDailyCopy();
                    session.startDailyPostureSnapshot();
                },
                Qt::SingleShotConnection);
        } else {
            window.safetyCopies().startDailyCopy();
            session.startDailyPostureSnapshot();
        }
    });
    return app.exec();
}

} // namespace mamori
