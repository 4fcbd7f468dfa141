#include "ActionDocument.h"

#include "DatabaseSession.h"
#include "SettingsDocument.h"
#include "action/SelfDiagnosis.h"
#include "assets/InventoryDocument.h"
#include "services/ActionSnapshotLoader.h"
#include "storage/Database.h"
#include "storage/DeclarationRepository.h"
#include "storage/DiagnosisRepository.h"
#include "storage/FiveRuleRepository.h"
#include "storage/InventoryEvidenceQuery.h"
#include "storage/PolicyRepository.h"

#include <QLocale>

#include <memory>

namespace mamori {

ActionDocument::ActionDocument(DatabaseSession &session, InventoryDocument &inventory,
                               SettingsDocument &settings, QObject *parent)
    : Document(session, parent)
{
    connect(&session, &DatabaseSession::databaseChanged, this, [this] {
        emit fiveRulesChanged();
        emit declarationsChanged();
        emit diagnosesChanged();
        emit policyChanged();
        emit inventoryEvidenceChanged();
    });
    connect(&inventory, &InventoryDocument::assetsChanged, this,
            &ActionDocument::inventoryEvidenceChanged);
    connect(&settings, &SettingsDocument::reminderIntervalsChanged, this,
            &ActionDocument::intervalsChanged);
}

Result<QList<FiveRuleStatus>> ActionDocument::fiveRules() const
{
    return read<QList<FiveRuleStatus>>(
        [](Database &database) { return FiveRuleRepository(database).loadAll(); });
}

Result<QList<Declaration>> ActionDocument::declarations() const
{
    return read<QList<Declaration>>(
        [](Database &database) { return DeclarationRepository(database).all(); });
}

Result<QList<DiagnosisSession>> ActionDocument::diagnoses() const
{
    return read<QList<DiagnosisSession>>(
        [](Database &database) { return DiagnosisRepository(database).all(); });
}

Result<QList<DiagnosisSession>> ActionDocument::latestCompletedPerDepartment() const
{
    return read<QList<DiagnosisSession>>([](Database &database) {
        return DiagnosisRepository(database).latestCompletedPerDepartment();
    });
}

Result<QList<PolicyVersion>> ActionDocument::policyVersions() const
{
    return read<QList<PolicyVersion>>(
        [](Database &database) { return PolicyRepository(database).all(); });
}

Result<ActionSnapshot> ActionDocument::snapshot(const QDate &today) const
{
    ActionSnapshot closed;
    closed.today = today;
    return read<ActionSnapshot>(
        [&today](Database &database) { return loadActionSnapshot(database, today); }, closed);
}

BackgroundJob
ActionDocument::inventoryEvidenceJob(const QDate &today,
                                     std::shared_ptr<InventoryEvidence> evidence) const
{
    const QString path = database() ? database()->path() : QString();
    return [path, today, evidence](const ProgressCallback &) -> Status {
        auto reader = Database::openReader(path);
        if (!reader)
            return reader.error();
        auto counted = loadInventoryEvidence(**reader, today);
        if (!counted)
            return counted.error();
        *evidence = *counted;
        return {};
    };
}

bool ActionDocument::saveRule(const FiveRuleStatus &status)
{
    auto rules = fiveRules();
    if (!rules) {
        emit writeFailed(rules.error());
        return false;
    }
    FiveRuleStatus before;
    before.rule = status.rule;
    for (const FiveRuleStatus &rule : std::as_const(*rules)) {
        if (rule.rule == status.rule)
            before = rule;
    }
    return push(
        tr("Edit rule %1").arg(status.rule),
        [status](Database &database) { return FiveRuleRepository(database).save(status); },
        [before](Database &database) { return FiveRuleRepository(database).save(before); },
        [this] { emit fiveRulesChanged(); });
}

qint64 ActionDocument::addDeclaration(const Declaration &declaration)
{
    // The first redo gives it its id; a redo after an undo puts it back under that id.
    auto added = std::make_shared<Declaration>(declaration);
    added->id = 0;
    const bool done = push(
        tr("Add the %1 declaration").arg(Declaration::levelLabel(declaration.level)),
        [added](Database &database) -> Status {
            DeclarationRepository declarations(database);
            if (added->id != 0)
                return declarations.restore(*added);
            auto id = declarations.add(*added);
            if (!id)
                return id.error();
            added->id = *id;
            return {};
        },
        [added](Database &database) { return DeclarationRepository(database).remove(added->id); },
        [this] { emit declarationsChanged(); });
    return done ? added->id : 0;
}

namespace {

Error noSuchRecord()
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("mamori::ActionDocument",
                                             "The record is no longer in the database; it may "
                                             "have been changed elsewhere."));
}

// The stored record an edit starts from. When it cannot be read, or is gone, the edit is
// refused and the document says why: an undo command built on a guess would write it back.
template<typename T>
std::optional<T> storedRecord(ActionDocument &document, const Result<QList<T>> &records, qint64 id)
{
    if (!records) {
        emit document.writeFailed(records.error());
        return std::nullopt;
    }
    for (const T &record : *records) {
        if (record.id == id)
            return record;
    }
    emit document.writeFailed(noSuchRecord());
    return std::nullopt;
}

} // namespace

bool ActionDocument::updateDeclaration(const Declaration &declaration)
{
    const std::optional<Declaration> before = storedRecord(*this, declarations(), declaration.id);
    if (!before)
        return false;
    const QString text = declaration.withdrawnOn.isValid() && !before->withdrawnOn.isValid()
                             ? tr("Withdraw the %1 declaration")
                             : tr("Edit the %1 declaration");
    return push(
        text.arg(Declaration::levelLabel(declaration.level)),
        [declaration](Database &database) {
            return DeclarationRepository(database).update(declaration);
        },
        [before = *before](Database &database) {
            return DeclarationRepository(database).update(before);
        },
        [this] { emit declarationsChanged(); });
}

bool ActionDocument::removeDeclaration(qint64 id)
{
    const std::optional<Declaration> removed = storedRecord(*this, declarations(), id);
    if (!removed)
        return false;
    return push(
        tr("Delete the %1 declaration").arg(Declaration::levelLabel(removed->level)),
        [id](Database &database) { return DeclarationRepository(database).remove(id); },
        [removed = *removed](Database &database) {
            return DeclarationRepository(database).restore(removed);
        },
        [this] { emit declarationsChanged(); });
}

qint64 ActionDocument::saveDiagnosisDraft(const DiagnosisSession &session)
{
    std::optional<DiagnosisSession> before;
    if (session.id != 0) {
        before = storedRecord(*this, diagnoses(), session.id);
        if (!before)
            return 0;
    }
    // A new draft gets its id at the first redo and keeps it when put back after an undo.
    auto saved = std::make_shared<DiagnosisSession>(session);
    auto putBack = std::make_shared<bool>(false);
    const bool done = push(
        tr("Save the self-diagnosis draft"),
        [saved, putBack](Database &database) -> Status {
            DiagnosisRepository diagnoses(database);
            if (*putBack)
                return diagnoses.restoreDraft(*saved);
            auto id = diagnoses.saveDraft(*saved);
            if (!id)
                return id.error();
            saved->id = *id;
            return {};
        },
        [saved, putBack, before](Database &database) -> Status {
            DiagnosisRepository diagnoses(database);
            if (before) {
                auto restored = diagnoses.saveDraft(*before);
                return restored ? Status() : Status(restored.error());
            }
            *putBack = true;
            return diagnoses.removeDraft(saved->id);
        },
        [this] { emit diagnosesChanged(); });
    return done ? saved->id : 0;
}

bool ActionDocument::removeDiagnosisDraft(qint64 id)
{
    const std::optional<DiagnosisSession> removed = storedRecord(*this, diagnoses(), id);
    if (!removed)
        return false;
    return push(
        tr("Delete the self-diagnosis draft"),
        [id](Database &database) { return DiagnosisRepository(database).removeDraft(id); },
        [removed = *removed](Database &database) {
            return DiagnosisRepository(database).restoreDraft(removed);
        },
        [this] { emit diagnosesChanged(); });
}

Result<qint64> ActionDocument::completeDiagnosis(const DiagnosisSession &session)
{
    auto open = writableDatabase();
    if (!open)
        return open.error();
    // An incomplete answer sheet is refused before anything is written, so a refusal leaves the
    // draft and the history as they were.
    if (const diagnosis::Score score = diagnosis::score(session.answers); !score.complete()) {
        return Error(ErrorKind::InvalidInput, tr("%n item(s) without an answer.", nullptr,
                                                 int(score.unansweredItems.size())));
    }
    DiagnosisRepository diagnoses(**open);
    // A new session is stored completed in one transaction; a draft has its last answers saved,
    // then is completed.
    Result<qint64> id =
        session.id == 0 ? diagnoses.addCompleted(session) : diagnoses.saveDraft(session);
    const bool wrote = id.ok();
    if (id && session.id != 0) {
        if (Status completed = diagnoses.complete(*id); !completed)
            id = completed.error();
    }
    emit diagnosesChanged();
    // The database keeps a completed diagnosis read-only: an undo of the draft saves before it
    // would fail, so the history ends here; so it does when the answers were saved but the
    // completion failed, since the saved draft is not a command either.
    const QString day = QLocale().toString(session.answeredOn, QLocale::ShortFormat);
    if (id) {
        fenceHistory(
            tr("the self-diagnosis of %1 was completed, and a completed diagnosis stays as it is")
                .arg(day));
    } else if (wrote) {
        fenceHistory(
            tr("the answers of the self-diagnosis of %1 were saved while completing it").arg(day));
    }
    if (!id)
        return id.error();
    return *id;
}

std::optional<PolicyVersion> ActionDocument::savePolicyVersion(const PolicyDocument &document,
                                                               const QDate &adoptedOn)
{
    // The first redo numbers the version; a redo after an undo puts back the same one.
    auto saved = std::make_shared<std::optional<PolicyVersion>>();
    const bool done = push(
        tr("Save a new version of the basic policy"),
        [saved, document, adoptedOn](Database &database) -> Status {
            PolicyRepository policy(database);
            if (*saved)
                return policy.restoreVersion(**saved);
            auto version = policy.saveNewVersion(document, adoptedOn);
            if (!version)
                return version.error();
            *saved = *version;
            return {};
        },
        [saved](Database &database) {
            return PolicyRepository(database).removeLatestVersion((*saved)->id);
        },
        [this] { emit policyChanged(); });
    return done ? *saved : std::nullopt;
}

bool ActionDocument::recordPolicyPublication(qint64 versionId, const QDate &publishedOn,
                                             const QString &url)
{
    const std::optional<PolicyVersion> before = storedRecord(*this, policyVersions(), versionId);
    if (!before)
        return false;
    return push(
        tr("Record the publication of version %1").arg(before->version),
        [versionId, publishedOn, url](Database &database) {
            return PolicyRepository(database).recordPublication(versionId, publishedOn, url);
        },
        [before = *before](Database &database) {
            return PolicyRepository(database).recordPublication(before.id, before.publishedOn,
                                                                before.publishedUrl);
        },
        [this] { emit policyChanged(); });
}

bool ActionDocument::recordPolicyReview(qint64 versionId, const QDate &reviewedOn)
{
    const std::optional<PolicyVersion> before = storedRecord(*this, policyVersions(), versionId);
    if (!before)
        return false;
    return push(
        tr("Record the review of version %1").arg(before->version),
        [versionId, reviewedOn](Database &database) {
            return PolicyRepository(database).recordReview(versionId, reviewedOn);
        },
        [before = *before](Database &database) {
            return PolicyRepository(database).recordReview(before.id, before.reviewedOn);
        },
        [this] { emit policyChanged(); });
}

} // namespace mamori
