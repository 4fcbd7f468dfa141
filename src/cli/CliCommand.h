#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <functional>

namespace mamori::cli {

// One verb of mamori-cli, such as "db init": its words, help and options, and what it does.
struct CliCommand
{
    QStringList words;
    QString arguments; // shown in help after the words, e.g. "--out FILE"
    QString summary;   // translated
    QList<QCommandLineOption> options;
    std::function<ExitCode(CliContext &)> run;
    int positionalCount = 0;   // arguments after the command words, e.g. FILE
    bool moreOperands = false; // further operands are the command's to read (a list of items)
};

} // namespace mamori::cli
