#pragma once

#include "Result.h"
#include "incidents/Playbook.h"

#include <QList>
#include <QString>

#include <optional>

namespace mamori {

// Someone to call during an incident: one of the firm's roles (its IT vendor, its insurer) or a
// public body (IPA's consultation desks, the police, JPCERT/CC, the PPC).
struct Contact
{
    enum class Kind
    {
        Firm,   // "firm": the firm fills in who it is
        Public, // "public": bundled with its name and official URL
    };

    QString key; // stable: "it_vendor", "ppc", or "own-<n>" for the firm's additions
    Kind kind = Kind::Firm;
    LocalizedText name; // the role or the body, e.g. 「ITベンダー」, 「個人情報保護委員会」
    LocalizedText description; // what they can do for the firm
    QString organisation;      // the firm's entry: e.g. the vendor's company name
    QString person;
    QString phone;
    QString email;
    QString url;
    QString notes; // the firm's own notes (contract number, hours)
    // Bundled contacts say "check before use" until the firm confirms them.
    bool checked = false;

    bool operator==(const Contact &) const = default;
};

QString contactKindCode(Contact::Kind kind);
std::optional<Contact::Kind> contactKindFromCode(const QString &code);

// The contacts that ship with Mamori: resources/incidents/contacts.json. Phone numbers that are
// not verified are left empty for the firm to fill in.
class BundledContacts
{
public:
    static Result<QList<Contact>> load();
    static Result<QList<Contact>> fromJson(const QByteArray &json, const QString &sourceName);
    static QStringList keys(); // of the loaded bundle; empty when it cannot be read
};

} // namespace mamori
