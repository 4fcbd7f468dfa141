#pragma once

#include "backups/BackupPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mamori {

// Kinds of media for the "two kinds of media" of the 3-2-1 rule.
enum class MediaKind
{
    InternalDisk, // a PC's or server's own disk
    Nas,
    RemovableDisk,
    Cloud,
    Tape,
    Paper,
    Other,
};

// One plan's copy of an asset as the check counts it.
struct AssetCopy
{
    QString planName;
    MediaKind media = MediaKind::Other;
    bool offsite = false;
    bool offlineOrImmutable = false;
    bool everSucceeded = false; // a plan that never ran made no copy
};

// A protected asset: where its original lives and the plans that copy it.
struct ProtectedAsset
{
    ProtectedItem item;
    QString name;
    int importance = 0; // information assets: 1–3; others 0
    MediaKind originalMedia = MediaKind::InternalDisk;
    QList<AssetCopy> copies;
};

enum class RuleVerdict
{
    NoPlan,    // an important information asset with no plan at all
    Fails,     // below 3-2-1
    Meets321,  // three copies, two kinds of media, one off-site
    Meets3211, // and one offline or immutable
};

struct ThreeTwoOneResult
{
    ProtectedAsset asset;
    int copies = 1; // counting the original
    int mediaKinds = 1;
    bool offsite = false;
    bool offlineOrImmutable = false;
    RuleVerdict verdict = RuleVerdict::Fails;
    QStringList reasons; // translated, e.g. "only one copy, on the same NAS"
};

class ThreeTwoOne
{
    Q_DECLARE_TR_FUNCTIONS(ThreeTwoOne)

public:
    static ThreeTwoOneResult check(const ProtectedAsset &asset);
    // Where a plan's copy lands.
    static MediaKind mediaOf(BackupMethod method);
    // The medium an original lives on, guessed from the inventory's words (a category label, a
    // storage place: "NAS", "クラウド", "紙") with a fallback.
    static MediaKind mediaFromText(const QString &text, MediaKind fallback);
    static QString label(MediaKind media);    // translated
    static QString code(RuleVerdict verdict); // no_plan, fails, 3-2-1, 3-2-1-1
    static QString label(RuleVerdict verdict);
};

} // namespace mamori
