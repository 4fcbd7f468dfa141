#include "AppIdentity.h"

#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// One QApplication for the whole test binary, with settings and data in a throw-away folder
// so no test reads or writes the developer's real Mamori files.
int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home.path()));
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    mamori::applyAppIdentity();
    return RUN_ALL_TESTS();
}
