#pragma once

#include "Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace mamori {

// Called with pages copied so far and the total; may be called from a worker thread.
using CopyProgress = std::function<void(int done, int total)>;

// Makes a consistent copy of an SQLite database with SQLite's online backup API, while other
// connections keep working. The copy is written beside `destination`, flushed to disk and then
// renamed into place, so a failed or cancelled copy leaves no partial file. Owner-only (0600).
Status copySqliteDatabase(const QString &source, const QString &destination,
                          const CopyProgress &progress = {},
                          const std::atomic_bool *cancelRequested = nullptr);

} // namespace mamori
