#pragma once

#include "Result.h"

#include <QString>

namespace mamori {

// The tray and login options, per user (QSettings, not the database): keep running in the
// system tray when the window is closed, and start at login minimised to the tray. On Linux
// starting at login is an XDG autostart file (~/.config/autostart/mamori.desktop), written only
// when the user turns the option on and removed when it is turned off; on Windows it is the
// current user's Run key in the registry.
class TrayOptions
{
public:
    static bool keepRunningInTray();
    static void setKeepRunningInTray(bool keep);

    static bool startsAtLogin();
    static Status setStartAtLogin(bool start);
    // Where the Linux autostart file goes (the XDG config folder's autostart/).
    static QString autostartFilePath();
    // What the autostart file holds: Mamori started with --minimised.
    static QByteArray autostartFileContents(const QString &program);
};

} // namespace mamori
