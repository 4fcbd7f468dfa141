#include "DiagnosisResult.h"

#include <QLocale>

namespace mamori {

DiagnosisSummary DiagnosisSummary::of(const SelfDiagnosisContent &content,
                                      const diagnosis::Answers &answers, int steps)
{
    const diagnosis::Score score = diagnosis::score(answers);
    DiagnosisSummary summary;
    summary.total = score.total;
    summary.complete = score.complete();
    summary.answered = diagnosis::itemCount - int(score.unansweredItems.size());
    if (summary.complete) {
        if (const SelfDiagnosisContent::Band *band = content.bandFor(score.total)) {
            summary.bandTitle = band->title;
            summary.bandMeaning = band->meaning;
        }
    }
    for (const SelfDiagnosisContent::Part &part : content.parts()) {
        summary.parts.append({part.number, part.title, score.partSubtotals.value(part.number),
                              int(part.items.size()) * diagnosis::done});
    }
    summary.unknownItems = score.unknownItems;
    for (const int item : diagnosis::weakestItems(answers, steps)) {
        if (answers.value(item) >= diagnosis::done)
            continue;
        if (const SelfDiagnosisContent::Item *text = content.item(item))
            summary.nextSteps.append({item, text->keyword, text->nextStep});
    }
    return summary;
}

QString DiagnosisComparison::departmentName(const QString &department)
{
    return department.isEmpty() ? tr("Whole company") : department;
}

DiagnosisComparison DiagnosisComparison::of(const SelfDiagnosisContent &content,
                                            const QList<DiagnosisSession> &sessions,
                                            const QList<DiagnosisSession> &latestPerDepartment)
{
    DiagnosisComparison comparison;
    const auto column = [&content](QString heading, const diagnosis::Answers &answers) {
        const int total = diagnosis::score(answers).total;
        const SelfDiagnosisContent::Band *band = content.bandFor(total);
        return Column{std::move(heading), answers, total, band ? band->title : QString()};
    };
    if (latestPerDepartment.size() > 1) {
        QList<diagnosis::Answers> answers;
        for (const DiagnosisSession &session : latestPerDepartment)
            answers << session.answers;
        comparison.columns << column(
            tr("Combined\n(%n departments)", nullptr, int(latestPerDepartment.size())),
            diagnosis::combine(answers));
    }
    for (const DiagnosisSession &session : sessions) {
        if (!session.completed)
            continue;
        comparison.columns << column(
            QStringLiteral("%1\n%2").arg(
                QLocale().toString(session.answeredOn, QLocale::ShortFormat),
                departmentName(session.department)),
            session.answers);
    }
    for (int item = 1; item <= diagnosis::itemCount; ++item) {
        const SelfDiagnosisContent::Item *text = content.item(item);
        comparison.rows.append(
            {item, QStringLiteral("%1. %2").arg(item).arg(text ? text->keyword : QString())});
    }
    return comparison;
}

} // namespace mamori
