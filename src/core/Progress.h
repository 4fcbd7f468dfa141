#pragma once

#include <QtGlobal>

#include <functional>

namespace mamori {

// Told how much of a long operation is done: `done` out of `total` in one unit (bytes, rows),
// total 0 while it is not known yet. Returning false asks the operation to stop; it then fails
// with ErrorKind::Cancelled and leaves nothing half-written. May be called on a worker thread.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace mamori
