#include "ActionRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "DiagnosisRepository.h"
#include "PolicyRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)
};

constexpr int ruleCount = 5;
constexpr int minIntervalMonths = 1;
constexpr int maxIntervalMonths = 60;
// "No update for 90 days" (rule 1, item 1).
constexpr int recentUpdateDays = 90;

const auto diagnosisMonthsKey = QStringLiteral("action.diagnosis_months");
const auto policyReviewMonthsKey = QStringLiteral("action.policy_review_months");

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString readWhat()
{
    return Error::tr("read the SECURITY ACTION records");
}

QString writeWhat()
{
    return Error::tr("save the SECURITY ACTION records");
}

// One audited column: its name and how the value reads in the audit log.
template<typename Record> struct AuditedField
{
    QString column;
    QString (*read)(const Record &);
};

template<typename Record>
Status recordChanges(AuditLog &audit, const QString &entity, const QString &entityId,
                     const QList<AuditedField<Record>> &fields, const Record *before,
                     const Record &after)
{
    for (const AuditedField<Record> &field : fields) {
        const QString oldValue = before ? field.read(*before) : QString();
        const QString newValue = field.read(after);
        if (before && oldValue == newValue)
            continue;
        const AuditChange change{
            entity,       entityId, before ? AuditAction::Update : AuditAction::Insert,
            field.column, oldValue, newValue};
        if (Status recorded = audit.record(change); !recorded)
            return recorded;
    }
    return {};
}

template<typename Record>
QString snapshot(const QList<AuditedField<Record>> &fields, const Record &record)
{
    QJsonObject object;
    for (const AuditedField<Record> &field : fields)
        object.insert(field.column, field.read(record));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// ---- five rules ----

const auto ruleEntity = QStringLiteral("five_rule_status");

const QList<AuditedField<FiveRuleStatus>> &ruleFields()
{
    static const QList<AuditedField<FiveRuleStatus>> all{
        {QStringLiteral("status"), [](const FiveRuleStatus &s) { return ruleStateCode(s.state); }},
        {QStringLiteral("owner"), [](const FiveRuleStatus &s) { return s.owner; }},
        {QStringLiteral("how_done"), [](const FiveRuleStatus &s) { return s.howDone; }},
        {QStringLiteral("evidence"), [](const FiveRuleStatus &s) { return s.evidence; }},
        {QStringLiteral("confirmed_on"),
         [](const FiveRuleStatus &s) { return isoDate(s.confirmedOn); }},
    };
    return all;
}

// Rules saved so far, by number.
Result<QMap<int, FiveRuleStatus>> storedRules(Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rule, status, owner, how_done, evidence, confirmed_on "
                                 "FROM five_rule_status ORDER BY rule"));
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    QMap<int, FiveRuleStatus> rules;
    while (query.next()) {
        FiveRuleStatus status;
        status.rule = query.value(0).toInt();
        status.state = ruleStateFromCode(query.value(1).toString());
        status.owner = query.value(2).toString();
        status.howDone = query.value(3).toString();
        status.evidence = query.value(4).toString();
        status.confirmedOn = dateFrom(query.value(5));
        rules.insert(status.rule, status);
    }
    return rules;
}

// ---- declarations ----

const auto declarationEntity = QStringLiteral("security_action_declaration");

const QList<AuditedField<Declaration>> &declarationFields()
{
    static const QList<AuditedField<Declaration>> all{
        {QStringLiteral("level"), [](const Declaration &d) { return QString::number(d.level); }},
        {QStringLiteral("declared_on"), [](const Declaration &d) { return isoDate(d.declaredOn); }},
        {QStringLiteral("declaration_id"), [](const Declaration &d) { return d.declarationId; }},
        {QStringLiteral("gbiz_account"), [](const Declaration &d) { return d.gbizAccount; }},
        {QStringLiteral("logo_shown_at"), [](const Declaration &d) { return d.logoShownAt; }},
        {QStringLiteral("withdrawn_on"),
         [](const Declaration &d) { return isoDate(d.withdrawnOn); }},
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
        declaration.declaredOn = dateFrom(query.value(2));
        declaration.declarationId = query.value(3).toString();
        declaration.gbizAccount = query.value(4).toString();
        declaration.logoShownAt = query.value(5).toString();
        declaration.withdrawnOn = dateFrom(query.value(6));
        declaration.notes = query.value(7).toString();
        declarations << declaration;
    }
    return declarations;
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
    query.addBindValue(isoDate(declaration.declaredOn));
    query.addBindValue(sql::text(declaration.declarationId.trimmed()));
    query.addBindValue(sql::text(declaration.gbizAccount.trimmed()));
    query.addBindValue(sql::text(declaration.logoShownAt));
    query.addBindValue(nullableDate(declaration.withdrawnOn));
    query.addBindValue(sql::text(declaration.notes));
}

// ---- settings ----

Result<std::optional<QString>> setting(Database &database, const QString &key)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM app_setting WHERE key = ?"));
    query.addBindValue(key);
    if (Status done = sql::exec(query, readWhat()); !done)
        return done.error();
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

bool validInterval(int months)
{
    return months >= minIntervalMonths && months <= maxIntervalMonths;
}

// A consistent snapshot for several reads; works on a connection whose writes are held.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &database) : m_connection(database.connection())
    {
        m_active = m_connection.transaction();
        if (!m_active)
            m_error = sql::databaseError(m_connection, Error::tr("begin a transaction"));
    }
    ~ReadTransaction()
    {
        if (m_active)
            m_connection.rollback();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    // Ends the read; nothing was written, so this cannot lose anything.
    Status commit()
    {
        m_active = false;
        if (!m_connection.commit())
            return sql::databaseError(m_connection, Error::tr("commit a transaction"));
        return {};
    }

private:
    QSqlDatabase m_connection;
    Error m_error;
    bool m_active = false;
};

} // namespace

// ---- FiveRuleRepository ----

Result<QList<FiveRuleStatus>> FiveRuleRepository::loadAll() const
{
    auto stored = storedRules(m_database);
    if (!stored)
        return stored.error();
    QList<FiveRuleStatus> rules;
    for (int rule = 1; rule <= ruleCount; ++rule) {
        FiveRuleStatus status = stored->value(rule);
        status.rule = rule;
        rules << status;
    }
    return rules;
}

Status FiveRuleRepository::save(const FiveRuleStatus &status)
{
    if (status.rule < 1 || status.rule > ruleCount)
        return Error(
            ErrorKind::InvalidInput,
            Text::tr("There is no rule %1: the rules are numbered 1 to 5.").arg(status.rule));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto stored = storedRules(m_database);
    if (!stored)
        return stored.error();
    const auto previous = stored->constFind(status.rule);
    const FiveRuleStatus *before = previous != stored->cend() ? &*previous : nullptr;

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO five_rule_status (rule, status, owner, how_done, evidence, confirmed_on) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (rule) DO UPDATE SET status = excluded.status, "
        "owner = excluded.owner, how_done = excluded.how_done, evidence = excluded.evidence, "
        "confirmed_on = excluded.confirmed_on"));
    query.addBindValue(status.rule);
    query.addBindValue(ruleStateCode(status.state));
    query.addBindValue(sql::text(status.owner));
    query.addBindValue(sql::text(status.howDone));
    query.addBindValue(sql::text(status.evidence));
    query.addBindValue(nullableDate(status.confirmedOn));
    if (Status done = sql::exec(query, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status recorded = recordChanges(audit, ruleEntity, QString::number(status.rule),
                                        ruleFields(), before, status);
        !recorded)
        return recorded;
    return transaction.commit();
}

// ---- DeclarationRepository ----

Result<QList<Declaration>> DeclarationRepository::all() const
{
    return readDeclarations(m_database, declarationOrder);
}

Result<std::optional<Declaration>> DeclarationRepository::current() const
{
    auto found = readDeclarations(m_database, QStringLiteral(" WHERE withdrawn_on IS NULL") +
                                                  declarationOrder + QStringLiteral(" LIMIT 1"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Declaration>();
    return std::optional<Declaration>(found->constFirst());
}

Result<qint64> DeclarationRepository::add(const Declaration &declaration)
{
    if (Status valid = validate(declaration); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO security_action_declaration (level, declared_on, declaration_id, "
        "gbiz_account, logo_shown_at, withdrawn_on, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindDeclaration(insert, declaration);
    if (Status done = sql::exec(insert, writeWhat()); !done)
        return done.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    Declaration stored = declaration;
    stored.id = id;
    const Status audited = AuditLog(m_database)
                               .record({declarationEntity,
                                        QString::number(id),
                                        AuditAction::Insert,
                                        {},
                                        {},
                                        snapshot(declarationFields(), stored)});
    if (!audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status DeclarationRepository::update(const Declaration &declaration)
{
    if (Status valid = validate(declaration); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = readDeclarations(m_database, QStringLiteral(" WHERE id = ?"), declaration.id);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return Error(ErrorKind::InvalidInput,
                     Text::tr("There is no declaration with id %1.").arg(declaration.id));
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE security_action_declaration SET level = ?, declared_on = ?, declaration_id = ?, "
        "gbiz_account = ?, logo_shown_at = ?, withdrawn_on = ?, notes = ? WHERE id = ?"));
    bindDeclaration(update, declaration);
    update.addBindValue(declaration.id);
    if (Status done = sql::exec(update, writeWhat()); !done)
        return done;
    AuditLog audit(m_database);
    if (Status recorded = recordChanges(audit, declarationEntity, QString::number(declaration.id),
                                        declarationFields(), &before->constFirst(), declaration);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status DeclarationRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto before = readDeclarations(m_database, QStringLiteral(" WHERE id = ?"), id);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return Error(ErrorKind::InvalidInput,
                     Text::tr("There is no declaration with id %1.").arg(id));
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM security_action_declaration WHERE id = ?"));
    remove.addBindValue(id);
    if (Status done = sql::exec(remove, writeWhat()); !done)
        return done;
    const Status audited = AuditLog(m_database)
                               .record({declarationEntity,
                                        QString::number(id),
                                        AuditAction::Delete,
                                        {},
                                        snapshot(declarationFields(), before->constFirst()),
                                        {}});
    if (!audited)
        return audited;
    return transaction.commit();
}

// ---- ActionSettingsRepository ----

Result<ActionIntervals> ActionSettingsRepository::intervals() const
{
    ActionIntervals intervals;
    for (const auto &[key, months] :
         {std::pair{diagnosisMonthsKey, &intervals.diagnosisMonths},
          std::pair{policyReviewMonthsKey, &intervals.policyReviewMonths}}) {
        auto stored = setting(m_database, key);
        if (!stored)
            return stored.error();
        bool isNumber = false;
        const int value = stored->value_or(QString()).toInt(&isNumber);
        // A missing or unreadable value keeps the default rather than failing the page.
        if (isNumber && validInterval(value))
            *months = value;
    }
    return intervals;
}

Status ActionSettingsRepository::saveIntervals(const ActionIntervals &intervals)
{
    QStringList problems;
    if (!validInterval(intervals.diagnosisMonths))
        problems << Text::tr("The self-diagnosis interval must be 1 to 60 months.");
    if (!validInterval(intervals.policyReviewMonths))
        problems << Text::tr("The policy review interval must be 1 to 60 months.");
    if (!problems.isEmpty())
        return Error(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    AuditLog audit(m_database);
    for (const auto &[key, months] :
         {std::pair{diagnosisMonthsKey, intervals.diagnosisMonths},
          std::pair{policyReviewMonthsKey, intervals.policyReviewMonths}}) {
        auto stored = setting(m_database, key);
        if (!stored)
            return stored.error();
        const QString value = QString::number(months);
        if (stored->has_value() && **stored == value)
            continue;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (Status done = sql::exec(query, writeWhat()); !done)
            return done;
        const AuditChange change{QStringLiteral("app_setting"),
                                 key,
                                 stored->has_value() ? AuditAction::Update : AuditAction::Insert,
                                 QStringLiteral("value"),
                                 stored->value_or(QString()),
                                 value};
        if (Status recorded = audit.record(change); !recorded)
            return recorded;
    }
    return transaction.commit();
}

// ---- counts and snapshot ----

Result<InventoryEvidence> loadInventoryEvidence(Database &database, const QDate &today)
{
    InventoryEvidence evidence;
    evidence.asOf = today;

    // Devices in use or spare: one pass, each count a SUM over a condition. Filtering on the
    // status first, rather than repeating it in every CASE, took a third off at 100k devices.
    // Codes as stored by AssetValues; dates are ISO text, so they compare as text.
    const QString device = QStringLiteral("category NOT IN ('cloud_service', 'software')");
    const QString updatable = QStringLiteral("category IN ('pc', 'laptop', 'server', 'mobile')");
    const QString computer = QStringLiteral("category IN ('pc', 'laptop', 'server')");
    const QString cloud = QStringLiteral("category = 'cloud_service'");
    const QStringList conditions{
        device,
        device + QStringLiteral(" AND end_of_support < :today"),
        updatable,
        updatable + QStringLiteral(" AND (last_update IS NULL OR last_update = '' OR "
                                   "last_update < :updateCutoff)"),
        computer,
        computer + QStringLiteral(" AND antivirus = 'no'"),
        computer + QStringLiteral(" AND antivirus = ''"),
        cloud,
        cloud + QStringLiteral(" AND mfa IN ('no', 'partial')"),
        cloud + QStringLiteral(" AND mfa = ''"),
    };
    QStringList sums;
    for (const QString &condition : conditions)
        sums << QStringLiteral("COALESCE(SUM(CASE WHEN ") + condition +
                    QStringLiteral(" THEN 1 ELSE 0 END), 0)");
    QSqlQuery active(database.connection());
    active.setForwardOnly(true);
    active.prepare(QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) +
                   QStringLiteral(" FROM device WHERE status NOT IN ('retired', 'disposed')"));
    active.bindValue(QStringLiteral(":today"), isoDate(today));
    active.bindValue(QStringLiteral(":updateCutoff"), isoDate(today.addDays(-recentUpdateDays)));
    if (Status done = sql::exec(active, readWhat()); !done)
        return done.error();
    if (active.next()) {
        int column = 0;
        for (int *count :
             {&evidence.activeDevices, &evidence.unsupportedOs, &evidence.updatableDevices,
              &evidence.noRecentUpdate, &evidence.computers, &evidence.withoutAntivirus,
              &evidence.antivirusUnknown, &evidence.cloudServices, &evidence.withoutMfa,
              &evidence.mfaUnknown})
            *count = active.value(column++).toInt();
    }

    QSqlQuery disposed(database.connection());
    disposed.setForwardOnly(true);
    disposed.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN "
                                    "TRIM(disposal_method) = '' THEN 1 ELSE 0 END), 0) "
                                    "FROM device WHERE status = 'disposed'"));
    if (Status done = sql::exec(disposed, readWhat()); !done)
        return done.error();
    if (disposed.next()) {
        evidence.disposedDevices = disposed.value(0).toInt();
        evidence.disposedWithoutMethod = disposed.value(1).toInt();
    }

    // Information on shared places: linked to a cloud service or a server/NAS still in use, or
    // a storage place that says so in either language.
    QSqlQuery information(database.connection());
    information.setForwardOnly(true);
    information.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM asset_link l "
        "JOIN device d ON d.id = l.device_id WHERE l.information_asset_id = a.id "
        "AND d.category IN ('cloud_service', 'server') "
        "AND d.status NOT IN ('retired', 'disposed')) "
        "OR a.media_location LIKE '%cloud%' OR a.media_location LIKE '%クラウド%' "
        "OR a.media_location LIKE '%NAS%' OR a.media_location LIKE '%server%' "
        "OR a.media_location LIKE '%サーバ%' OR a.media_location LIKE '%shared%' "
        "OR a.media_location LIKE '%共有%' THEN 1 ELSE 0 END), 0) FROM information_asset a"));
    if (Status done = sql::exec(information, readWhat()); !done)
        return done.error();
    if (information.next()) {
        evidence.informationAssets = information.value(0).toInt();
        evidence.assetsOnCloudOrShared = information.value(1).toInt();
    }
    return evidence;
}

Result<ActionSnapshot> loadActionSnapshot(Database &database, const QDate &today)
{
    // One read transaction: the page never sees a declaration from one moment and a policy from
    // another. Not a Transaction: that one is for writes and is refused while writes are held.
    ReadTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    ActionSnapshot snapshot;
    snapshot.today = today;
    auto intervals = ActionSettingsRepository(database).intervals();
    if (!intervals)
        return intervals.error();
    snapshot.intervals = *intervals;
    auto rules = FiveRuleRepository(database).loadAll();
    if (!rules)
        return rules.error();
    snapshot.rules = *rules;
    auto diagnosis = DiagnosisRepository(database).latestCompleted();
    if (!diagnosis)
        return diagnosis.error();
    snapshot.latestDiagnosis = *diagnosis;
    auto policy = PolicyRepository(database).latest();
    if (!policy)
        return policy.error();
    snapshot.latestPolicy = *policy;
    auto declaration = DeclarationRepository(database).current();
    if (!declaration)
        return declaration.error();
    snapshot.currentDeclaration = *declaration;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return snapshot;
}

} // namespace mamori
