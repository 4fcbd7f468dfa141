#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mamori::json_content {

// Content files (the five rules, the self-diagnosis, the policy template, the end-of-support
// catalogue, later playbooks) are JSON objects compiled into resources. One loader reads them so
// that a broken file is reported with its name and the byte offset where parsing stopped, never
// read as an empty object.

// Reads the file at path (a ":/…" resource or a file on disk) and parses its top-level object.
Result<QJsonObject> load(const QString &path);

// Parses bytes that came from sourceName; the error names sourceName and the offset.
Result<QJsonObject> parse(const QByteArray &json, const QString &sourceName);

} // namespace mamori::json_content
