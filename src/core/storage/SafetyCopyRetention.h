#pragma once

#include <QDate>
#include <QList>

namespace mamori {

// Which daily backups to delete: keep the newest `keepDaily` days, plus the first backup of
// each of the newest `keepMonthly` months, so a slow-growing problem can still be undone.
QList<QDate> safetyCopiesToDelete(QList<QDate> backupDates, int keepDaily = 14,
                                  int keepMonthly = 12);

} // namespace mamori
