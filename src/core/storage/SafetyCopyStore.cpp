#include "SafetyCopyStore.h"

#include "Clock.h"
#include "Database.h"
#include "SafetyCopyRetention.h"
#include "storage/detail/FileSafety.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>

namespace mamori {

namespace {

const auto dailyKind = QStringLiteral("daily");
const auto manualKind = QStringLiteral("manual");
const auto beforeRestoreKind = QStringLiteral("before-restore");
const auto dayFormat = QStringLiteral("yyyy-MM-dd");
const auto stampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

} // namespace

SafetyCopyStore::SafetyCopyStore(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    const QFileInfo info(m_databasePath);
    m_directory = info.dir().filePath(QStringLiteral("backups"));
    m_baseName = info.completeBaseName();
}

QString SafetyCopyStore::fileName(const QString &kind, const QString &stamp) const
{
    return QDir(m_directory)
        .filePath(QStringLiteral("%1-%2-%3.sqlite").arg(m_baseName, kind, stamp));
}

QString SafetyCopyStore::dailyCopyPath(QDate day) const
{
    return fileName(dailyKind, day.toString(dayFormat));
}

QString SafetyCopyStore::manualCopyPath(const QDateTime &when) const
{
    return fileName(manualKind, when.toString(stampFormat));
}

QString SafetyCopyStore::beforeRestorePath(const QDateTime &when) const
{
    return fileName(beforeRestoreKind, when.toString(stampFormat));
}

bool SafetyCopyStore::hasDailyCopy(QDate day) const
{
    return QFileInfo::exists(dailyCopyPath(day));
}

QList<SafetyCopyFile> SafetyCopyStore::copies() const
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-(daily|manual|before-restore)-.*\\.sqlite$")
            .arg(QRegularExpression::escape(m_baseName)));
    QList<SafetyCopyFile> found;
    const QFileInfoList entries =
        QDir(m_directory).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Time);
    for (const QFileInfo &entry : entries) {
        const auto match = pattern.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const QString kind = match.captured(1);
        found.append({entry.absoluteFilePath(),
                      kind == dailyKind    ? SafetyCopyFile::Kind::Daily
                      : kind == manualKind ? SafetyCopyFile::Kind::Manual
                                           : SafetyCopyFile::Kind::BeforeRestore,
                      entry.lastModified()});
    }
    return found;
}

Status SafetyCopyStore::ensureDirectory() const
{
    return files::ensurePrivateDirectory(m_directory);
}

Result<QString> SafetyCopyStore::copyNow(const QString &destination,
                                         const ProgressCallback &progress) const
{
    QString target = destination;
    if (target.isEmpty()) {
        if (Status ready = ensureDirectory(); !ready)
            return ready.error();
        target = manualCopyPath(Clock::now());
    }
    if (Status copied = copySqliteDatabase(m_databasePath, target, progress); !copied) {
        return copied.error();
    }
    return target;
}

Result<QString> SafetyCopyStore::runDailyCopy(QDate today, const ProgressCallback &progress) const
{
    if (hasDailyCopy(today))
        return QString();
    if (Status ready = ensureDirectory(); !ready)
        return ready.error();
    const QString target = dailyCopyPath(today);
    if (Status copied = copySqliteDatabase(m_databasePath, target, progress); !copied)
        return copied.error();
    pruneDailyCopies();
    return target;
}

QDate SafetyCopyStore::dayOf(const QString &dailyCopyPath)
{
    const QString stamp = QFileInfo(dailyCopyPath).completeBaseName().right(dayFormat.size());
    return QDate::fromString(stamp, dayFormat);
}

QStringList SafetyCopyStore::pruneDailyCopies() const
{
    QList<QDate> dates;
    for (const SafetyCopyFile &backup : copies()) {
        if (backup.kind != SafetyCopyFile::Kind::Daily)
            continue;
        const QDate day = dayOf(backup.path);
        if (day.isValid())
            dates << day;
    }
    QStringList deleted;
    for (const QDate &day : safetyCopiesToDelete(dates)) {
        const QString path = dailyCopyPath(day);
        if (QFile::remove(path))
            deleted << path;
    }
    return deleted;
}

Status SafetyCopyStore::keepCurrentContents() const
{
    if (Status ready = ensureDirectory(); !ready)
        return ready;
    const QString keep = beforeRestorePath(Clock::now());
    if (copySqliteDatabase(m_databasePath, keep))
        return {};
    // A damaged database cannot be copied page by page; keep its bytes as they are instead.
    for (const auto &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(m_databasePath + suffix) &&
            !QFile::copy(m_databasePath + suffix, keep + suffix)) {
            return Error(ErrorKind::Io,
                         tr("Cannot keep a copy of the current database in %1.").arg(keep));
        }
    }
    return {};
}

Status SafetyCopyStore::restore(const QString &backupPath, const ProgressCallback &progress) const
{
    if (Result<int> usable = Database::checkFile(backupPath); !usable)
        return usable.error();

    QLockFile lock(Database::lockFilePath(m_databasePath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return Error(ErrorKind::Locked,
                     tr("The database %1 is open elsewhere; close it there before restoring.")
                         .arg(m_databasePath));
    }
    if (QFileInfo::exists(m_databasePath)) {
        if (Status kept = keepCurrentContents(); !kept)
            return kept;
    }
    // Copy first, then swap the finished file in: a failure on the way leaves the database as
    // it was. The stale -wal/-shm belong to the old contents, which the kept copy includes.
    const QString incoming = m_databasePath + QStringLiteral(".restoring");
    if (Status copied = copySqliteDatabase(backupPath, incoming, progress); !copied) {
        return copied;
    }
    for (const auto &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_databasePath + suffix);
    return files::replaceFile(incoming, m_databasePath);
}

} // namespace mamori
