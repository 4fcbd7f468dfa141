#pragma once

#include "posture/PostureExplain.h"

#include <QDate>
#include <QList>

namespace mamori::bench {

constexpr int tenYearsOfDays = 3650;

// `days` daily snapshots ending on `lastDay`, oldest first, of a firm of `devices` devices whose
// posture wanders as a real one's does: monthly patch cycles, antivirus and MFA backlogs that
// grow and shrink, backups that sometimes fail, a diagnosis redone every half year, incidents
// now and then. Backups are recorded only from the second year, so that line starts later, as
// a component recorded late does. Deterministic (a fixed seed), so runs compare.
QList<PostureSnapshot> tenYearsHistory(const QDate &lastDay, int devices = 100000,
                                       int days = tenYearsOfDays);

} // namespace mamori::bench
