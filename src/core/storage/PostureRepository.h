#pragma once

#include "Result.h"
#include "posture/PostureExplain.h"
#include "posture/PostureInputs.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace mamori {

class Database;

// The posture facts that are counts over large tables, read with SQL aggregates (never a list
// of devices), and the daily snapshots (table posture_snapshot). Snapshots are derived data and
// not audited.
class PostureRepository
{
public:
    explicit PostureRepository(Database &database) : m_database(database) {}

    // Fills the device hygiene counts (DeviceChecks via DeviceCheckSql), the largest groups of
    // devices past end of support (at most `groups`), and the important information assets and
    // how many a plan with a successful run copies.
    Status countInventory(PostureInputs &inputs, const QDate &today, int groups = 5) const;
    // The playbooks the firm saved its own copy of, or exercised, since `sinceUtc`.
    Result<QSet<QString>> reviewedPlaybooks(const QDateTime &sinceUtc) const;

    // Stores the snapshot unless its day already has one, in its own transaction; true when it
    // was stored. Two connections or processes doing so at once leave exactly one row (the
    // UNIQUE day and ON CONFLICT DO NOTHING).
    Result<bool> insertIfAbsent(const PostureSnapshot &snapshot);
    // Many days at once (the demo's history), one transaction; days already present are kept.
    Result<int> insertAllIfAbsent(const QList<PostureSnapshot> &snapshots);
    Result<bool> has(const QDate &day) const;
    Result<std::optional<PostureSnapshot>> snapshot(const QDate &day) const;
    // The latest snapshot on or before `day` (what the score was then).
    Result<std::optional<PostureSnapshot>> latestOnOrBefore(const QDate &day) const;
    // Oldest first; an invalid `from` or `to` leaves that end open.
    Result<QList<PostureSnapshot>> history(const QDate &from, const QDate &to) const;
    // How many records of each kind the audit log says changed in [fromUtc, toUtc): distinct
    // records per action, with records created in bulk counted from their id ranges.
    Result<QList<ChangeActivity>> activity(const QDateTime &fromUtc, const QDateTime &toUtc) const;

private:
    Database &m_database;
};

} // namespace mamori
