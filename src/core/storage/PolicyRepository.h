#pragma once

#include "Result.h"
#include "action/Policy.h"

#include <QList>

#include <optional>

namespace mamori {

class Database;

// Policy versions. Saving never overwrites: each save adds the next version. Publication and
// review dates are recorded on an existing version. Audited.
class PolicyRepository
{
public:
    explicit PolicyRepository(Database &database) : m_database(database) {}
    Result<QList<PolicyVersion>> all() const; // newest first
    Result<std::optional<PolicyVersion>> latest() const;
    Result<PolicyVersion> saveNewVersion(const PolicyDocument &document, const QDate &adoptedOn);
    // An invalid date clears what was recorded (undo, or a mistake).
    Status recordPublication(qint64 id, const QDate &publishedOn, const QString &url);
    Status recordReview(qint64 id, const QDate &reviewedOn);
    // Undo of saveNewVersion(): removes the latest version, and only that one.
    Status removeLatestVersion(qint64 id);
    // Redo after that undo: puts the version back under its id and number.
    Status restoreVersion(const PolicyVersion &version);

private:
    Database &m_database;
};

} // namespace mamori
