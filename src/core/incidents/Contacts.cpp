#include "Contacts.h"

#include "incidents/ContentFields.h"
#include "io/JsonContent.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Contacts)
};

Contact readContact(const QJsonObject &object, const QString &where, std::optional<Error> &error)
{
    ContentFields fields(object, where, error);
    fields.allowOnly({QStringLiteral("key"), QStringLiteral("kind"), QStringLiteral("name"),
                      QStringLiteral("description"), QStringLiteral("organisation"),
                      QStringLiteral("person"), QStringLiteral("phone"), QStringLiteral("email"),
                      QStringLiteral("url"), QStringLiteral("notes"), QStringLiteral("checked")});
    Contact contact;
    contact.key = fields.string(QStringLiteral("key"), true);
    if (!fields.failed() && !ContentFields::isKey(contact.key))
        fields.fail(Text::tr("%1: “%2” is not a valid key: use lower-case letters, digits, “-” "
                             "and “_”.")
                        .arg(where, contact.key));
    const QString kind = fields.string(QStringLiteral("kind"), true);
    if (!fields.failed()) {
        if (const auto known = contactKindFromCode(kind))
            contact.kind = *known;
        else
            fields.fail(
                Text::tr("%1: the kind “%2” is unknown; use firm or public.").arg(where, kind));
    }
    contact.name =
        fields.text(QStringLiteral("name"), Text::tr("name"), ContentFields::TextNeed::Both);
    contact.description = fields.text(QStringLiteral("description"), Text::tr("description"),
                                      ContentFields::TextNeed::Both);
    contact.organisation = fields.string(QStringLiteral("organisation"), false);
    contact.person = fields.string(QStringLiteral("person"), false);
    contact.phone = fields.string(QStringLiteral("phone"), false);
    contact.email = fields.string(QStringLiteral("email"), false);
    contact.url = fields.string(QStringLiteral("url"), false);
    contact.notes = fields.string(QStringLiteral("notes"), false);
    contact.checked = fields.boolean(QStringLiteral("checked"), false);
    if (fields.failed())
        return contact;
    if (contact.kind == Contact::Kind::Public && !contact.url.startsWith(QLatin1String("https://")))
        fields.fail(
            Text::tr("%1: a public body needs its official web address (https://…).").arg(where));
    else if (contact.checked)
        fields.fail(Text::tr("%1: a bundled contact cannot be marked as checked: only the firm "
                             "confirms its contacts.")
                        .arg(where));
    return contact;
}

} // namespace

QString contactKindCode(Contact::Kind kind)
{
    return kind == Contact::Kind::Public ? QStringLiteral("public") : QStringLiteral("firm");
}

std::optional<Contact::Kind> contactKindFromCode(const QString &code)
{
    if (code == QLatin1String("firm"))
        return Contact::Kind::Firm;
    if (code == QLatin1String("public"))
        return Contact::Kind::Public;
    return std::nullopt;
}

Result<QList<Contact>> BundledContacts::load()
{
    static const Result<QList<Contact>> contacts = [] {
        QFile file(QStringLiteral(":/incidents/contacts.json"));
        if (!file.open(QIODevice::ReadOnly))
            return Result<QList<Contact>>(Error(ErrorKind::Io,
                                                Text::tr("Cannot read %1.").arg(file.fileName()),
                                                file.errorString()));
        return fromJson(file.readAll(), QStringLiteral("contacts.json"));
    }();
    return contacts;
}

Result<QList<Contact>> BundledContacts::fromJson(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonObject> root = json_content::parse(json, sourceName);
    if (!root)
        return root.error();
    std::optional<Error> error;
    ContentFields fields(*root, sourceName, error);
    fields.allowOnly(
        {QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("contacts")});
    fields.requireSchema();
    fields.positiveInteger(QStringLiteral("version"));
    const QJsonArray entries = fields.array(QStringLiteral("contacts"), true);
    QList<Contact> contacts;
    for (qsizetype i = 0; i < entries.size() && !error; ++i) {
        const QString where = ContentFields::entryPlace(sourceName, int(i + 1));
        if (!entries[i].isObject()) {
            error = Error(ErrorKind::InvalidInput,
                          Text::tr("%1: a contact must be an object.").arg(where));
            break;
        }
        Contact contact = readContact(entries[i].toObject(), where, error);
        for (const Contact &earlier : contacts) {
            if (!error && earlier.key == contact.key)
                error = Error(ErrorKind::InvalidInput,
                              Text::tr("%1: the key “%2” appears twice.").arg(where, contact.key));
        }
        contacts << contact;
    }
    if (!error && contacts.isEmpty())
        error = Error(ErrorKind::InvalidInput, Text::tr("%1 lists no contacts.").arg(sourceName));
    if (error)
        return *error;
    return contacts;
}

QStringList BundledContacts::keys()
{
    QStringList keys;
    const Result<QList<Contact>> contacts = load();
    if (contacts) {
        for (const Contact &contact : *contacts)
            keys << contact.key;
    }
    return keys;
}

} // namespace mamori
