#include "TrayOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace mamori {

namespace {

const auto keepInTrayKey = QStringLiteral("tray/keepRunning");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrayOptions)
};

#ifdef Q_OS_WIN
QSettings runKey()
{
    return QSettings(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\"
                                    "CurrentVersion\\Run"),
                     QSettings::NativeFormat);
}
#endif

} // namespace

bool TrayOptions::keepRunningInTray()
{
    return QSettings().value(keepInTrayKey, false).toBool();
}

void TrayOptions::setKeepRunningInTray(bool keep)
{
    QSettings().setValue(keepInTrayKey, keep);
}

QString TrayOptions::autostartFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/mamori.desktop"));
}

QByteArray TrayOptions::autostartFileContents(const QString &program)
{
    // Exec quoting (Desktop Entry Specification): the path in double quotes, with ", `, $ and
    // \ escaped by a backslash; then the string escape of the value doubles every backslash
    // ("\\$" in the file is a literal $), or GLib rejects the line.
    QString quoted = program;
    for (const QChar special :
         {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')})
        quoted.replace(special, QStringLiteral("\\") + special);
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Mamori\n"
                          "Comment=%1\n"
                          "Exec=\"%2\" --minimised\n"
                          "Icon=mamori\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(Text::tr("Reminders for backups and security tasks"), quoted)
        .toUtf8();
}

bool TrayOptions::startsAtLogin()
{
#ifdef Q_OS_WIN
    return runKey().contains(QStringLiteral("Mamori"));
#else
    return QFileInfo::exists(autostartFilePath());
#endif
}

Status TrayOptions::setStartAtLogin(bool start)
{
    const QString program = QCoreApplication::applicationFilePath();
#ifdef Q_OS_WIN
    QSettings key = runKey();
    if (start)
        key.setValue(QStringLiteral("Mamori"),
                     QStringLiteral("\"%1\" --minimised").arg(QDir::toNativeSeparators(program)));
    else
        key.remove(QStringLiteral("Mamori"));
    key.sync();
    if (key.status() != QSettings::NoError)
        return Error(ErrorKind::Io, Text::tr("The login setting could not be saved."));
    return {};
#else
    const QString path = autostartFilePath();
    if (!start) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Error(ErrorKind::Io, Text::tr("Cannot remove %1.").arg(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(ErrorKind::Io, Text::tr("Cannot create the folder of %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(autostartFileContents(program)) < 0 ||
        !file.commit())
        return Error(ErrorKind::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
#endif
}

} // namespace mamori
