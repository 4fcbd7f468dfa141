#pragma once

#include "Result.h"
#include "action/DiagnosisSession.h"

#include <QDate>

#include <optional>

namespace mamori {

class Database;

// Self-diagnosis sessions and their answers; every write is audited.
class DiagnosisRepository
{
public:
    explicit DiagnosisRepository(Database &database) : m_database(database) {}

    // Stores a completed session (all 25 answers) in one transaction.
    Result<qint64> addCompleted(const DiagnosisSession &session);
    // The completed session answered most recently (latest date, then latest id).
    Result<std::optional<DiagnosisSession>> latestCompleted() const;

    // Drafts: id 0 inserts a new draft, otherwise replaces the draft's title, department, date
    // and answers (partial answers allowed). Refused for a completed session.
    Result<qint64> saveDraft(const DiagnosisSession &session);
    // Draft → completed: needs all 25 answers; read-only afterwards.
    Status complete(qint64 id);
    Status removeDraft(qint64 id);
    // Puts back a removed draft under its old id (undo of a delete or of a first save).
    Status restoreDraft(const DiagnosisSession &session);
    Result<DiagnosisSession> load(qint64 id) const;
    // Every session with its answers, newest first (date, then id).
    Result<QList<DiagnosisSession>> all() const;
    // For the combined view: per department, its latest completed session.
    Result<QList<DiagnosisSession>> latestCompletedPerDepartment() const;

private:
    Database &m_database;
};

} // namespace mamori
