#pragma once

#include "incidents/Contacts.h"

#include <QList>

namespace mamori {

// The contact directory the firm sees: the bundled contacts with what the firm filled in laid
// over them (a stored name replaces the bundled one; the other fields are the firm's), then the
// firm's own additions in the order they were added.
class ContactDirectory
{
public:
    static QList<Contact> merged(const QList<Contact> &bundled, const QList<Contact> &stored);
    static const Contact *find(const QList<Contact> &contacts, const QString &key);
    // "Name — organisation, phone": one line for a step or a timeline entry.
    static QString line(const Contact &contact, UiLanguage language);
};

} // namespace mamori
