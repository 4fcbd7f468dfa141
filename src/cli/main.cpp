#include "AppIdentity.h"
#include "CliApplication.h"
#include "Language.h"
#include "PolicyCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // mamori-cli runs one command and exits, so memory freed during it may as well stay with the
    // process: an import frees and allocates its records chunk after chunk, and memory handed
    // back to the kernel comes back as fresh pages, each a page fault (docs/performance.md).
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
    // Writing a PDF lays out text, which needs fonts and so a QGuiApplication; the offscreen
    // platform needs no display. Every other verb keeps the lighter QCoreApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (mamori::cli::needsGuiApplication(rawArguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    mamori::applyAppIdentity();
    mamori::Translations translations;
    translations.install(mamori::configuredLanguage());
    return mamori::cli::CliApplication().run(QCoreApplication::arguments());
}
