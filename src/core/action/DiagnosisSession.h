#pragma once

#include "action/SelfDiagnosis.h"

#include <QDate>
#include <QString>

namespace mamori {

// One self-diagnosis: who answered (the whole company or a department), when, and the answers.
// A draft may be partly answered; a completed session has all 25 answers and is read-only.
struct DiagnosisSession
{
    qint64 id = 0;
    QString title;
    QString department;
    QDate answeredOn;
    bool completed = false;
    diagnosis::Answers answers;
};

} // namespace mamori
