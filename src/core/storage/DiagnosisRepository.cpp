#include "DiagnosisRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/Rows.h"
#include "storage/detail/SqlSupport.h"

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisRepository)
};

const auto entityName = QStringLiteral("diagnosis_session");
const auto completedStatus = QStringLiteral("completed");
const auto draftStatus = QStringLiteral("draft");
const auto sessionColumns = QStringLiteral("id, title, department, answered_on, status");
const auto newestFirst = QStringLiteral(" ORDER BY answered_on DESC, id DESC");

QString readWhat()
{
    return Error::tr("read the self-diagnosis");
}

QString writeWhat()
{
    return Error::tr("save the self-diagnosis");
}

QString answersText(const diagnosis::Answers &answers)
{
    return QString::fromUtf8(diagnosis::answersToJson(answers)).simplified();
}

// A new session is one audit row holding its answers.
Status recordInserted(AuditLog &audit, qint64 id, const diagnosis::Answers &answers)
{
    return audit.record(
        {entityName, QString::number(id), AuditAction::Insert, {}, {}, answersText(answers)});
}

QString itemList(const QList<int> &items)
{
    QStringList numbers;
    for (const int item : items)
        numbers << QString::number(item);
    return numbers.join(QStringLiteral(", "));
}

// `tail` follows "FROM diagnosis_session s": conditions and order.
Result<QList<DiagnosisSession>> readSessions(Database &database, const QString &tail,
                                             const QVariant &bound = {})
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + sessionColumns +
                  QStringLiteral(" FROM diagnosis_session s") + tail);
    if (bound.isValid())
        query.addBindValue(bound);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<DiagnosisSession> sessions;
    while (query.next()) {
        DiagnosisSession session;
        session.id = query.value(0).toLongLong();
        session.title = query.value(1).toString();
        session.department = query.value(2).toString();
        session.answeredOn = sql::dateFrom(query.value(3));
        session.completed = query.value(4).toString() == completedStatus;
        sessions << session;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    QSqlQuery answers(database.connection());
    answers.setForwardOnly(true);
    answers.prepare(
        QStringLiteral("SELECT item, answer FROM diagnosis_answer WHERE session_id = ?"));
    for (DiagnosisSession &session : sessions) {
        answers.addBindValue(session.id);
        if (Status done = sql::exec(answers, readWhat()); !done)
            return done.error();
        while (answers.next())
            session.answers.insert(answers.value(0).toInt(), answers.value(1).toInt());
        if (Status read = sql::endOfRows(answers); !read)
            return read.error();
    }
    return sessions;
}

Result<DiagnosisSession> findSession(Database &database, qint64 id)
{
    return rows::exactlyOne(
        readSessions(database, QStringLiteral(" WHERE id = ?"), id),
        Error(ErrorKind::InvalidInput, Text::tr("There is no self-diagnosis with id %1.").arg(id)));
}

Error readOnlyError()
{
    return Error(ErrorKind::InvalidInput,
                 Text::tr("A completed self-diagnosis is read-only: start a new one instead."));
}

// Items from 1 to 25 and the four answer values; a draft may leave items out.
Status validateDraft(const DiagnosisSession &session)
{
    QStringList problems;
    if (!session.answeredOn.isValid())
        problems << Text::tr("The self-diagnosis needs a date.");
    for (auto it = session.answers.cbegin(); it != session.answers.cend(); ++it) {
        if (it.key() < 1 || it.key() > diagnosis::itemCount)
            problems
                << Text::tr("There is no item %1: the items are numbered 1 to 25.").arg(it.key());
        else if (!diagnosis::isValidAnswer(it.value()))
            problems << Text::tr("Item %1: the answer must be 4, 2, 0 or -1.").arg(it.key());
    }
    if (!problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    return {};
}

Status insertAnswers(Database &database, qint64 id, const diagnosis::Answers &answers)
{
    QSqlQuery insert(database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO diagnosis_answer (session_id, item, answer) VALUES (?, ?, ?)"));
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        insert.addBindValue(id);
        insert.addBindValue(it.key());
        insert.addBindValue(it.value());
        if (Status done = sql::exec(insert, writeWhat()); !done)
            return done;
    }
    return {};
}

enum class SessionId
{
    New,
    Kept, // the session's own id: a draft put back
};

Result<qint64> insertSession(Database &database, const DiagnosisSession &session,
                             SessionId id = SessionId::New)
{
    const bool keep = id == SessionId::Kept;
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO diagnosis_session (%1title, department, "
                                  "answered_on, status) VALUES (%2?, ?, ?, 'draft')")
                       .arg(keep ? QStringLiteral("id, ") : QString(),
                            keep ? QStringLiteral("?, ") : QString()));
    if (keep)
        insert.addBindValue(session.id);
    insert.addBindValue(sql::text(session.title));
    insert.addBindValue(sql::text(session.department));
    insert.addBindValue(sql::isoDate(session.answeredOn));
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    const qint64 stored = keep ? session.id : insert.lastInsertId().toLongLong();
    if (Status done = insertAnswers(database, stored, session.answers); !done)
        return done.error();
    return stored;
}

Status markCompleted(Database &database, qint64 id)
{
    // Answers first, then the status: once completed, the triggers refuse any change.
    QSqlQuery update(database.connection());
    update.prepare(
        QStringLiteral("UPDATE diagnosis_session SET status = 'completed' WHERE id = ?"));
    update.addBindValue(id);
    return sql::exec(update, writeWhat());
}

} // namespace

Result<qint64> DiagnosisRepository::addCompleted(const DiagnosisSession &session)
{
    const diagnosis::Score score = diagnosis::score(session.answers);
    if (!score.complete()) {
        return Error(ErrorKind::InvalidInput,
                     Error::tr("A completed diagnosis needs an answer for every item."));
    }
    if (Status valid = validateDraft(session); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto id = insertSession(m_database, session);
    if (!id)
        return id.error();
    if (Status done = markCompleted(m_database, *id); !done)
        return done.error();
    AuditLog audit(m_database);
    const Status audited = recordInserted(audit, *id, session.answers);
    if (!audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

Result<std::optional<DiagnosisSession>> DiagnosisRepository::latestCompleted() const
{
    return rows::firstOrNone(
        readSessions(m_database, QStringLiteral(" WHERE status = 'completed'") + newestFirst +
                                     QStringLiteral(" LIMIT 1")));
}

Result<qint64> DiagnosisRepository::saveDraft(const DiagnosisSession &session)
{
    if (Status valid = validateDraft(session); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    AuditLog audit(m_database);

    if (session.id == 0) {
        auto id = insertSession(m_database, session);
        if (!id)
            return id.error();
        const Status audited = recordInserted(audit, *id, session.answers);
        if (!audited)
            return audited.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return *id;
    }

    auto before = findSession(m_database, session.id);
    if (!before)
        return before.error();
    if (before->completed)
        return readOnlyError();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE diagnosis_session SET title = ?, department = ?, "
                                  "answered_on = ? WHERE id = ?"));
    update.addBindValue(sql::text(session.title));
    update.addBindValue(sql::text(session.department));
    update.addBindValue(sql::isoDate(session.answeredOn));
    update.addBindValue(session.id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done.error();
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM diagnosis_answer WHERE session_id = ?"));
    clear.addBindValue(session.id);
    if (Status done = sql::exec(clear, writeWhat()); !done)
        return done.error();
    if (Status done = insertAnswers(m_database, session.id, session.answers); !done)
        return done.error();

    const QList<std::pair<QString, std::pair<QString, QString>>> fields{
        {QStringLiteral("title"), {before->title, session.title}},
        {QStringLiteral("department"), {before->department, session.department}},
        {QStringLiteral("answered_on"),
         {before->answeredOn.toString(Qt::ISODate), sql::isoDate(session.answeredOn)}},
        {QStringLiteral("answers"), {answersText(before->answers), answersText(session.answers)}},
    };
    for (const auto &[field, values] : fields) {
        if (values.first == values.second)
            continue;
        const Status audited =
            audit.record({entityName, QString::number(session.id), AuditAction::Update, field,
                          values.first, values.second});
        if (!audited)
            return audited.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return session.id;
}

Status DiagnosisRepository::complete(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto session = findSession(m_database, id);
    if (!session)
        return session.error();
    if (session->completed)
        return readOnlyError();
    const diagnosis::Score score = diagnosis::score(session->answers);
    if (!score.complete()) {
        return Error(ErrorKind::InvalidInput, Text::tr("%n item(s) without an answer: %1", nullptr,
                                                       int(score.unansweredItems.size()))
                                                  .arg(itemList(score.unansweredItems)));
    }
    if (Status done = markCompleted(m_database, id); !done)
        return done;
    const Status audited = AuditLog(m_database)
                               .record({entityName, QString::number(id), AuditAction::Update,
                                        QStringLiteral("status"), draftStatus, completedStatus});
    if (!audited)
        return audited;
    return transaction.commit();
}

Status DiagnosisRepository::removeDraft(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto session = findSession(m_database, id);
    if (!session)
        return session.error();
    if (session->completed)
        return readOnlyError();
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM diagnosis_session WHERE id = ?"));
    remove.addBindValue(id);
    if (Status done = sql::exec(remove, writeWhat()); !done)
        return done; // the answers go with it (ON DELETE CASCADE)
    const Status audited = AuditLog(m_database)
                               .record({entityName,
                                        QString::number(id),
                                        AuditAction::Delete,
                                        {},
                                        answersText(session->answers),
                                        {}});
    if (!audited)
        return audited;
    return transaction.commit();
}

Status DiagnosisRepository::restoreDraft(const DiagnosisSession &session)
{
    if (Status valid = validateDraft(session); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto id = insertSession(m_database, session, SessionId::Kept);
    if (!id)
        return id.error();
    AuditLog audit(m_database);
    if (Status audited = recordInserted(audit, *id, session.answers); !audited)
        return audited;
    return transaction.commit();
}

Result<DiagnosisSession> DiagnosisRepository::load(qint64 id) const
{
    return findSession(m_database, id);
}

Result<QList<DiagnosisSession>> DiagnosisRepository::all() const
{
    return readSessions(m_database, newestFirst);
}

Result<QList<DiagnosisSession>> DiagnosisRepository::latestCompletedPerDepartment() const
{
    return readSessions(
        m_database,
        QStringLiteral(" WHERE s.status = 'completed' AND s.id = (SELECT t.id FROM "
                       "diagnosis_session t WHERE t.status = 'completed' AND t.department = "
                       "s.department ORDER BY t.answered_on DESC, t.id DESC LIMIT 1) "
                       "ORDER BY s.department"));
}

} // namespace mamori
