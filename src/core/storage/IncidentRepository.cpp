#include "IncidentRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/AuditedFields.h"
#include "detail/Rows.h"
#include "detail/SqlSupport.h"
#include "incidents/ReportingClocks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)
};

const auto incidentEntity = QStringLiteral("incident");
const auto stepEntity = QStringLiteral("incident_step");
const auto entryEntity = QStringLiteral("incident_entry");
const auto clockEntity = QStringLiteral("incident_clock");

QString readWhat()
{
    return Error::tr("read the incident records");
}

QString writeWhat()
{
    return Error::tr("save the incident records");
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime utcFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString recordsJson(const QStringList &records)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(records)).toJson(QJsonDocument::Compact));
}

QStringList recordsFrom(const QVariant &value)
{
    QStringList records;
    for (const QJsonValue &record : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        records << record.toString();
    return records;
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString deviceList(const Incident &incident)
{
    QStringList ids;
    for (qint64 id : incident.deviceIds)
        ids << QString::number(id);
    return ids.join(u',');
}

const QList<audit::AuditedField<Incident>> &incidentFields()
{
    using F = audit::AuditedField<Incident>;
    static const QList<F> all{
        {QStringLiteral("playbook_id"), [](const Incident &i) { return i.playbookId; }},
        {QStringLiteral("title"), [](const Incident &i) { return i.title; }},
        {QStringLiteral("description"), [](const Incident &i) { return i.description; }},
        {QStringLiteral("detected_at"), [](const Incident &i) { return utcText(i.detectedAt); }},
        {QStringLiteral("aware_at"), [](const Incident &i) { return utcText(i.awareAt); }},
        {QStringLiteral("reporter"), [](const Incident &i) { return i.reporter; }},
        {QStringLiteral("severity"),
         [](const Incident &i) { return IncidentValues::code(i.severity); }},
        {QStringLiteral("status"),
         [](const Incident &i) { return IncidentValues::code(i.status); }},
        {QStringLiteral("exercise"), [](const Incident &i) { return flag(i.exercise); }},
        {QStringLiteral("participants"), [](const Incident &i) { return i.participants; }},
        {QStringLiteral("lessons"), [](const Incident &i) { return i.lessons; }},
        {QStringLiteral("personal_data"),
         [](const Incident &i) { return flag(i.triggers.personalData); }},
        {QStringLiteral("sensitive"), [](const Incident &i) { return flag(i.triggers.sensitive); }},
        {QStringLiteral("financial_damage"),
         [](const Incident &i) { return flag(i.triggers.financialDamage); }},
        {QStringLiteral("unauthorised_purpose"),
         [](const Incident &i) { return flag(i.triggers.unauthorisedPurpose); }},
        {QStringLiteral("more_than_thousand"),
         [](const Incident &i) { return flag(i.triggers.moreThanThousand); }},
        {QStringLiteral("strongly_encrypted"),
         [](const Incident &i) { return flag(i.triggers.stronglyEncrypted); }},
        {QStringLiteral("people_affected"),
         [](const Incident &i) {
             return i.triggers.peopleAffected ? QString::number(*i.triggers.peopleAffected)
                                              : QString();
         }},
        {QStringLiteral("devices"), [](const Incident &i) { return deviceList(i); }},
        {QStringLiteral("cause"), [](const Incident &i) { return i.closeOut.cause; }},
        {QStringLiteral("impact"), [](const Incident &i) { return i.closeOut.impact; }},
        {QStringLiteral("changes_after"),
         [](const Incident &i) { return i.closeOut.changesAfter; }},
        {QStringLiteral("changed_records"),
         [](const Incident &i) { return recordsJson(i.closeOut.changedRecords); }},
        {QStringLiteral("override_reason"),
         [](const Incident &i) { return i.closeOut.overrideReason; }},
        {QStringLiteral("closed_at"),
         [](const Incident &i) { return utcText(i.closeOut.closedAt); }},
        {QStringLiteral("closed_by"), [](const Incident &i) { return i.closeOut.closedBy; }},
    };
    return all;
}

const QList<audit::AuditedField<TimelineEntry>> &entryFields()
{
    using F = audit::AuditedField<TimelineEntry>;
    static const QList<F> all{
        {QStringLiteral("incident_id"),
         [](const TimelineEntry &e) { return QString::number(e.incidentId); }},
        {QStringLiteral("kind"),
         [](const TimelineEntry &e) { return IncidentValues::code(e.kind); }},
        {QStringLiteral("occurred_at"),
         [](const TimelineEntry &e) { return utcText(e.occurredAt); }},
        {QStringLiteral("text"), [](const TimelineEntry &e) { return e.text; }},
        {QStringLiteral("author"), [](const TimelineEntry &e) { return e.author; }},
        {QStringLiteral("decided_by"), [](const TimelineEntry &e) { return e.decidedBy; }},
        {QStringLiteral("reason"), [](const TimelineEntry &e) { return e.reason; }},
        {QStringLiteral("contact_key"), [](const TimelineEntry &e) { return e.contactKey; }},
        {QStringLiteral("evidence_path"), [](const TimelineEntry &e) { return e.evidencePath; }},
        {QStringLiteral("evidence_sha256"),
         [](const TimelineEntry &e) { return e.evidenceSha256; }},
        {QStringLiteral("step_number"),
         [](const TimelineEntry &e) { return QString::number(e.stepNumber); }},
        {QStringLiteral("corrects"),
         [](const TimelineEntry &e) {
             return e.corrects ? QString::number(*e.corrects) : QString();
         }},
    };
    return all;
}

const auto incidentColumns = QStringLiteral(
    "id, playbook_id, playbook_title, title, description, detected_at, aware_at, reporter, "
    "severity, status, exercise, participants, lessons, personal_data, sensitive, "
    "financial_damage, unauthorised_purpose, more_than_thousand, strongly_encrypted, "
    "people_affected, cause, impact, changes_after, override_reason, closed_at, closed_by, "
    "created_at, changed_records");

Result<QMap<qint64, QList<qint64>>> readDevices(Database &database, const QString &tail,
                                                const QVariant &bound)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT incident_id, device_id FROM incident_device") + tail +
                  QStringLiteral(" ORDER BY incident_id, device_id"));
    if (bound.isValid())
        query.addBindValue(bound);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QMap<qint64, QList<qint64>> devices;
    while (query.next())
        devices[query.value(0).toLongLong()] << query.value(1).toLongLong();
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return devices;
}

Result<QList<Incident>> readIncidents(Database &database, const QString &tail,
                                      const QVariant &bound = {})
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + incidentColumns + QStringLiteral(" FROM incident") +
                  tail);
    if (bound.isValid())
        query.addBindValue(bound);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<Incident> incidents;
    while (query.next()) {
        Incident incident;
        incident.id = query.value(0).toLongLong();
        incident.playbookId = query.value(1).toString();
        incident.playbookTitle = query.value(2).toString();
        incident.title = query.value(3).toString();
        incident.description = query.value(4).toString();
        incident.detectedAt = utcFrom(query.value(5));
        incident.awareAt = utcFrom(query.value(6));
        incident.reporter = query.value(7).toString();
        incident.severity = IncidentValues::severityFromCode(query.value(8).toString())
                                .value_or(IncidentSeverity::Medium);
        incident.status = IncidentValues::statusFromCode(query.value(9).toString())
                              .value_or(IncidentStatus::Open);
        incident.exercise = query.value(10).toInt() != 0;
        incident.participants = query.value(11).toString();
        incident.lessons = query.value(12).toString();
        ReportingTriggers &triggers = incident.triggers;
        triggers.personalData = query.value(13).toInt() != 0;
        triggers.sensitive = query.value(14).toInt() != 0;
        triggers.financialDamage = query.value(15).toInt() != 0;
        triggers.unauthorisedPurpose = query.value(16).toInt() != 0;
        triggers.moreThanThousand = query.value(17).toInt() != 0;
        triggers.stronglyEncrypted = query.value(18).toInt() != 0;
        if (!query.value(19).isNull())
            triggers.peopleAffected = query.value(19).toInt();
        incident.closeOut.cause = query.value(20).toString();
        incident.closeOut.impact = query.value(21).toString();
        incident.closeOut.changesAfter = query.value(22).toString();
        incident.closeOut.overrideReason = query.value(23).toString();
        incident.closeOut.closedAt = utcFrom(query.value(24));
        incident.closeOut.closedBy = query.value(25).toString();
        incident.createdAt = utcFrom(query.value(26));
        incident.closeOut.changedRecords = recordsFrom(query.value(27));
        incidents << incident;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    const QString deviceTail =
        bound.isValid() ? QStringLiteral(" WHERE incident_id = ?") : QString();
    auto devices = readDevices(database, deviceTail, bound);
    if (!devices)
        return devices.error();
    for (Incident &incident : incidents)
        incident.deviceIds = devices->value(incident.id);
    return incidents;
}

Result<Incident> findIncident(Database &database, qint64 id)
{
    return rows::exactlyOne(
        readIncidents(database, QStringLiteral(" WHERE id = ?"), id),
        Error(ErrorKind::InvalidInput, Text::tr("There is no incident with id %1.").arg(id)));
}

Status validate(const Incident &incident)
{
    QStringList problems;
    if (incident.title.trimmed().isEmpty())
        problems << Text::tr("The incident needs a title.");
    if (!incident.detectedAt.isValid())
        problems << Text::tr("The incident needs the time it was detected.");
    if (!incident.awareAt.isValid())
        problems << Text::tr("The incident needs the time the firm became aware of it.");
    if (incident.triggers.peopleAffected && *incident.triggers.peopleAffected < 0)
        problems << Text::tr("The number of people affected cannot be negative.");
    if (!problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    return {};
}

void bindFacts(QSqlQuery &query, const Incident &incident)
{
    query.addBindValue(sql::text(incident.title.trimmed()));
    query.addBindValue(sql::text(incident.description));
    query.addBindValue(utcText(incident.detectedAt));
    query.addBindValue(utcText(incident.awareAt));
    query.addBindValue(sql::text(incident.reporter));
    query.addBindValue(IncidentValues::code(incident.severity));
    query.addBindValue(IncidentValues::code(incident.status));
    query.addBindValue(incident.exercise ? 1 : 0);
    query.addBindValue(sql::text(incident.participants));
    query.addBindValue(sql::text(incident.lessons));
    const ReportingTriggers &t = incident.triggers;
    query.addBindValue(t.personalData ? 1 : 0);
    query.addBindValue(t.sensitive ? 1 : 0);
    query.addBindValue(t.financialDamage ? 1 : 0);
    query.addBindValue(t.unauthorisedPurpose ? 1 : 0);
    query.addBindValue(t.moreThanThousand ? 1 : 0);
    query.addBindValue(t.stronglyEncrypted ? 1 : 0);
    query.addBindValue(t.peopleAffected ? QVariant(*t.peopleAffected)
                                        : QVariant(QMetaType(QMetaType::Int)));
}

const auto factColumns = QStringLiteral(
    "title = ?, description = ?, detected_at = ?, aware_at = ?, reporter = ?, severity = ?, "
    "status = ?, exercise = ?, participants = ?, lessons = ?, personal_data = ?, sensitive = ?, "
    "financial_damage = ?, unauthorised_purpose = ?, more_than_thousand = ?, "
    "strongly_encrypted = ?, people_affected = ?");

Status writeDevices(Database &database, qint64 incidentId, const QList<qint64> &deviceIds)
{
    QSqlQuery clear(database.connection());
    clear.prepare(QStringLiteral("DELETE FROM incident_device WHERE incident_id = ?"));
    clear.addBindValue(incidentId);
    if (Status done = sql::exec(clear, writeWhat()); !done)
        return done;
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO incident_device (incident_id, device_id) VALUES (?, ?)"));
    for (qint64 deviceId : deviceIds) {
        insert.addBindValue(incidentId);
        insert.addBindValue(deviceId);
        if (Status done = sql::exec(insert, writeWhat()); !done)
            return done;
    }
    return {};
}

Result<qint64> insertEntry(Database &database, const TimelineEntry &entry)
{
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO incident_entry (incident_id, kind, occurred_at, recorded_at, text, author, "
        "decided_by, reason, contact_key, evidence_path, evidence_sha256, step_number, corrects) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.incidentId);
    insert.addBindValue(IncidentValues::code(entry.kind));
    insert.addBindValue(utcText(entry.occurredAt));
    insert.addBindValue(utcText(entry.recordedAt));
    insert.addBindValue(sql::text(entry.text));
    insert.addBindValue(sql::text(entry.author));
    insert.addBindValue(sql::text(entry.decidedBy));
    insert.addBindValue(sql::text(entry.reason));
    insert.addBindValue(sql::text(entry.contactKey));
    insert.addBindValue(sql::text(entry.evidencePath));
    insert.addBindValue(sql::text(entry.evidenceSha256));
    insert.addBindValue(entry.stepNumber);
    insert.addBindValue(entry.corrects ? QVariant(*entry.corrects)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    TimelineEntry stored = entry;
    stored.id = id;
    AuditLog audit(database);
    if (Status audited = audit::recordWhole(audit, entryEntity, QString::number(id),
                                            AuditAction::Insert, entryFields(), stored);
        !audited)
        return audited.error();
    return id;
}

Status recordChange(Database &database, const QString &entity, const QString &id,
                    const QString &field, const QString &before, const QString &after)
{
    if (before == after)
        return {};
    AuditLog audit(database);
    return audit.record({entity, id, AuditAction::Update, field, before, after});
}

} // namespace

Result<qint64> IncidentRepository::start(const Incident &incident, const Playbook &playbook,
                                         const QString &startedEntryText, const QString &author)
{
    if (Status valid = validate(incident); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    Incident stored = incident;
    stored.createdAt = Clock::nowUtc();
    stored.status = IncidentStatus::Open;
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO incident (playbook_id, playbook_title, playbook_content, created_at, title, "
        "description, detected_at, aware_at, reporter, severity, status, exercise, participants, "
        "lessons, personal_data, sensitive, financial_damage, unauthorised_purpose, "
        "more_than_thousand, strongly_encrypted, people_affected) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(sql::text(playbook.id));
    insert.addBindValue(sql::text(stored.playbookTitle));
    insert.addBindValue(QString::fromUtf8(PlaybookFormat::toBytes(playbook)));
    insert.addBindValue(utcText(stored.createdAt));
    bindFacts(insert, stored);
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    stored.id = insert.lastInsertId().toLongLong();
    stored.playbookId = playbook.id;
    if (Status devices = writeDevices(m_database, stored.id, stored.deviceIds); !devices)
        return devices.error();
    QSqlQuery step(m_database.connection());
    step.prepare(QStringLiteral("INSERT INTO incident_step (incident_id, number) VALUES (?, ?)"));
    for (int number = 1; number <= playbook.steps.size(); ++number) {
        step.addBindValue(stored.id);
        step.addBindValue(number);
        if (Status done = sql::exec(step, writeWhat()); !done)
            return done.error();
    }
    AuditLog audit(m_database);
    if (Status audited = audit::recordWhole(audit, incidentEntity, QString::number(stored.id),
                                            AuditAction::Insert, incidentFields(), stored);
        !audited)
        return audited.error();
    TimelineEntry started;
    started.incidentId = stored.id;
    started.kind = EntryKind::Note;
    started.occurredAt = stored.createdAt;
    started.recordedAt = stored.createdAt;
    started.text = startedEntryText;
    started.author = author;
    if (auto entry = insertEntry(m_database, started); !entry)
        return entry.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored.id;
}

Result<QList<Incident>> IncidentRepository::all() const
{
    return readIncidents(
        m_database,
        QStringLiteral(" ORDER BY status = 'closed', CASE severity WHEN 'critical' THEN 0"
                       " WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, aware_at DESC,"
                       " id DESC"));
}

Result<Incident> IncidentRepository::find(qint64 id) const
{
    return findIncident(m_database, id);
}

Status IncidentRepository::update(const Incident &incident)
{
    if (Status valid = validate(incident); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findIncident(m_database, incident.id);
    if (!before)
        return before.error();
    Incident after = incident;
    after.closeOut = before->closeOut; // only close() and reopen() change these
    after.playbookId = before->playbookId;
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE incident SET ") + factColumns +
                   QStringLiteral(" WHERE id = ?"));
    bindFacts(update, after);
    update.addBindValue(after.id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    if (before->deviceIds != after.deviceIds) {
        if (Status devices = writeDevices(m_database, after.id, after.deviceIds); !devices)
            return devices;
    }
    AuditLog audit(m_database);
    if (Status recorded = audit::recordChanges(audit, incidentEntity, QString::number(after.id),
                                               incidentFields(), &*before, after);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status IncidentRepository::close(qint64 id, const CloseOut &closeOut)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findIncident(m_database, id);
    if (!before)
        return before.error();
    Incident after = *before;
    after.status = IncidentStatus::Closed;
    after.closeOut = closeOut;
    if (!after.closeOut.closedAt.isValid())
        after.closeOut.closedAt = Clock::nowUtc();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE incident SET status = 'closed', cause = ?, impact = ?, changes_after = ?, "
        "changed_records = ?, override_reason = ?, closed_at = ?, closed_by = ? WHERE id = ?"));
    update.addBindValue(sql::text(after.closeOut.cause.trimmed()));
    update.addBindValue(sql::text(after.closeOut.impact.trimmed()));
    update.addBindValue(sql::text(after.closeOut.changesAfter.trimmed()));
    update.addBindValue(recordsJson(after.closeOut.changedRecords));
    update.addBindValue(sql::text(after.closeOut.overrideReason.trimmed()));
    update.addBindValue(utcText(after.closeOut.closedAt));
    update.addBindValue(sql::text(after.closeOut.closedBy));
    update.addBindValue(id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    after.closeOut.cause = after.closeOut.cause.trimmed();
    after.closeOut.impact = after.closeOut.impact.trimmed();
    after.closeOut.changesAfter = after.closeOut.changesAfter.trimmed();
    after.closeOut.overrideReason = after.closeOut.overrideReason.trimmed();
    AuditLog audit(m_database);
    if (Status recorded = audit::recordChanges(audit, incidentEntity, QString::number(id),
                                               incidentFields(), &*before, after);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status IncidentRepository::reopen(qint64 id, IncidentStatus status)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findIncident(m_database, id);
    if (!before)
        return before.error();
    Incident after = *before;
    after.status = status == IncidentStatus::Closed ? IncidentStatus::Recovered : status;
    after.closeOut.closedAt = {};
    after.closeOut.closedBy.clear();
    after.closeOut.overrideReason.clear();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE incident SET status = ?, closed_at = NULL, "
                                  "closed_by = '', override_reason = '' WHERE id = ?"));
    update.addBindValue(IncidentValues::code(after.status));
    update.addBindValue(id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status recorded = audit::recordChanges(audit, incidentEntity, QString::number(id),
                                               incidentFields(), &*before, after);
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<Playbook> IncidentRepository::playbookOf(qint64 incidentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT playbook_content FROM incident WHERE id = ?"));
    query.addBindValue(incidentId);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    if (!query.next()) {
        if (Status read = sql::endOfRows(query); !read)
            return read.error();
        return Error(ErrorKind::InvalidInput,
                     Text::tr("There is no incident with id %1.").arg(incidentId));
    }
    return PlaybookFormat::parse(query.value(0).toString().toUtf8(),
                                 Text::tr("incident %1's playbook").arg(incidentId), {},
                                 PlaybookFormat::Languages::AtLeastOne);
}

Result<QList<IncidentStep>> IncidentRepository::steps(qint64 incidentId) const
{
    auto playbook = playbookOf(incidentId);
    if (!playbook)
        return playbook.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT number, state, done_at, done_by, reason FROM "
                                 "incident_step WHERE incident_id = ? ORDER BY number"));
    query.addBindValue(incidentId);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<IncidentStep> steps;
    while (query.next()) {
        IncidentStep step;
        step.number = query.value(0).toInt();
        if (step.number < 1 || step.number > playbook->steps.size())
            continue;
        step.step = playbook->steps.at(step.number - 1);
        step.state =
            IncidentValues::stepStateFromCode(query.value(1).toString()).value_or(StepState::Open);
        step.doneAt = utcFrom(query.value(2));
        step.doneBy = query.value(3).toString();
        step.reason = query.value(4).toString();
        steps << step;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return steps;
}

Status IncidentRepository::setStep(qint64 incidentId, int number, StepState state,
                                   const QString &by, const QString &reason)
{
    if (state == StepState::NotApplicable && reason.trimmed().isEmpty())
        return Error(ErrorKind::InvalidInput,
                     Text::tr("Say why step %1 does not apply.").arg(number));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT state, reason FROM incident_step WHERE incident_id = ? "
                                "AND number = ?"));
    read.addBindValue(incidentId);
    read.addBindValue(number);
    if (Status done = sql::exec(read, readWhat()); !done)
        return done;
    if (!read.next()) {
        if (Status failed = sql::endOfRows(read); !failed)
            return failed;
        if (auto incident = findIncident(m_database, incidentId); !incident)
            return incident.error();
        return Error(ErrorKind::InvalidInput,
                     Text::tr("Incident %1 has no step %2.").arg(incidentId).arg(number));
    }
    const QString beforeState = read.value(0).toString();
    const QString beforeReason = read.value(1).toString();
    const QString afterReason = state == StepState::NotApplicable ? reason.trimmed() : QString();
    const bool open = state == StepState::Open;
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE incident_step SET state = ?, done_at = ?, done_by = ?, "
                                  "reason = ? WHERE incident_id = ? AND number = ?"));
    update.addBindValue(IncidentValues::code(state));
    update.addBindValue(open ? QVariant(QMetaType(QMetaType::QString))
                             : QVariant(utcText(Clock::nowUtc())));
    update.addBindValue(sql::text(open ? QString() : by));
    update.addBindValue(sql::text(afterReason));
    update.addBindValue(incidentId);
    update.addBindValue(number);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    const QString id = QStringLiteral("%1-%2").arg(incidentId).arg(number);
    if (Status recorded = recordChange(m_database, stepEntity, id, QStringLiteral("state"),
                                       beforeState, IncidentValues::code(state));
        !recorded)
        return recorded;
    if (Status recorded = recordChange(m_database, stepEntity, id, QStringLiteral("reason"),
                                       beforeReason, afterReason);
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<qint64> IncidentRepository::addEntry(const TimelineEntry &entry)
{
    if (entry.text.trimmed().isEmpty())
        return Error(ErrorKind::InvalidInput, Text::tr("A timeline entry needs a text."));
    if (entry.kind == EntryKind::Evidence &&
        (entry.evidencePath.isEmpty() || entry.evidenceSha256.size() != 64))
        return Error(ErrorKind::InvalidInput,
                     Text::tr("An evidence entry needs the file's path and its SHA-256."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (auto incident = findIncident(m_database, entry.incidentId); !incident)
        return incident.error();
    if (entry.corrects) {
        QSqlQuery corrected(m_database.connection());
        corrected.prepare(QStringLiteral("SELECT incident_id FROM incident_entry WHERE id = ?"));
        corrected.addBindValue(*entry.corrects);
        if (Status done = sql::exec(corrected, readWhat()); !done)
            return done.error();
        if (!corrected.next() || corrected.value(0).toLongLong() != entry.incidentId)
            return Error(ErrorKind::InvalidInput,
                         Text::tr("Incident %1 has no timeline entry %2 to correct.")
                             .arg(entry.incidentId)
                             .arg(*entry.corrects));
    }
    TimelineEntry stored = entry;
    stored.text = entry.text.trimmed();
    stored.recordedAt = Clock::nowUtc();
    if (!stored.occurredAt.isValid())
        stored.occurredAt = stored.recordedAt;
    auto id = insertEntry(m_database, stored);
    if (!id)
        return id.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

Result<QList<TimelineEntry>> IncidentRepository::timeline(qint64 incidentId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, kind, occurred_at, recorded_at, text, author, decided_by, reason, "
        "contact_key, evidence_path, evidence_sha256, step_number, corrects FROM incident_entry "
        "WHERE incident_id = ? ORDER BY occurred_at, id"));
    query.addBindValue(incidentId);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<TimelineEntry> entries;
    while (query.next()) {
        TimelineEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.incidentId = incidentId;
        entry.kind =
            IncidentValues::entryKindFromCode(query.value(1).toString()).value_or(EntryKind::Note);
        entry.occurredAt = utcFrom(query.value(2));
        entry.recordedAt = utcFrom(query.value(3));
        entry.text = query.value(4).toString();
        entry.author = query.value(5).toString();
        entry.decidedBy = query.value(6).toString();
        entry.reason = query.value(7).toString();
        entry.contactKey = query.value(8).toString();
        entry.evidencePath = query.value(9).toString();
        entry.evidenceSha256 = query.value(10).toString();
        entry.stepNumber = query.value(11).toInt();
        if (!query.value(12).isNull())
            entry.corrects = query.value(12).toLongLong();
        entries << entry;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return entries;
}

Result<QList<OwnClock>> IncidentRepository::ownClocks(qint64 incidentId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, title, hours FROM incident_clock WHERE "
                                 "incident_id = ? AND clock_key = '' ORDER BY id"));
    query.addBindValue(incidentId);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<OwnClock> clocks;
    while (query.next())
        clocks << OwnClock{query.value(0).toLongLong(), query.value(1).toString(),
                           query.value(2).toInt()};
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return clocks;
}

Result<qint64> IncidentRepository::addOwnClock(qint64 incidentId, const OwnClock &clock)
{
    if (clock.title.trimmed().isEmpty())
        return Error(ErrorKind::InvalidInput, Text::tr("The clock needs a title."));
    if (clock.hours < 1)
        return Error(ErrorKind::InvalidInput, Text::tr("The clock needs at least one hour."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (auto incident = findIncident(m_database, incidentId); !incident)
        return incident.error();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO incident_clock (incident_id, clock_key, title, "
                                  "hours) VALUES (?, '', ?, ?)"));
    insert.addBindValue(incidentId);
    insert.addBindValue(clock.title.trimmed());
    insert.addBindValue(clock.hours);
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    AuditLog audit(m_database);
    if (Status audited = audit.record({clockEntity, QString::number(id), AuditAction::Insert,
                                       QStringLiteral("own_clock"), QString(),
                                       QStringLiteral("%1: %2 h (incident %3)")
                                           .arg(clock.title.trimmed())
                                           .arg(clock.hours)
                                           .arg(incidentId)});
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status IncidentRepository::removeOwnClock(qint64 incidentId, qint64 clockId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM incident_clock WHERE id = ? AND incident_id = ? "
                                  "AND clock_key = ''"));
    remove.addBindValue(clockId);
    remove.addBindValue(incidentId);
    if (Status done = sql::exec(remove, writeWhat()); !done)
        return done;
    if (remove.numRowsAffected() == 0)
        return Error(ErrorKind::InvalidInput,
                     Text::tr("Incident %1 has no clock %2.").arg(incidentId).arg(clockId));
    AuditLog audit(m_database);
    if (Status audited =
            audit.record({clockEntity, QString::number(clockId), AuditAction::Delete,
                          QStringLiteral("own_clock"), QString::number(incidentId), QString()});
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<ClockCompletion>> IncidentRepository::completions(qint64 incidentId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, clock_key, done_at, done_by FROM incident_clock "
                                 "WHERE incident_id = ? AND done_at IS NOT NULL ORDER BY id"));
    query.addBindValue(incidentId);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<ClockCompletion> completions;
    while (query.next()) {
        const QString key = query.value(1).toString();
        completions << ClockCompletion{
            key.isEmpty() ? ReportingClocks::ownKey(query.value(0).toLongLong()) : key,
            utcFrom(query.value(2)), query.value(3).toString()};
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return completions;
}

Status IncidentRepository::setClockDone(qint64 incidentId, const QString &key, bool done,
                                        const QString &by)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (auto incident = findIncident(m_database, incidentId); !incident)
        return incident.error();
    const QVariant doneAt =
        done ? QVariant(utcText(Clock::nowUtc())) : QVariant(QMetaType(QMetaType::QString));
    QSqlQuery write(m_database.connection());
    if (key.startsWith(QLatin1String("own-"))) {
        bool isNumber = false;
        const qint64 clockId = key.mid(4).toLongLong(&isNumber);
        write.prepare(QStringLiteral("UPDATE incident_clock SET done_at = ?, done_by = ? WHERE "
                                     "id = ? AND incident_id = ? AND clock_key = ''"));
        write.addBindValue(doneAt);
        write.addBindValue(sql::text(done ? by : QString()));
        write.addBindValue(isNumber ? clockId : -1);
        write.addBindValue(incidentId);
    } else if (key == ReportingClocks::preliminaryKey || key == ReportingClocks::finalKey ||
               key == ReportingClocks::affectedPeopleKey) {
        QSqlQuery clear(m_database.connection());
        clear.prepare(QStringLiteral("DELETE FROM incident_clock WHERE incident_id = ? AND "
                                     "clock_key = ?"));
        clear.addBindValue(incidentId);
        clear.addBindValue(key);
        if (Status cleared = sql::exec(clear, writeWhat()); !cleared)
            return cleared;
        write.prepare(QStringLiteral("INSERT INTO incident_clock (incident_id, clock_key, "
                                     "done_at, done_by) VALUES (?, ?, ?, ?)"));
        write.addBindValue(incidentId);
        write.addBindValue(key);
        write.addBindValue(doneAt);
        write.addBindValue(sql::text(done ? by : QString()));
    } else {
        return Error(ErrorKind::InvalidInput,
                     Text::tr("Incident %1 has no clock \"%2\".").arg(incidentId).arg(key));
    }
    if (Status written = sql::exec(write, writeWhat()); !written)
        return written;
    if (key.startsWith(QLatin1String("own-")) && write.numRowsAffected() == 0)
        return Error(ErrorKind::InvalidInput,
                     Text::tr("Incident %1 has no clock \"%2\".").arg(incidentId).arg(key));
    AuditLog audit(m_database);
    if (Status audited = audit.record(
            {clockEntity, QStringLiteral("%1-%2").arg(incidentId).arg(key), AuditAction::Update,
             QStringLiteral("done"), done ? QStringLiteral("0") : QStringLiteral("1"),
             done ? QStringLiteral("1") : QStringLiteral("0")});
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<ExposedAsset>> IncidentRepository::exposedAssets(const QList<qint64> &deviceIds) const
{
    QList<ExposedAsset> exposed;
    if (deviceIds.isEmpty())
        return exposed;
    QStringList marks;
    for (qsizetype i = 0; i < deviceIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT i.id, i.name, i.personal_data, COALESCE(i.importance, max(i.confidentiality, "
            "i.integrity, i.availability)), d.name, d.asset_number FROM asset_link l "
            "JOIN information_asset i ON i.id = l.information_asset_id "
            "JOIN device d ON d.id = l.device_id WHERE l.device_id IN (%1) "
            "ORDER BY i.business_area, i.name, d.asset_number")
            .arg(marks.join(QStringLiteral(", "))));
    for (qint64 id : deviceIds)
        query.addBindValue(id);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QMap<qint64, qsizetype> indexOf;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString device = query.value(4).toString().isEmpty() ? query.value(5).toString()
                                                                   : query.value(4).toString();
        if (auto found = indexOf.constFind(id); found != indexOf.cend()) {
            exposed[*found].deviceNames << device;
            continue;
        }
        ExposedAsset asset;
        asset.id = id;
        asset.name = query.value(1).toString();
        asset.personalData = AssetValues::personalDataFromCode(query.value(2).toString())
                                 .value_or(PersonalData::None);
        asset.importance = query.value(3).toInt();
        asset.deviceNames << device;
        indexOf.insert(id, exposed.size());
        exposed << asset;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return exposed;
}

} // namespace mamori
