#pragma once

#include "Result.h"
#include "incidents/Contacts.h"
#include "incidents/Playbook.h"

#include <QList>

#include <optional>

namespace mamori {

class Database;

// The firm's own copies of playbooks (table playbook_copy) and its entries in the contact
// directory (table incident_contact). Bundled content is never stored: a playbook without a copy
// and a contact without a row are read from resources, so a new bundled version reaches them,
// while the firm's copies stay as the firm left them. Audited as "playbook_copy" and
// "incident_contact".
class PlaybookRepository
{
public:
    explicit PlaybookRepository(Database &database) : m_database(database) {}

    Result<QList<Playbook>> copies() const;
    Result<std::optional<Playbook>> copy(const QString &id) const;
    // Creates or replaces the firm's copy (checked with Languages::AtLeastOne and the keys).
    Status saveCopy(const Playbook &playbook, const PlaybookFormat::Keys &keys);
    // Drops the firm's copy, so the bundled version shows again.
    Status removeCopy(const QString &id);

    Result<QList<Contact>> storedContacts() const;
    Status saveContact(const Contact &contact);
    Status removeContact(const QString &key); // back to the bundled entry, or gone if the firm's
    Result<QString> newContactKey() const;    // "own-<n>"

private:
    Database &m_database;
};

} // namespace mamori
