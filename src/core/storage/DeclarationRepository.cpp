#include "DeclarationRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/AuditedFields.h"
#include "detail/Rows.h"
#include "detail/SqlSupport.h"

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationRepository)
};

const auto entityName = QStringLiteral("security_action_declaration");

QString readWhat()
{
    return Error::tr("read the SECURITY ACTION records");
}

QString writeWhat()
{
    return Error::tr("save the SECURITY ACTION records");
}

const QList<audit::AuditedField<Declaration>> &declarationFields()
{
    static const QList<audit::AuditedField<Declaration>> all{
        {QStringLiteral("level"), [](const Declaration &d) { return QString::number(d.level); }},
        {QStringLiteral("declared_on"),
         [](const Declaration &d) { return sql::isoDate(d.declaredOn); }},
        {QStringLiteral("declaration_id"), [](const Declaration &d) { return d.declarationId; }},
        {QStringLiteral("gbiz_account"), [](const Declaration &d) { return d.gbizAccount; }},
        {QStringLiteral("logo_shown_at"), [](const Declaration &d) { return d.logoShownAt; }},
        {QStringLiteral("withdrawn_on"),
         [](const Declaration &d) { return sql::isoDate(d.withdrawnOn); }},
        {QStringLiteral("notes"), [](const Declaration &d) { return d.notes; }},
    };
    return all;
}

const auto declarationColumns =
    QStringLiteral("id, level, declared_on, declaration_id, gbiz_account, logo_shown_at, "
                   "withdrawn_on, notes");
// Newest first; the same day's records by entry order.
const auto declarationOrder = QStringLiteral(" ORDER BY declared_on DESC, id DESC");

Result<QList<Declaration>> readDeclarations(Database &database, const QString &tail,
                                            const QVariant &bound = {})
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + declarationColumns +
                  QStringLiteral(" FROM security_action_declaration") + tail);
    if (bound.isValid())
        query.addBindValue(bound);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<Declaration> declarations;
    while (query.next()) {
        Declaration declaration;
        declaration.id = query.value(0).toLongLong();
        declaration.level = query.value(1).toInt();
        declaration.declaredOn = sql::dateFrom(query.value(2));
        declaration.declarationId = query.value(3).toString();
        declaration.gbizAccount = query.value(4).toString();
        declaration.logoShownAt = query.value(5).toString();
        declaration.withdrawnOn = sql::dateFrom(query.value(6));
        declaration.notes = query.value(7).toString();
        declarations << declaration;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return declarations;
}

Result<Declaration> findDeclaration(Database &database, qint64 id)
{
    return rows::exactlyOne(
        readDeclarations(database, QStringLiteral(" WHERE id = ?"), id),
        Error(ErrorKind::InvalidInput, Text::tr("There is no declaration with id %1.").arg(id)));
}

Status validate(const Declaration &declaration)
{
    QStringList problems;
    if (declaration.level != 1 && declaration.level != 2)
        problems << Text::tr("The level must be ★ (1) or ★★ (2).");
    if (!declaration.declaredOn.isValid())
        problems << Text::tr("The declaration needs a date.");
    else if (declaration.withdrawnOn.isValid() && declaration.withdrawnOn < declaration.declaredOn)
        problems << Text::tr("The withdrawal date is before the declaration date.");
    if (!problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    return {};
}

void bindDeclaration(QSqlQuery &query, const Declaration &declaration)
{
    query.addBindValue(declaration.level);
    query.addBindValue(sql::isoDate(declaration.declaredOn));
    query.addBindValue(sql::text(declaration.declarationId.trimmed()));
    query.addBindValue(sql::text(declaration.gbizAccount.trimmed()));
    query.addBindValue(sql::text(declaration.logoShownAt));
    query.addBindValue(sql::nullableDate(declaration.withdrawnOn));
    query.addBindValue(sql::text(declaration.notes));
}

} // namespace

Result<QList<Declaration>> DeclarationRepository::all() const
{
    return readDeclarations(m_database, declarationOrder);
}

Result<std::optional<Declaration>> DeclarationRepository::current() const
{
    return rows::firstOrNone(
        readDeclarations(m_database, QStringLiteral(" WHERE withdrawn_on IS NULL") +
                                         declarationOrder + QStringLiteral(" LIMIT 1")));
}

Result<qint64> DeclarationRepository::add(const Declaration &declaration)
{
    return insert(declaration, false);
}

Status DeclarationRepository::restore(const Declaration &declaration)
{
    auto restored = insert(declaration, true);
    if (!restored)
        return restored.error();
    return {};
}

Result<qint64> DeclarationRepository::insert(const Declaration &declaration, bool keepId)
{
    if (Status valid = validate(declaration); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO security_action_declaration (%1level, declared_on, "
                       "declaration_id, gbiz_account, logo_shown_at, withdrawn_on, notes) "
                       "VALUES (%2?, ?, ?, ?, ?, ?, ?)")
            .arg(keepId ? QStringLiteral("id, ") : QString(),
                 keepId ? QStringLiteral("?, ") : QString()));
    if (keepId)
        insert.addBindValue(declaration.id);
    bindDeclaration(insert, declaration);
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    Declaration stored = declaration;
    stored.id = keepId ? declaration.id : insert.lastInsertId().toLongLong();
    AuditLog audit(m_database);
    if (Status audited = audit::recordWhole(audit, entityName, QString::number(stored.id),
                                            AuditAction::Insert, declarationFields(), stored);
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored.id;
}

Status DeclarationRepository::update(const Declaration &declaration)
{
    if (Status valid = validate(declaration); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findDeclaration(m_database, declaration.id);
    if (!before)
        return before.error();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE security_action_declaration SET level = ?, declared_on = ?, declaration_id = ?, "
        "gbiz_account = ?, logo_shown_at = ?, withdrawn_on = ?, notes = ? WHERE id = ?"));
    bindDeclaration(update, declaration);
    update.addBindValue(declaration.id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status recorded = audit::recordChanges(audit, entityName, QString::number(declaration.id),
                                               declarationFields(), &*before, declaration);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status DeclarationRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = findDeclaration(m_database, id);
    if (!before)
        return before.error();
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM security_action_declaration WHERE id = ?"));
    remove.addBindValue(id);
    if (Status done = sql::exec(remove, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status audited = audit::recordWhole(audit, entityName, QString::number(id),
                                            AuditAction::Delete, declarationFields(), *before);
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace mamori
