#include "FileSafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace mamori::files {

namespace {

Error ioError(const QString &message, int error)
{
    return Error(ErrorKind::Io, message, QString::fromLocal8Bit(std::strerror(error)));
}

Status syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return ioError(Error::tr("Cannot open %1 to save it to disk.").arg(path), errno);
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return ioError(Error::tr("Cannot save %1 to disk.").arg(path), error);
    return {};
}

} // namespace

Status createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error(ErrorKind::Io, Error::tr("Cannot create the file %1.").arg(path),
                     file.errorString());
    }
    return {};
}

Status ensurePrivateDirectory(const QString &path)
{
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return Error(ErrorKind::Io, Error::tr("Cannot create the folder %1.").arg(path));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (QFile::permissions(path) != ownerOnly && !QFile::setPermissions(path, ownerOnly))
        return Error(ErrorKind::Io,
                     Error::tr("Cannot restrict access to the folder %1.").arg(path));
    return {};
}

Status syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

Status syncDirectory(const QString &path)
{
    return syncPath(path, O_RDONLY | O_DIRECTORY);
}

Status replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return ioError(Error::tr("Cannot move %1 to %2.").arg(from, to), errno);
    return syncDirectory(QFileInfo(to).absolutePath());
}

} // namespace mamori::files
