#include "AppIdentity.h"
#include "CliApplication.h"
#include "Language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    mamori::applyAppIdentity();
    mamori::Translations translations;
    translations.install(mamori::configuredLanguage());
    return mamori::cli::CliApplication().run(QCoreApplication::arguments());
}
