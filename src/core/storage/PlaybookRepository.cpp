#include "PlaybookRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Transaction.h"
#include "detail/SqlSupport.h"

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookRepository)
};

const auto copyEntity = QStringLiteral("playbook_copy");
const auto contactEntity = QStringLiteral("incident_contact");

QString readWhat()
{
    return Error::tr("read the playbooks and contacts");
}

QString writeWhat()
{
    return Error::tr("save the playbooks and contacts");
}

Result<QList<Playbook>> readCopies(Database &database, const QString &tail, const QVariant &bound)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, based_on_version, content FROM playbook_copy") + tail);
    if (bound.isValid())
        query.addBindValue(bound);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<Playbook> copies;
    while (query.next()) {
        const QString id = query.value(0).toString();
        auto playbook =
            PlaybookFormat::parse(query.value(2).toString().toUtf8(),
                                  Text::tr("the firm's copy of playbook \"%1\"").arg(id), {},
                                  PlaybookFormat::Languages::AtLeastOne);
        if (!playbook)
            return playbook.error();
        playbook->id = id;
        playbook->version = query.value(1).toInt();
        copies << *playbook;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return copies;
}

QString contactSnapshot(const Contact &contact)
{
    return QStringList{
        contact.name.ja, contact.name.en, contact.organisation,
        contact.person,  contact.phone,   contact.email,
        contact.url,     contact.notes,   contact.checked ? QStringLiteral("checked") : QString()}
        .join(QStringLiteral(" | "));
}

} // namespace

Result<QList<Playbook>> PlaybookRepository::copies() const
{
    return readCopies(m_database, QStringLiteral(" ORDER BY id"), {});
}

Result<std::optional<Playbook>> PlaybookRepository::copy(const QString &id) const
{
    auto copies = readCopies(m_database, QStringLiteral(" WHERE id = ?"), id);
    if (!copies)
        return copies.error();
    if (copies->isEmpty())
        return std::optional<Playbook>();
    return std::optional<Playbook>(copies->first());
}

Status PlaybookRepository::saveCopy(const Playbook &playbook, const PlaybookFormat::Keys &keys)
{
    const QByteArray content = PlaybookFormat::toBytes(playbook);
    // The copy must read back: the same checks as a file, one language being enough.
    if (auto checked = PlaybookFormat::parse(content, playbook.id, keys,
                                             PlaybookFormat::Languages::AtLeastOne);
        !checked)
        return checked.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = copy(playbook.id);
    if (!before)
        return before.error();
    QSqlQuery write(m_database.connection());
    write.prepare(QStringLiteral("INSERT INTO playbook_copy (id, based_on_version, content, "
                                 "saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                 "based_on_version = excluded.based_on_version, content = "
                                 "excluded.content, saved_at = excluded.saved_at"));
    write.addBindValue(playbook.id);
    write.addBindValue(playbook.version);
    write.addBindValue(QString::fromUtf8(content));
    write.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    if (Status done = sql::exec(write, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    const QString old = *before ? QString::fromUtf8(PlaybookFormat::toBytes(**before)) : QString();
    if (Status audited = audit.record({copyEntity, playbook.id,
                                       *before ? AuditAction::Update : AuditAction::Insert,
                                       QStringLiteral("content"), old, QString::fromUtf8(content)});
        !audited)
        return audited;
    return transaction.commit();
}

Status PlaybookRepository::removeCopy(const QString &id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = copy(id);
    if (!before)
        return before.error();
    if (!*before)
        return Error(ErrorKind::InvalidInput,
                     Text::tr("The firm has no copy of playbook \"%1\".").arg(id));
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM playbook_copy WHERE id = ?"));
    remove.addBindValue(id);
    if (Status done = sql::exec(remove, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status audited =
            audit.record({copyEntity, id, AuditAction::Delete, QStringLiteral("content"),
                          QString::fromUtf8(PlaybookFormat::toBytes(**before)), QString()});
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<Contact>> PlaybookRepository::storedContacts() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT contact_key, kind, name, organisation, person, phone, "
                                 "email, url, notes, checked FROM incident_contact ORDER BY "
                                 "rowid"));
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QList<Contact> contacts;
    while (query.next()) {
        Contact contact;
        contact.key = query.value(0).toString();
        contact.kind = query.value(1).toString() == QLatin1String("public") ? Contact::Kind::Public
                                                                            : Contact::Kind::Firm;
        // The firm types a name in one language; both show it.
        contact.name.ja = contact.name.en = query.value(2).toString();
        contact.organisation = query.value(3).toString();
        contact.person = query.value(4).toString();
        contact.phone = query.value(5).toString();
        contact.email = query.value(6).toString();
        contact.url = query.value(7).toString();
        contact.notes = query.value(8).toString();
        contact.checked = query.value(9).toInt() != 0;
        contacts << contact;
    }
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return contacts;
}

Status PlaybookRepository::saveContact(const Contact &contact)
{
    if (contact.key.trimmed().isEmpty())
        return Error(ErrorKind::InvalidInput, Text::tr("A contact needs a key."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto stored = storedContacts();
    if (!stored)
        return stored.error();
    const Contact *before = nullptr;
    for (const Contact &existing : *stored)
        if (existing.key == contact.key)
            before = &existing;
    // A name equal in both languages is the firm's own; otherwise the bundled one is kept ('').
    const QString name = contact.name.ja == contact.name.en ? contact.name.ja.trimmed() : QString();
    QSqlQuery write(m_database.connection());
    write.prepare(QStringLiteral(
        "INSERT INTO incident_contact (contact_key, kind, name, organisation, person, phone, "
        "email, url, notes, checked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
        "(contact_key) DO UPDATE SET kind = excluded.kind, name = excluded.name, organisation = "
        "excluded.organisation, person = excluded.person, phone = excluded.phone, email = "
        "excluded.email, url = excluded.url, notes = excluded.notes, checked = excluded.checked"));
    write.addBindValue(contact.key);
    write.addBindValue(contactKindCode(contact.kind));
    write.addBindValue(sql::text(name));
    write.addBindValue(sql::text(contact.organisation.trimmed()));
    write.addBindValue(sql::text(contact.person.trimmed()));
    write.addBindValue(sql::text(contact.phone.trimmed()));
    write.addBindValue(sql::text(contact.email.trimmed()));
    write.addBindValue(sql::text(contact.url.trimmed()));
    write.addBindValue(sql::text(contact.notes));
    write.addBindValue(contact.checked ? 1 : 0);
    if (Status done = sql::exec(write, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status audited = audit.record(
            {contactEntity, contact.key, before ? AuditAction::Update : AuditAction::Insert,
             QStringLiteral("contact"), before ? contactSnapshot(*before) : QString(),
             contactSnapshot(contact)});
        !audited)
        return audited;
    return transaction.commit();
}

Status PlaybookRepository::removeContact(const QString &key)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto stored = storedContacts();
    if (!stored)
        return stored.error();
    const Contact *before = nullptr;
    for (const Contact &existing : *stored)
        if (existing.key == key)
            before = &existing;
    if (!before)
        return Error(ErrorKind::InvalidInput, Text::tr("There is no contact \"%1\".").arg(key));
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM incident_contact WHERE contact_key = ?"));
    remove.addBindValue(key);
    if (Status done = sql::exec(remove, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status audited =
            audit.record({contactEntity, key, AuditAction::Delete, QStringLiteral("contact"),
                          contactSnapshot(*before), QString()});
        !audited)
        return audited;
    return transaction.commit();
}

Result<QString> PlaybookRepository::newContactKey() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT contact_key FROM incident_contact WHERE contact_key "
                                 "LIKE 'own-%'"));
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    int highest = 0;
    while (query.next())
        highest = std::max(highest, query.value(0).toString().mid(4).toInt());
    if (Status read = sql::endOfRows(query); !read)
        return read.error();
    return QStringLiteral("own-%1").arg(highest + 1);
}

} // namespace mamori
