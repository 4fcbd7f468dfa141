#pragma once

#include "Language.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mamori {

// A text in both of Mamori's languages. Bundled content has both; a firm's own edit may have
// only the language it was typed in, and the other language then shows the same text.
struct LocalizedText
{
    QString ja;
    QString en;

    QString in(UiLanguage language) const;
    bool isEmpty() const { return ja.trimmed().isEmpty() && en.trimmed().isEmpty(); }
    // Sets the text of one language, leaving the other as it was.
    void set(UiLanguage language, const QString &text);

    bool operator==(const LocalizedText &) const = default;
};

// The three phases of IPA's incident guidance (付録8): detect and respond first, report and
// disclose, recover and prevent.
enum class IncidentPhase
{
    Detect,  // "detect"
    Report,  // "report"
    Recover, // "recover"
};

QString phaseCode(IncidentPhase phase);
std::optional<IncidentPhase> phaseFromCode(const QString &code);
QString phaseLabel(IncidentPhase phase); // translated

// The reports a step may make fall due. Stable codes, used in playbook files and the CLI's JSON.
enum class ReportKind
{
    PpcPreliminary,  // "ppc_preliminary": 速報 to the Personal Information Protection Commission
    PpcFinal,        // "ppc_final": 確報
    AffectedPeople,  // "affected_people": notice to the people whose data is involved
    Police,          // "police"
    Ipa,             // "ipa": 届出 of malware or unauthorised access
    Jpcert,          // "jpcert"
    PaymentProvider, // "payment_provider": card company or acquirer
    Customers,       // "customers": business partners under contract
    Insurer,         // "insurer"
    Ministry,        // "ministry": the competent ministry under an industry law
};

QString reportCode(ReportKind kind);
std::optional<ReportKind> reportFromCode(const QString &code);
QString reportLabel(ReportKind kind); // translated

// One step of a playbook. A decision step asks a question ("stop operations?") and carries the
// criteria the firm writes down in advance, so the decision is not made in panic.
struct PlaybookStep
{
    IncidentPhase phase = IncidentPhase::Detect;
    bool decision = false;
    LocalizedText text; // what to do, or the question of a decision
    LocalizedText why;
    LocalizedText criteria; // decisions only: when the answer is yes
    QString role;           // who does it: a key of PlaybookRoles
    QString contact;        // whom it points to: a key of the contact directory, or empty
    QList<ReportKind> reports;
    bool required = true; // closing an incident asks about open required steps

    bool operator==(const PlaybookStep &) const = default;
};

// A response playbook: bundled in resources/incidents/playbooks/<id>.json, or the firm's own
// copy of one stored in the database (same schema, see resources/incidents/README.md).
struct Playbook
{
    QString id;      // stable, e.g. "ransomware"
    int version = 1; // of the bundled text; a firm's copy keeps the version it was copied from
    LocalizedText title;
    LocalizedText summary;
    // True when the incident usually involves personal data, so the reporting triggers are
    // asked about at the start.
    bool personalDataLikely = false;
    QList<PlaybookStep> steps; // in order; the phases are in order too

    QList<int> stepNumbersIn(IncidentPhase phase) const; // 1-based

    bool operator==(const Playbook &) const = default;
};

// The roles a step can name ("incident_lead", "management", "it_staff", "everyone",
// "it_vendor", …), with their labels: resources/incidents/roles.json.
class PlaybookRoles
{
public:
    struct Role
    {
        QString key;
        LocalizedText label;
    };
    static const PlaybookRoles &bundled(); // aborts never: an unreadable file gives no roles
    static Result<PlaybookRoles> fromJson(const QByteArray &json, const QString &sourceName);

    const QList<Role> &roles() const { return m_roles; }
    const Role *role(const QString &key) const;

private:
    QList<Role> m_roles;
};

// Reading and checking playbook files. Every problem names the file and, for a step, its number:
// "ransomware.json, step 4: the English text is empty."
class PlaybookFormat
{
public:
    // The keys a playbook may point to, for the checks. Empty sets skip that check.
    struct Keys
    {
        QStringList roles;
        QStringList contacts;
    };

    // Bundled files must have both languages everywhere; a firm's copy needs one.
    enum class Languages
    {
        Both,
        AtLeastOne
    };

    static Result<Playbook> parse(const QByteArray &json, const QString &sourceName,
                                  const Keys &keys, Languages languages = Languages::Both);
    static Result<Playbook> fromObject(const QJsonObject &root, const QString &sourceName,
                                       const Keys &keys, Languages languages = Languages::Both);
    static QJsonObject toJson(const Playbook &playbook);
    static QByteArray toBytes(const Playbook &playbook); // indented JSON
};

// The playbooks that ship with Mamori, read once from resources/incidents/playbooks (listed in
// resources/incidents/playbooks.json in the order the library shows them).
class BundledPlaybooks
{
public:
    static Result<QList<Playbook>> load();
    static Result<Playbook> find(const QString &id);
    // Reads and checks a bundle laid out like resources/incidents (playbooks.json, roles.json,
    // contacts.json, playbooks/<id>.json): each listed id has its file, whose id matches its
    // name, no id twice, no file left unlisted, every role and contact known.
    static Result<QList<Playbook>> loadFrom(const QString &directory);
};

} // namespace mamori
