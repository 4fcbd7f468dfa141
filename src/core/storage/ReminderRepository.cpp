#include "ReminderRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/DeviceCheckSql.h"
#include "detail/SqlSupport.h"

namespace mamori {

namespace {

QString readWhat()
{
    return Error::tr("read the reminders");
}

QString writeWhat()
{
    return Error::tr("save the reminders");
}

QString markText(const ReminderMark &mark)
{
    return QStringLiteral("snoozed_until=%1 done_for=%2")
        .arg(sql::isoDate(mark.snoozedUntil), sql::isoDate(mark.doneFor));
}

// Per month from `from` (inclusive) to `until` (exclusive): the devices in use whose `column`
// falls in it, with the earliest date.
Result<QList<MonthCount>> countPerMonth(Database &database, const QString &column,
                                        const QDate &from, const QDate &until)
{
    const sql::Condition active =
        sql::statusCondition(DeviceCheckRule::Statuses::Active, QString());
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT substr(%1, 1, 7), COUNT(*), MIN(%1) FROM device"
                                 " WHERE %1 >= ? AND %1 < ? AND %2 GROUP BY substr(%1, 1, 7)"
                                 " ORDER BY 1")
                      .arg(column, active.sql));
    query.addBindValue(sql::isoDate(from));
    query.addBindValue(sql::isoDate(until));
    for (const QVariant &value : active.values)
        query.addBindValue(value);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<MonthCount> months;
    while (query.next()) {
        const QDate month =
            QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid())
            months.append({month, query.value(1).toInt(), sql::dateFrom(query.value(2))});
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return months;
}

} // namespace

Result<ReminderMarks> ReminderMarkRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT reminder_key, snoozed_until, done_for FROM reminder_mark"));
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    ReminderMarks marks;
    while (query.next()) {
        const ReminderMark mark{query.value(0).toString(), sql::dateFrom(query.value(1)),
                                sql::dateFrom(query.value(2))};
        marks.insert(mark.key, mark);
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return marks;
}

Status ReminderMarkRepository::set(const ReminderMark &mark)
{
    if (mark.key.isEmpty())
        return Error(ErrorKind::InvalidInput, Error::tr("A reminder needs a key."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto marks = all();
    if (!marks)
        return marks.error();
    const auto before = marks->constFind(mark.key);
    const bool existed = before != marks->cend();
    const bool clear = !mark.snoozedUntil.isValid() && !mark.doneFor.isValid();
    QSqlQuery write(m_database.connection());
    if (clear) {
        write.prepare(QStringLiteral("DELETE FROM reminder_mark WHERE reminder_key = ?"));
        write.addBindValue(mark.key);
    } else {
        write.prepare(QStringLiteral(
            "INSERT INTO reminder_mark (reminder_key, snoozed_until, done_for) VALUES (?, ?, ?)"
            " ON CONFLICT (reminder_key) DO UPDATE SET snoozed_until = excluded.snoozed_until,"
            " done_for = excluded.done_for"));
        write.addBindValue(mark.key);
        write.addBindValue(sql::nullableDate(mark.snoozedUntil));
        write.addBindValue(sql::nullableDate(mark.doneFor));
    }
    if (Status done = sql::exec(write, writeWhat()); !done)
        return done;
    if (clear && !existed)
        return transaction.commit();
    AuditLog audit(m_database);
    const AuditChange change{QStringLiteral("reminder_mark"),
                             mark.key,
                             clear     ? AuditAction::Delete
                             : existed ? AuditAction::Update
                                       : AuditAction::Insert,
                             QString(),
                             existed ? markText(*before) : QString(),
                             clear ? QString() : markText(mark)};
    if (Status recorded = audit.record(change); !recorded)
        return recorded;
    return transaction.commit();
}

Result<InventoryDates> loadInventoryDates(Database &database, const QDate &today, int months)
{
    InventoryDates dates;
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate until = thisMonth.addMonths(months);
    // Past end of support: before today (the DeviceChecks rule), in use, one group.
    const sql::Condition ended = sql::deviceCheck(DeviceCheck::SupportEnded, today);
    QSqlQuery past(database.connection());
    past.setForwardOnly(true);
    past.prepare(
        QStringLiteral("SELECT COUNT(*), MAX(end_of_support) FROM device WHERE %1").arg(ended.sql));
    for (const QVariant &value : ended.values)
        past.addBindValue(value);
    if (Status done = sql::exec(past, readWhat()); !done)
        return done.error();
    if (past.next()) {
        dates.supportEnded = past.value(0).toInt();
        dates.latestSupportEnded = sql::dateFrom(past.value(1));
    }
    if (Status read = sql::endOfRows(past); !read)
        return read.error();
    auto support = countPerMonth(database, QStringLiteral("end_of_support"), today, until);
    if (!support)
        return support.error();
    dates.supportEnds = *support;
    auto warranty = countPerMonth(database, QStringLiteral("warranty_end"), today, until);
    if (!warranty)
        return warranty.error();
    dates.warrantyEnds = *warranty;
    return dates;
}

} // namespace mamori
