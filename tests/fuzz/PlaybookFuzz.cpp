#include "incidents/Contacts.h"
#include "incidents/Playbook.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace mamori;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Any bytes give a playbook or an error naming the source: no crash, hang or sanitizer report.
// What was accepted is whole: its phases are in order, its steps name known keys, and writing
// it and reading it back gives the same playbook.
void checkPlaybook(const QByteArray &bytes, const PlaybookFormat::Keys &keys,
                   PlaybookFormat::Languages languages)
{
    const auto parsed = PlaybookFormat::parse(bytes, QStringLiteral("fuzz.json"), keys, languages);
    if (!parsed) {
        check(parsed.error().kind == ErrorKind::InvalidInput);
        check(parsed.error().message.startsWith(QStringLiteral("fuzz.json")));
        return;
    }
    qsizetype counted = 0;
    for (const IncidentPhase phase :
         {IncidentPhase::Detect, IncidentPhase::Report, IncidentPhase::Recover}) {
        const QList<int> numbers = parsed->stepNumbersIn(phase);
        check(!numbers.isEmpty());
        counted += numbers.size();
    }
    check(counted == parsed->steps.size());
    for (qsizetype i = 0; i < parsed->steps.size(); ++i) {
        const PlaybookStep &step = parsed->steps[i];
        check(i == 0 || parsed->steps[i - 1].phase <= step.phase);
        check(!step.text.isEmpty() && !step.why.isEmpty() && !step.role.isEmpty());
        check(step.decision != step.criteria.isEmpty());
        check(keys.roles.isEmpty() || keys.roles.contains(step.role));
        check(step.contact.isEmpty() || keys.contacts.isEmpty() ||
              keys.contacts.contains(step.contact));
    }
    const auto again = PlaybookFormat::parse(PlaybookFormat::toBytes(*parsed),
                                             QStringLiteral("again"), keys, languages);
    check(again.ok() && *again == *parsed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The bundle's own keys, and none (a firm's copy checked against nothing).
    static const PlaybookFormat::Keys bundledKeys = [] {
        PlaybookFormat::Keys keys;
        for (const PlaybookRoles::Role &role : PlaybookRoles::bundled().roles())
            keys.roles << role.key;
        keys.contacts = BundledContacts::keys();
        return keys;
    }();
    for (const auto languages :
         {PlaybookFormat::Languages::Both, PlaybookFormat::Languages::AtLeastOne}) {
        checkPlaybook(bytes, bundledKeys, languages);
        checkPlaybook(bytes, PlaybookFormat::Keys{}, languages);
    }

    const auto roles = PlaybookRoles::fromJson(bytes, QStringLiteral("roles.json"));
    if (roles) {
        check(!roles->roles().isEmpty());
        for (const PlaybookRoles::Role &role : roles->roles())
            check(roles->role(role.key) == &role && !role.label.ja.isEmpty());
    }
    const auto contacts = BundledContacts::fromJson(bytes, QStringLiteral("contacts.json"));
    if (contacts) {
        for (const Contact &contact : *contacts)
            check(!contact.checked && !contact.key.isEmpty() && !contact.name.isEmpty());
    }
    return 0;
}
