#pragma once

#include "Result.h"

#include <QString>

namespace mamori {

// The SHA-256 of a file's bytes as 64 lower-case hex digits, read in blocks (evidence of a
// backup run: a log or a listing, which may be large).
Result<QString> sha256OfFile(const QString &path);

} // namespace mamori
