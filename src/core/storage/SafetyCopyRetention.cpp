#include "SafetyCopyRetention.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace mamori {

QList<QDate> safetyCopiesToDelete(QList<QDate> backupDates, int keepDaily, int keepMonthly)
{
    std::sort(backupDates.begin(), backupDates.end(), std::greater<>());
    backupDates.erase(std::unique(backupDates.begin(), backupDates.end()), backupDates.end());

    QSet<QDate> keep;
    for (qsizetype i = 0; i < backupDates.size() && i < keepDaily; ++i)
        keep.insert(backupDates[i]);

    std::map<int, QDate> firstOfMonth; // key yyyymm; the earliest backup of that month
    for (const QDate &date : std::as_const(backupDates)) {
        const int month = date.year() * 100 + date.month();
        auto [found, added] = firstOfMonth.try_emplace(month, date);
        if (!added && date < found->second)
            found->second = date;
    }
    int monthsKept = 0;
    for (auto it = firstOfMonth.crbegin(); it != firstOfMonth.crend() && monthsKept < keepMonthly;
         ++it, ++monthsKept) {
        keep.insert(it->second);
    }

    QList<QDate> doomed;
    for (const QDate &date : std::as_const(backupDates)) {
        if (!keep.contains(date))
            doomed << date;
    }
    return doomed;
}

} // namespace mamori
