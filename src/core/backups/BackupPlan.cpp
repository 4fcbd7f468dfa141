#include "BackupPlan.h"

#include <QLocale>

#include <array>

namespace mamori {

namespace {

// Far enough to find the next time of any schedule: a month, a week, or 366 days.
constexpr int searchDays = 2 * 366 + 2;

const std::array<QLatin1String, 7> weekdayWords{
    QLatin1String("mon"), QLatin1String("tue"), QLatin1String("wed"), QLatin1String("thu"),
    QLatin1String("fri"), QLatin1String("sat"), QLatin1String("sun")};

QDateTime scheduledOn(const QDate &day, const QTime &at, const QTimeZone &zone)
{
    const QTime time = at.isValid() ? at : QTime(0, 0);
    const QDateTime scheduled(day, time, zone);
    if (scheduled.isValid())
        return scheduled;
    // A time that does not exist on a spring-forward night (02:30 when clocks go from 02:00 to
    // 03:00) runs as long after midnight as it would have: just past the gap.
    return QDateTime(day, QTime(0, 0), zone).addMSecs(time.msecsSinceStartOfDay());
}

} // namespace

bool BackupSchedule::fallsOn(const QDate &day) const
{
    if (!day.isValid())
        return false;
    switch (frequency) {
    case BackupFrequency::Daily:
        return true;
    case BackupFrequency::Weekly:
        return weekdays.contains(day.dayOfWeek());
    case BackupFrequency::Monthly: {
        const int last = day.daysInMonth();
        const int wanted = monthDay <= 0 ? last : std::min(monthDay, last);
        return day.day() == wanted;
    }
    case BackupFrequency::EveryNDays: {
        if (!anchor.isValid() || everyDays < 1)
            return false;
        const qint64 days = anchor.daysTo(day);
        return days % everyDays == 0;
    }
    }
    return false;
}

QDateTime BackupSchedule::firstAfter(const QDateTime &after, const QTimeZone &zone) const
{
    if (!after.isValid())
        return {};
    const QDate start = after.toTimeZone(zone).date().addDays(-1);
    for (int offset = 0; offset < searchDays; ++offset) {
        const QDate day = start.addDays(offset);
        if (!fallsOn(day))
            continue;
        const QDateTime time = scheduledOn(day, at, zone);
        if (time > after)
            return time.toUTC();
    }
    return {};
}

QDateTime BackupSchedule::lastAtOrBefore(const QDateTime &atOrBefore, const QTimeZone &zone) const
{
    if (!atOrBefore.isValid())
        return {};
    const QDate start = atOrBefore.toTimeZone(zone).date().addDays(1);
    for (int offset = 0; offset < searchDays; ++offset) {
        const QDate day = start.addDays(-offset);
        if (!fallsOn(day))
            continue;
        const QDateTime time = scheduledOn(day, at, zone);
        if (time <= atOrBefore)
            return time.toUTC();
    }
    return {};
}

QString BackupPlans::code(ProtectedItem::Kind kind)
{
    switch (kind) {
    case ProtectedItem::Kind::Device:
        return QStringLiteral("device");
    case ProtectedItem::Kind::InformationAsset:
        return QStringLiteral("information_asset");
    case ProtectedItem::Kind::MamoriDatabase:
        break;
    }
    return QStringLiteral("mamori_database");
}

ProtectedItem::Kind BackupPlans::itemKindFromCode(const QString &code)
{
    if (code == QLatin1String("device"))
        return ProtectedItem::Kind::Device;
    if (code == QLatin1String("information_asset"))
        return ProtectedItem::Kind::InformationAsset;
    return ProtectedItem::Kind::MamoriDatabase;
}

QString BackupPlans::code(BackupMethod method)
{
    switch (method) {
    case BackupMethod::NasCopy:
        return QStringLiteral("nas_copy");
    case BackupMethod::ExternalDisk:
        return QStringLiteral("external_disk");
    case BackupMethod::CloudService:
        return QStringLiteral("cloud_service");
    case BackupMethod::Tape:
        return QStringLiteral("tape");
    case BackupMethod::ApplicationExport:
        return QStringLiteral("application_export");
    case BackupMethod::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<BackupMethod> BackupPlans::allMethods()
{
    return {BackupMethod::NasCopy, BackupMethod::ExternalDisk,      BackupMethod::CloudService,
            BackupMethod::Tape,    BackupMethod::ApplicationExport, BackupMethod::Other};
}

std::optional<BackupMethod> BackupPlans::methodFromCode(const QString &code)
{
    for (BackupMethod method : allMethods()) {
        if (BackupPlans::code(method) == code)
            return method;
    }
    return std::nullopt;
}

QString BackupPlans::label(BackupMethod method)
{
    switch (method) {
    case BackupMethod::NasCopy:
        return tr("Copy to a NAS");
    case BackupMethod::ExternalDisk:
        return tr("External disk");
    case BackupMethod::CloudService:
        return tr("Cloud service");
    case BackupMethod::Tape:
        return tr("Tape");
    case BackupMethod::ApplicationExport:
        return tr("Export from the application");
    case BackupMethod::Other:
        break;
    }
    return tr("Other");
}

QString BackupPlans::code(BackupFrequency frequency)
{
    switch (frequency) {
    case BackupFrequency::Daily:
        return QStringLiteral("daily");
    case BackupFrequency::Weekly:
        return QStringLiteral("weekly");
    case BackupFrequency::Monthly:
        return QStringLiteral("monthly");
    case BackupFrequency::EveryNDays:
        break;
    }
    return QStringLiteral("every-n-days");
}

std::optional<BackupFrequency> BackupPlans::frequencyFromCode(const QString &code)
{
    for (BackupFrequency frequency : {BackupFrequency::Daily, BackupFrequency::Weekly,
                                      BackupFrequency::Monthly, BackupFrequency::EveryNDays}) {
        if (BackupPlans::code(frequency) == code)
            return frequency;
    }
    return std::nullopt;
}

QString BackupPlans::weekdayCodes(const QList<int> &weekdays)
{
    QStringList words;
    for (int day = 1; day <= 7; ++day) {
        if (weekdays.contains(day))
            words << QString(weekdayWords[std::size_t(day - 1)]);
    }
    return words.join(QLatin1Char(','));
}

std::optional<QList<int>> BackupPlans::weekdaysFromCodes(const QString &codes)
{
    QList<int> days;
    for (const QString &word : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = word.trimmed().toLower().left(3);
        const auto found = std::find(weekdayWords.cbegin(), weekdayWords.cend(), key);
        if (found == weekdayWords.cend() || word.trimmed().size() < 3)
            return std::nullopt;
        const int day = int(found - weekdayWords.cbegin()) + 1;
        if (!days.contains(day))
            days << day;
    }
    std::sort(days.begin(), days.end());
    return days;
}

QString BackupPlans::describe(const BackupSchedule &schedule)
{
    const QString at = schedule.at.toString(QStringLiteral("HH:mm"));
    switch (schedule.frequency) {
    case BackupFrequency::Daily:
        return tr("Daily at %1").arg(at);
    case BackupFrequency::Weekly: {
        QStringList days;
        for (int day : schedule.weekdays)
            days << QLocale().dayName(day, QLocale::ShortFormat);
        return tr("Every %1 at %2").arg(days.join(tr(", ")), at);
    }
    case BackupFrequency::Monthly:
        return schedule.monthDay <= 0
                   ? tr("Monthly on the last day at %1").arg(at)
                   : tr("Monthly on day %1 at %2").arg(schedule.monthDay).arg(at);
    case BackupFrequency::EveryNDays:
        break;
    }
    return tr("Every %n day(s) at %1", nullptr, schedule.everyDays).arg(at);
}

QString BackupPlans::describeDestination(const BackupPlan &plan)
{
    QStringList natures;
    if (plan.offline)
        natures << tr("offline");
    else
        natures << tr("online");
    if (plan.offsite)
        natures << tr("off-site");
    if (plan.immutable)
        natures << tr("immutable");
    return natures.join(tr(", "));
}

QStringList BackupPlans::problems(const BackupPlan &plan)
{
    QStringList problems;
    if (plan.name.trimmed().isEmpty())
        problems << tr("The plan needs a name.");
    const BackupSchedule &schedule = plan.schedule;
    if (!schedule.at.isValid())
        problems << tr("The time of day is not valid.");
    if (schedule.frequency == BackupFrequency::Weekly && schedule.weekdays.isEmpty())
        problems << tr("A weekly plan needs at least one weekday.");
    for (int day : schedule.weekdays) {
        if (day < 1 || day > 7)
            problems << tr("Weekday %1 is not 1 (Monday) to 7 (Sunday).").arg(day);
    }
    if (schedule.frequency == BackupFrequency::Monthly &&
        (schedule.monthDay < 0 || schedule.monthDay > 31))
        problems << tr("The day of the month must be 1 to 31, or the last day.");
    if (schedule.frequency == BackupFrequency::EveryNDays &&
        (schedule.everyDays < 1 || schedule.everyDays > 366))
        problems << tr("Every N days needs N from 1 to 366.");
    if (schedule.frequency == BackupFrequency::EveryNDays && !schedule.anchor.isValid())
        problems << tr("Every N days needs a first day to count from.");
    if (plan.graceHours < 0 || plan.graceHours > 24 * 60)
        problems << tr("The grace period must be 0 to 1440 hours.");
    if (plan.generations < 1 || plan.generations > 10000)
        problems << tr("Generations kept must be 1 to 10000.");
    if (plan.restoreTestDays < 1 || plan.restoreTestDays > 3660)
        problems << tr("The restore-test interval must be 1 to 3660 days.");
    return problems;
}

} // namespace mamori
