#pragma once

#include "action/DiagnosisSession.h"
#include "action/SelfDiagnosis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mamori {

// What a self-diagnosis says, as plain data in the content's language: the score and band,
// each part's subtotal, the items answered "don't know" and where to start. The Self-diagnosis
// tab shows it; the evidence pack prints the same content.
struct DiagnosisSummary
{
    struct PartLine
    {
        int number = 0;
        QString title;
        int points = 0;
        int maximum = 0;
    };
    struct NextStep
    {
        int item = 0;
        QString keyword;
        QString step;
    };

    int total = 0;
    bool complete = false;
    int answered = 0;
    QString bandTitle;   // empty until every item has an answer
    QString bandMeaning; // ditto
    QList<PartLine> parts;
    QList<int> unknownItems;   // answered "don't know"
    QList<NextStep> nextSteps; // the weakest items not done, weakest first

    static DiagnosisSummary of(const SelfDiagnosisContent &content,
                               const diagnosis::Answers &answers, int steps = 5);
};

// Completed diagnoses side by side, newest first, with the departments' combined view first when
// there are several departments: per item the answer and its label, then total and band.
struct DiagnosisComparison
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisComparison)

public:
    struct Column
    {
        QString heading; // "2026/04/01\nWhole company", "Combined\n(3 departments)"
        diagnosis::Answers answers;
        int total = 0;
        QString bandTitle;
    };
    struct Row
    {
        int item = 0;
        QString label; // "1. OS and software updates"
    };

    QList<Column> columns;
    QList<Row> rows; // the 25 items

    // `sessions`: every session, newest first (drafts are left out); `latestPerDepartment`: each
    // department's latest completed one. Dates are shown in the default locale's short format.
    static DiagnosisComparison of(const SelfDiagnosisContent &content,
                                  const QList<DiagnosisSession> &sessions,
                                  const QList<DiagnosisSession> &latestPerDepartment);
    // "Whole company" for an empty department.
    static QString departmentName(const QString &department);
};

} // namespace mamori
