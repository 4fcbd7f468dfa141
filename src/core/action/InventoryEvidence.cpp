#include "InventoryEvidence.h"

#include "SelfDiagnosis.h"

#include <algorithm>

namespace mamori {

namespace {

// None bad → done; more than half bad (or nothing recorded) → not done; otherwise partly.
int grade(int bad, int total)
{
    if (bad <= 0)
        return diagnosis::done;
    if (bad * 2 > total)
        return diagnosis::notDone;
    return diagnosis::partly;
}

// Backups: within a week counts as done, within a month as partly.
constexpr int backupDoneDays = 7;
constexpr int backupPartlyDays = 30;

QString joined(const QStringList &sentences)
{
    return sentences.join(QLatin1Char(' '));
}

// Item 1 and rule 1 say the same thing, as do item 2 and rule 2.
struct Facts
{
    QStringList sentences;
    int answer = diagnosis::done;
    bool attention = false;
};

Facts updateFacts(const InventoryEvidence &evidence)
{
    Facts facts;
    if (evidence.unsupportedOs > 0) {
        facts.sentences << InventoryAdvisor::tr(
                               "%n of %1 devices and programs in use are past their end of "
                               "support.",
                               nullptr, evidence.unsupportedOs)
                               .arg(evidence.activeDevices);
    } else {
        facts.sentences << InventoryAdvisor::tr(
            "%n device(s) and program(s) in use, none past its end of support.", nullptr,
            evidence.activeDevices);
    }
    facts.answer = grade(evidence.unsupportedOs, evidence.activeDevices);
    if (evidence.updatableDevices > 0) {
        if (evidence.noRecentUpdate > 0) {
            facts.sentences << InventoryAdvisor::tr(
                                   "%n of %1 PCs, servers and phones had no update recorded in "
                                   "the last 90 days.",
                                   nullptr, evidence.noRecentUpdate)
                                   .arg(evidence.updatableDevices);
        } else {
            facts.sentences << InventoryAdvisor::tr(
                "Every PC, server and phone (%n) was updated in the last 90 days.", nullptr,
                evidence.updatableDevices);
        }
        facts.answer =
            std::min(facts.answer, grade(evidence.noRecentUpdate, evidence.updatableDevices));
    }
    facts.attention = evidence.unsupportedOs > 0 || evidence.noRecentUpdate > 0;
    return facts;
}

Facts antivirusFacts(const InventoryEvidence &evidence)
{
    Facts facts;
    if (evidence.withoutAntivirus > 0) {
        facts.sentences << InventoryAdvisor::tr("%n of %1 PCs and servers have no antivirus.",
                                                nullptr, evidence.withoutAntivirus)
                               .arg(evidence.computers);
    }
    if (evidence.antivirusUnknown > 0) {
        facts.sentences << InventoryAdvisor::tr(
                               "For %n of %1 PCs and servers, antivirus is not recorded.", nullptr,
                               evidence.antivirusUnknown)
                               .arg(evidence.computers);
    }
    if (facts.sentences.isEmpty()) {
        facts.sentences << InventoryAdvisor::tr("Every PC and server (%n) has antivirus.", nullptr,
                                                evidence.computers);
    }
    facts.answer = grade(evidence.withoutAntivirus + evidence.antivirusUnknown, evidence.computers);
    facts.attention = evidence.withoutAntivirus > 0 || evidence.antivirusUnknown > 0;
    return facts;
}

QString withoutMfaSentence(const InventoryEvidence &evidence)
{
    return InventoryAdvisor::tr("%n of %1 cloud services are used without multi-factor "
                                "authentication, or with it only in part.",
                                nullptr, evidence.withoutMfa)
        .arg(evidence.cloudServices);
}

} // namespace

QList<AnswerSuggestion> InventoryAdvisor::suggestAnswers(const InventoryEvidence &evidence)
{
    QList<AnswerSuggestion> suggestions;
    if (evidence.activeDevices > 0) {
        const Facts facts = updateFacts(evidence);
        suggestions.append({1, facts.answer, joined(facts.sentences)});
    }
    if (evidence.computers > 0) {
        const Facts facts = antivirusFacts(evidence);
        suggestions.append({2, facts.answer, joined(facts.sentences)});
    }
    if (evidence.lastBackup && evidence.lastBackup->isValid()) {
        const int age = int(std::max<qint64>(0, evidence.lastBackup->daysTo(evidence.asOf)));
        const int answer = age <= backupDoneDays     ? diagnosis::done
                           : age <= backupPartlyDays ? diagnosis::partly
                                                     : diagnosis::notDone;
        suggestions.append({11, answer,
                            tr("The last backup was made on %1, %n day(s) ago.", nullptr, age)
                                .arg(evidence.lastBackup->toString(Qt::ISODate))});
    }
    if (evidence.disposedDevices > 0) {
        const QString reason =
            evidence.disposedWithoutMethod > 0
                ? tr("%n of %1 disposed devices have no record of how their data was erased.",
                     nullptr, evidence.disposedWithoutMethod)
                      .arg(evidence.disposedDevices)
                : tr("Every disposed device (%n) has a record of how its data was erased.", nullptr,
                     evidence.disposedDevices);
        suggestions.append(
            {18, grade(evidence.disposedWithoutMethod, evidence.disposedDevices), reason});
    }
    if (evidence.cloudServices > 0) {
        QStringList sentences;
        if (evidence.withoutMfa > 0) {
            sentences << withoutMfaSentence(evidence);
        }
        if (evidence.mfaUnknown > 0) {
            sentences << tr("For %n of %1 cloud services, multi-factor authentication is not "
                            "recorded.",
                            nullptr, evidence.mfaUnknown)
                             .arg(evidence.cloudServices);
        }
        if (sentences.isEmpty()) {
            sentences << tr("Every cloud service in use (%n) has multi-factor authentication.",
                            nullptr, evidence.cloudServices);
        }
        suggestions.append(
            {23, grade(evidence.withoutMfa + evidence.mfaUnknown, evidence.cloudServices),
             joined(sentences)});
    }
    return suggestions;
}

QList<RuleHint> InventoryAdvisor::ruleHints(const InventoryEvidence &evidence)
{
    QList<RuleHint> hints;
    if (evidence.activeDevices > 0) {
        const Facts facts = updateFacts(evidence);
        hints.append({1, joined(facts.sentences), facts.attention});
    }
    if (evidence.computers > 0) {
        const Facts facts = antivirusFacts(evidence);
        hints.append({2, joined(facts.sentences), facts.attention});
    }
    QStringList sharing;
    if (evidence.assetsOnCloudOrShared > 0) {
        sharing << tr("%n of %1 information assets are kept on cloud services or shared storage: "
                      "check who can open them.",
                      nullptr, evidence.assetsOnCloudOrShared)
                       .arg(evidence.informationAssets);
    } else if (evidence.informationAssets > 0) {
        sharing << tr("%n information asset(s) recorded, none on cloud services or shared storage.",
                      nullptr, evidence.informationAssets);
    }
    if (evidence.withoutMfa > 0) {
        sharing << withoutMfaSentence(evidence);
    }
    if (!sharing.isEmpty()) {
        hints.append(
            {4, joined(sharing), evidence.assetsOnCloudOrShared > 0 || evidence.withoutMfa > 0});
    }
    return hints;
}

} // namespace mamori
