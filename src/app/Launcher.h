#pragma once

class QApplication;

namespace mamori {

// Parses the command line, opens the database and shows the main window.
int runApplication(QApplication &app);

} // namespace mamori
