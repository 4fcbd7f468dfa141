#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace mamori {

// How a plan copies: stored as a stable code ("nas_copy", …).
enum class BackupMethod
{
    NasCopy,
    ExternalDisk,
    CloudService,
    Tape,
    ApplicationExport,
    Other,
};

enum class BackupFrequency
{
    Daily,
    Weekly,     // on chosen weekdays
    Monthly,    // on day N, or the last day
    EveryNDays, // counted from an anchor day
};

// When a plan's backup falls due, in local time: a daily 02:00 backup stays at 02:00 across
// daylight saving time.
struct BackupSchedule
{
    BackupFrequency frequency = BackupFrequency::Daily;
    QList<int> weekdays;    // Weekly: 1 (Monday) … 7 (Sunday), as Qt::DayOfWeek
    int monthDay = 1;       // Monthly: 1–31, clamped to short months; 0 is the last day
    int everyDays = 1;      // EveryNDays: 1–366
    QDate anchor;           // EveryNDays: a day the backup falls on
    QTime at = QTime(2, 0); // local time of day

    // The first scheduled time strictly after `after`, in `zone` (invalid when the schedule is
    // incomplete, e.g. weekly with no weekday).
    QDateTime firstAfter(const QDateTime &after, const QTimeZone &zone) const;
    // The last scheduled time at or before `atOrBefore` (invalid when there is none in reach).
    QDateTime lastAtOrBefore(const QDateTime &atOrBefore, const QTimeZone &zone) const;
    // Whether `day` is a scheduled day.
    bool fallsOn(const QDate &day) const;
    bool operator==(const BackupSchedule &) const = default;
};

// What a plan protects: a device or service, an information asset, or Mamori's own database
// (whose runs its safety copies record).
struct ProtectedItem
{
    enum class Kind
    {
        Device,
        InformationAsset,
        MamoriDatabase,
    };
    Kind kind = Kind::Device;
    qint64 id = 0; // the device's or information asset's id; 0 for Mamori's database
    QString label; // as read from the inventory (asset number and name); not stored
    bool operator==(const ProtectedItem &other) const
    {
        return kind == other.kind && id == other.id;
    }
};

struct BackupPlan
{
    qint64 id = 0; // 0 until stored
    QString name;  // unique
    QList<ProtectedItem> protects;
    BackupMethod method = BackupMethod::NasCopy;
    QString destination; // where the copy goes, as the firm says it
    // The destination's nature; a copy that is neither offline nor off-site is online.
    bool offline = false; // disconnected between runs
    bool offsite = false;
    bool immutable = false; // cannot be changed or deleted once written
    BackupSchedule schedule;
    int graceHours = 24; // late this long after the due time
    QString responsible; // who sees to it
    int generations = 7; // copies kept
    int restoreTestDays = 180;
    QString notes;
    QDateTime createdAt; // UTC; a plan never run is due from its first scheduled time after this

    bool operator==(const BackupPlan &) const = default;
};

class BackupPlans
{
    Q_DECLARE_TR_FUNCTIONS(BackupPlans)

public:
    // device, information_asset, mamori_database: stored, and printed by the CLI's JSON.
    static QString code(ProtectedItem::Kind kind);
    static ProtectedItem::Kind itemKindFromCode(const QString &code);
    static QString code(BackupMethod method);
    static std::optional<BackupMethod> methodFromCode(const QString &code);
    static QString label(BackupMethod method); // translated
    static QList<BackupMethod> allMethods();
    static QString code(BackupFrequency frequency); // daily, weekly, monthly, every-n-days
    static std::optional<BackupFrequency> frequencyFromCode(const QString &code);
    // Weekdays as "mon,thu" (the CLI's --days) and back; empty optional for a bad word.
    static QString weekdayCodes(const QList<int> &weekdays);
    static std::optional<QList<int>> weekdaysFromCodes(const QString &codes);
    // "Daily at 02:00", "Mon, Thu at 21:00", "Monthly on the last day at 02:00", translated.
    static QString describe(const BackupSchedule &schedule);
    // "offline, off-site" or "online", translated.
    static QString describeDestination(const BackupPlan &plan);
    // Translated problems with the plan, one line each (empty: the plan can be saved).
    static QStringList problems(const BackupPlan &plan);
};

} // namespace mamori
