#pragma once

#include "Error.h"

namespace mamori::cli {

// A contract with users' scripts: never renumber.
enum ExitCode : int
{
    Success = 0,
    UsageError = 1,
    InvalidInput = 2,   // nothing was written
    DatabaseError = 3,  // missing, damaged, locked, newer version, failed statement
    NeedsAttention = 4, // `backup due`: a backup is late or failed, so a scheduled task alerts
};

inline ExitCode exitCodeFor(const Error &error)
{
    return error.kind == ErrorKind::InvalidInput ? InvalidInput : DatabaseError;
}

} // namespace mamori::cli
