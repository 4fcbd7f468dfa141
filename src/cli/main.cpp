#include "AppIdentity.h"
#include "CliApplication.h"
#include "Language.h"
#include "PolicyCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
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
