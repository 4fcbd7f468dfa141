#include "ImportSummary.h"

#include "inventory/ImportOptions.h"

#include <QHash>

namespace mamori {

QList<ProblemGroup> ImportSummary::group(const QList<ImportProblem> &problems)
{
    QList<ProblemGroup> groups;
    QHash<QString, qsizetype> indexByKey;
    for (const ImportProblem &problem : problems) {
        const QString key = problem.kind + QChar(0x1f) + QString::number(problem.column);
        auto found = indexByKey.constFind(key);
        if (found == indexByKey.cend()) {
            found = indexByKey.insert(key, groups.size());
            groups.append({problem.kind, problem.column, problem.header, {}});
        }
        groups[*found].problems.append(problem);
    }
    return groups;
}

QStringList ImportSummary::lines(const QList<ImportProblem> &problems, int perGroup,
                                 const QString &prefix)
{
    QStringList lines;
    for (const ProblemGroup &group : group(problems)) {
        const qsizetype shown = std::min<qsizetype>(perGroup, group.problems.size());
        for (qsizetype i = 0; i < shown; ++i)
            lines << prefix + group.problems[i].text();
        if (group.problems.size() > shown)
            lines << prefix + tr("… and %n more like these", nullptr,
                                 int(group.problems.size() - shown));
    }
    return lines;
}

QString ImportSummary::groupLine(const ProblemGroup &group, int rowsNamed)
{
    const QList<ImportProblem> &alike = group.problems;
    if (alike.isEmpty())
        return {};
    const QString first = alike.first().text();
    if (alike.size() == 1)
        return first;
    QStringList rows;
    for (qsizetype i = 1; i < std::min<qsizetype>(alike.size(), rowsNamed + 1); ++i)
        rows << QString::number(alike[i].row);
    if (alike.size() > rowsNamed + 1)
        rows << QStringLiteral("…");
    return tr("%1 — and %n more row(s) like it: %2", nullptr, int(alike.size() - 1))
        .arg(first, rows.join(tr(", ", "between row numbers")));
}

QString ImportSummary::readingName(ValueReading reading)
{
    switch (reading) {
    case ValueReading::Mapped:
        return QStringLiteral("mapped");
    case ValueReading::Guessed:
        return QStringLiteral("guessed");
    case ValueReading::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringList ImportSummary::valueLines(const QList<ImportedValue> &values, AssetKind kind,
                                      const QString &prefix)
{
    QStringList lines;
    for (const ImportedValue &value : values) {
        if (value.reading == ValueReading::Mapped)
            continue;
        const AssetField *field = AssetFields::find(kind, value.field);
        const QString meaning = field ? ValueMap::labelOf(field->type, value.code) : value.code;
        ImportProblem where{value.firstRow, value.column, value.header, {}};
        const QString column = where.columnLetter();
        const QString place = value.header.trimmed().isEmpty()
                                  ? tr("column %1").arg(column)
                                  : tr("column %1 (%2)").arg(column, value.header.trimmed());
        const QString shownMeaning = meaning.isEmpty() ? tr("not recorded") : meaning;
        lines << prefix + (value.reading == ValueReading::Guessed
                               ? tr("%1: “%2” in %n row(s), guessed as %3", nullptr, value.rows)
                               : tr("%1: “%2” in %n row(s), not a known word, read as %3", nullptr,
                                    value.rows))
                              .arg(place, value.text, shownMeaning);
    }
    return lines;
}

} // namespace mamori
