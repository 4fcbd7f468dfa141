#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace mamori {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mamori"));
    QCoreApplication::setApplicationName(QStringLiteral("mamori"));
    QCoreApplication::setApplicationVersion(appVersion());
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("mamori.sqlite"));
}

namespace {
const auto lastDatabaseKey = QStringLiteral("database/lastPath");
}

QString rememberedDatabasePath()
{
    return QSettings().value(lastDatabaseKey).toString();
}

void rememberDatabasePath(const QString &path)
{
    QSettings().setValue(lastDatabaseKey, path);
}

QString appVersion()
{
    return QStringLiteral(MAMORI_VERSION);
}

} // namespace mamori
