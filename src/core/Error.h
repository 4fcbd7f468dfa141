#pragma once

#include <QCoreApplication>
#include <QString>

namespace mamori {

enum class ErrorKind
{
    None,
    InvalidInput, // the user's data is wrong; nothing was written
    Io,           // a file could not be read or written
    Cancelled,    // the user stopped a long operation
    DatabaseMissing,
    NotADatabase, // not an SQLite file, or an SQLite file of another program
    EmptyFile,    // 0 bytes where a database should be: a failed copy, a full disk, a sync
    Damaged,      // SQLite reports corruption
    Locked,       // another Mamori process has the file open
    NewerVersion, // written by a newer Mamori
    Query,        // a statement failed; detail holds the driver's text
};

// A failure with a translated message for people and the technical detail behind it.
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    ErrorKind kind = ErrorKind::None;
    QString message;
    QString detail;

    Error() = default;
    Error(ErrorKind kind, QString message, QString detail = {})
        : kind(kind), message(std::move(message)), detail(std::move(detail))
    {}

    bool isDatabaseError() const;
    // A stable English identifier for scripts (JSON output).
    QString kindName() const;
    // Message and detail in one text, for a terminal or a dialog's details.
    QString fullText() const;
};

} // namespace mamori
