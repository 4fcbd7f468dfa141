#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
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

QString appVersion()
{
    return QStringLiteral(MAMORI_VERSION);
}

} // namespace mamori
