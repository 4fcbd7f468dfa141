#pragma once

#include "Error.h"

#include <QDateTime>
#include <QObject>

class QLabel;
class QStatusBar;

namespace mamori {

class DatabaseSession;
class SafetyCopyController;

// The status bar's account of the open file: which database it is, when its last safety copy
// was saved, and what the last integrity check found. Damage is shown in a warning colour, with
// a ⚠ and the words, and clicking it leads to Restore from Backup.
class DatabaseStatus : public QObject
{
    Q_OBJECT

public:
    DatabaseStatus(DatabaseSession &session, SafetyCopyController &safetyCopies,
                   QStatusBar *statusBar);

    // Reads everything again and says it in the current language.
    void update();
    // What the deferred check found (DatabaseSession::damageFound).
    void damageFound(const Error &error);

private:
    void databaseChanged();
    void integrityVerified();
    void showIntegrity();

    DatabaseSession &m_session;
    SafetyCopyController &m_safetyCopies;
    QLabel *m_database;
    QLabel *m_safetyCopy;
    QLabel *m_integrity;
    QDateTime m_checkedAt; // when the open file last passed its check
    QString m_damage;      // what the check found wrong, while the file is damaged
};

} // namespace mamori
