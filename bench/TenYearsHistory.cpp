#include "TenYearsHistory.h"

#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <random>

namespace mamori::bench {

QList<PostureSnapshot> tenYearsHistory(const QDate &lastDay, int devices, int days)
{
    std::mt19937 random(20261208);
    const auto uniform = [&random](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    const auto chance = [&random](double probability) {
        return std::bernoulli_distribution(probability)(random);
    };
    const auto share = [](int population, double fraction) {
        return std::clamp(int(population * fraction), 0, population);
    };

    PostureInputs in;
    in.diagnosisRecorded = 1;
    in.diagnosisScore = 45;
    in.supportTracked = devices * 9 / 10;
    in.updatable = devices * 8 / 10;
    in.needsAntivirus = devices * 7 / 10;
    in.cloudServices = std::max(1, devices / 50);
    in.portableDevices = devices * 4 / 10;
    in.importantAssets = 24;
    in.incidentsRecorded = 1;
    in.contactsToFill = 6;
    in.playbooks = 8;
    in.actionRecorded = 1;
    in.declaredLevel = 1;
    double supportEnded = 0.12, antivirus = 0.10, mfa = 0.35, unencrypted = 0.25;

    QList<PostureSnapshot> history;
    history.reserve(days);
    const QDate first = lastDay.addDays(1 - days);
    for (int index = 0; index < days; ++index) {
        const QDate day = first.addDays(index);
        // The diagnosis is redone every half year; its score drifts up with some setbacks.
        if (index % 182 == 0)
            in.diagnosisScore = std::clamp(in.diagnosisScore + uniform(-8, 14), 20, 100);
        // Patches arrive monthly: devices behind on updates pile up, then mostly catch up.
        const double cycle = (day.day() - 1) / double(day.daysInMonth());
        in.noRecentUpdate = share(in.updatable, 0.04 + 0.18 * cycle + uniform(0, 20) / 1000.0);
        // Backlogs that wander as devices come and go and get fixed.
        supportEnded = std::clamp(supportEnded + uniform(-12, 11) / 10000.0, 0.01, 0.4);
        antivirus = std::clamp(antivirus + uniform(-10, 10) / 10000.0, 0.0, 0.3);
        mfa = std::clamp(mfa + uniform(-14, 10) / 10000.0, 0.02, 0.8);
        unencrypted = std::clamp(unencrypted + uniform(-12, 10) / 10000.0, 0.0, 0.6);
        in.supportEnded = share(in.supportTracked, supportEnded);
        in.antivirusMissing = share(in.needsAntivirus, antivirus);
        in.mfaMissing = share(in.cloudServices, mfa);
        in.portableNotEncrypted = share(in.portableDevices, unencrypted);

        if (index >= 365) {
            in.backupPlans = 3;
            in.backupPlansOnTime = chance(0.05) ? uniform(0, 2) : 3;
            in.offlineCopies = chance(0.05) ? 0 : 1;
            in.restoreTestsCurrent = (index / 90) % 4 == 3 ? 1 : 3;
            in.importantAssetsCovered = std::min(in.importantAssets, 16 + (index / 400));
        }

        in.contactsFilled = index < 200 ? 3 : chance(0.01) ? 5 : 6;
        const int monthInYear = (index / 30) % 12;
        in.exercisesInYear = monthInYear < 10 ? 1 : 0;
        in.playbooksReviewed = std::clamp(2 + index / 600, 0, in.playbooks);
        if (chance(0.004))
            in.openCriticalIncidents = 1;
        else if (in.openCriticalIncidents > 0 && chance(0.15))
            in.openCriticalIncidents = 0;
        in.overdueClocks = in.openCriticalIncidents > 0 && chance(0.3) ? 1 : 0;

        in.rulesInPlace = std::min(5, 3 + index / 500);
        in.declaredLevel = index >= 900 ? 2 : 1;
        in.twoStarsReady = index >= 900 && in.diagnosisScore >= 60 ? 1 : 0;
        in.policyPublished = index >= 700 ? 1 : 0;
        in.policyReviewCurrent = index >= 700 && (index - 700) % 365 < 330 ? 1 : 0;

        history << PostureSnapshot::of(day, in, QDateTime(day, QTime(9, 0)).toUTC());
    }
    return history;
}

} // namespace mamori::bench
