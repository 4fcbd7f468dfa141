#pragma once

#include "Result.h"

#include <QString>

namespace mamori::files {

// Creates an empty file readable and writable by its owner only (0600); fails if it exists.
Status createPrivateFile(const QString &path);
// Creates the folder (and parents) and restricts it to its owner (0700).
Status ensurePrivateDirectory(const QString &path);
// Flushes a file's contents to stable storage.
Status syncFile(const QString &path);
// Flushes a folder entry, so a rename inside it survives a power cut.
Status syncDirectory(const QString &path);
// Atomically replaces `to` with `from` and makes the rename durable.
Status replaceFile(const QString &from, const QString &to);

} // namespace mamori::files
