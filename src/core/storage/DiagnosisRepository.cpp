#include "DiagnosisRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

namespace mamori {

Result<qint64> DiagnosisRepository::addCompleted(const DiagnosisSession &session)
{
    const diagnosis::Score score = diagnosis::score(session.answers);
    if (!score.complete()) {
        return Error(ErrorKind::InvalidInput,
                     Error::tr("A completed diagnosis needs an answer for every item."));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    const QString what = Error::tr("save the self-diagnosis");
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO diagnosis_session (title, department, answered_on, "
                                  "status) VALUES (?, ?, ?, 'draft')"));
    insert.addBindValue(sql::text(session.title));
    insert.addBindValue(sql::text(session.department));
    insert.addBindValue(session.answeredOn.toString(Qt::ISODate));
    if (Status done = sql::exec(insert, what); !done)
        return done.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery answer(m_database.connection());
    answer.prepare(
        QStringLiteral("INSERT INTO diagnosis_answer (session_id, item, answer) VALUES (?, ?, ?)"));
    for (auto it = session.answers.cbegin(); it != session.answers.cend(); ++it) {
        answer.addBindValue(id);
        answer.addBindValue(it.key());
        answer.addBindValue(it.value());
        if (Status done = sql::exec(answer, what); !done)
            return done.error();
    }
    // Answers first, then the status: once completed, the triggers refuse any change.
    QSqlQuery markCompleted(m_database.connection());
    markCompleted.prepare(
        QStringLiteral("UPDATE diagnosis_session SET status = 'completed' WHERE id = ?"));
    markCompleted.addBindValue(id);
    if (Status done = sql::exec(markCompleted, what); !done)
        return done.error();
    const Status audited =
        AuditLog(m_database)
            .record({QStringLiteral("diagnosis_session"),
                     QString::number(id),
                     AuditAction::Insert,
                     {},
                     {},
                     QString::fromUtf8(diagnosis::answersToJson(session.answers)).simplified()});
    if (!audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<std::optional<DiagnosisSession>> DiagnosisRepository::latestCompleted() const
{
    const QString what = Error::tr("read the self-diagnosis");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, title, department, answered_on FROM diagnosis_session "
                                 "WHERE status = 'completed' ORDER BY answered_on DESC, id DESC "
                                 "LIMIT 1"));
    if (Status done = sql::exec(query, what); !done)
        return done.error();
    if (!query.next())
        return std::optional<DiagnosisSession>();
    DiagnosisSession session;
    session.id = query.value(0).toLongLong();
    session.title = query.value(1).toString();
    session.department = query.value(2).toString();
    session.answeredOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    session.completed = true;
    QSqlQuery answers(m_database.connection());
    answers.setForwardOnly(true);
    answers.prepare(
        QStringLiteral("SELECT item, answer FROM diagnosis_answer WHERE session_id = ?"));
    answers.addBindValue(session.id);
    if (Status done = sql::exec(answers, what); !done)
        return done.error();
    while (answers.next())
        session.answers.insert(answers.value(0).toInt(), answers.value(1).toInt());
    return std::optional<DiagnosisSession>(session);
}

} // namespace mamori
