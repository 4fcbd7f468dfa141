#include "PolicyRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/AuditedFields.h"
#include "detail/Rows.h"
#include "storage/detail/SqlSupport.h"

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
        version.adoptedOn = sql::dateFrom(query.value(3));
        version.savedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        version.publishedOn = sql::dateFrom(query.value(5));
        version.publishedUrl = query.value(6).toString();
        version.reviewedOn = sql::dateFrom(query.value(7));
        versions << version;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return versions;
}

Result<PolicyVersion> findVersion(Database &database, qint64 id)
{
    return rows::exactlyOne(
        readVersions(database, QStringLiteral("WHERE id = ?"), id),
        Error(ErrorKind::InvalidInput,
              Text::tr("There is no saved policy version with id %1.").arg(id)));
}

// What is recorded on a saved version after it was saved, per changed field.
const QList<audit::AuditedField<PolicyVersion>> &recordedFields()
{
    static const QList<audit::AuditedField<PolicyVersion>> all{
        {QStringLiteral("published_on"),
         [](const PolicyVersion &v) { return sql::isoDate(v.publishedOn); }},
        {QStringLiteral("published_url"), [](const PolicyVersion &v) { return v.publishedUrl; }},
        {QStringLiteral("reviewed_on"),
         [](const PolicyVersion &v) { return sql::isoDate(v.reviewedOn); }},
    };
    return all;
}

// The whole version, for the audit row of an insert or a delete.
QString snapshot(const PolicyVersion &version)
{
    QJsonObject object{
        {QStringLiteral("version"), version.version},
        {QStringLiteral("adopted_on"), sql::isoDate(version.adoptedOn)},
        {QStringLiteral("content"), QJsonDocument::fromJson(version.document.toJson()).object()}};
    for (const auto &field : recordedFields()) {
        if (const QString value = field.read(version); !value.isEmpty())
            object.insert(field.column, value);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

enum class VersionId
{
    New,
    Kept, // the version's own id: put back after an undo
};

Status insertVersion(Database &database, PolicyVersion &version, VersionId id)
{
    const bool keep = id == VersionId::Kept;
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO policy_version (%1version, content, adopted_on, "
                                  "saved_at, published_on, published_url, reviewed_on) "
                                  "VALUES (%2?, ?, ?, ?, ?, ?, ?)")
                       .arg(keep ? QStringLiteral("id, ") : QString(),
                            keep ? QStringLiteral("?, ") : QString()));
    if (keep)
        insert.addBindValue(version.id);
    insert.addBindValue(version.version);
    insert.addBindValue(QString::fromUtf8(version.document.toJson()));
    insert.addBindValue(sql::isoDate(version.adoptedOn));
    insert.addBindValue(version.savedAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(sql::nullableDate(version.publishedOn));
    insert.addBindValue(sql::text(version.publishedUrl));
    insert.addBindValue(sql::nullableDate(version.reviewedOn));
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done;
    if (!keep)
        version.id = insert.lastInsertId().toLongLong();
    return AuditLog(database).record(
        {entityName, QString::number(version.id), AuditAction::Insert, {}, {}, snapshot(version)});
}

// Updates what is recorded on a version after it was saved, with an audit row per change.
Status recordOn(Database &database, const PolicyVersion &before, const PolicyVersion &after)
{
    QSqlQuery update(database.connection());
    update.prepare(QStringLiteral("UPDATE policy_version SET published_on = ?, "
                                  "published_url = ?, reviewed_on = ? WHERE id = ?"));
    update.addBindValue(sql::nullableDate(after.publishedOn));
    update.addBindValue(sql::text(after.publishedUrl));
    update.addBindValue(sql::nullableDate(after.reviewedOn));
    update.addBindValue(after.id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    AuditLog audit(database);
    return audit::recordChanges(audit, entityName, QString::number(after.id), recordedFields(),
                                &before, after);
}

} // namespace

Result<QList<PolicyVersion>> PolicyRepository::all() const
{
    return readVersions(m_database, QStringLiteral("ORDER BY version DESC"), {});
}

Result<std::optional<PolicyVersion>> PolicyRepository::latest() const
{
    return rows::firstOrNone(
        readVersions(m_database, QStringLiteral("ORDER BY version DESC LIMIT 1"), {}));
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
    saved.savedAt = Clock::nowUtc();
    if (Status inserted = insertVersion(m_database, saved, VersionId::New); !inserted)
        return inserted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Status PolicyRepository::restoreVersion(const PolicyVersion &version)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    PolicyVersion restored = version;
    if (Status inserted = insertVersion(m_database, restored, VersionId::Kept); !inserted)
        return inserted;
    return transaction.commit();
}

Status PolicyRepository::removeLatestVersion(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findVersion(m_database, id);
    if (!before)
        return before.error();
    auto latestVersion = latest();
    if (!latestVersion)
        return latestVersion.error();
    if (!*latestVersion || (*latestVersion)->id != id) {
        return Error(ErrorKind::InvalidInput,
                     Text::tr("Version %1 is not the latest version of the policy; saved "
                              "versions are kept.")
                         .arg(before->version));
    }
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM policy_version WHERE id = ?"));
    remove.addBindValue(id);
    if (Status done = sql::exec(remove, writeWhat()); !done)
        return done;
    if (Status audited = AuditLog(m_database)
                             .record({entityName,
                                      QString::number(id),
                                      AuditAction::Delete,
                                      {},
                                      snapshot(*before),
                                      {}});
        !audited)
        return audited;
    return transaction.commit();
}

Status PolicyRepository::recordPublication(qint64 id, const QDate &publishedOn, const QString &url)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findVersion(m_database, id);
    if (!before)
        return before.error();
    PolicyVersion after = *before;
    after.publishedOn = publishedOn;
    // A null date withdraws a publication recorded by mistake; the URL goes with it.
    after.publishedUrl = publishedOn.isValid() ? url.trimmed() : QString();
    if (Status recorded = recordOn(m_database, *before, after); !recorded)
        return recorded;
    return transaction.commit();
}

Status PolicyRepository::recordReview(qint64 id, const QDate &reviewedOn)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findVersion(m_database, id);
    if (!before)
        return before.error();
    PolicyVersion after = *before;
    after.reviewedOn = reviewedOn;
    if (Status recorded = recordOn(m_database, *before, after); !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace mamori
