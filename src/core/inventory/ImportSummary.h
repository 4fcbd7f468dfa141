#pragma once

#include "inventory/AssetImport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mamori {

// Problems of one kind in one column: a 10,000-row file with one recurring oddity is one group.
struct ProblemGroup
{
    QString kind;
    int column = -1;
    QString header;
    QList<ImportProblem> problems; // in row order
};

// Import summaries as people read them, in the dialog and on the command line.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    // In the order each group first appears.
    static QList<ProblemGroup> group(const QList<ImportProblem> &problems);
    // Each group's first `perGroup` problems, each line starting with `prefix`, then
    // "… and N more" for the rest of the group.
    static QStringList lines(const QList<ImportProblem> &problems, int perGroup,
                             const QString &prefix = {});
    // A group in one line: its first problem, then "— and N more rows like it: 7, 9, …" naming
    // up to `rowsNamed` more rows.
    static QString groupLine(const ProblemGroup &group, int rowsNamed);
    // One line per guessed or unknown value: "column C (種別): “Storage” in 12 rows, read as
    // Other (not a known word)". Mapped values are the firm's own choice and are left out.
    static QStringList valueLines(const QList<ImportedValue> &values, AssetKind kind,
                                  const QString &prefix = {});
    // "guessed", "unknown", "mapped": the JSON and preset form.
    static QString readingName(ValueReading reading);
};

} // namespace mamori
