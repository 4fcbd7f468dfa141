#include "ActionSnapshotLoader.h"

#include "storage/ActionSettingsRepository.h"
#include "storage/DeclarationRepository.h"
#include "storage/DiagnosisRepository.h"
#include "storage/FiveRuleRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/Transaction.h"

namespace mamori {

Result<ActionSnapshot> loadActionSnapshot(Database &database, const QDate &today)
{
    // A read transaction works while writes are held (the check after opening).
    Transaction transaction(database, Transaction::Mode::Read);
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
