#include "BackupRun.h"

#include <QCoreApplication>

namespace mamori::runs {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupRuns)
};

} // namespace

QString code(RunResult result)
{
    switch (result) {
    case RunResult::Ok:
        return QStringLiteral("ok");
    case RunResult::Failed:
        return QStringLiteral("failed");
    case RunResult::Partial:
        break;
    }
    return QStringLiteral("partial");
}

std::optional<RunResult> resultFromCode(const QString &code)
{
    for (RunResult result : {RunResult::Ok, RunResult::Failed, RunResult::Partial}) {
        if (runs::code(result) == code)
            return result;
    }
    return std::nullopt;
}

QString label(RunResult result)
{
    switch (result) {
    case RunResult::Ok:
        return Text::tr("OK");
    case RunResult::Failed:
        return Text::tr("Failed");
    case RunResult::Partial:
        break;
    }
    return Text::tr("Partial");
}

} // namespace mamori::runs
