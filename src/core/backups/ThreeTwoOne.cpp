#include "ThreeTwoOne.h"

#include <QSet>

namespace mamori {

ThreeTwoOneResult ThreeTwoOne::check(const ProtectedAsset &asset)
{
    ThreeTwoOneResult result;
    result.asset = asset;
    QSet<MediaKind> media{asset.originalMedia};
    QList<MediaKind> copyMedia;
    int plans = 0;
    for (const AssetCopy &copy : asset.copies) {
        ++plans;
        if (!copy.everSucceeded)
            continue;
        ++result.copies;
        media.insert(copy.media);
        copyMedia << copy.media;
        result.offsite = result.offsite || copy.offsite;
        result.offlineOrImmutable = result.offlineOrImmutable || copy.offlineOrImmutable;
    }
    result.mediaKinds = int(media.size());

    if (plans == 0) {
        result.verdict = asset.importance >= 3 ? RuleVerdict::NoPlan : RuleVerdict::Fails;
        result.reasons << (asset.importance >= 3 ? tr("importance 3 and no backup plan at all")
                                                 : tr("no backup plan"));
        return result;
    }
    const int backupCopies = result.copies - 1;
    if (backupCopies == 0)
        result.reasons << tr("no copy yet: no plan has recorded a successful run");
    else if (result.copies < 3 && result.mediaKinds == 1)
        result.reasons << tr("only %n copy(ies), on the same %1 as the original", nullptr,
                             backupCopies)
                              .arg(label(asset.originalMedia));
    else if (result.copies < 3)
        result.reasons << tr("only %n copy(ies) besides the original (two are needed)", nullptr,
                             backupCopies);
    else if (result.mediaKinds < 2)
        result.reasons
            << tr("every copy is on the same kind of media (%1)").arg(label(asset.originalMedia));
    if (!result.offsite)
        result.reasons << tr("no copy off-site");
    const bool meets321 = result.copies >= 3 && result.mediaKinds >= 2 && result.offsite;
    if (!result.offlineOrImmutable)
        result.reasons << tr("no copy offline or immutable");
    result.verdict = !meets321                   ? RuleVerdict::Fails
                     : result.offlineOrImmutable ? RuleVerdict::Meets3211
                                                 : RuleVerdict::Meets321;
    return result;
}

MediaKind ThreeTwoOne::mediaOf(BackupMethod method)
{
    switch (method) {
    case BackupMethod::NasCopy:
        return MediaKind::Nas;
    case BackupMethod::ExternalDisk:
        return MediaKind::RemovableDisk;
    case BackupMethod::CloudService:
        return MediaKind::Cloud;
    case BackupMethod::Tape:
        return MediaKind::Tape;
    case BackupMethod::ApplicationExport:
    case BackupMethod::Other:
        break;
    }
    return MediaKind::Other;
}

MediaKind ThreeTwoOne::mediaFromText(const QString &text, MediaKind fallback)
{
    const QString lower = text.toLower();
    const auto has = [&lower](std::initializer_list<const char16_t *> words) {
        for (const char16_t *word : words) {
            if (lower.contains(QString::fromUtf16(word)))
                return true;
        }
        return false;
    };
    if (has({u"nas"}))
        return MediaKind::Nas;
    if (has({u"cloud", u"クラウド", u"google", u"microsoft 365", u"dropbox", u"box"}))
        return MediaKind::Cloud;
    if (has({u"usb", u"外付け", u"external", u"removable"}))
        return MediaKind::RemovableDisk;
    if (has({u"tape", u"テープ"}))
        return MediaKind::Tape;
    if (has({u"paper", u"紙", u"書類", u"ファイル棚"}))
        return MediaKind::Paper;
    if (has({u"server", u"サーバ", u"pc", u"パソコン", u"laptop", u"ノート"}))
        return MediaKind::InternalDisk;
    return fallback;
}

QString ThreeTwoOne::label(MediaKind media)
{
    switch (media) {
    case MediaKind::InternalDisk:
        return tr("internal disk");
    case MediaKind::Nas:
        return tr("NAS");
    case MediaKind::RemovableDisk:
        return tr("removable disk");
    case MediaKind::Cloud:
        return tr("cloud");
    case MediaKind::Tape:
        return tr("tape");
    case MediaKind::Paper:
        return tr("paper");
    case MediaKind::Other:
        break;
    }
    return tr("other media");
}

QString ThreeTwoOne::code(RuleVerdict verdict)
{
    switch (verdict) {
    case RuleVerdict::NoPlan:
        return QStringLiteral("no_plan");
    case RuleVerdict::Fails:
        return QStringLiteral("fails");
    case RuleVerdict::Meets321:
        return QStringLiteral("3-2-1");
    case RuleVerdict::Meets3211:
        break;
    }
    return QStringLiteral("3-2-1-1");
}

QString ThreeTwoOne::label(RuleVerdict verdict)
{
    switch (verdict) {
    case RuleVerdict::NoPlan:
        return tr("No backup plan");
    case RuleVerdict::Fails:
        return tr("Does not meet 3-2-1");
    case RuleVerdict::Meets321:
        return tr("Meets 3-2-1");
    case RuleVerdict::Meets3211:
        break;
    }
    return tr("Meets 3-2-1-1");
}

} // namespace mamori
