#include "Error.h"

namespace mamori {

bool Error::isDatabaseError() const
{
    switch (kind) {
    case ErrorKind::DatabaseMissing:
    case ErrorKind::NotADatabase:
    case ErrorKind::EmptyFile:
    case ErrorKind::Damaged:
    case ErrorKind::Locked:
    case ErrorKind::NewerVersion:
    case ErrorKind::Query:
        return true;
    default:
        return false;
    }
}

QString Error::kindName() const
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorKind::Io:
        return QStringLiteral("io");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::DatabaseMissing:
        return QStringLiteral("database_missing");
    case ErrorKind::NotADatabase:
        return QStringLiteral("not_a_database");
    case ErrorKind::EmptyFile:
        return QStringLiteral("empty_file");
    case ErrorKind::Damaged:
        return QStringLiteral("damaged");
    case ErrorKind::Locked:
        return QStringLiteral("locked");
    case ErrorKind::NewerVersion:
        return QStringLiteral("newer_version");
    case ErrorKind::Query:
        return QStringLiteral("query");
    }
    return QStringLiteral("unknown");
}

QString Error::fullText() const
{
    if (detail.isEmpty())
        return message;
    return tr("%1\nDetails: %2").arg(message, detail);
}

} // namespace mamori
