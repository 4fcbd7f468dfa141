#include "ReportIssueRepository.h"

#include "Database.h"
#include "Transaction.h"
#include "storage/detail/SqlSupport.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportIssueRepository)
};

const auto columns = QStringLiteral(
    "id, report_type, parameters, issued_at, issued_by, page_count, content_sha256, title");

Result<QList<report::IssuedReport>> readAll(QSqlQuery &query)
{
    if (Status done = sql::exec(query, Text::tr("read the reports issued")); !done)
        return done.error();
    QList<report::IssuedReport> result;
    while (query.next()) {
        report::IssuedReport issued;
        issued.id = query.value(0).toLongLong();
        issued.type = query.value(1).toString();
        issued.parameters = query.value(2).toString();
        issued.issuedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        issued.issuedAt.setTimeSpec(Qt::UTC);
        issued.issuedBy = query.value(4).toString();
        issued.pages = query.value(5).toInt();
        issued.fingerprint = query.value(6).toString();
        issued.title = query.value(7).toString();
        result << issued;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return result;
}

} // namespace

Result<qint64> ReportIssueRepository::record(const report::IssuedReport &issued)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO report_issued (report_type, parameters, issued_at, "
                                 "issued_by, page_count, content_sha256, title) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sql::text(issued.type));
    query.addBindValue(sql::text(issued.parameters));
    query.addBindValue(issued.issuedAt.toUTC().toString(Qt::ISODate));
    query.addBindValue(sql::text(issued.issuedBy));
    query.addBindValue(issued.pages);
    query.addBindValue(sql::text(issued.fingerprint.toLower()));
    query.addBindValue(sql::text(issued.title));
    if (Status done = sql::exec(query, Text::tr("record the report issued")); !done)
        return done.error();
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<report::IssuedReport>> ReportIssueRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM report_issued ORDER BY id DESC").arg(columns));
    return readAll(query);
}

Result<QList<report::IssuedReport>>
ReportIssueRepository::withFingerprint(const QString &prefix) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // substr rather than LIKE: the prefix is hex, and LIKE would read % and _ in it.
    query.prepare(QStringLiteral("SELECT %1 FROM report_issued WHERE substr(content_sha256, 1, ?) "
                                 "= ? ORDER BY id DESC")
                      .arg(columns));
    query.addBindValue(int(prefix.size()));
    query.addBindValue(sql::text(prefix.toLower()));
    return readAll(query);
}

} // namespace mamori
