#pragma once

#include "Result.h"
#include "action/SelfDiagnosis.h"

#include <QDate>

#include <optional>

namespace mamori {

class Database;

struct DiagnosisSession
{
    qint64 id = 0;
    QString title;
    QString department;
    QDate answeredOn;
    bool completed = false;
    diagnosis::Answers answers;
};

// Self-diagnosis sessions and their answers; every write is audited.
class DiagnosisRepository
{
public:
    explicit DiagnosisRepository(Database &database) : m_database(database) {}

    // Stores a completed session (all 25 answers) in one transaction.
    Result<qint64> addCompleted(const DiagnosisSession &session);
    // The completed session answered most recently (latest date, then latest id).
    Result<std::optional<DiagnosisSession>> latestCompleted() const;

private:
    Database &m_database;
};

} // namespace mamori
