#include "Playbook.h"

#include "incidents/Contacts.h"
#include "incidents/ContentFields.h"
#include "io/JsonContent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <array>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Playbook)
};

constexpr std::array allPhases{IncidentPhase::Detect, IncidentPhase::Report,
                               IncidentPhase::Recover};
constexpr std::array allReports{
    ReportKind::PpcPreliminary,  ReportKind::PpcFinal,  ReportKind::AffectedPeople,
    ReportKind::Police,          ReportKind::Ipa,       ReportKind::Jpcert,
    ReportKind::PaymentProvider, ReportKind::Customers, ReportKind::Insurer,
    ReportKind::Ministry};

const auto bundleDirectory = QStringLiteral(":/incidents");
const auto indexFileName = QStringLiteral("playbooks.json");

ContentFields::TextNeed textNeed(PlaybookFormat::Languages languages)
{
    return languages == PlaybookFormat::Languages::Both ? ContentFields::TextNeed::Both
                                                        : ContentFields::TextNeed::AtLeastOne;
}

QList<ReportKind> readReports(ContentFields &fields)
{
    QList<ReportKind> reports;
    for (const QJsonValue &value : fields.array(QStringLiteral("reports"), false)) {
        const std::optional<ReportKind> kind = reportFromCode(value.toString());
        if (!value.isString() || !kind) {
            fields.fail(Text::tr("%1: the report “%2” is unknown.")
                            .arg(fields.where(), value.toVariant().toString()));
            return {};
        }
        if (reports.contains(*kind)) {
            fields.fail(Text::tr("%1: the report “%2” is listed twice.")
                            .arg(fields.where(), value.toString()));
            return {};
        }
        reports << *kind;
    }
    return reports;
}

PlaybookStep readStep(const QJsonObject &object, const QString &where,
                      const PlaybookFormat::Keys &keys, PlaybookFormat::Languages languages,
                      std::optional<Error> &error)
{
    ContentFields fields(object, where, error);
    fields.allowOnly({QStringLiteral("phase"), QStringLiteral("decision"), QStringLiteral("text"),
                      QStringLiteral("why"), QStringLiteral("criteria"), QStringLiteral("role"),
                      QStringLiteral("contact"), QStringLiteral("reports"),
                      QStringLiteral("required")});
    PlaybookStep step;
    const QString phase = fields.string(QStringLiteral("phase"), true);
    if (!fields.failed()) {
        if (const auto known = phaseFromCode(phase))
            step.phase = *known;
        else
            fields.fail(Text::tr("%1: the phase “%2” is unknown; use detect, report or recover.")
                            .arg(where, phase));
    }
    step.decision = fields.boolean(QStringLiteral("decision"), false);
    const ContentFields::TextNeed need = textNeed(languages);
    step.text = fields.text(QStringLiteral("text"), Text::tr("text"), need);
    step.why = fields.text(QStringLiteral("why"), Text::tr("reason (why)"), need);
    if (!fields.failed()) {
        if (!step.decision && fields.has(QStringLiteral("criteria"))) {
            fields.fail(Text::tr("%1: only a decision step has criteria; set “decision” to true "
                                 "or remove the criteria.")
                            .arg(where));
        } else if (step.decision) {
            const LocalizedText criteria =
                fields.text(QStringLiteral("criteria"), Text::tr("criteria text"),
                            ContentFields::TextNeed::Optional);
            if (!fields.failed() && criteria.isEmpty())
                fields.fail(Text::tr("%1: a decision needs criteria written in advance: when is "
                                     "the answer yes?")
                                .arg(where));
            else
                step.criteria =
                    fields.text(QStringLiteral("criteria"), Text::tr("criteria text"), need);
        }
    }
    step.role = fields.string(QStringLiteral("role"), true);
    if (!fields.failed() && step.role.isEmpty())
        fields.fail(Text::tr("%1: the step names no role: who does it?").arg(where));
    else if (!fields.failed() && !keys.roles.isEmpty() && !keys.roles.contains(step.role))
        fields.fail(Text::tr("%1: the role “%2” is not one of the roles in roles.json.")
                        .arg(where, step.role));
    step.contact = fields.string(QStringLiteral("contact"), false);
    if (!fields.failed() && !step.contact.isEmpty() && !keys.contacts.isEmpty() &&
        !keys.contacts.contains(step.contact))
        fields.fail(Text::tr("%1: the contact “%2” is not in the contact list (contacts.json).")
                        .arg(where, step.contact));
    step.reports = readReports(fields);
    step.required = fields.boolean(QStringLiteral("required"), true);
    return step;
}

// The phases go detect → report → recover, and none is left without a step.
void checkPhases(const Playbook &playbook, const QString &source, std::optional<Error> &error)
{
    for (qsizetype i = 1; i < playbook.steps.size() && !error; ++i) {
        const IncidentPhase phase = playbook.steps[i].phase;
        const IncidentPhase before = playbook.steps[i - 1].phase;
        if (phase < before)
            error = Error(ErrorKind::InvalidInput,
                          Text::tr("%1: this step of the phase “%2” comes after a step of the "
                                   "phase “%3”; the phases go in the order detect, report, "
                                   "recover.")
                              .arg(ContentFields::stepPlace(source, int(i + 1)), phaseCode(phase),
                                   phaseCode(before)));
    }
    for (const IncidentPhase phase : allPhases) {
        if (!error && playbook.stepNumbersIn(phase).isEmpty())
            error =
                Error(ErrorKind::InvalidInput,
                      Text::tr("%1: the phase “%2” has no steps.").arg(source, phaseCode(phase)));
    }
}

QJsonObject stepToJson(const PlaybookStep &step)
{
    QJsonObject object{{QStringLiteral("phase"), phaseCode(step.phase)},
                       {QStringLiteral("text"), ContentFields::textToJson(step.text)},
                       {QStringLiteral("why"), ContentFields::textToJson(step.why)},
                       {QStringLiteral("role"), step.role}};
    if (step.decision) {
        object.insert(QStringLiteral("decision"), true);
        object.insert(QStringLiteral("criteria"), ContentFields::textToJson(step.criteria));
    }
    if (!step.contact.isEmpty())
        object.insert(QStringLiteral("contact"), step.contact);
    if (!step.reports.isEmpty()) {
        QJsonArray reports;
        for (const ReportKind kind : step.reports)
            reports.append(reportCode(kind));
        object.insert(QStringLiteral("reports"), reports);
    }
    if (!step.required)
        object.insert(QStringLiteral("required"), false);
    return object;
}

} // namespace

QString LocalizedText::in(UiLanguage language) const
{
    const QString &wanted = language == UiLanguage::Japanese ? ja : en;
    const QString &other = language == UiLanguage::Japanese ? en : ja;
    return wanted.trimmed().isEmpty() ? other : wanted;
}

void LocalizedText::set(UiLanguage language, const QString &text)
{
    (language == UiLanguage::Japanese ? ja : en) = text;
}

QString phaseCode(IncidentPhase phase)
{
    switch (phase) {
    case IncidentPhase::Report:
        return QStringLiteral("report");
    case IncidentPhase::Recover:
        return QStringLiteral("recover");
    case IncidentPhase::Detect:
        break;
    }
    return QStringLiteral("detect");
}

std::optional<IncidentPhase> phaseFromCode(const QString &code)
{
    for (const IncidentPhase phase : allPhases) {
        if (phaseCode(phase) == code)
            return phase;
    }
    return std::nullopt;
}

QString phaseLabel(IncidentPhase phase)
{
    switch (phase) {
    case IncidentPhase::Report:
        return Text::tr("Report and disclose");
    case IncidentPhase::Recover:
        return Text::tr("Recover and prevent");
    case IncidentPhase::Detect:
        break;
    }
    return Text::tr("Detect and respond first");
}

QString reportCode(ReportKind kind)
{
    switch (kind) {
    case ReportKind::PpcPreliminary:
        return QStringLiteral("ppc_preliminary");
    case ReportKind::PpcFinal:
        return QStringLiteral("ppc_final");
    case ReportKind::AffectedPeople:
        return QStringLiteral("affected_people");
    case ReportKind::Police:
        return QStringLiteral("police");
    case ReportKind::Ipa:
        return QStringLiteral("ipa");
    case ReportKind::Jpcert:
        return QStringLiteral("jpcert");
    case ReportKind::PaymentProvider:
        return QStringLiteral("payment_provider");
    case ReportKind::Customers:
        return QStringLiteral("customers");
    case ReportKind::Insurer:
        return QStringLiteral("insurer");
    case ReportKind::Ministry:
        return QStringLiteral("ministry");
    }
    return {};
}

std::optional<ReportKind> reportFromCode(const QString &code)
{
    for (const ReportKind kind : allReports) {
        if (reportCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString reportLabel(ReportKind kind)
{
    switch (kind) {
    case ReportKind::PpcPreliminary:
        return Text::tr("Preliminary report to the PPC");
    case ReportKind::PpcFinal:
        return Text::tr("Final report to the PPC");
    case ReportKind::AffectedPeople:
        return Text::tr("Notice to the people affected");
    case ReportKind::Police:
        return Text::tr("Report to the police");
    case ReportKind::Ipa:
        return Text::tr("Report to IPA");
    case ReportKind::Jpcert:
        return Text::tr("Report to JPCERT/CC");
    case ReportKind::PaymentProvider:
        return Text::tr("Report to the card company or payment provider");
    case ReportKind::Customers:
        return Text::tr("Notice to business partners");
    case ReportKind::Insurer:
        return Text::tr("Notice to the insurer");
    case ReportKind::Ministry:
        return Text::tr("Report to the competent ministry");
    }
    return {};
}

QList<int> Playbook::stepNumbersIn(IncidentPhase phase) const
{
    QList<int> numbers;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].phase == phase)
            numbers << int(i + 1);
    }
    return numbers;
}

const PlaybookRoles &PlaybookRoles::bundled()
{
    // Compiled in and checked by a test; a broken build still starts, with no roles and the
    // reason in the log.
    static const PlaybookRoles roles = [] {
        QFile file(bundleDirectory + QStringLiteral("/roles.json"));
        Result<PlaybookRoles> read =
            file.open(QIODevice::ReadOnly)
                ? fromJson(file.readAll(), QStringLiteral("roles.json"))
                : Result<PlaybookRoles>(Error(ErrorKind::Io, file.fileName(), file.errorString()));
        if (!read) {
            qWarning("%s", qPrintable(read.error().fullText()));
            return PlaybookRoles();
        }
        return std::move(read).value();
    }();
    return roles;
}

Result<PlaybookRoles> PlaybookRoles::fromJson(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonObject> root = json_content::parse(json, sourceName);
    if (!root)
        return root.error();
    std::optional<Error> error;
    ContentFields fields(*root, sourceName, error);
    fields.allowOnly(
        {QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("roles")});
    fields.requireSchema();
    fields.positiveInteger(QStringLiteral("version"));
    const QJsonArray entries = fields.array(QStringLiteral("roles"), true);
    PlaybookRoles roles;
    for (qsizetype i = 0; i < entries.size() && !error; ++i) {
        const QString where = ContentFields::entryPlace(sourceName, int(i + 1));
        ContentFields entry(entries[i].toObject(), where, error);
        if (!entries[i].isObject())
            entry.fail(Text::tr("%1: a role must be an object with “key” and “label”.").arg(where));
        entry.allowOnly({QStringLiteral("key"), QStringLiteral("label")});
        Role role;
        role.key = entry.string(QStringLiteral("key"), true);
        if (!error && !ContentFields::isKey(role.key))
            entry.fail(Text::tr("%1: “%2” is not a valid key: use lower-case letters, digits, "
                                "“-” and “_”.")
                           .arg(where, role.key));
        else if (!error && roles.role(role.key))
            entry.fail(Text::tr("%1: the key “%2” appears twice.").arg(where, role.key));
        role.label =
            entry.text(QStringLiteral("label"), Text::tr("label"), ContentFields::TextNeed::Both);
        roles.m_roles << role;
    }
    if (!error && roles.m_roles.isEmpty())
        error = Error(ErrorKind::InvalidInput, Text::tr("%1 lists no roles.").arg(sourceName));
    if (error)
        return *error;
    return roles;
}

const PlaybookRoles::Role *PlaybookRoles::role(const QString &key) const
{
    for (const Role &role : m_roles) {
        if (role.key == key)
            return &role;
    }
    return nullptr;
}

Result<Playbook> PlaybookFormat::parse(const QByteArray &json, const QString &sourceName,
                                       const Keys &keys, Languages languages)
{
    const Result<QJsonObject> root = json_content::parse(json, sourceName);
    if (!root)
        return root.error();
    return fromObject(*root, sourceName, keys, languages);
}

Result<Playbook> PlaybookFormat::fromObject(const QJsonObject &root, const QString &sourceName,
                                            const Keys &keys, Languages languages)
{
    std::optional<Error> error;
    ContentFields fields(root, sourceName, error);
    fields.allowOnly({QStringLiteral("schema"), QStringLiteral("id"), QStringLiteral("version"),
                      QStringLiteral("title"), QStringLiteral("summary"),
                      QStringLiteral("personalDataLikely"), QStringLiteral("steps")});
    fields.requireSchema();
    Playbook playbook;
    playbook.id = fields.string(QStringLiteral("id"), true);
    if (!error && !ContentFields::isKey(playbook.id))
        fields.fail(Text::tr("%1: the id “%2” is not valid: use lower-case letters, digits, "
                             "“-” and “_”.")
                        .arg(sourceName, playbook.id));
    playbook.version = fields.positiveInteger(QStringLiteral("version"));
    const ContentFields::TextNeed need = textNeed(languages);
    playbook.title = fields.text(QStringLiteral("title"), Text::tr("title"), need);
    playbook.summary = fields.text(QStringLiteral("summary"), Text::tr("summary"), need);
    playbook.personalDataLikely = fields.boolean(QStringLiteral("personalDataLikely"), false);
    const QJsonArray steps = fields.array(QStringLiteral("steps"), true);
    if (!error && steps.isEmpty())
        fields.fail(Text::tr("%1: the playbook has no steps.").arg(sourceName));
    for (qsizetype i = 0; i < steps.size() && !error; ++i) {
        const QString where = ContentFields::stepPlace(sourceName, int(i + 1));
        if (!steps[i].isObject()) {
            error = Error(ErrorKind::InvalidInput,
                          Text::tr("%1: a step must be an object.").arg(where));
            break;
        }
        playbook.steps << readStep(steps[i].toObject(), where, keys, languages, error);
    }
    if (!error)
        checkPhases(playbook, sourceName, error);
    if (error)
        return *error;
    return playbook;
}

QJsonObject PlaybookFormat::toJson(const Playbook &playbook)
{
    QJsonArray steps;
    for (const PlaybookStep &step : playbook.steps)
        steps.append(stepToJson(step));
    return QJsonObject{{QStringLiteral("schema"), incidentContentSchema},
                       {QStringLiteral("id"), playbook.id},
                       {QStringLiteral("version"), playbook.version},
                       {QStringLiteral("title"), ContentFields::textToJson(playbook.title)},
                       {QStringLiteral("summary"), ContentFields::textToJson(playbook.summary)},
                       {QStringLiteral("personalDataLikely"), playbook.personalDataLikely},
                       {QStringLiteral("steps"), steps}};
}

QByteArray PlaybookFormat::toBytes(const Playbook &playbook)
{
    return QJsonDocument(toJson(playbook)).toJson(QJsonDocument::Indented);
}

Result<QList<Playbook>> BundledPlaybooks::load()
{
    static const Result<QList<Playbook>> bundle = loadFrom(bundleDirectory);
    return bundle;
}

Result<QList<Playbook>> BundledPlaybooks::loadFrom(const QString &directory)
{
    const QDir dir(directory);
    const auto readFile = [&](const QString &name) -> Result<QByteArray> {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorKind::Io, Text::tr("Cannot read %1.").arg(file.fileName()),
                         file.errorString());
        return file.readAll();
    };

    const Result<QByteArray> rolesJson = readFile(QStringLiteral("roles.json"));
    if (!rolesJson)
        return rolesJson.error();
    const Result<PlaybookRoles> roles =
        PlaybookRoles::fromJson(*rolesJson, QStringLiteral("roles.json"));
    if (!roles)
        return roles.error();
    const Result<QByteArray> contactsJson = readFile(QStringLiteral("contacts.json"));
    if (!contactsJson)
        return contactsJson.error();
    const Result<QList<Contact>> contacts =
        BundledContacts::fromJson(*contactsJson, QStringLiteral("contacts.json"));
    if (!contacts)
        return contacts.error();
    PlaybookFormat::Keys keys;
    for (const PlaybookRoles::Role &role : roles->roles())
        keys.roles << role.key;
    for (const Contact &contact : *contacts)
        keys.contacts << contact.key;

    const Result<QByteArray> indexJson = readFile(indexFileName);
    if (!indexJson)
        return indexJson.error();
    const Result<QJsonObject> index = json_content::parse(*indexJson, indexFileName);
    if (!index)
        return index.error();
    std::optional<Error> error;
    ContentFields indexFields(*index, indexFileName, error);
    indexFields.allowOnly({QStringLiteral("schema"), QStringLiteral("playbooks")});
    indexFields.requireSchema();
    const QJsonArray ids = indexFields.array(QStringLiteral("playbooks"), true);
    if (!error && ids.isEmpty())
        indexFields.fail(Text::tr("%1 lists no playbooks.").arg(indexFileName));
    if (error)
        return *error;

    QList<Playbook> playbooks;
    QSet<QString> listed;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString where = ContentFields::entryPlace(indexFileName, int(i + 1));
        const QString id = ids[i].toString();
        if (!ids[i].isString() || !ContentFields::isKey(id))
            return Error(ErrorKind::InvalidInput, Text::tr("%1: “%2” is not a playbook id.")
                                                      .arg(where, ids[i].toVariant().toString()));
        if (listed.contains(id))
            return Error(ErrorKind::InvalidInput,
                         Text::tr("%1: the playbook id “%2” is listed twice; ids must be unique.")
                             .arg(where, id));
        listed.insert(id);
        const QString fileName = id + QStringLiteral(".json");
        const Result<QByteArray> json = readFile(QStringLiteral("playbooks/") + fileName);
        if (!json)
            return json.error();
        Result<Playbook> playbook = PlaybookFormat::parse(*json, fileName, keys);
        if (!playbook)
            return playbook.error();
        if (playbook->id != id)
            return Error(ErrorKind::InvalidInput,
                         Text::tr("%1: the id “%2” does not match the file name; it must be “%3”.")
                             .arg(fileName, playbook->id, id));
        playbooks << std::move(playbook).value();
    }
    // A file nobody listed would silently never show in the library.
    const QStringList files = QDir(dir.filePath(QStringLiteral("playbooks")))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        if (!listed.contains(QFileInfo(file).completeBaseName()))
            return Error(ErrorKind::InvalidInput,
                         Text::tr("%1 is not listed in %2.").arg(file, indexFileName));
    }
    return playbooks;
}

Result<Playbook> BundledPlaybooks::find(const QString &id)
{
    const Result<QList<Playbook>> playbooks = load();
    if (!playbooks)
        return playbooks.error();
    for (const Playbook &playbook : *playbooks) {
        if (playbook.id == id)
            return playbook;
    }
    return Error(ErrorKind::InvalidInput, Text::tr("There is no playbook “%1”.").arg(id));
}

} // namespace mamori
