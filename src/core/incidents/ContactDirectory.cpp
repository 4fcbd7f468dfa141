#include "ContactDirectory.h"

namespace mamori {

QList<Contact> ContactDirectory::merged(const QList<Contact> &bundled, const QList<Contact> &stored)
{
    QList<Contact> contacts = bundled;
    for (const Contact &own : stored) {
        auto existing = std::find_if(contacts.begin(), contacts.end(),
                                     [&](const Contact &c) { return c.key == own.key; });
        if (existing == contacts.end()) {
            contacts << own;
            continue;
        }
        if (!own.name.isEmpty())
            existing->name = own.name;
        existing->organisation = own.organisation;
        existing->person = own.person;
        existing->phone = own.phone;
        existing->email = own.email;
        existing->url = own.url;
        existing->notes = own.notes;
        existing->checked = own.checked;
    }
    return contacts;
}

const Contact *ContactDirectory::find(const QList<Contact> &contacts, const QString &key)
{
    for (const Contact &contact : contacts)
        if (contact.key == key)
            return &contact;
    return nullptr;
}

QString ContactDirectory::line(const Contact &contact, UiLanguage language)
{
    QStringList details;
    if (!contact.organisation.isEmpty())
        details << contact.organisation;
    if (!contact.person.isEmpty())
        details << contact.person;
    if (!contact.phone.isEmpty())
        details << contact.phone;
    else if (!contact.email.isEmpty())
        details << contact.email;
    const QString name = contact.name.in(language);
    return details.isEmpty()
               ? name
               : QStringLiteral("%1 — %2").arg(name, details.join(QStringLiteral(", ")));
}

} // namespace mamori
