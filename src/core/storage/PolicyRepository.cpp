#include "PolicyRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)
};

const auto entityName = QStringLiteral("policy_version");

QString readWhat()
{
    return Error::tr("read the security policy");
}

QString writeWhat()
{
    return Error::tr("save the security policy");
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Result<QList<PolicyVersion>> readVersions(Database &database, const QString &condition,
                                          const QVariant &bound)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, version, content, adopted_on, saved_at, published_on, "
                                 "published_url, reviewed_on FROM policy_version ") +
                  condition);
    if (bound.isValid())
        query.addBindValue(bound);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<PolicyVersion> versions;
    while (query.next()) {
        PolicyVersion version;
        version.id = query.value(0).toLongLong();
        version.version = query.value(1).toInt();
        auto document = PolicyDocument::fromJson(query.value(2).toString().toUtf8());
        if (!document) {
            return Error(
                ErrorKind::Damaged,
                Text::tr("Version %1 of the security policy cannot be read.").arg(version.version),
                document.error().detail);
        }
        version.document = *document;
        version.adoptedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        version.savedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        version.publishedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        version.publishedUrl = query.value(6).toString();
        version.reviewedOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        versions << version;
    }
    return versions;
}

Result<PolicyVersion> findVersion(Database &database, qint64 id)
{
    auto found = readVersions(database, QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorKind::InvalidInput,
                     Text::tr("There is no saved policy version with id %1.").arg(id));
    return found->constFirst();
}

Status recordField(AuditLog &audit, qint64 id, const QString &field, const QString &oldValue,
                   const QString &newValue)
{
    if (oldValue == newValue)
        return {};
    return audit.record(
        {entityName, QString::number(id), AuditAction::Update, field, oldValue, newValue});
}

} // namespace

Result<QList<PolicyVersion>> PolicyRepository::all() const
{
    return readVersions(m_database, QStringLiteral("ORDER BY version DESC"), {});
}

Result<std::optional<PolicyVersion>> PolicyRepository::latest() const
{
    auto versions = readVersions(m_database, QStringLiteral("ORDER BY version DESC LIMIT 1"), {});
    if (!versions)
        return versions.error();
    if (versions->isEmpty())
        return std::optional<PolicyVersion>();
    return std::optional<PolicyVersion>(versions->constFirst());
}

Result<PolicyVersion> PolicyRepository::saveNewVersion(const PolicyDocument &document,
                                                       const QDate &adoptedOn)
{
    if (!adoptedOn.isValid())
        return Error(ErrorKind::InvalidInput, Text::tr("The policy needs an adoption date."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    // Inside the transaction, so two saves can never claim the same number.
    auto highest = sql::scalar(
        m_database.connection(),
        QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM policy_version"), writeWhat());
    if (!highest)
        return highest.error();

    PolicyVersion saved;
    saved.version = highest->toInt() + 1;
    saved.document = document;
    saved.adoptedOn = adoptedOn;
    saved.savedAt = QDateTime::currentDateTimeUtc();
    const QByteArray content = document.toJson();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO policy_version (version, content, adopted_on, "
                                  "saved_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(saved.version);
    insert.addBindValue(QString::fromUtf8(content));
    insert.addBindValue(isoDate(adoptedOn));
    insert.addBindValue(saved.savedAt.toString(Qt::ISODateWithMs));
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    saved.id = insert.lastInsertId().toLongLong();

    const QJsonObject snapshot{
        {QStringLiteral("version"), saved.version},
        {QStringLiteral("adopted_on"), isoDate(adoptedOn)},
        {QStringLiteral("content"), QJsonDocument::fromJson(content).object()}};
    const Status audited =
        AuditLog(m_database)
            .record({entityName,
                     QString::number(saved.id),
                     AuditAction::Insert,
                     {},
                     {},
                     QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))});
    if (!audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Status PolicyRepository::recordPublication(qint64 id, const QDate &publishedOn, const QString &url)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findVersion(m_database, id);
    if (!before)
        return before.error();
    // A null date withdraws a publication recorded by mistake; the URL goes with it.
    const QString newUrl = publishedOn.isValid() ? url.trimmed() : QString();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE policy_version SET published_on = ?, published_url = ? WHERE id = ?"));
    update.addBindValue(nullableDate(publishedOn));
    update.addBindValue(sql::text(newUrl));
    update.addBindValue(id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status recorded = recordField(audit, id, QStringLiteral("published_on"),
                                      isoDate(before->publishedOn), isoDate(publishedOn));
        !recorded)
        return recorded;
    if (Status recorded =
            recordField(audit, id, QStringLiteral("published_url"), before->publishedUrl, newUrl);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status PolicyRepository::recordReview(qint64 id, const QDate &reviewedOn)
{
    if (!reviewedOn.isValid())
        return Error(ErrorKind::InvalidInput, Text::tr("The review needs a date."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findVersion(m_database, id);
    if (!before)
        return before.error();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE policy_version SET reviewed_on = ? WHERE id = ?"));
    update.addBindValue(isoDate(reviewedOn));
    update.addBindValue(id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status recorded = recordField(audit, id, QStringLiteral("reviewed_on"),
                                      isoDate(before->reviewedOn), isoDate(reviewedOn));
        !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace mamori
