#pragma once

#include "Progress.h"
#include "Result.h"

#include <QString>

namespace mamori {

// Makes a consistent copy of an SQLite database with SQLite's online backup API, while other
// connections keep working. The copy is written beside `destination`, flushed to disk and then
// renamed into place, so a failed or cancelled copy leaves no partial file. Owner-only (0600).
// `progress` counts pages.
Status copySqliteDatabase(const QString &source, const QString &destination,
                          const ProgressCallback &progress = {});

} // namespace mamori
