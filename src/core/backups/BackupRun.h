#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace mamori {

enum class RunResult
{
    Ok,
    Failed,
    Partial,
};

// One backup run as recorded by a person (GUI) or by the backup script (CLI). Times are UTC.
struct BackupRun
{
    qint64 id = 0;
    qint64 planId = 0;
    QDateTime startedAt;
    QDateTime endedAt; // may equal startedAt when only one time is known
    RunResult result = RunResult::Ok;
    std::optional<qint64> sizeBytes;
    QString recordedBy; // the named person attesting it, or the OS user running the script
    QString note;
    QString evidencePath;   // a file that shows the run (a log); not copied
    QString evidenceSha256; // of that file when recorded, hex

    bool operator==(const BackupRun &) const = default;
};

// One restore test: something was restored from the plan's copies and checked.
struct RestoreTest
{
    qint64 id = 0;
    qint64 planId = 0;
    QDateTime testedAt;
    QString whatRestored;
    QString restoredTo;
    RunResult result = RunResult::Ok;
    std::optional<int> minutes;
    QString recordedBy;
    QString note;

    bool operator==(const RestoreTest &) const = default;
};

namespace runs {
QString code(RunResult result); // ok, failed, partial
std::optional<RunResult> resultFromCode(const QString &code);
QString label(RunResult result); // translated
} // namespace runs

} // namespace mamori
